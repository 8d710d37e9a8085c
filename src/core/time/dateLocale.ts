// How dates read in one interface language: date-fns's locale (month and day names, the
// week's first day) and the patterns that language writes dates at each precision in.
// English is built in; the others come with their catalogue (src/core/i18n/load.ts), so
// no locale data is on the first-render path. Pure: callers pass the locale in.
import type { Locale } from 'date-fns';
import type { DatePrecision } from '../model/types';

export type DateStyle = 'short' | 'long';

export interface DatePatterns {
  /** An event's date at its precision, short ("12 Feb 2025") and long ("Wednesday 12 February 2025"). */
  short: Readonly<Record<DatePrecision, string>>;
  long: Readonly<Record<DatePrecision, string>>;
  /** Axis ticks: months ("Feb 2025"), days ("12 Feb"), hours ("10:30"). */
  tickMonth: string;
  tickDay: string;
  tickTime: string;
  /** The axis corner's month-only start of a range ("Feb" in "Feb–Mar 2025"). */
  monthOnly: string;
}

export interface DateLocale {
  /** The interface language's code ("en", "fr"). */
  code: string;
  /** date-fns's locale; absent for English (date-fns's built-in default). */
  locale?: Locale;
  patterns: DatePatterns;
  /** A year before year 1, written out ("45 BCE"); `year` is positive. */
  beforeCommonEra: (year: number) => string;
}

export const ENGLISH_PATTERNS: DatePatterns = {
  short: { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM yyyy', minute: 'd MMM yyyy, HH:mm', second: 'd MMM yyyy, HH:mm:ss' },
  long: {
    year: 'yyyy',
    month: 'MMMM yyyy',
    day: 'EEEE d MMMM yyyy',
    minute: 'EEEE d MMMM yyyy, HH:mm',
    second: 'EEEE d MMMM yyyy, HH:mm:ss',
  },
  tickMonth: 'MMM yyyy',
  tickDay: 'd MMM',
  tickTime: 'HH:mm',
  monthOnly: 'MMM',
};

export const ENGLISH_DATES: DateLocale = {
  code: 'en',
  patterns: ENGLISH_PATTERNS,
  beforeCommonEra: (year) => `${year} BCE`,
};
