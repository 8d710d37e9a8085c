// The interface language of the page: `lang=` in the address (kept like `data=`: the view
// never drops it, so links, embeds, story steps and single-file exports carry it), then the
// browser's languages, then English. Its catalogue and date locale load as lazy chunks after
// the first render; the document's `lang` and `dir` follow once they have.
import { chooseLanguage, ENGLISH, matchLanguage } from '../core/i18n/languages';
import type { Language } from '../core/i18n/languages';
import { setLanguage } from '../core/i18n/translate';
import type { LoadedLanguage } from '../core/i18n/load';
import { ENGLISH_DATES } from '../core/time/dateLocale';
import type { HistoryLike } from '../core/view/store';
import type { LanguageChooser } from '../components/i18n';

/** The browser's languages, most wanted first. */
export function preferredLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** English is built in; any other language's loader (its table of lazy chunks) is itself loaded only then. */
function load(language: Language): Promise<LoadedLanguage> {
  if (language === ENGLISH) return Promise.resolve({ language, catalogue: null, dates: ENGLISH_DATES });
  return import('../core/i18n/load').then(({ fetchLanguage }) => fetchLanguage(language));
}

let latest = 0;
let ready: Promise<void> = Promise.resolve();
let asked: Language | null = null;

/** The code of the language last asked for (its chunks may still be loading); undefined before the page chose one. */
export function askedInterfaceLanguage(): string | undefined {
  return asked?.code;
}

/** Settles once the language last asked for is active (or has failed to load): the main-thread loader words its messages after it. */
export function interfaceLanguageReady(): Promise<void> {
  return ready;
}

function apply(language: Language): void {
  // The last language asked for wins, whichever chunk arrives first.
  const ticket = ++latest;
  asked = language;
  ready = load(language).then(
    (loaded) => {
      if (ticket !== latest) return;
      setLanguage(loaded.language, loaded.catalogue, loaded.dates);
      document.documentElement.lang = language.code;
      document.documentElement.dir = language.dir;
    },
    // A chunk that fails to load (offline, a redeploy) leaves the page in English, working.
    () => undefined,
  );
}

/** Starts in the language the address or the browser asks for, and follows Back and Forward. */
export function startInterfaceLanguage(history: HistoryLike, win: Window = window): LanguageChooser {
  const requested = () => new URLSearchParams(history.search).get('lang');
  apply(chooseLanguage(requested(), preferredLanguages()));
  win.addEventListener('popstate', () => apply(chooseLanguage(requested(), preferredLanguages())));
  return {
    choose(code: string) {
      const language = matchLanguage(code);
      if (!language) return;
      const params = new URLSearchParams(history.search);
      params.set('lang', language.code);
      history.replace(`?${params.toString().replace(/%2C/g, ',')}`);
      apply(language);
    },
  };
}
