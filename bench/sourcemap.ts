// Maps positions in the built JavaScript back to the source files, so a CPU profile names
// src/render/TimelineChart.ts:412 instead of assets/index-1234.js:22614. A small reader of
// source map v3 "mappings" (base64 VLQ), enough for lookups; no dependency needed.
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index] as const));

/** One mapping segment: generated column, source index, original line and column (0-based). */
type Segment = readonly [number, number, number, number];

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not base64: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export class SourceMap {
  private readonly lines: Segment[][] = [];

  constructor(private readonly sources: readonly string[], mappings: string) {
    let source = 0;
    let originalLine = 0;
    let originalColumn = 0;
    for (const lineText of mappings.split(';')) {
      const segments: Segment[] = [];
      let column = 0;
      for (const segmentText of lineText.split(',')) {
        if (segmentText === '') continue;
        const fields = decodeVlq(segmentText);
        column += fields[0]!;
        if (fields.length >= 4) {
          source += fields[1]!;
          originalLine += fields[2]!;
          originalColumn += fields[3]!;
          segments.push([column, source, originalLine, originalColumn]);
        }
      }
      this.lines.push(segments);
    }
  }

  static read(mapPath: string): SourceMap | null {
    if (!existsSync(mapPath)) return null;
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
    return new SourceMap(map.sources, map.mappings);
  }

  /** The original "file:line" for a 0-based generated line and column, or null. */
  lookup(line: number, column: number): string | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let found: Segment | undefined;
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    found ??= segments[0];
    if (!found) return null;
    const file = (this.sources[found[1]] ?? '?').replace(/^(\.\.\/)+/, '');
    return `${file}:${found[2] + 1}`;
  }
}
