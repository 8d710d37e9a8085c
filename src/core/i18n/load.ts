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

export interface LoadedLanguage {
  language: Language;
  catalogue: Catalogue | null;
  dates: DateLocale;
}

/** Fetches a language's catalogue and date locale (nothing for English and the pseudo-locale). */
export async function fetchLanguage(language: Language): Promise<LoadedLanguage> {
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
