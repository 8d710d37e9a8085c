// TimelineJS text is HTML; Stanceline text is plain. This turns the one into the other
// without a DOM (the core has none): tags are dropped, block ends become line breaks and
// entities are decoded, once, so `&amp;lt;` stays the literal text "&lt;".
// The result is only ever shown as text, so nothing here has to be "safe HTML".
import { decodeHTMLStrict } from 'entities/decode';

// Elements whose end (or whose self) separates lines of text.
const LINE_BREAK = new Set(['br']);
const BLOCK = new Set([
  'p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'table', 'tr', 'pre', 'figure', 'figcaption', 'hr',
]);
// Elements whose content is not text a reader sees.
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

export interface PlainText {
  text: string;
  /** How many links (<a href>) were reduced to their words. */
  links: number;
  /** Whether any markup was present (tags or entities). */
  hadMarkup: boolean;
}

/**
 * Decodes character references, named (all of HTML's, from the `entities` package, which
 * needs no DOM) and numeric, once; a name HTML does not define is left as written, and a
 * number that is no character becomes U+FFFD, as in a browser. Only references ended by ";"
 * are read, so "AT&T" and "&copy2025" stay as typed.
 */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
}

/** Index just after the `>` closing a tag that starts at `start`, honouring quoted attribute values. */
function endOfTag(html: string, start: number): number {
  let quote: string | undefined;
  for (let i = start + 1; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return html.length; // an unclosed tag swallows the rest, as a browser would
}

/**
 * Plain text of an HTML fragment: paragraphs separated by a blank line, <br> by a line
 * break, runs of white space collapsed as a browser collapses them.
 */
export function htmlToText(html: string): PlainText {
  const pieces: string[] = [];
  let links = 0;
  let hadMarkup = false;
  let hiddenUntil: string | undefined;
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > at && !hiddenUntil) pieces.push(html.slice(at, textEnd));
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      hadMarkup = true;
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    // Only "<" followed by a letter, "/", "!" or "?" starts a tag; "a < b" is text.
    const next = html[open + 1] ?? '';
    if (!/[A-Za-z/!?]/.test(next)) {
      if (!hiddenUntil) pieces.push('<');
      at = open + 1;
      continue;
    }
    hadMarkup = true;
    const end = endOfTag(html, open);
    const tag = html.slice(open, end);
    const match = /^<\/?\s*([A-Za-z][A-Za-z0-9-]*)/.exec(tag);
    const name = match?.[1]?.toLowerCase() ?? '';
    const closing = tag.startsWith('</');
    at = end;
    if (hiddenUntil) {
      if (closing && name === hiddenUntil) hiddenUntil = undefined;
      continue;
    }
    if (HIDDEN.has(name) && !closing && !tag.endsWith('/>')) {
      hiddenUntil = name;
      continue;
    }
    if (name === 'a' && !closing && /\shref\s*=/i.test(tag)) links++;
    if (LINE_BREAK.has(name)) pieces.push('\u0000br\u0000');
    else if (BLOCK.has(name)) pieces.push('\u0000p\u0000');
  }
  const raw = pieces.join('');
  if (/&[#A-Za-z0-9]+;/.test(raw)) hadMarkup = true;
  // Collapse white space inside each line, then decode (an &nbsp; must survive the collapse).
  const paragraphs = raw
    .split('\u0000p\u0000')
    .map((paragraph) =>
      paragraph
        .split('\u0000br\u0000')
        .map((line) => decodeEntities(line.replace(/[ \t\r\n\f]+/g, ' ')).trim())
        .join('\n')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '');
  return { text: paragraphs.join('\n\n'), links, hadMarkup };
}
