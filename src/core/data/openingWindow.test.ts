import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../model/types';
import { loadDataset } from './index';

// The valid fixture (no quotes to check against sources) with a view added at the top.
const BASE = JSON.parse(readFileSync('tests/fixtures/valid/dataset.json', 'utf8')) as DatasetFile;

/** The fixture with `view` written on its own lines after "version", so line numbers are known. */
function withView(view: unknown): string {
  const { version, ...rest } = BASE;
  const viewText = JSON.stringify(view);
  return `{\n  "version": ${version},\n  "view": ${viewText},\n${JSON.stringify(rest, null, 2).slice(2)}`;
}

const load = (text: string) => loadDataset(text, { file: 'view.json' });

describe('the opening window ("view")', () => {
  it('is the start of "from" to the end of "to", at any precision', async () => {
    const { dataset, problems } = await load(withView({ from: '2025-02-10', to: '2025-02' }));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset?.openingWindow).toEqual([Date.UTC(2025, 1, 10), Date.UTC(2025, 2, 1)]);
  });

  it('is optional: a file without one has none', async () => {
    const { dataset } = await load(JSON.stringify(BASE));
    expect(dataset).toBeDefined();
    expect(dataset?.openingWindow).toBeUndefined();
  });

  it('reports a window that ends before it starts, at "to", naming the line of "from"', async () => {
    const { dataset, problems } = await load(withView({ from: '2025-02-17', to: '2025-02-10' }));
    // The same day is a one-day window, not a mistake.
    expect((await load(withView({ from: '2025-02-10', to: '2025-02-10' }))).dataset?.openingWindow).toEqual([Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 11)]);
    expect(dataset).toBeUndefined();
    const problem = problems.find((p) => p.rule === 'view-ends-before-start')!;
    expect(problem).toMatchObject({ severity: 'error', path: 'view.to', line: 3 });
    expect(problem.column).toBe(37);
    expect(problem.message).toContain('line 3');
  });

  it('reports a date that does not exist where it is written', async () => {
    const { problems } = await load(withView({ from: '2025-02-30', to: '2025-03-01' }));
    const problem = problems.find((p) => p.path === 'view.from')!;
    expect(problem).toMatchObject({ rule: 'invalid-date', severity: 'error', line: 3, column: 19 });
  });

  it('leaves malformed views to the schema: a missing "to", an unknown field', async () => {
    const missing = await load(withView({ from: '2025-02-10' }));
    expect(missing.problems.some((p) => p.severity === 'error' && p.path.startsWith('view'))).toBe(true);
    const extra = await load(withView({ from: '2025-02-10', to: '2025-02-11', zoom: 3 }));
    expect(extra.problems.some((p) => p.severity === 'error' && /zoom/.test(p.message))).toBe(true);
  });
});
