// The state of one TimelineJS3 conversion: its problems, report and losses, where each
// value came from, and the reading of TimelineJS date objects at exactly their precision.
import type { PathSegment } from '../data/problems';
import type { Problem } from '../model/types';
import { daysInMonth, isDateError, parseDate } from '../time/dates';
import { htmlToText } from './html';
import { LossReport, problemAt } from './result';
import type { Origin } from './result';
import { t } from '../i18n/translate';

/** Where a value of the TimelineJS input is, from its path in TimelineJS's JSON terms. */
export type Locate = (path: readonly PathSegment[]) => Origin;

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** TimelineJS accepts numbers and numeric strings alike; "" and null mean "not given". */
export function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

export const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
export type DatePart = (typeof DATE_PARTS)[number];
const KNOWN_DATE_KEYS = new Set<string>([...DATE_PARTS, 'display_date', 'format', 'format_short']);

/** Largest year the Stanceline date grammar draws (see src/core/time/dates.ts). */
const MAX_ABS_YEAR = 200_000;

export interface DateResult {
  /** ISO 8601 text at the precision given. */
  text: string;
  notes: string[];
}

export class Conversion {
  readonly problems: Problem[] = [];
  readonly report: string[] = [];
  readonly losses = new LossReport();
  readonly origins = new Map<string, Origin>();

  constructor(readonly locate: Locate) {}

  problem(severity: 'error' | 'warning', rule: string, path: readonly PathSegment[], message: string): void {
    this.problems.push(problemAt(severity, rule, this.locate(path), message));
  }

  /** A date that cannot be read: the event is left out, and the message says so. */
  badDate(path: readonly PathSegment[], message: string): undefined {
    this.problem('error', 'timelinejs-bad-date', path, t('{problem} The event was not carried over.', { problem: message }));
    return undefined;
  }

  /** Reads one date part as an integer, or undefined when not given; errors when it is not a whole number. */
  part(date: Json, part: DatePart, path: readonly PathSegment[]): number | undefined | 'bad' {
    const raw = date[part];
    if (!present(raw)) return undefined;
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    if (!/^-?\d+$/.test(text)) {
      this.badDate([...path, part], t('The {part} {value} is not a whole number; TimelineJS dates are written as numbers, e.g. "year": 1815, "month": 12.', { part, value: JSON.stringify(raw) ?? String(raw) }));
      return 'bad';
    }
    return Number(text);
  }

  /** A TimelineJS date object as ISO 8601 text at the precision it gives, or undefined (with a problem). */
  date(value: unknown, path: readonly PathSegment[], which: 'start' | 'end', eventName: string): DateResult | undefined {
    if (!isObject(value)) {
      return this.badDate(path, t('The {which, select, start {start} other {end}} date must be an object such as \'{\'"year": 1815, "month": 12\'}\'.', { which }));
    }
    for (const key of Object.keys(value)) {
      if (!KNOWN_DATE_KEYS.has(key) && present(value[key])) this.losses.add(t('Date field "{key}" is not carried', { key }), eventName);
    }
    if (present(value.format)) this.losses.add(t('Date "format" (TimelineJS display format) is not carried'), eventName);
    const parts: Partial<Record<DatePart, number>> = {};
    for (const part of DATE_PARTS) {
      const read = this.part(value, part, path);
      if (read === 'bad') return undefined;
      if (read !== undefined) parts[part] = read;
    }
    const { year } = parts;
    let { month, day, hour, minute, second } = parts;
    if (year === undefined) {
      this.problem('error', 'timelinejs-no-year', [...path, 'year'], t('The {which, select, start {start} other {end}} date has no year, which TimelineJS requires; the event was not carried over.', { which }));
      return undefined;
    }
    if (Math.abs(year) > MAX_ABS_YEAR) {
      this.problem('error', 'timelinejs-year-out-of-range', [...path, 'year'], t('The year {year} is beyond what Stanceline draws (±{limit}); the event was not carried over.', { year: String(year), limit: String(MAX_ABS_YEAR) }));
      return undefined;
    }
    const notes: string[] = [];
    if (month !== undefined && (month < 1 || month > 12)) {
      return this.badDate([...path, 'month'], t('Month {month} does not exist; months run from 1 to 12.', { month }));
    }
    if (day !== undefined && month === undefined) {
      this.problem('warning', 'timelinejs-day-without-month', [...path, 'day'], t('The {which, select, start {start} other {end}} date gives a day but no month; only the year was carried over.', { which }));
      day = hour = minute = second = undefined;
    }
    const isoYear = year < 0 ? year + 1 : year; // astronomical numbering: 1 BCE is year 0
    if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(isoYear, month))) {
      return this.badDate([...path, 'day'], t('Day {day} does not exist in month {month} of {year}.', { day, month, year: String(year) }));
    }
    if (hour !== undefined && day === undefined) {
      this.problem('warning', 'timelinejs-time-without-day', [...path, 'hour'], t('The {which, select, start {start} other {end}} date gives a time but no day; the time was not carried over.', { which }));
      hour = minute = second = undefined;
    }
    if (hour === undefined && (minute !== undefined || second !== undefined)) {
      this.problem('warning', 'timelinejs-minute-without-hour', [...path, minute !== undefined ? 'minute' : 'second'], t('The {which, select, start {start} other {end}} date gives minutes or seconds but no hour; they were not carried over.', { which }));
      minute = second = undefined;
    }
    if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) {
      const shown = [hour, minute ?? 0, ...(second === undefined ? [] : [second])].map((n) => String(n).padStart(2, '0')).join(':');
      return this.badDate([...path, 'hour'], t('The time {time} does not exist; hours run from 0 to 23, minutes and seconds from 0 to 59.', { time: shown }));
    }
    if (parts.millisecond !== undefined && parts.millisecond !== 0 && hour !== undefined) {
      this.losses.add(t('Milliseconds are not carried (Stanceline times stop at the second)'), eventName);
    }

    const yearText = isoYear >= 0 && isoYear <= 9999 ? String(isoYear).padStart(4, '0') : `${isoYear < 0 ? '-' : '+'}${String(Math.abs(isoYear)).padStart(4, '0')}`;
    let text = yearText;
    if (month !== undefined) text += `-${String(month).padStart(2, '0')}`;
    if (day !== undefined) text += `-${String(day).padStart(2, '0')}`;
    if (hour !== undefined) {
      text += `T${String(hour).padStart(2, '0')}:${String(minute ?? 0).padStart(2, '0')}`;
      if (second !== undefined) text += `:${String(second).padStart(2, '0')}`;
      const hourOnly = minute === undefined ? ' (TimelineJS gives the hour only; written as :00)' : '';
      notes.push(`TimelineJS gives the ${which} time without a time zone; it is read as UTC${hourOnly}.`);
    }
    if (year < 0) {
      notes.push(`TimelineJS year ${year} (${-year} BCE) is written ${yearText} in ISO 8601, where year 0000 is 1 BCE.`);
    } else if (year === 0) {
      notes.push('TimelineJS year 0 (no such year in BCE/CE counting) is read as 1 BCE, ISO 8601 year 0000.');
    }
    if (typeof value.display_date === 'string' && value.display_date.trim() !== '') {
      notes.push(`${which === 'start' ? 'Shown' : 'End shown'} in TimelineJS as "${htmlToText(value.display_date).text}".`);
    }
    const parsed = parseDate(text);
    if (isDateError(parsed)) {
      return this.badDate(path, parsed.error);
    }
    return { text, notes };
  }
}
