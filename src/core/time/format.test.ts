import { describe, expect, it } from 'vitest';
import type { NormalisedDate } from '../model/types';
import { formatDate, formatEventDate, qualifierText } from './format';

function date(partial: Partial<NormalisedDate> & Pick<NormalisedDate, 'precision' | 'start'>): NormalisedDate {
  return { text: '', end: partial.start + 1, uncertain: false, approximate: false, ...partial };
}

describe('formatDate', () => {
  it('writes a day-precision date as the calendar day in UTC, whatever the local time zone', () => {
    expect(formatDate(date({ precision: 'day', start: Date.UTC(2025, 1, 12) }))).toBe('12 Feb 2025');
  });

  it('writes a month-precision date without inventing a day', () => {
    expect(formatDate(date({ precision: 'month', start: Date.UTC(2022, 8, 1) }))).toBe('Sep 2022');
  });

  it('writes a year-precision date as the year alone', () => {
    expect(formatDate(date({ precision: 'year', start: Date.UTC(1962, 0, 1) }))).toBe('1962');
  });

  it('keeps the writer’s wall-clock time and offset for timed dates', () => {
    // 10:30 in Brussels (UTC+01:00) is 09:30 UTC.
    const d = date({ precision: 'minute', start: Date.UTC(2025, 1, 12, 9, 30), offsetMinutes: 60 });
    expect(formatDate(d)).toBe('12 Feb 2025, 10:30 UTC+01:00');
  });

  it('says UTC for a time given in UTC', () => {
    expect(formatDate(date({ precision: 'minute', start: Date.UTC(2025, 1, 12, 18, 5) }))).toBe('12 Feb 2025, 18:05 UTC');
  });

  it('adds words for EDTF qualifiers', () => {
    expect(formatDate(date({ precision: 'month', start: Date.UTC(2022, 8, 1), approximate: true }))).toBe('Sep 2022 (approx.)');
    expect(formatDate(date({ precision: 'year', start: Date.UTC(2024, 0, 1), uncertain: true }))).toBe('2024 (uncertain)');
    expect(qualifierText({ approximate: true, uncertain: true })).toBe('approx., uncertain');
  });

  it('writes the long style with weekday and full month', () => {
    expect(formatDate(date({ precision: 'day', start: Date.UTC(2025, 1, 12) }), 'long')).toBe('Wednesday 12 February 2025');
  });

  it('writes years before year 1 as BCE', () => {
    const start = new Date(0).setUTCFullYear(-43, 0, 1); // astronomical -43 is 44 BCE
    expect(formatDate(date({ precision: 'year', start }))).toBe('44 BCE');
  });
});

describe('formatEventDate', () => {
  it('joins the start and end of a span', () => {
    const event = {
      date: date({ precision: 'day', start: Date.UTC(2025, 1, 14) }),
      until: date({ precision: 'day', start: Date.UTC(2025, 1, 16) }),
    };
    expect(formatEventDate(event)).toBe('14 Feb 2025 – 16 Feb 2025');
  });
});
