import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './index';
import type { LoadResult } from '../model/types';

const VALID = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/valid/dataset.json'),
  'utf8',
);

/** A result is well formed when it holds a dataset, or at least one error with a usable position. */
function expectWellFormed(result: LoadResult, text: string): void {
  const lineCount = text.split('\n').length;
  for (const problem of result.problems) {
    expect(problem.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.line).toBeGreaterThanOrEqual(0);
    expect(problem.line).toBeLessThanOrEqual(lineCount);
    expect(problem.column).toBeGreaterThanOrEqual(problem.line === 0 ? 0 : 1);
  }
  const hasError = result.problems.some((problem) => problem.severity === 'error');
  expect(result.dataset === undefined).toBe(hasError);
}

const source = async (): Promise<string> => 'no quotes here';

describe('loadDataset never throws', () => {
  it('on arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expectWellFormed(await loadDataset(text, { file: 'f.json', readSourceText: source }), text);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 4 }), async (text) => {
        expectWellFormed(await loadDataset(text, { file: 'f.json' }), text);
      }),
      { numRuns: 300 },
    );
  });

  it('on random edits of the valid fixture', async () => {
    const edit = fc.record({
      at: fc.nat({ max: VALID.length }),
      cut: fc.nat({ max: 12 }),
      insert: fc.oneof(fc.constantFrom(',', '"', '}', ']', '{', '[', ':', '0', 'null', '"x"', '-', '2025-02-30', '\n', '\u00A0'), fc.string({ maxLength: 6 })),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        let text = VALID;
        for (const { at, cut, insert } of edits) {
          const position = Math.min(at, text.length);
          text = text.slice(0, position) + insert + text.slice(position + cut);
        }
        expectWellFormed(await loadDataset(text, { file: 'f.json', readSourceText: source }), text);
      }),
      { numRuns: 400 },
    );
  });

  it('on random edits of string values that keep the JSON valid', async () => {
    const parsed = JSON.parse(VALID) as { events: { id: string; date: string; actors: string[] }[] };
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 3 }), fc.string({ maxLength: 12 }), fc.constantFrom('id', 'date', 'actor'), async (index, value, field) => {
        const copy = structuredClone(parsed);
        const event = copy.events[index];
        if (!event) return;
        if (field === 'actor') event.actors[0] = value;
        else event[field] = value;
        const text = JSON.stringify(copy, null, 2);
        expectWellFormed(await loadDataset(text, { file: 'f.json', readSourceText: source }), text);
      }),
      { numRuns: 300 },
    );
  });
});
