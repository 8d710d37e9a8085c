// The catalogue keeps itself whole: every message in the code is translated in every
// shipped language, with the same arguments, the compiled chunks are those of the
// translations, and English formatted without a catalogue says what ICU says it should.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import MessageFormat from '@messageformat/core';
import { COMPILED_DIR, MESSAGES_DIR, argumentNames, compileCatalogue, extractMessages, readTranslations, translationsText } from '../../../scripts/i18n-catalogue';
import { ENGLISH, LANGUAGES, PSEUDO_LANGUAGE, chooseLanguage, matchLanguage } from './languages';
import { formatEnglish } from './english';
import { currentLanguage, formatNumber, setLanguage, t } from './translate';
import { fetchLanguage, loadLanguage } from './load';
import { formatDate } from '../time/format';
import { axisTicks } from '../scene/axis';
import { ENGLISH_DATES } from '../time/dateLocale';
import type { NormalisedDate } from '../model/types';

const { messages, problems } = extractMessages();
const translated = LANGUAGES.filter((language) => language.code !== 'en');

afterEach(() => setLanguage(ENGLISH, null, ENGLISH_DATES));

describe('the message catalogue', () => {
  it('finds every message as a literal in a t() call', () => {
    expect(problems).toEqual([]);
    expect(messages.length).toBeGreaterThan(150);
    expect(messages.map((m) => m.message)).toContain('Filters');
  });

  for (const { code } of translated) {
    describe(code, () => {
      const translations = readTranslations(code);

      it('translates every message in the code', () => {
        const missing = messages.filter(({ message }) => !translations[message]?.trim()).map(({ message, where }) => `${where}: ${message}`);
        expect(missing).toEqual([]);
      });

      it('keeps each message’s arguments, and every translation is valid ICU', () => {
        const wrong = messages
          .filter(({ message }) => translations[message])
          .filter(({ message }) => argumentNames(message).join() !== argumentNames(translations[message]!).join())
          .map(({ message }) => message);
        expect(wrong).toEqual([]);
      });

      it('is up to date: npm run i18n has written its translations file and compiled chunk', () => {
        expect(readFileSync(join(MESSAGES_DIR, `${code}.json`), 'utf8')).toBe(translationsText(messages, translations));
        expect(readFileSync(join(COMPILED_DIR, `${code}.ts`), 'utf8')).toBe(compileCatalogue(code, translations, messages));
      });
    });
  }

  it('writes French with a no-break space before : ; ? ! » and after «, as French typography does (a plain one lets a line break there)', () => {
    const translations = readTranslations('fr');
    const plain = Object.values(translations).filter((text) => / [:;?!»]|« /.test(text));
    expect(plain).toEqual([]);
  });

  it('formats English as @messageformat/core does, for every message', () => {
    const mf = new MessageFormat('en');
    const values = (message: string) =>
      Object.fromEntries(argumentNames(message).map((name) => [name, /count|total|position|shown/.test(name) ? 1234 : `‹${name}›`]));
    const ones = (message: string) => Object.fromEntries(argumentNames(message).map((name) => [name, 1]));
    for (const { message } of messages) {
      for (const sample of [values(message), ones(message)]) {
        expect(formatEnglish(message, sample), message).toBe(mf.compile(message)(sample));
      }
    }
  });
});

describe('t()', () => {
  it('shows the English when the active catalogue lacks an entry, never the key', async () => {
    await loadLanguage(matchLanguage('fr')!);
    expect(t('Filters')).toBe('Filtres');
    expect(t('A message no catalogue has, {n}', { n: 3 })).toBe('A message no catalogue has, 3');
    expect(t('{count, plural, one {# match} other {# matches}}', { count: 2 })).toBe('2 résultats');
  });

  it('chooses plural forms by the language’s rules', async () => {
    await loadLanguage(matchLanguage('uk')!);
    const matches = (count: number) => t('{count, plural, one {# match} other {# matches}}', { count });
    expect([1, 3, 5, 21].map(matches)).toEqual(['1 збіг', '3 збіги', '5 збігів', '21 збіг']);
  });

  it('groups numbers as the language does, and as English without Intl', async () => {
    expect(formatNumber(12345)).toBe('12,345');
    await loadLanguage(matchLanguage('fr')!);
    expect(formatNumber(12345)).toMatch(/^12\s345$/u);
    await loadLanguage(matchLanguage('de')!);
    expect(formatNumber(12345)).toBe('12.345');
  });

  it('wraps and lengthens every string in the pseudo-locale', async () => {
    await loadLanguage(PSEUDO_LANGUAGE);
    expect(currentLanguage()).toBe(PSEUDO_LANGUAGE);
    expect(t('Filters')).toMatch(/^⟦Filters·+⟧$/);
  });
});

describe('choosing a language', () => {
  it('takes lang= first, then the browser’s languages, then English', () => {
    expect(chooseLanguage('fr', ['de-DE'])!.code).toBe('fr');
    expect(chooseLanguage(null, ['pt-BR', 'de-AT'])!.code).toBe('de');
    expect(chooseLanguage(null, [])).toBe(ENGLISH);
  });

  it('falls back without an error for an unknown or mangled lang=', () => {
    expect(chooseLanguage('xx', [])).toBe(ENGLISH);
    expect(chooseLanguage('<script>', ['uk'])!.code).toBe('uk');
    expect(chooseLanguage('', [])).toBe(ENGLISH);
  });

  it('never picks the pseudo-locale from the browser', () => {
    expect(chooseLanguage(null, ['qps-ploc'])).toBe(ENGLISH);
    expect(chooseLanguage('qps', [])).toBe(PSEUDO_LANGUAGE);
  });
});

describe('dates in each language', () => {
  const day: NormalisedDate = { text: '2025-02-12', start: Date.UTC(2025, 1, 12), end: Date.UTC(2025, 1, 13), precision: 'day', approximate: false, uncertain: false };
  const month: NormalisedDate = { ...day, text: '2025-02', end: Date.UTC(2025, 2, 1), precision: 'month' };

  it('writes dates at their precision in the language', async () => {
    const fr = (await fetchLanguage(matchLanguage('fr')!)).dates;
    const uk = (await fetchLanguage(matchLanguage('uk')!)).dates;
    expect(formatDate(month, 'short', fr)).toBe('févr. 2025');
    expect(formatDate(day, 'short', uk)).toBe('12 лютого 2025');
    expect(formatDate(day)).toBe('12 Feb 2025');
  });

  it('labels axis ticks in the language', async () => {
    const fr = (await fetchLanguage(matchLanguage('fr')!)).dates;
    const labels = axisTicks([Date.UTC(2025, 0, 1), Date.UTC(2025, 6, 1)], 800, undefined, fr).map((tick) => tick.label);
    expect(labels).toContain('févr. 2025');
  });
});
