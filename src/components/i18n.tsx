// The interface language in React: components re-render when it changes, and the header's
// picker reaches the app's chooser through a context (absent where the page chooses, as in
// a timeline mounted into another page).
import { createContext, Fragment, useContext, useId, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { LANGUAGES } from '../core/i18n/languages';
import type { Language } from '../core/i18n/languages';
import { currentLanguage, onLanguageChange, t, t as translateMessage } from '../core/i18n/translate';

export interface LanguageChooser {
  choose(code: string): void;
}

export const LanguageChooserContext = createContext<LanguageChooser | null>(null);

/** The active interface language; the caller re-renders when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
}

/** The header's language menu: each language named in itself. */
export function LanguagePicker() {
  const chooser = useContext(LanguageChooserContext);
  const language = useLanguage();
  const id = useId();
  if (!chooser) return null;
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('Language')}</label>
      <select id={id} value={language.code} onChange={(event) => chooser.choose(event.target.value)} data-testid="language-picker">
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A message whose values include elements ("Data from {host}" with the host in a <bdi>):
 * translated as a whole, so each language orders the words its own way, then split at the
 * placeholders. The elements stay elements: data is never turned into markup.
 */
export function tNodes(message: string, values: Readonly<Record<string, ReactNode>>): ReactNode[] {
  const names = Object.keys(values);
  const textValues: Record<string, string | number> = {};
  names.forEach((name, index) => {
    const value = values[name];
    textValues[name] = typeof value === 'string' || typeof value === 'number' ? value : `\u{E000}${index}\u{E001}`;
  });
  // Under another name: the message is the caller's, extracted from the tNodes() call.
  return translateMessage(message, textValues)
    .split(/\u{E000}(\d+)\u{E001}/u)
    .map((part, index) => (index % 2 === 0 ? part : <Fragment key={index}>{values[names[Number(part)]!]}</Fragment>));
}
