// The limits on what the loader and the app will read. One place, documented in
// docs/security.md and docs/data-format.md: a hostile or mistaken file must get a
// sentence, not a frozen tab.

/**
 * The largest data file read, in bytes (100 MB). The seed is a few kilobytes and a
 * 100,000-event file is about 40 MB; past this size the browser spends seconds parsing and
 * hundreds of megabytes holding the text, so the file is refused before parsing.
 */
export const MAX_DATA_BYTES = 100 * 1024 * 1024;

/**
 * The deepest nesting of arrays and objects accepted. A Stanceline file nests five levels
 * (file → events → event → positions → position); anything this deep is not one, and the
 * position finder (which recurses) must not be handed it.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * The longest string read (10,000 characters, about 1,500 words: a long quote or note).
 * Every text is laid out in the page somewhere, and the browser takes seconds per
 * megabyte of text in one element.
 */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * The longest field name read (100 characters). Field names are fixed words ("summary"),
 * and the only free ones, the schemes in `codes`, are short names such as "cameo"; a long
 * name is a mistake or an attack (four 20 MB names froze the page for 20 s).
 */
export const MAX_KEY_LENGTH = 100;

/** "100 MB" for messages. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}
