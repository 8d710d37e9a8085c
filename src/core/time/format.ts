// Dates for people: always at the precision the data gives, never more.
// A month-precision date reads "Sep 2022", not "1 Sep 2022"; a time keeps the
// writer's own UTC offset. Everything is formatted in UTC so the reader's time zone
// never shifts a calendar day.
// The language's month names and patterns come in as a DateLocale (English by default).
import { format } from 'date-fns';
import { utc } from './utc';
import { ENGLISH_DATES } from './dateLocale';
import type { DateLocale, DateStyle } from './dateLocale';
import type { DatePrecision, NormalisedDate, TimelineEvent } from '../model/types';
import { t } from '../i18n/translate';

export type { DateStyle } from './dateLocale';

const MINUTE_MS = 60_000;

function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const abs = Math.abs(offsetMinutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hours}:${minutes}`;
}

/** Years outside 1–9999 are written out by hand: date-fns patterns assume four digits. */
function formatExtremeYear(start: number, dates: DateLocale): string {
  const year = new Date(start).getUTCFullYear();
  return year <= 0 ? dates.beforeCommonEra(1 - year) : String(year);
}

/** Words for the EDTF qualifiers, e.g. "approx." for `~`. */
export function qualifierText(date: Pick<NormalisedDate, 'approximate' | 'uncertain'>): string {
  if (date.approximate && date.uncertain) return t('approx., uncertain');
  if (date.approximate) return t('approx.');
  if (date.uncertain) return t('uncertain');
  return '';
}

/** The date part alone, without qualifier words. */
function formatBare(date: NormalisedDate, style: DateStyle, dates: DateLocale): string {
  const year = new Date(date.start).getUTCFullYear();
  if (year < 1 || year > 9999) {
    // Outside the four-digit range only the year is told; finer parts would mislead.
    return formatExtremeYear(date.start, dates);
  }
  const isTime = date.precision === 'minute' || date.precision === 'second';
  const offset = isTime ? (date.offsetMinutes ?? 0) : 0;
  // Show the wall-clock time the writer gave: shift the instant by their offset and format in UTC.
  const text = format(date.start + offset * MINUTE_MS, dates.patterns[style][date.precision], { in: utc, locale: dates.locale });
  return isTime ? `${text} ${formatOffset(offset)}` : text;
}

/** "12 Feb 2025", "Sep 2022 (approx.)", "12 Feb 2025, 10:30 UTC+01:00". */
export function formatDate(date: NormalisedDate, style: DateStyle = 'short', dates: DateLocale = ENGLISH_DATES): string {
  const qualifier = qualifierText(date);
  const bare = formatBare(date, style, dates);
  return qualifier ? `${bare} (${qualifier})` : bare;
}

/** An event's date, as a span when it has an end: "12 Feb 2025 – 14 Feb 2025". */
export function formatEventDate(event: Pick<TimelineEvent, 'date' | 'until'>, style: DateStyle = 'short', dates: DateLocale = ENGLISH_DATES): string {
  const from = formatDate(event.date, style, dates);
  return event.until ? `${from} – ${formatDate(event.until, style, dates)}` : from;
}

/** Words for the date's precision, for legends and details ("known to the month"). */
export function precisionText(precision: DatePrecision): string {
  switch (precision) {
    case 'year':
      return t('known to the year');
    case 'month':
      return t('known to the month');
    case 'day':
      return t('known to the day');
    case 'minute':
    case 'second':
      return t('known to the minute');
  }
}

/**
 * A day (with its time when asked) in the language's long pattern less its weekday: "2
 * December 2026", "2. Dezember 2026", "12 лютого 2025". For a date of access and for a
 * window read aloud, where a weekday would only be in the way.
 */
export function longDateWithoutWeekday(ms: number, dates: DateLocale = ENGLISH_DATES, withTime = false): string {
  const year = new Date(ms).getUTCFullYear();
  if (year < 1 || year > 9999) return year <= 0 ? dates.beforeCommonEra(1 - year) : String(year);
  const pattern = dates.patterns.long[withTime ? 'minute' : 'day'].replace(/E+,?\s*/, '');
  return format(ms, pattern, { in: utc, locale: dates.locale });
}
