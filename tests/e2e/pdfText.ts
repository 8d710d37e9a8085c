// The text drawn in a PDF, for the print tests of export.spec.ts and story.spec.ts. Each page's
// content is read with the fonts it selects (`/F3 12 Tf`), each font's glyphs through its own
// ToUnicode map: a PDF of several fonts numbers their glyphs afresh, so one font's map read
// another's glyphs as other letters or none.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  /** The object's text up to its stream (its dictionary), or all of it when it has none. */
  dict: string;
  /** Its stream, decoded when it is Flate-compressed (as latin1 text), or null. */
  stream: string | null;
}

/** Every `N 0 obj … endobj`, by number. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+)\s+0\s+obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endobj', start);
    if (end < 0) break;
    const body = raw.slice(start, end);
    const streamAt = /(?<!end)stream\r?\n/.exec(body);
    let stream: string | null = null;
    let dict = body;
    if (streamAt) {
      dict = body.slice(0, streamAt.index);
      const from = start + streamAt.index + streamAt[0].length;
      const bytes = pdf.subarray(from, raw.indexOf('endstream', from));
      try {
        stream = (/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes).toString('latin1');
      } catch {
        stream = null; // an image or font that does not inflate holds no text
      }
    }
    objects.set(Number(match[1]), { dict, stream });
    pattern.lastIndex = end;
  }
  return objects;
}

/** The text of `<<…>>` that starts at `from` in `text`, nested dictionaries included. */
function dictionaryAt(text: string, from: number): string {
  let depth = 0;
  for (let at = from; at < text.length - 1; at++) {
    const pair = text.slice(at, at + 2);
    if (pair === '<<') {
      depth++;
      at++;
    } else if (pair === '>>') {
      depth--;
      at++;
      if (depth === 0) return text.slice(from, at + 1);
    }
  }
  return text.slice(from);
}

/** The value of `/key` in a dictionary's text: its own `<<…>>`, or the dictionary of the object it refers to. */
function subDictionary(dict: string, key: string, objects: Map<number, PdfObject>): string {
  const at = new RegExp(`/${key}\\s*(<<|(\\d+)\\s+0\\s+R)`).exec(dict);
  if (!at) return '';
  if (at[2] !== undefined) return objects.get(Number(at[2]))?.dict ?? '';
  return dictionaryAt(dict, at.index + at[0].length - 2);
}

/** A ToUnicode CMap: glyph code (lower-case hex) → text. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
    for (const [, from, to] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(from!.toLowerCase(), utf16(to!));
  }
  for (const block of cmap.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
    for (const [, lo, hi, to] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const width = lo!.length;
      for (let code = parseInt(lo!, 16), k = 0; code <= parseInt(hi!, 16); code++, k++) {
        map.set(code.toString(16).padStart(width, '0'), String.fromCharCode(parseInt(to!, 16) + k));
      }
    }
  }
  return map;
}

/** A content stream's text: each string shown (Tj, TJ) read through the map of the font selected then. */
function contentText(content: string, fonts: ReadonlyMap<string, Map<string, string>>): string {
  let font: Map<string, string> | undefined;
  let width = 4;
  let text = '';
  // Font selections and hex strings, in order; the strings of a content stream are the text it shows.
  for (const [, name, hex] of content.matchAll(/\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|<([0-9a-fA-F]+)>/g)) {
    if (name !== undefined) {
      font = fonts.get(name);
      width = font && font.size > 0 ? [...font.keys()][0]!.length : 4;
      continue;
    }
    for (const code of hex!.match(new RegExp(`.{${width}}`, 'g')) ?? []) text += font?.get(code.toLowerCase()) ?? '\u0000';
  }
  return text;
}

/**
 * The text drawn in a PDF, page by page (a newline between content streams); a glyph no map
 * names reads as U+0000. NFKC-normalised: the fonts draw "fi" and "ffi" as ligatures, which read
 * "Open file" as "Open\ufb01le", so a test looking for "Openfile" would never find it.
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const pages: string[] = [];
  for (const page of objects.values()) {
    if (!/\/Type\s*\/Page(?!s)/.test(page.dict)) continue;
    // The page's fonts by the names its content uses, each with its ToUnicode map.
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = subDictionary(subDictionary(page.dict, 'Resources', objects), 'Font', objects);
    for (const [, name, ref] of fontDict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+0\s+R/g)) {
      const cmapRef = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(objects.get(Number(ref))?.dict ?? '')?.[1];
      const cmap = cmapRef === undefined ? null : objects.get(Number(cmapRef))?.stream;
      if (cmap) fonts.set(name!, toUnicodeMap(cmap));
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.dict)?.[1] ?? '';
    for (const [, ref] of contents.matchAll(/(\d+)\s+0\s+R/g)) {
      const stream = objects.get(Number(ref))?.stream;
      if (stream) pages.push(contentText(stream, fonts));
    }
  }
  return pages.join('\n').normalize('NFKC');
}

/** How many pages a PDF has. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
