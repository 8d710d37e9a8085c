import { describe, expect, it } from 'vitest';
import { dataLanguageOf, isWellFormedLanguageTag, languageDirection } from './dataLanguage';

describe('a dataset’s declared language', () => {
  it('accepts well-formed BCP 47 tags and refuses malformed ones', () => {
    for (const tag of ['uk', 'en', 'fr-CA', 'zh-Hant-TW', 'sr-Latn', 'es-419', 'de-CH-1996', 'az-Arab-IR', 'en-US-u-ca-gregory', 'x-private', 'yue', 'zh-yue-HK', 'ar-x-gulf']) {
      expect(isWellFormedLanguageTag(tag), tag).toBe(true);
    }
    for (const tag of ['', 'u', 'english', 'en_US', 'en-', '-en', 'fr--CA', 'en-US-', 'e1', 'en-a', 'x', 'toolongtag-x', 'fr CA', 'a'.repeat(200)]) {
      expect(isWellFormedLanguageTag(tag), tag).toBe(false);
    }
  });

  it('knows which languages and scripts run right to left', () => {
    expect(languageDirection('ar')).toBe('rtl');
    expect(languageDirection('he-IL')).toBe('rtl');
    expect(languageDirection('fa')).toBe('rtl');
    expect(languageDirection('uk')).toBe('ltr');
    expect(languageDirection('az-Arab')).toBe('rtl');
    expect(languageDirection('ku-Latn')).toBe('ltr');
    expect(languageDirection('UR')).toBe('rtl');
  });

  it('gives lang and dir only for a declared, well-formed tag', () => {
    expect(dataLanguageOf('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(dataLanguageOf('uk')).toEqual({ lang: 'uk', dir: 'ltr' });
    expect(dataLanguageOf(undefined)).toBeNull();
    expect(dataLanguageOf('not a tag')).toBeNull();
  });
});
