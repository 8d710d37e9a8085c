// Reading helpers the event-data readers share: tab-separated lines, the date forms the
// exports write, web addresses, and the record in which a problem sits.
import { parseDate, isDateError } from '../time/dates';
import type { Problem } from '../model/types';
import { lossLine, problemAt } from './result';
import type { Origin } from './result';
import { t } from '../i18n/translate';
// The validator's own test of a web address: an address it would refuse is not carried over.
import { WEB_URL } from '../data/rules';

/** The lines of a text, without the final empty line a trailing newline leaves. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Cells of one tab-separated line. ICEWS and GDELT never quote, so a plain split is faithful. */
export function splitTabs(line: string): string[] {
  return line.split('\t');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Checks that year, month and day make a real day and returns it as YYYY-MM-DD. */
function dayText(year: number, month: number, day: number): string | undefined {
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isDateError(parseDate(text)) ? undefined : text;
}

/**
 * The day of a date in the forms event-data exports write: "2025-02-12", "20250212",
 * "12 February 2025" (or "12-Feb-2025"), and day first, "12/02/2025". Undefined when none fits.
 */
export function readDay(raw: string): string | undefined {
  const text = raw.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return dayText(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return dayText(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(text);
  if (match) {
    const name = match[2]!.toLowerCase();
    const month = MONTHS.findIndex((full) => full === name || (name.length >= 3 && full.startsWith(name)));
    return month < 0 ? undefined : dayText(Number(match[3]), month + 1, Number(match[1]));
  }
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (match) return dayText(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}


/** The address when it is a web address (http or https), else undefined. */
export function webUrl(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  return text && WEB_URL.test(text) ? text : undefined;
}

/** "https://www.example.org:8080/a" → "example.org". */
export function hostOf(url: string): string {
  return hostOfAuthority(authorityOf(url));
}

/** A web address's scheme and authority; the authority is its group 1. */
export const SCHEME_AND_AUTHORITY = /^https?:\/\/([^/?#]*)/i;

/** "https://user@www.example.org:8080/a" → "user@www.example.org:8080" (the whole text when it is not a web address). */
export function authorityOf(url: string): string {
  return SCHEME_AND_AUTHORITY.exec(url)?.[1] ?? url;
}

/** "user@www.example.org:8080" → "example.org". */
export function hostOfAuthority(authority: string): string {
  return authority.replace(/^.*@/, '').replace(/:\d*$/, '').replace(/^www\./i, '').toLowerCase();
}

/** Collects the problems of one record; a record with an error is not carried. */
export class RecordProblems {
  errors = 0;

  /** `label` names the record in its problems ("ACLED row 4 (ID)"), worded only when there is one. */
  constructor(private readonly problems: Problem[], private readonly label: () => string) {}

  private get name(): string {
    return this.label();
  }

  error(rule: string, where: Origin, message: string): void {
    this.errors++;
    this.problems.push(problemAt('warning', rule, where, t('{record} was not imported: {reason}', { record: this.name, reason: message })));
  }

  warning(rule: string, where: Origin, message: string): void {
    this.problems.push(problemAt('warning', rule, where, t('{record}: {problem}', { record: this.name, problem: message })));
  }
}

/** The first `count` lines of a text, read without scanning the rest (detection runs on large files). */
export function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    lines.push(text.slice(start, stop > start && text[stop - 1] === '\r' ? stop - 1 : stop));
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

/**
 * What was not carried, counted per kind with the first few places named. Unlike the
 * LossReport of the other importers it keeps no list of every place: an export may name the
 * same loss on each of 100,000 rows.
 */
export class RowLosses {
  private readonly kinds = new Map<string, { count: number; first: string[] }>();

  /** How a numbered place is written: "row 3" (a table with a header) or "line 3". */
  constructor(private readonly unit: 'row' | 'line' = 'row') {}

  /** `where` is a row or line number, or a place ("record 4 (line 12)") to word: written out only when it is shown. */
  add(what: string, where: number | (() => string)): void {
    let kind = this.kinds.get(what);
    if (!kind) this.kinds.set(what, (kind = { count: 0, first: [] }));
    kind.count++;
    if (kind.first.length < 5) kind.first.push(typeof where === 'number' ? t('{unit, select, line {line {number}} other {row {number}}}', { unit: this.unit, number: where }) : where());
  }

  lines(): string[] {
    return [...this.kinds].map(([what, { count, first }]) => lossLine(what, count, first));
  }
}

/** Where a field of the converted event comes from in each record: a column (tables) or a key (JSON). */
export type FieldColumns = Readonly<Partial<Record<'date' | 'end' | 'type' | 'title' | 'actors' | 'summary' | 'location', { column: number; path: string }>>>;
