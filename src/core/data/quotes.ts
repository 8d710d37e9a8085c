// Compares quotes with a source's plain-text copy, "verbatim" in the way a reader means it:
// typographic and straight quote marks, apostrophes, dashes and any run of whitespace are
// treated alike, because copying from a web page or PDF changes those and nothing else.

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u0060\u00B4]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const WHITESPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** The text with quote marks, dashes, ellipses and whitespace reduced to one plain form each. */
export function normaliseForQuoteMatch(text: string): string {
  return text
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .replace(WHITESPACE, ' ')
    .trim();
}

export interface QuoteMatch {
  found: boolean;
  /** When not found: how many leading words of the quote do appear in the source. */
  matchingWords: number;
  /** When not found: the word where the quote departs from the source. */
  firstDifferentWord?: string;
}

/** Looks for the quote in an already normalised source text. */
export function findQuote(quote: string, normalisedSource: string): QuoteMatch {
  const normalisedQuote = normaliseForQuoteMatch(quote);
  if (normalisedSource.includes(normalisedQuote)) return { found: true, matchingWords: 0 };
  const words = normalisedQuote.split(' ');
  // Binary search the longest prefix of whole words that still appears: a prefix that
  // appears implies every shorter one does, so the predicate is monotone.
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (normalisedSource.includes(words.slice(0, middle).join(' '))) low = middle;
    else high = middle - 1;
  }
  const match: QuoteMatch = { found: false, matchingWords: low };
  const different = words[low];
  if (different !== undefined) match.firstDifferentWord = different;
  return match;
}
