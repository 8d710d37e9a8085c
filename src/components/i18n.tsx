// The interface language in React: components re-render when it changes, and the header's
// picker reaches the app's chooser through a context (absent where the page chooses, as in
// a timeline mounted into another page).
import { createContext, useContext, useId, useSyncExternalStore } from 'react';
import { LANGUAGES } from '../core/i18n/languages';
import type { Language } from '../core/i18n/languages';
import { currentLanguage, onLanguageChange, t } from '../core/i18n/translate';

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
