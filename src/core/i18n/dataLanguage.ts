// The language a dataset declares for its own text ("language": "uk"), apart from the
// interface's: the app marks titles, summaries, quotes and names with it (`lang`, and `dir`
// so Arabic or Hebrew data reads right to left in an English interface and Ukrainian data
// left to right in an Arabic one). Pure: no Intl (a well-formed check needs no locale data,
// and no ICU start-up lands on the first render).
import type { DataLanguage } from '../model/types';

/**
 * Well-formed BCP 47 (RFC 5646 §2.1): a language (with up to three extended subtags), then
 * an optional script, region, variants, extensions and private use; or private use alone.
 * The language is two or three letters, as every registered one is: the syntax also allows
 * five to eight (reserved, never assigned), which would let "english" or "russian" pass.
 * Each part is a fixed run of letters or digits between hyphens, so matching is linear.
 * Grandfathered tags ("i-klingon") are not accepted: the registry deprecates them all.
 */
const LANGUAGE_TAG =
  /^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[a-wyz0-9](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$/i;

/** The longest tag read: far longer than any real one, short enough to show in a message. */
const MAX_TAG_LENGTH = 80;

export function isWellFormedLanguageTag(tag: string): boolean {
  return tag.length <= MAX_TAG_LENGTH && LANGUAGE_TAG.test(tag);
}

/** Languages written right to left by default (their usual script), by primary subtag. */
const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts written right to left, for a tag that names its script ("az-Arab", "pa-Arab"). */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);

/** The direction text in this (well-formed) language is written: its script's when it names one, else its usual one. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  const subtags = tag.toLowerCase().split('-');
  const script = subtags.slice(1).find((subtag) => subtag.length === 4 && /^[a-z]{4}$/.test(subtag));
  if (script !== undefined) return RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT_LANGUAGES.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
}

/** The attributes for data text in a dataset's declared language, or null when it declares none (or a malformed one). */
export function dataLanguageOf(tag: string | undefined): DataLanguage | null {
  if (tag === undefined || !isWellFormedLanguageTag(tag)) return null;
  return { lang: tag, dir: languageDirection(tag) };
}
