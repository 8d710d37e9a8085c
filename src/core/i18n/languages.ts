// The interface languages Stanceline ships, and how one is chosen: `lang=` in the
// address, then the browser's languages, then English. An unknown or mangled tag is
// simply not a match: the next choice applies, with no error.

export interface Language {
  /** BCP 47 primary subtag, as in `lang=` and the document's `lang` attribute. */
  code: string;
  /** The language's name in itself, for the picker. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export type TranslatedLanguageCode = Exclude<LanguageCode, 'en'>;

/**
 * The pseudo-locale: English with every catalogue string wrapped in ⟦ ⟧ and lengthened,
 * so a test can see interface text that bypasses the catalogue and layouts that cannot
 * grow. Reached only by `lang=qps` (the tag Windows reserves for pseudo-locales), never
 * offered in the picker.
 */
export const PSEUDO_LANGUAGE: Language = { code: 'qps', name: 'Pseudo', dir: 'ltr' };

export const ENGLISH: Language = LANGUAGES[0];

/** The shipped language a BCP 47 tag asks for ("fr-CA" → French), or null. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === PSEUDO_LANGUAGE.code) return PSEUDO_LANGUAGE;
  return LANGUAGES.find((language) => language.code === primary) ?? null;
}

/** `lang=` first, then the browser's preferred languages in order, then English. */
export function chooseLanguage(requested: string | null | undefined, preferred: readonly string[]): Language {
  const fromAddress = matchLanguage(requested);
  if (fromAddress) return fromAddress;
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    // The pseudo-locale is for tests, asked for by address only.
    if (match && match !== PSEUDO_LANGUAGE) return match;
  }
  return ENGLISH;
}
