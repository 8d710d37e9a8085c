import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, addMonths, addSeconds, addYears } from 'date-fns';
import { utc } from './utc';
import { isDateError, parseDate } from './dates';
import type { NormalisedDate } from '../model/types';

function parsed(text: string): NormalisedDate {
  const result = parseDate(text);
  if (isDateError(result)) throw new Error(`expected ${text} to parse: ${result.error}`);
  return result;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function errorOf(text: string): string {
  const result = parseDate(text);
  if (!isDateError(result)) throw new Error(`expected ${text} to be refused`);
  return result.error;
}

describe('parseDate', () => {
  it('reads a year as the whole UTC year', () => {
    const date = parsed('2022');
    expect(date.precision).toBe('year');
    expect([iso(date.start), iso(date.end)]).toEqual(['2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z']);
  });

  it('reads a month as the whole month, with the right length for February in a leap year', () => {
    const date = parsed('2024-02');
    expect(date.precision).toBe('month');
    expect([iso(date.start), iso(date.end)]).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
    expect(parsed('2022-12').end).toBe(Date.UTC(2023, 0, 1));
  });

  it('reads a day as its UTC calendar day whatever the host time zone', () => {
    const date = parsed('2025-02-12');
    expect(date.precision).toBe('day');
    expect([date.start, date.end]).toEqual([Date.UTC(2025, 1, 12), Date.UTC(2025, 1, 13)]);
  });

  it('reads a minute with an offset as that minute in UTC and keeps the offset', () => {
    const date = parsed('2025-02-12T10:30+01:00');
    expect(date.precision).toBe('minute');
    expect([iso(date.start), iso(date.end)]).toEqual(['2025-02-12T09:30:00.000Z', '2025-02-12T09:31:00.000Z']);
    expect(date.offsetMinutes).toBe(60);
    expect(parsed('2025-02-12T10:30-0530').offsetMinutes).toBe(-330);
    expect(parsed('2025-02-12T10:30+05').offsetMinutes).toBe(300);
  });

  it('reads a second with Z as UTC', () => {
    const date = parsed('2025-02-12T10:30:15Z');
    expect(date.precision).toBe('second');
    expect(date.end - date.start).toBe(1000);
    expect(iso(date.start)).toBe('2025-02-12T10:30:15.000Z');
    expect(date.offsetMinutes).toBe(0);
  });

  it('reads a time without an offset as UTC and records no offset', () => {
    const date = parsed('2025-02-12T10:30');
    expect(iso(date.start)).toBe('2025-02-12T10:30:00.000Z');
    expect(date.offsetMinutes).toBeUndefined();
  });

  it('reads the EDTF qualifiers ? ~ and % into uncertain and approximate', () => {
    expect(parsed('2024-06?')).toMatchObject({ uncertain: true, approximate: false, precision: 'month' });
    expect(parsed('2022-09~')).toMatchObject({ uncertain: false, approximate: true, precision: 'month' });
    expect(parsed('2022%')).toMatchObject({ uncertain: true, approximate: true, precision: 'year' });
    expect(parsed('2022-09~').text).toBe('2022-09~');
    expect(parsed('2022-09~').start).toBe(parsed('2022-09').start);
  });

  it('accepts 29 February in leap years only', () => {
    expect(parsed('2024-02-29').start).toBe(Date.UTC(2024, 1, 29));
    expect(parsed('2000-02-29').precision).toBe('day');
    expect(errorOf('2023-02-29')).toContain('February 2023 has 28 days');
    expect(errorOf('1900-02-29')).toContain('February 1900 has 28 days');
  });

  it('refuses days and months that do not exist, naming the text', () => {
    expect(errorOf('2025-02-30')).toBe('"2025-02-30" is not a valid date: February 2025 has 28 days.');
    expect(errorOf('2025-04-31')).toContain('April 2025 has 30 days');
    expect(errorOf('2025-13')).toContain('month 13 does not exist');
    expect(errorOf('2025-00')).toContain('month 00 does not exist');
    expect(errorOf('2025-01-00')).toContain('days start at 01');
    expect(errorOf('2025-01-01T24:00Z')).toContain('hour 24');
    expect(errorOf('2025-01-01T10:60Z')).toContain('minute 60');
    expect(errorOf('2025-01-01T10:30+15:00')).toContain('offset');
  });

  it('works before 1970 and before the year 1000', () => {
    expect(iso(parsed('1962-10-16').start)).toBe('1962-10-16T00:00:00.000Z');
    const earlyYear = parsed('0800');
    expect(new Date(earlyYear.start).getUTCFullYear()).toBe(800);
    expect(new Date(earlyYear.end).getUTCFullYear()).toBe(801);
    // Date.UTC would move years 0–99 to 1900–1999; the parser must not.
    expect(new Date(parsed('0050-03-01').start).getUTCFullYear()).toBe(50);
  });

  it('reads signed and expanded years', () => {
    expect(new Date(parsed('-0044-03-15').start).getUTCFullYear()).toBe(-44);
    expect(new Date(parsed('+12022').start).getUTCFullYear()).toBe(12022);
    expect(errorOf('-044')).toContain('four digits');
  });

  it('explains common mistakes', () => {
    expect(errorOf('12/02/2025')).toContain('not ISO 8601');
    expect(errorOf('20250212')).toContain('hyphens');
    expect(errorOf('2025-02-12 10:30')).toContain('"T"');
    expect(errorOf('2022/2023')).toContain('`end`');
    expect(errorOf('2022-XX')).toContain('unspecified digits');
    expect(errorOf('2025-02-12T10')).toContain('hour-only');
    expect(errorOf('2025-02-12T10:30:15.5Z')).toContain('fractions');
    expect(errorOf('')).toContain('empty');
    expect(errorOf(' 2025')).toContain('spaces');
    expect(errorOf('2025-2-3')).toContain('two digits');
  });

  it('ends each interval where date-fns, in UTC, says the next unit begins', () => {
    // The parser does this arithmetic with Date's own UTC setters (it runs once per date of a
    // large file); date-fns is the reference, across leap years, December, years 0–99 and BC.
    const texts = ['2024', '0050', '-0044', '+12022', '2024-02', '2023-12', '0099-12', '-0001-12', '2024-02-28', '2024-12-31', '0000-12-31', '2025-03-30T01:59Z', '1999-12-31T23:59:59Z'];
    for (const text of texts) {
      const date = parsed(text);
      const start = utc(date.start);
      const next = { year: addYears, month: addMonths, day: addDays, minute: addMinutes, second: addSeconds }[date.precision](start, 1, { in: utc });
      expect(iso(date.end), text).toBe(iso(next.getTime()));
    }
  });
});
