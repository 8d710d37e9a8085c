// A table of no known format on the loading path: offered for mapping with its start, read
// through a mapping when one is given, and offered again when the mapping gives nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guessMapping } from '../core/convert/columnMapping';
import { fetchDataset } from './loadData';

const TABLE = 'When,Who,Headline\n12/02/2025,Ana Silva,Silva speaks\n13/02/2025,Jon Berg,Berg answers\n';
const location = { url: 'http://localhost:5173/data/log.csv', file: 'log.csv' };

afterEach(() => {
  vi.unstubAllGlobals();
});

async function fetchTable(mapping?: Parameters<typeof fetchDataset>[0]['mapping']) {
  vi.stubGlobal('fetch', async () => new Response(TABLE, { status: 200, headers: { 'Content-Type': 'text/csv' } }));
  const outcome = await fetchDataset({ ...location, ...(mapping ? { mapping } : {}) });
  if (outcome.kind !== 'loaded') throw new Error(outcome.message);
  return outcome;
}

describe('a table on the loading path', () => {
  it('is offered for mapping, with its start and delimiter', async () => {
    const outcome = await fetchTable();
    expect(outcome.result.dataset).toBeUndefined();
    expect(outcome.result.problems.map((problem) => problem.rule)).toEqual(['needs-column-mapping']);
    expect(outcome.table).toEqual({ delimiter: ',', head: TABLE, truncated: false, rows: 2 });
  });

  it('opens through a mapping, with a note naming the command that converts it', async () => {
    const outcome = await fetchTable({ ...guessMapping(['When', 'Who', 'Headline'], ','), dates: { order: 'DMY' } });
    expect(outcome.result.dataset?.events.map((event) => event.title)).toEqual(['Silva speaks', 'Berg answers']);
    expect(outcome.table).toBeUndefined();
    expect(outcome.notes[0]).toBe('log.csv is a table read through your column mapping; it was imported. To keep it as a Stanceline file, convert it with: npm run convert -- --mapping log.mapping.json log.csv --out data/converted.json');
  });

  it('is offered again when the mapping gives nothing to open', async () => {
    // Read year first, no date of this table is a date.
    const outcome = await fetchTable(guessMapping(['When', 'Who', 'Headline'], ','));
    expect(outcome.result.dataset).toBeUndefined();
    expect(outcome.result.problems.map((problem) => problem.rule)).toEqual(['bad-date', 'bad-date', 'no-events']);
    expect(outcome.table?.delimiter).toBe(',');
  });
});
