// Loading a language: its compiled catalogue and its date-fns locale, each a lazy chunk
// of its own, so only the active language's are fetched and English fetches nothing.
import type { Locale } from 'date-fns';
import { ENGLISH, PSEUDO_LANGUAGE } from './languages';
import type { Language, TranslatedLanguageCode } from './languages';
import { setLanguage, t } from './translate';
import type { Catalogue } from './translate';
import { ENGLISH_DATES, ENGLISH_PATTERNS } from '../time/dateLocale';
import type { DateLocale, DatePatterns } from '../time/dateLocale';
import { datePatternsOf } from './datePatterns';

type Loaded = [{ default: Catalogue }, Locale];

const LOADERS: Readonly<Record<TranslatedLanguageCode, () => Promise<Loaded>>> = {
  fr: () => Promise.all([import('./compiled/fr'), import('date-fns/locale/fr').then((m) => m.fr)]),
  de: () => Promise.all([import('./compiled/de'), import('date-fns/locale/de').then((m) => m.de)]),
  es: () => Promise.all([import('./compiled/es'), import('date-fns/locale/es').then((m) => m.es)]),
  uk: () => Promise.all([import('./compiled/uk'), import('date-fns/locale/uk').then((m) => m.uk)]),
  ru: () => Promise.all([import('./compiled/ru'), import('date-fns/locale/ru').then((m) => m.ru)]),
  ar: () => Promise.all([import('./compiled/ar'), import('date-fns/locale/ar').then((m) => m.ar)]),
};

/** English dates wrapped in ⟦ ⟧ (quoted text in date-fns patterns), so the pseudo-locale shows them as the language's. */
const wrap = (pattern: string) => `'⟦'${pattern}'⟧'`;
const wrapAll = <K extends string>(patterns: Readonly<Record<K, string>>) => Object.fromEntries(Object.entries<string>(patterns).map(([k, p]) => [k, wrap(p)])) as Record<K, string>;
const PSEUDO_DATES: DateLocale = {
  ...ENGLISH_DATES,
  code: PSEUDO_LANGUAGE.code,
  patterns: {
    short: wrapAll(ENGLISH_PATTERNS.short),
    long: wrapAll(ENGLISH_PATTERNS.long),
    tickMonth: wrap(ENGLISH_PATTERNS.tickMonth),
    tickDay: wrap(ENGLISH_PATTERNS.tickDay),
    tickTime: wrap(ENGLISH_PATTERNS.tickTime),
    monthOnly: wrap(ENGLISH_PATTERNS.monthOnly),
  },
};

export interface LoadedLanguage {
  language: Language;
  catalogue: Catalogue | null;
  dates: DateLocale;
}

/** Fetches a language's catalogue and date locale (nothing for English and the pseudo-locale). */
export async function fetchLanguage(language: Language): Promise<LoadedLanguage> {
  if (language === PSEUDO_LANGUAGE) return { language, catalogue: null, dates: PSEUDO_DATES };
  if (language === ENGLISH || language === PSEUDO_LANGUAGE || !(language.code in LOADERS)) return { language, catalogue: null, dates: ENGLISH_DATES };
  const [catalogue, locale] = await LOADERS[language.code as TranslatedLanguageCode]();
  const patterns: DatePatterns = datePatternsOf(language.code) ?? ENGLISH_PATTERNS;
  const dates: DateLocale = { code: language.code, locale, patterns, beforeCommonEra: (year) => t('{year} BCE', { year: String(year) }) };
  return { language, catalogue: catalogue.default, dates };
}

/** Loads a language and makes it active (the command-line tools' --lang). */
export async function loadLanguage(language: Language): Promise<void> {
  const loaded = await fetchLanguage(language);
  setLanguage(loaded.language, loaded.catalogue, loaded.dates);
}
