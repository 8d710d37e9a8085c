// Plain text (SVG text and titles) has no <bdi>: data strings are wrapped in the Unicode
// isolate controls instead, so a right-to-left override (U+202E) or a right-to-left name
// reorders only itself, never the type, date or names written after it.

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** The text between FSI and PDI: its direction is its own, and it cannot leak. */
export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

/** The text without isolate controls (for comparing what a picture says with plain text). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}
