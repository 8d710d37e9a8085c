// The early load (started by the entry module before the application renders) is taken
// over by the application's first request for the same file, once; later requests fetch
// afresh. Node has no Worker, so these loads take the main-thread path, as a page that
// cannot start the worker does.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetOffThread, startLoadingEarly } from './loadOffThread';

const seed = readFileSync('tests/fixtures/valid/ap-brussels/events.json');

/** Serves the seed for every address; lists the data files asked for (the seed's source text copies are fetched too, and left out). */
function serveSeed() {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string | URL) => {
    if (String(url).endsWith('.json')) fetched.push(String(url));
    return new Response(seed, { status: 200, headers: { 'Content-Length': String(seed.byteLength) } });
  });
  return fetched;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading the data file early', () => {
  it('hands the early load to the first request for the same file, with the progress so far, and fetches afresh after that', async () => {
    const fetched = serveSeed();
    const location = { url: 'http://127.0.0.1/data/events.json', file: 'data/events.json' };
    startLoadingEarly(location);
    // The application asks once the early load has started (progress so far is replayed, the rest follows live).
    await vi.waitFor(() => expect(fetched).toHaveLength(1), { timeout: 30_000 });
    const progress: [number, number | null][] = [];
    const first = await fetchDatasetOffThread(location, (loaded, total) => progress.push([loaded, total]));
    expect(fetched).toHaveLength(1);
    expect(first.kind).toBe('loaded');
    expect(first.kind === 'loaded' && first.result.dataset?.events.length).toBe(14);
    expect(progress.at(-1)).toEqual([seed.byteLength, seed.byteLength]);

    // A reload is a new fetch, not the early load again.
    const again = await fetchDatasetOffThread(location);
    expect(fetched).toHaveLength(2);
    expect(again.kind).toBe('loaded');
  });

  it('leaves a request for another file to its own fetch', async () => {
    const fetched = serveSeed();
    startLoadingEarly({ url: 'http://127.0.0.1/data/a.json', file: 'data/a.json' });
    const other = await fetchDatasetOffThread({ url: 'http://127.0.0.1/data/b.json', file: 'data/b.json' });
    expect(other.kind).toBe('loaded');
    expect(fetched).toContain('http://127.0.0.1/data/b.json');
  });
});
