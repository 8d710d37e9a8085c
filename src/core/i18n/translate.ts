// The active interface language and its catalogue: t() turns an English ICU message
// (the code's own words, which are also the catalogue's keys: no hand-kept key list)
// into the active language. A message the catalogue lacks shows in English, never as a
// key. Like a logger, this is one module-level value: the app sets it when a language
// has loaded, the command-line tools when they read --lang.
import { ENGLISH, PSEUDO_LANGUAGE } from './languages';
import type { Language } from './languages';
import { formatEnglish } from './english';
import { formatCount } from '../text/formatCount';
import type { MessageValues } from './english';
import { ENGLISH_DATES } from '../time/dateLocale';
import type { DateLocale } from '../time/dateLocale';

export type { MessageValues } from './english';

/** A message compiled from its translation (by scripts/i18n.ts, with @messageformat/core). */
export type CompiledMessage = (values: Record<string, unknown>) => string;
export type Catalogue = Readonly<Record<string, CompiledMessage>>;

interface ActiveLanguage {
  language: Language;
  catalogue: Catalogue | null;
  dates: DateLocale;
}

let active: ActiveLanguage = { language: ENGLISH, catalogue: null, dates: ENGLISH_DATES };
const listeners = new Set<() => void>();

/** "Filters" stays "Filters" in English, "Filtres" in French. */
export function t(message: string, values?: MessageValues): string {
  const catalogue = active.catalogue;
  if (catalogue && Object.hasOwn(catalogue, message)) return catalogue[message]!(values ?? {});
  const english = formatEnglish(message, values);
  return active.language === PSEUDO_LANGUAGE ? pseudo(english) : english;
}

/** Wrapped and about 40% longer, as translations into German or Russian often are. */
function pseudo(text: string): string {
  return `⟦${text}${'·'.repeat(Math.ceil(text.length * 0.4))}⟧`;
}

let numberFormat: { code: string; format: (n: number) => string } | null = null;

/**
 * A count in the active language's digits and grouping ("1,234", "1 234", "1.234"). English
 * (and the pseudo-locale) without Intl, like every English first render; the others through
 * Intl.NumberFormat, whose chunks only load after the first render anyway.
 */
export function formatNumber(n: number): string {
  const code = active.language.code;
  if (active.catalogue === null) return formatCount(n);
  if (numberFormat?.code !== code) {
    const intl = new Intl.NumberFormat(code);
    numberFormat = { code, format: (value) => intl.format(value) };
  }
  return numberFormat.format(n);
}

export function currentLanguage(): Language {
  return active.language;
}

/** Month names, date patterns and eras for the active language. */
export function currentDates(): DateLocale {
  return active.dates;
}

/** Makes a language active (its catalogue and date locale already loaded). */
export function setLanguage(language: Language, catalogue: Catalogue | null, dates: DateLocale): void {
  if (active.language === language && active.catalogue === catalogue && active.dates === dates) return;
  active = { language, catalogue, dates };
  for (const listener of listeners) listener();
}

/** Called after each change of language (for React's useSyncExternalStore). */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
