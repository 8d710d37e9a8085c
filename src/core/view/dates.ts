// Dates as they appear in the view state and the URL: filter bounds typed by people
// ("2025", "2025-02", "2025-02-12") and window edges written at a precision that suits
// the zoom level. Everything is UTC; calendar dates are UTC days.
import { format } from 'date-fns';
import type { DatePrecision } from '../model/types';
import { isDateError, parseDate, utcMilliseconds } from '../time/dates';
import { UTCDate } from '../time/utc';
import type { TimeWindow } from './types';
import { ENGLISH_DATES } from '../time/dateLocale';
import type { DateLocale } from '../time/dateLocale';
import { t } from '../i18n/translate';
import { longDateWithoutWeekday } from '../time/format';

/** A half-open interval [start, end) in ms since epoch. */
export interface Interval {
  start: number;
  end: number;
}

/** Midnight UTC of a calendar date, or NaN when the date does not exist (2025-02-30). */
function utcCalendarDay(year: number, month: number, day: number): number {
  const midnight = utcMilliseconds(year, month - 1, day, 0, 0, 0);
  // A day past the month's end rolls into the next month: read back, it is not the day asked for.
  const date = new Date(midnight);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? midnight : Number.NaN;
}

/** The precisions a filter bound may have: calendar dates, no times. */
const CALENDAR_PRECISIONS: ReadonlySet<DatePrecision> = new Set(['year', 'month', 'day']);

/**
 * The interval a calendar date covers at its own precision: "2025" is the whole year,
 * "2025-02" the month, "2025-02-12" the day. Read by the data's own date parser, so a bound
 * means what the same text means in the file; null for a time, a qualified date ("2025?")
 * or anything that is not a date.
 */
export function calendarInterval(text: string): Interval | null {
  const parsed = parseDate(text.trim());
  if (isDateError(parsed) || !CALENDAR_PRECISIONS.has(parsed.precision) || parsed.uncertain || parsed.approximate) return null;
  return { start: parsed.start, end: parsed.end };
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const SECOND_MS = 1_000;

/** Steps a window edge may be rounded to, coarsest first. */
const WINDOW_STEPS = [DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS, 1] as const;

/**
 * The coarsest step that stays under about half a pixel on a wide screen (span / 4000),
 * so rounding a window to it never visibly moves the view.
 */
export function windowStep(span: number): number {
  const limit = span / 4000;
  for (const step of WINDOW_STEPS) if (step <= limit) return step;
  return 1;
}

/** Rounds a window's edges to its step, keeping start < end. */
export function quantiseWindow(window: TimeWindow): TimeWindow {
  const [start, end] = window;
  const step = windowStep(end - start);
  // Adding 0 turns -0 into 0, which would otherwise not round-trip through text.
  const roundedStart = Math.round(start / step) * step + 0;
  const roundedEnd = Math.max(roundedStart + step, Math.round(end / step) * step + 0);
  return [roundedStart, roundedEnd];
}

/** An instant as short ISO text: a date at midnight, otherwise minutes, seconds or ms as needed. */
export function formatInstant(ms: number): string {
  const date = new UTCDate(ms);
  if (ms % DAY_MS === 0) return format(date, 'yyyy-MM-dd');
  if (ms % MINUTE_MS === 0) return format(date, "yyyy-MM-dd'T'HH:mm'Z'");
  if (ms % SECOND_MS === 0) return format(date, "yyyy-MM-dd'T'HH:mm:ss'Z'");
  return format(date, "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z)?$/;

/** Reads what formatInstant writes; NaN for anything else. */
export function parseInstant(text: string): number {
  const match = INSTANT.exec(text);
  if (!match) return Number.NaN;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '0'] = match;
  const midnight = utcCalendarDay(Number(year), Number(month), Number(day));
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (h > 23 || m > 59 || s > 59) return Number.NaN;
  const millis = Number(fraction.padEnd(3, '0'));
  return midnight + h * HOUR_MS + m * MINUTE_MS + s * SECOND_MS + millis;
}


/** A window as the app writes dates, for people and screen readers: "10 February 2025 to 18 February 2025". */
export function describeWindow(window: TimeWindow, dates: DateLocale = ENGLISH_DATES): string {
  const withTime = window[1] - window[0] < 2 * DAY_MS;
  const from = longDateWithoutWeekday(window[0], dates, withTime);
  const to = longDateWithoutWeekday(window[1], dates, withTime);
  return withTime ? t('{start} to {end} UTC', { start: from, end: to }) : t('{start} to {end}', { start: from, end: to });
}
