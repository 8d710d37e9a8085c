// The text drawn in a PDF, for the print tests of export.spec.ts and story.spec.ts.
import { inflateSync } from 'node:zlib';

/** The text drawn in a PDF: content streams decoded through each font's ToUnicode map. */
export function pdfText(pdf: Buffer): string {
  const streams: string[] = [];
  const raw = pdf.toString('latin1');
  const pattern = /(?<!end)stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const dictStart = raw.lastIndexOf('<<', match.index);
    const dict = raw.slice(dictStart, match.index);
    const bytes = pdf.subarray(start, end);
    try {
      streams.push((/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes).toString('latin1'));
    } catch {
      // Images and fonts that do not inflate hold no text.
    }
    pattern.lastIndex = end;
  }
  // Every ToUnicode map: glyph id (hex) → text.
  const maps: Map<string, string>[] = [];
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const stream of streams) {
    if (!stream.includes('begincmap')) continue;
    const map = new Map<string, string>();
    for (const block of stream.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
      for (const [, from, to] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(from!.toLowerCase(), utf16(to!));
    }
    for (const block of stream.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
      for (const [, lo, hi, to] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const width = lo!.length;
        for (let code = parseInt(lo!, 16), k = 0; code <= parseInt(hi!, 16); code++, k++) {
          map.set(code.toString(16).padStart(width, '0'), String.fromCharCode(parseInt(to!, 16) + k));
        }
      }
    }
    maps.push(map);
  }
  // Each content stream's hex strings read through each map; the right font's reading is the one that makes sense.
  const readings: string[] = [];
  for (const stream of streams) {
    const strings = stream.match(/<([0-9a-fA-F]{4,})>/g);
    if (!strings || !/T[Jj]/.test(stream)) continue;
    for (const map of maps) {
      const width = [...map.keys()][0]?.length ?? 4;
      readings.push(strings.map((s) => (s.slice(1, -1).match(new RegExp(`.{${width}}`, 'g')) ?? []).map((code) => map.get(code.toLowerCase()) ?? '\u0000').join('')).join(''));
    }
  }
  return readings.join('\n');
}

/** How many pages a PDF has. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
