// The language a dataset declares for its own text ("language": "uk"), apart from the
// interface's: the app marks titles, summaries, quotes and names with it (`lang`, and `dir`
// so Arabic or Hebrew data reads right to left in an English interface and Ukrainian data
// left to right in an Arabic one). Pure: no Intl (a well-formed check needs no locale data,
// and no ICU start-up lands on the first render).
import type { DataLanguage } from '../model/types';

/** The longest tag read: far longer than any real one, short enough to show in a message. */
const MAX_TAG_LENGTH = 80;

const LETTERS = /^[a-z]+$/;
const LETTERS_AND_DIGITS = /^[a-z0-9]+$/;
const THREE_DIGITS = /^[0-9]{3}$/;
const DIGIT_AND_THREE = /^[0-9][a-z0-9]{3}$/;

const letters = (subtag: string, min: number, max: number) => subtag.length >= min && subtag.length <= max && LETTERS.test(subtag);
const lettersAndDigits = (subtag: string, min: number, max: number) => subtag.length >= min && subtag.length <= max && LETTERS_AND_DIGITS.test(subtag);

/**
 * Well-formed BCP 47 (RFC 5646 §2.1): a language (with up to three extended subtags), then
 * an optional script, region, variants, extensions and private use; or private use alone.
 * The language is two or three letters, as every registered one is: the syntax also allows
 * five to eight (reserved, never assigned), which would let "english" or "russian" pass.
 * Grandfathered tags ("i-klingon") are not accepted: the registry deprecates them all.
 * Read subtag by subtag rather than with one pattern, whose automaton is large to check.
 */
export function isWellFormedLanguageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > MAX_TAG_LENGTH) return false;
  const subtags = tag.toLowerCase().split('-');
  const count = subtags.length;
  let at = 0;
  const privateUse = (): boolean => {
    at++; // the "x"
    const first = at;
    while (at < count && lettersAndDigits(subtags[at]!, 1, 8)) at++;
    return at > first;
  };
  if (subtags[0] === 'x') return privateUse() && at === count;
  if (!letters(subtags[0]!, 2, 3)) return false;
  at = 1;
  for (let extended = 0; extended < 3 && at < count && letters(subtags[at]!, 3, 3); extended++) at++;
  if (at < count && letters(subtags[at]!, 4, 4)) at++;
  if (at < count && (letters(subtags[at]!, 2, 2) || THREE_DIGITS.test(subtags[at]!))) at++;
  while (at < count && (lettersAndDigits(subtags[at]!, 5, 8) || DIGIT_AND_THREE.test(subtags[at]!))) at++;
  while (at < count && subtags[at] !== 'x' && lettersAndDigits(subtags[at]!, 1, 1)) {
    at++;
    const first = at;
    while (at < count && lettersAndDigits(subtags[at]!, 2, 8)) at++;
    if (at === first) return false;
  }
  if (at < count && subtags[at] === 'x' && !privateUse()) return false;
  return at === count;
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
