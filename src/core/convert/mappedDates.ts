// Dates in a mapped table, read with date-fns at the precision they are written: a year
// ("2025"), a month ("Feb 2025", "02/2025") or a day ("12/02/2025"), in the order of day,
// month and year the mapping names, or with the mapping's own date-fns pattern.
import { isValid, parse } from 'date-fns';
import { isDateError, parseDate } from '../time/dates';
import { UTCDate } from '../time/utc';
import { DATE_ORDERS, type DateOrder } from './columnMapping';
import { t } from '../i18n/translate';

type Precision = 'year' | 'month' | 'day';

interface Pattern {
  pattern: string;
  precision: Precision;
}

const day = (pattern: string): Pattern => ({ pattern, precision: 'day' });
const month = (pattern: string): Pattern => ({ pattern, precision: 'month' });

// date-fns's "dd" and "MM" take one or two digits, so "2/3/2025" and "02/03/2025" both read.
const ORDER_PATTERNS: Readonly<Record<DateOrder, readonly Pattern[]>> = {
  YMD: [day('yyyy/MM/dd'), day('yyyy.MM.dd'), day('yyyyMMdd'), day('yyyy MMMM dd'), day('yyyy MMM dd'), month('yyyy/MM'), month('yyyy MMMM'), month('yyyy MMM')],
  DMY: [
    day('dd/MM/yyyy'), day('dd.MM.yyyy'), day('dd-MM-yyyy'), day('dd MMMM yyyy'), day('dd MMM yyyy'), day('dd-MMM-yyyy'), day('do MMMM yyyy'),
    month('MM/yyyy'), month('MM.yyyy'), month('MMMM yyyy'), month('MMM yyyy'),
  ],
  MDY: [
    day('MM/dd/yyyy'), day('MM-dd-yyyy'), day('MMMM dd, yyyy'), day('MMM dd, yyyy'), day('MMMM dd yyyy'), day('MMM dd yyyy'),
    month('MM/yyyy'), month('MMMM yyyy'), month('MMM yyyy'),
  ],
};

/** ISO forms read in every order: they cannot be mistaken. */
const ISO_PATTERNS: readonly Pattern[] = [day('yyyy-MM-dd'), month('yyyy-MM'), { pattern: 'yyyy', precision: 'year' }];

export const ORDER_EXAMPLES: Readonly<Record<DateOrder, string>> = {
  YMD: 'year first: 2025-02-12, 2025/02/12, 2025-02, 2025',
  DMY: 'day first: 12/02/2025, 12.02.2025, 12 February 2025, February 2025',
  MDY: 'month first: 02/12/2025, February 12, 2025, February 2025',
};

/** The precision a date-fns pattern gives: a day token, else a month token, else the year. */
export function patternPrecision(pattern: string): Precision {
  const tokens = pattern.replace(/'[^']*'/g, '');
  if (/[dD]/.test(tokens)) return 'day';
  if (/[ML]/.test(tokens)) return 'month';
  return 'year';
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function tryPattern(text: string, { pattern, precision }: Pattern): string | undefined {
  // "yyyy" takes one to four digits; a two-digit year would silently become the first century.
  if (/y{3,}/.test(pattern) && !/\d{4}/.test(text)) return undefined;
  let parsed: Date;
  try {
    parsed = parse(text, pattern, new UTCDate(2000, 0, 1));
  } catch {
    // A pattern date-fns refuses (the user's own) reads nothing.
    return undefined;
  }
  if (!isValid(parsed)) return undefined;
  const year = pad(parsed.getFullYear(), 4);
  if (precision === 'year') return year;
  if (precision === 'month') return `${year}-${pad(parsed.getMonth() + 1)}`;
  return `${year}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

/**
 * A cell's date as Stanceline writes dates ("2025", "2025-02", "2025-02-12", with a trailing
 * ~, ? or % kept), or an error sentence. Text already in Stanceline's form (a time with a
 * zone included) is kept as it is.
 */
export function readMappedDate(raw: string, dates: { order: DateOrder; format?: string }): { date: string } | { error: string } {
  const trimmed = raw.trim();
  const qualifier = /[~?%]$/.exec(trimmed)?.[0] ?? '';
  const text = qualifier ? trimmed.slice(0, -1).trim() : trimmed;
  if (dates.format !== undefined) {
    const date = tryPattern(text, { pattern: dates.format, precision: patternPrecision(dates.format) });
    return date !== undefined ? { date: date + qualifier } : { error: t('"{text}" does not match the date pattern "{pattern}"', { text: short(trimmed), pattern: dates.format }) };
  }
  if (/^[+-]?\d{4,}(?:-\d{2}(?:-\d{2}(?:T.*)?)?)?$/.test(text) && !isDateError(parseDate(text))) return { date: text + qualifier };
  for (const pattern of [...ISO_PATTERNS, ...ORDER_PATTERNS[dates.order]]) {
    const date = tryPattern(text, pattern);
    if (date !== undefined) return { date: date + qualifier };
  }
  return { error: t('"{text}" is not a date written {order, select, YMD {year first: 2025-02-12, 2025/02/12, 2025-02, 2025} DMY {day first: 12/02/2025, 12.02.2025, 12 February 2025, February 2025} other {month first: 02/12/2025, February 12, 2025, February 2025}} (choose another order, or give a date pattern)', { text: short(trimmed), order: dates.order }) };
}

/**
 * The order of day, month and year that reads more of these dates than either other order
 * does, or null when none does: all in ISO form (every order reads them), or only dates such
 * as 03/04/2025 that read both day first and month first. Those stay for the person to choose:
 * a guess would date them silently, a month out.
 */
export function guessDateOrder(values: readonly string[]): DateOrder | null {
  const written = values.filter((value) => value.trim() !== '');
  const reads = DATE_ORDERS.map((order) => written.filter((value) => 'date' in readMappedDate(value, { order })).length);
  const most = Math.max(...reads);
  const best = reads.indexOf(most);
  return most > 0 && reads.filter((count) => count === most).length === 1 ? DATE_ORDERS[best]! : null;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
