// Parses the dates of the data file into UTC intervals.
//
// Supported (a small hand-written grammar, because this runs once per event on files of
// 100,000 events and Date.parse is most of the cost there):
//   YYYY                      year precision        "2022", "0800" (years before 1000 take 4 digits)
//   YYYY-MM                   month precision       "2022-09"
//   YYYY-MM-DD                day precision         "2025-02-12" (a UTC calendar day)
//   YYYY-MM-DDThh:mm[offset]  minute precision      "2025-02-12T10:30+01:00"
//   YYYY-MM-DDThh:mm:ss[off]  second precision      "2025-02-12T10:30:15Z"
// where offset is Z, ±hh, ±hhmm or ±hh:mm. A time WITHOUT an offset is read as UTC
// (the NormalisedDate then has no offsetMinutes).
// Years may carry a sign and more digits (ISO 8601 expanded years): "-0044" is 45 BC in
// astronomical numbering (year 0 is 1 BC), "+12022" is the year 12022.
// An EDTF level-1 qualifier may end any of them: "?" uncertain, "~" approximate, "%" both.
// Not supported (each has its own message): EDTF intervals ("2022/2023": use `end`),
// unspecified digits ("2022-XX"), seasons ("2022-21"), week and ordinal dates, fractions of
// seconds, hour-only times.
import type { DatePrecision, NormalisedDate } from '../model/types';
import { t } from '../i18n/translate';

export interface DateError {
  /** A sentence that names the text and says how to write it. */
  error: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const forms = () =>
  t('write it as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm (with an offset such as Z or +01:00), optionally ending in ? (uncertain), ~ (approximate) or % (both)');

// Largest expanded year accepted: far beyond any event, and well inside the range of Date.
const MAX_ABS_YEAR = 200_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month1: number): number {
  return month1 === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month1 - 1] ?? 0);
}

/** Reads `count` ASCII digits at `at`, or -1 when any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** Milliseconds in a day, a minute and a second: UTC has no daylight saving, and JavaScript time no leap seconds. */
const UNIT_MS = { day: 86_400_000, minute: 60_000, second: 1000 } as const;

/**
 * The UTC instant of a calendar date and time, in ms; unlike Date.UTC, years 0–99 are not
 * moved to 1900–1999. A month past December rolls into the next year.
 */
export function utcMilliseconds(year: number, month0: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month0, day);
  return date.setUTCHours(hour, minute, second, 0);
}

function fail(text: string, why: string): DateError {
  // Quoted cut short: the text is data, and may be megabytes long.
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return { error: t('"{text}" is not a valid date: {why}.', { text: shown, why }) };
}

/**
 * Parses an ISO 8601 date (with an optional EDTF qualifier) into the UTC interval it covers.
 * Never throws: returns `{ error }` with a sentence naming the text.
 */
export function parseDate(text: string): NormalisedDate | DateError {
  if (typeof text !== 'string') return { error: t('A date must be a string such as "2025-02-12".') };
  let body = text;
  let uncertain = false;
  let approximate = false;
  const last = body.charCodeAt(body.length - 1);
  if (last === 63 /* ? */) uncertain = true;
  else if (last === 126 /* ~ */) approximate = true;
  else if (last === 37 /* % */) uncertain = approximate = true;
  if (uncertain || approximate) body = body.slice(0, -1);

  if (body.length === 0) return { error: t('The date is empty: {forms}.', { forms: forms() }) };
  if (body.trim() !== body) return fail(text, t('remove the spaces around it'));
  if (body.includes('/')) {
    return /^[+-]?\d{4}[^/]*\/[^/]*$/.test(body)
      ? fail(text, t('a span is written with `date` for its start and `end` for its end, not with "/"'))
      : fail(text, t('it is not ISO 8601; {forms}', { forms: forms() }));
  }
  if (/[Xx]/.test(body)) return fail(text, t('unspecified digits (X) are not supported; give the known part only, e.g. "2022" instead of "2022-XX"'));

  // Year: four digits, or a sign and four or more digits.
  let at = 0;
  let sign = 1;
  let yearDigits = 4;
  const first = body.charCodeAt(0);
  if (first === 43 /* + */ || first === 45 /* - */) {
    sign = first === 45 ? -1 : 1;
    at = 1;
    yearDigits = 0;
    while (at + yearDigits < body.length && digits(body, at + yearDigits, 1) >= 0) yearDigits++;
    if (yearDigits < 4) return fail(text, t('a signed year takes at least four digits, e.g. -0044'));
    if (yearDigits > 6) return fail(text, t('the year is too far from now to draw'));
  }
  const yearAbs = digits(body, at, yearDigits);
  if (yearAbs < 0) return fail(text, t('it does not start with a four-digit year; {forms}', { forms: forms() }));
  const year = sign * yearAbs;
  if (yearAbs > MAX_ABS_YEAR) return fail(text, t('the year is too far from now to draw'));
  if (year === 0 && sign === -1) return fail(text, t('write year zero as 0000, without a minus sign'));
  at += yearDigits;

  let precision: DatePrecision = 'year';
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offsetMinutes: number | undefined;

  if (at < body.length) {
    if (body[at] !== '-') {
      return body.length === 8 && digits(body, 0, 8) >= 0
        ? fail(text, t('write the date with hyphens, e.g. "2025-02-12"'))
        : fail(text, t('it is not ISO 8601; {forms}', { forms: forms() }));
    }
    month = digits(body, at + 1, 2);
    if (month < 0 || (at + 3 < body.length && body[at + 3] !== '-')) {
      return fail(text, t('the month takes two digits; {forms}', { forms: forms() }));
    }
    if (month >= 21 && month <= 41) return fail(text, t('month {month} does not exist (EDTF seasons are not supported); months run from 01 to 12', { month }));
    if (month < 1 || month > 12) return fail(text, t('month {month} does not exist; months run from 01 to 12', { month: String(month).padStart(2, '0') }));
    precision = 'month';
    at += 3;
  }
  if (at < body.length) {
    day = digits(body, at + 1, 2);
    if (day < 0 || (at + 3 < body.length && body[at + 3] !== 'T')) {
      return body[at + 3] === ' '
        ? fail(text, t('separate the date and the time with "T", e.g. "2025-02-12T10:30Z"'))
        : fail(text, t('the day takes two digits; {forms}', { forms: forms() }));
    }
    const monthDays = daysInMonth(year, month);
    if (day < 1 || day > monthDays) {
      return fail(
        text,
        day < 1
          ? t('days start at 01')
          : t('{month, select, 1 {January} 2 {February} 3 {March} 4 {April} 5 {May} 6 {June} 7 {July} 8 {August} 9 {September} 10 {October} 11 {November} other {December}} {year} has {days} days', { month: String(month), year: String(year), days: monthDays }),
      );
    }
    precision = 'day';
    at += 3;
  }
  if (at < body.length) {
    // "Thh:mm" then optionally ":ss", then an optional offset.
    hour = digits(body, at + 1, 2);
    if (hour < 0 || body[at + 3] !== ':') {
      return fail(text, t('a time takes hours and minutes, e.g. "T10:30" (hour-only times are not supported)'));
    }
    minute = digits(body, at + 4, 2);
    if (minute < 0) return fail(text, t('the minutes take two digits, e.g. "T10:05"'));
    if (hour > 23) return fail(text, t('hour {hour} does not exist; hours run from 00 to 23', { hour }));
    if (minute > 59) return fail(text, t('minute {minute} does not exist; minutes run from 00 to 59', { minute }));
    precision = 'minute';
    at += 6;
    if (body[at] === ':') {
      second = digits(body, at + 1, 2);
      if (second < 0) return fail(text, t('the seconds take two digits, e.g. "T10:30:05"'));
      if (second > 59) return fail(text, t('second {second} does not exist; seconds run from 00 to 59', { second }));
      precision = 'second';
      at += 3;
    }
    if (body[at] === '.' || body[at] === ',') return fail(text, t('fractions of a second are not supported; round to the second'));
    if (at < body.length) {
      const offsetSign = body[at];
      if (offsetSign === 'Z' && at + 1 === body.length) {
        offsetMinutes = 0;
      } else if (offsetSign === '+' || offsetSign === '-') {
        const rest = body.slice(at + 1);
        const match = /^(\d\d)(?::?(\d\d))?$/.exec(rest);
        const offsetHours = match ? Number(match[1]) : -1;
        const offsetMins = match?.[2] ? Number(match[2]) : 0;
        if (!match || offsetHours > 14 || offsetMins > 59) {
          return fail(text, t('the UTC offset must look like Z, +01:00 or -0530 and lie within ±14:00'));
        }
        offsetMinutes = (offsetSign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
      } else {
        return fail(text, t('after the time comes nothing or a UTC offset such as Z or +01:00'));
      }
    }
  }

  const start = utcMilliseconds(year, month - 1, day, hour, minute, second);
  const end =
    precision === 'year' ? utcMilliseconds(year + 1, 0, 1, 0, 0, 0)
    : precision === 'month' ? utcMilliseconds(year, month, 1, 0, 0, 0)
    : start + UNIT_MS[precision];
  const shift = (offsetMinutes ?? 0) * 60_000;

  const result: NormalisedDate = {
    text,
    precision,
    start: start - shift,
    end: end - shift,
    uncertain,
    approximate,
  };
  if (offsetMinutes !== undefined) result.offsetMinutes = offsetMinutes;
  return result;
}

export function isDateError(value: NormalisedDate | DateError): value is DateError {
  return 'error' in value;
}
