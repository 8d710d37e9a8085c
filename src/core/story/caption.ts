// Captions are plain text with a small Markdown subset: paragraphs (blank lines),
// *emphasis* or _emphasis_, and [links](https://…) to http(s) only. They are parsed here
// into a small tree that the UI turns into elements one by one, so no caption text is
// ever read as HTML. Anything outside the subset, including a link to another scheme
// (javascript:, data:), stays the text it was written as.

export type CaptionInline =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; children: CaptionInline[] }
  | { kind: 'link'; href: string; children: CaptionInline[] };

export interface CaptionParagraph {
  children: CaptionInline[];
}

/** The URL when it is an absolute http(s) address with a host, otherwise null. */
export function safeCaptionUrl(text: string): string | null {
  if (!/^https?:\/\/[^\s/?#]+/i.test(text)) return null;
  // The core has no DOM library, but URL is in every browser and in Node.
  const Url = (globalThis as unknown as { URL: new (input: string) => { protocol: string; href: string } }).URL;
  try {
    const url = new Url(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const ESCAPABLE = new Set(['\\', '*', '_', '[', ']', '(', ')']);

/** Adds text, merging it into a preceding text node. */
function pushText(out: CaptionInline[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/**
 * Where markers can close, found once per text so that no opener rescans the rest of it
 * (a caption of ten thousand unclosed "*" would otherwise take seconds).
 */
interface Closers {
  /** Ascending indices of "*" and "_" that may close emphasis: unescaped, after a non-space. */
  star: number[];
  underscore: number[];
  /** nextParen[i]: the first unescaped ")" at or after i, or -1. */
  nextParen: Int32Array;
  escaped: Uint8Array;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function findClosers(text: string): Closers {
  const escaped = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i++) if (text[i] === '\\' && !escaped[i]) escaped[i + 1] = 1;
  const star: number[] = [];
  const underscore: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (escaped[i] || /\s/.test(text[i - 1]!)) continue;
    if (text[i] === '*') star.push(i);
    // snake_case words are not emphasis: an underscore closer is not followed by a letter.
    else if (text[i] === '_' && !(i + 1 < text.length && WORD_CHAR.test(text[i + 1]!))) underscore.push(i);
  }
  const nextParen = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) nextParen[i] = text[i] === ')' && !escaped[i] ? i : nextParen[i + 1]!;
  return { star, underscore, nextParen, escaped };
}

/** The first entry of an ascending list above `after`, or -1. */
function firstAbove(list: readonly number[], after: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= after) low = middle + 1;
    else high = middle;
  }
  return low < list.length ? list[low]! : -1;
}

/** Where the emphasis opened at `at` closes, or -1: the opener is followed by a non-space. */
function emphasisEnd(text: string, at: number, closers: Closers): number {
  if (at + 1 >= text.length || /\s/.test(text[at + 1]!)) return -1;
  return firstAbove(text[at] === '*' ? closers.star : closers.underscore, at + 1);
}

/** `[label](url)` at `at`: the label's end, and the link's end and address; null when it is not one. */
function linkAt(text: string, at: number, closers: Closers): { labelEnd: number; end: number; url: string } | null {
  let labelEnd = -1;
  // Stops at the next "[" too, so the openers of a run of "[" scan disjoint stretches.
  for (let i = at + 1; i < text.length; i++) {
    if (closers.escaped[i]) continue;
    if (text[i] === '[') return null;
    if (text[i] === ']') {
      labelEnd = i;
      break;
    }
  }
  if (labelEnd <= at + 1 || text[labelEnd + 1] !== '(') return null;
  const close = closers.nextParen[labelEnd + 2] ?? -1;
  if (close < 0) return null;
  const url = text.slice(labelEnd + 2, close).trim();
  if (url === '' || /\s/.test(url)) return null;
  return { labelEnd, end: close + 1, url };
}

/**
 * Inline content of one paragraph. `depth` stops emphasis and links from nesting more than
 * once inside each other, so a hostile caption cannot build a deep tree.
 */
function parseInline(text: string, depth: number): CaptionInline[] {
  const out: CaptionInline[] = [];
  const closers = findClosers(text);
  let plainStart = 0;
  let i = 0;
  const flush = (until: number) => pushText(out, text.slice(plainStart, until));
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && ESCAPABLE.has(text[i + 1]!)) {
      flush(i);
      pushText(out, text[i + 1]!);
      i += 2;
      plainStart = i;
      continue;
    }
    if (depth < 2 && (char === '*' || char === '_')) {
      // An underscore inside a word (snake_case) opens nothing.
      const opensAfterWord = char === '_' && i > 0 && WORD_CHAR.test(text[i - 1]!);
      const end = opensAfterWord ? -1 : emphasisEnd(text, i, closers);
      if (end > 0) {
        flush(i);
        out.push({ kind: 'emphasis', children: parseInline(text.slice(i + 1, end), depth + 1) });
        i = end + 1;
        plainStart = i;
        continue;
      }
    }
    if (depth < 2 && char === '[') {
      const link = linkAt(text, i, closers);
      const href = link ? safeCaptionUrl(link.url) : null;
      if (link && href) {
        flush(i);
        out.push({ kind: 'link', href, children: parseInline(text.slice(i + 1, link.labelEnd), depth + 1).flatMap(unlink) });
        i = link.end;
        plainStart = i;
        continue;
      }
      // A link to any other scheme is left as the text it was written as.
      if (link) {
        i = link.end;
        continue;
      }
    }
    i++;
  }
  flush(text.length);
  return out;
}

/** Links inside a link's label become their text (a link cannot hold a link). */
function unlink(node: CaptionInline): CaptionInline[] {
  if (node.kind === 'link') return node.children;
  return [node];
}

/** Parses a caption into paragraphs. Single line breaks inside a paragraph read as spaces. */
export function parseCaption(caption: string): CaptionParagraph[] {
  return caption
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim().split('\n').map(trimSpacesAndTabs).join(' '))
    .filter((block) => block !== '')
    .map((block) => ({ children: parseInline(block, 0) }));
}

/** The caption as plain text (for live regions, exports and titles): markup removed, paragraphs on their own lines. */
export function captionText(caption: string): string {
  const textOf = (nodes: readonly CaptionInline[]): string => nodes.map((node) => (node.kind === 'text' ? node.text : textOf(node.children))).join('');
  return parseCaption(caption)
    .map((paragraph) => textOf(paragraph.children))
    .join('\n\n');
}

/** A line without the spaces and tabs at its ends (by index: a pattern for this rescans long runs). */
function trimSpacesAndTabs(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(start, end);
}
