import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH, matchLanguage } from '../i18n/languages';
import { loadLanguage } from '../i18n/load';
import { currentDates, setLanguage } from '../i18n/translate';
import { ENGLISH_DATES } from '../time/dateLocale';
import { isDateError, parseDate } from '../time/dates';
import { calendarInterval, describeWindow } from './dates';

const utc = (year: number, month0 = 0, day = 1) => Date.UTC(year, month0, day);

describe('calendarInterval, the filter bounds people type', () => {
  it('covers a year, a month or a day at the precision written', () => {
    expect(calendarInterval('2025')).toEqual({ start: utc(2025), end: utc(2026) });
    expect(calendarInterval(' 2025-02 ')).toEqual({ start: utc(2025, 1), end: utc(2025, 2) });
    expect(calendarInterval('2024-02-29')).toEqual({ start: utc(2024, 1, 29), end: utc(2024, 2, 1) });
  });

  it('refuses what is not a calendar date: no such day, a time, a qualifier, words', () => {
    for (const text of ['2025-02-30', '2025-02-12T10:30Z', '2025?', '2025-02~', 'last week', '', '2025/2026']) {
      expect(calendarInterval(text), text).toBeNull();
    }
  });

  it('agrees with the data file\'s date parser, expanded years included', () => {
    for (const text of ['1815-06-18', '0800', '-0044-03-15', '+12022']) {
      const parsed = parseDate(text);
      if (isDateError(parsed)) throw new Error(parsed.error);
      expect(calendarInterval(text), text).toEqual({ start: parsed.start, end: parsed.end });
    }
  });
});

describe('describeWindow', () => {
  it('writes a window as the app writes dates, with times only for a window under two days', () => {
    expect(describeWindow([Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 18)])).toBe('10 February 2025 to 18 February 2025');
    expect(describeWindow([Date.UTC(2025, 1, 12, 9), Date.UTC(2025, 1, 12, 17, 30)])).toBe('12 February 2025, 09:00 to 12 February 2025, 17:30 UTC');
    expect(describeWindow([Date.UTC(-200, 0, 1), Date.UTC(2025, 0, 1)])).toBe('201 BCE to 1 January 2025');
  });
});

describe('describeWindow in another language', () => {
  afterEach(() => setLanguage(ENGLISH, null, ENGLISH_DATES));
  const week: [number, number] = [Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 18)];

  it('uses the language\'s long date without its weekday, and its own "to"', async () => {
    await loadLanguage(matchLanguage('fr')!);
    expect(describeWindow(week, currentDates())).toBe('du 10 février 2025 au 18 février 2025');
    await loadLanguage(matchLanguage('de')!);
    expect(describeWindow(week, currentDates())).toBe('10. Februar 2025 bis 18. Februar 2025');
    // Ukrainian months after a day are in the genitive.
    await loadLanguage(matchLanguage('uk')!);
    expect(describeWindow(week, currentDates())).toBe('з 10 лютого 2025 до 18 лютого 2025');
    await loadLanguage(matchLanguage('es')!);
    expect(describeWindow([Date.UTC(2025, 1, 12, 9), Date.UTC(2025, 1, 12, 17, 30)], currentDates())).toBe('del 12 de febrero de 2025, 09:00 al 12 de febrero de 2025, 17:30 UTC');
  });
});
