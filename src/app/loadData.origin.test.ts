// Where fetched data came from is where the answer came from, after redirects: a page's own
// address that redirects to another site is data from that site.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foreignDataOrigin } from '../core/data/origin';
import { fetchDataset } from './loadData';

const SEED = readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8');

/** An answer as fetch gives it after following redirects to `finalUrl`. */
function answerFrom(finalUrl: string, body: string): Response {
  const response = new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  Object.defineProperty(response, 'url', { value: finalUrl });
  return response;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDataset', () => {
  it('reports the address the data finally came from, which names the other site', async () => {
    vi.stubGlobal('fetch', async (url: string | URL) =>
      String(url).endsWith('events.json') ? answerFrom('https://evil.example/x.json', SEED) : new Response('', { status: 404 }),
    );
    const outcome = await fetchDataset({ url: 'http://localhost:5173/data/events.json', file: 'data/events.json' });
    if (outcome.kind !== 'loaded') throw new Error(outcome.message);
    expect(outcome.fetchedUrl).toBe('https://evil.example/x.json');
    expect(foreignDataOrigin(outcome.fetchedUrl, 'http://localhost:5173')).toEqual({ host: 'evil.example', url: 'https://evil.example/x.json' });
  });

  it('reports the address asked for when there was no redirect', async () => {
    vi.stubGlobal('fetch', async (url: string | URL) => (String(url).endsWith('events.json') ? answerFrom('', SEED) : new Response('', { status: 404 })));
    const outcome = await fetchDataset({ url: 'http://localhost:5173/data/events.json', file: 'data/events.json' });
    expect(outcome).toMatchObject({ kind: 'loaded', fetchedUrl: 'http://localhost:5173/data/events.json' });
  });
});
