// Maps positions in the built JavaScript back to the source files, so a CPU profile names
// src/render/TimelineChart.ts:412 instead of assets/index-1234.js:22614. The "mappings" are
// decoded by @jridgewell/sourcemap-codec (the decoder Vite's own tool chain uses).
import { existsSync, readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';
import type { SourceMapMappings, SourceMapSegment } from '@jridgewell/sourcemap-codec';

/** A segment that names an original position: generated column, source, line, column (0-based). */
type MappedSegment = Extract<SourceMapSegment, readonly [number, number, number, number, ...number[]]>;

function isMapped(segment: SourceMapSegment): segment is MappedSegment {
  return segment.length >= 4;
}

export class SourceMap {
  private readonly lines: SourceMapMappings;

  constructor(private readonly sources: readonly string[], mappings: string) {
    // Decoded values are absolute, one list per generated line, in column order.
    this.lines = decode(mappings);
  }

  static read(mapPath: string): SourceMap | null {
    if (!existsSync(mapPath)) return null;
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
    return new SourceMap(map.sources, map.mappings);
  }

  /** The original "file:line" for a 0-based generated line and column, or null. */
  lookup(line: number, column: number): string | null {
    const segments = (this.lines[line] ?? []).filter(isMapped);
    if (segments.length === 0) return null;
    let found: MappedSegment | undefined;
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    found ??= segments[0]!;
    const file = (this.sources[found[1]] ?? '?').replace(/^(\.\.\/)+/, '');
    return `${file}:${found[2] + 1}`;
  }
}
