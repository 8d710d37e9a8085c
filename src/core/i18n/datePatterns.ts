// How each language writes a date at each precision (date-fns patterns; month and day
// names come from date-fns's locale). Written per language rather than derived, because
// the order and the form differ: "12 févr. 2025", "12. Feb. 2025", "12 лютого 2025".
import type { DatePatterns } from '../time/dateLocale';

const DAY_FIRST: DatePatterns = {
  short: { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM yyyy', minute: 'd MMM yyyy, HH:mm', second: 'd MMM yyyy, HH:mm:ss' },
  long: { year: 'yyyy', month: 'LLLL yyyy', day: 'EEEE d MMMM yyyy', minute: 'EEEE d MMMM yyyy, HH:mm', second: 'EEEE d MMMM yyyy, HH:mm:ss' },
  tickMonth: 'LLL yyyy',
  tickDay: 'd MMM',
  tickTime: 'HH:mm',
  monthOnly: 'LLL',
};

const PATTERNS: Readonly<Record<string, DatePatterns>> = {
  fr: DAY_FIRST,
  // German writes the day with a full stop: "12. Feb. 2025".
  de: {
    ...DAY_FIRST,
    short: { year: 'yyyy', month: 'MMM yyyy', day: 'd. MMM yyyy', minute: 'd. MMM yyyy, HH:mm', second: 'd. MMM yyyy, HH:mm:ss' },
    long: { year: 'yyyy', month: 'LLLL yyyy', day: 'EEEE, d. MMMM yyyy', minute: 'EEEE, d. MMMM yyyy, HH:mm', second: 'EEEE, d. MMMM yyyy, HH:mm:ss' },
    tickDay: 'd. MMM',
  },
  // Spanish joins day, month and year with "de" in the long form.
  es: {
    ...DAY_FIRST,
    long: { year: 'yyyy', month: "LLLL 'de' yyyy", day: "EEEE, d 'de' MMMM 'de' yyyy", minute: "EEEE, d 'de' MMMM 'de' yyyy, HH:mm", second: "EEEE, d 'de' MMMM 'de' yyyy, HH:mm:ss" },
  },
  // Ukrainian and Russian name the month in full, in the genitive after a day: "12 лютого 2025".
  uk: {
    ...DAY_FIRST,
    short: { year: 'yyyy', month: 'LLL yyyy', day: 'd MMMM yyyy', minute: 'd MMMM yyyy, HH:mm', second: 'd MMMM yyyy, HH:mm:ss' },
    long: { year: 'yyyy', month: 'LLLL yyyy', day: 'EEEE, d MMMM yyyy', minute: 'EEEE, d MMMM yyyy, HH:mm', second: 'EEEE, d MMMM yyyy, HH:mm:ss' },
  },
  ru: {
    ...DAY_FIRST,
    short: { year: 'yyyy', month: 'LLL yyyy', day: 'd MMMM yyyy', minute: 'd MMMM yyyy, HH:mm', second: 'd MMMM yyyy, HH:mm:ss' },
    long: { year: 'yyyy', month: 'LLLL yyyy', day: 'EEEE, d MMMM yyyy', minute: 'EEEE, d MMMM yyyy, HH:mm', second: 'EEEE, d MMMM yyyy, HH:mm:ss' },
  },
  // Arabic month names have no short form: the full name throughout.
  ar: {
    ...DAY_FIRST,
    short: { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy', minute: 'd MMMM yyyy، HH:mm', second: 'd MMMM yyyy، HH:mm:ss' },
    long: { year: 'yyyy', month: 'MMMM yyyy', day: 'EEEE d MMMM yyyy', minute: 'EEEE d MMMM yyyy، HH:mm', second: 'EEEE d MMMM yyyy، HH:mm:ss' },
    tickMonth: 'MMMM yyyy',
    tickDay: 'd MMMM',
    monthOnly: 'MMMM',
  },
};

export function datePatternsOf(code: string): DatePatterns | undefined {
  return PATTERNS[code];
}
