// Researchers' exports on the loading path (what the loading worker runs): recognised,
// converted and handed to the loader as records, with the import note; a JSON array is asked
// about before the Stanceline loader, which could only refuse it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset } from './loadData';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function open(file: string, body: string) {
  vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'Content-Type': 'text/plain' } }));
  const outcome = await fetchDataset({ url: `http://localhost:5173/data/${file}`, file });
  if (outcome.kind !== 'loaded') throw new Error(outcome.message);
  return outcome;
}

const fixture = (name: string) => readFileSync(`tests/fixtures/eventdata/${name}`, 'utf8');

describe('an event-data export on the loading path', () => {
  it.each([
    ['plover-events.json', 'a PLOVER/POLECAT export', 6],
    ['plover-events.jsonl', 'a PLOVER/POLECAT export', 6],
    ['gdelt-events.export.CSV', 'a GDELT 2.0 events export', 5],
  ])('%s opens as %s', async (file, kind, events) => {
    const outcome = await open(file, fixture(file));
    expect(outcome.result.dataset?.events).toHaveLength(events);
    expect(outcome.notes[0]).toBe(`${file} is ${kind}; it was imported. To keep it as a Stanceline file, convert it with: npm run convert -- ${file} --out data/converted.json`);
  });

  it('a JSON array that is no export is refused as not a Stanceline file, at its start', async () => {
    const outcome = await open('list.json', '\n  [1, 2, 3]\n');
    expect(outcome.result.dataset).toBeUndefined();
    expect(outcome.result.problems.map((problem) => [problem.rule, problem.line, problem.column])).toEqual([['not-an-object', 2, 3]]);
    expect(outcome.notes).toEqual([]);
  });

  it.each(['plover-events.jsonl', 'gdelt-events.export.CSV'])('%s hands its model over before the last checks, as the very dataset it loads', async (file) => {
    vi.stubGlobal('fetch', async () => new Response(fixture(file), { status: 200 }));
    const early: unknown[] = [];
    const outcome = await fetchDataset({ url: `http://localhost:5173/data/${file}`, file }, { onEarlyDataset: (dataset) => { early.push(dataset); } });
    if (outcome.kind !== 'loaded') throw new Error(outcome.message);
    expect(outcome.result.dataset).toBeDefined();
    expect(early.at(-1)).toBe(outcome.result.dataset);
  });
});
