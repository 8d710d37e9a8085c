// Strings from the data may hold lone surrogates (half of a UTF-16 pair: JSON's "\ud800"
// escapes make them), and cutting text to fit can split a pair. Such a string is not
// valid XML, and encodeURIComponent throws on it; every export path passes its text here.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every lone surrogate replaced by U+FFFD (the replacement character); pairs are kept. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
