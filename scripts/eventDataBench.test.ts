// The event-data bench's synthetic export (bench/eventDataGen.ts) is a GDELT 2.0 export the
// importer reads whole: recognised by content, no row refused, some mirrored rows merged.
import { describe, expect, it } from 'vitest';
import { detectFormat, importText } from '../src/core/convert/index';
import { gdeltExport } from '../bench/eventDataGen';

describe('the event-data bench export', () => {
  it('is the same file each time, and a GDELT export that opens with every row', async () => {
    const text = gdeltExport(400);
    expect(gdeltExport(400)).toBe(text);
    expect(text.split('\n').filter((line) => line !== '')).toHaveLength(400);
    expect(detectFormat(text, 'bench.export.CSV')).toBe('gdelt');
    const opened = await importText(text, 'bench.export.CSV');
    expect(opened.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const read = opened.report.find((line) => line.startsWith('Read 400 GDELT records'));
    const merged = Number(/after merging (\d+) pairs?/.exec(read ?? '')?.[1]);
    expect(merged).toBeGreaterThan(0);
    expect(opened.dataset!.events).toHaveLength(400 - merged);
  });
});
