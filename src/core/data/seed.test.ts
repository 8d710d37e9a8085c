// The one suite that checks the shipped seed itself (data/events.json). Every other test
// reads a fixture of its own, so improving the seed's wording or dates breaks only this.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../model/types';
import { loadDataset } from './index';
import { findQuote, normaliseForQuoteMatch } from './quotes';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED_PATH = resolve(ROOT, 'data/events.json');
const seedText = readFileSync(SEED_PATH, 'utf8');
const seed = JSON.parse(seedText) as DatasetFile;
const readFromData = async (relative: string) => readFileSync(resolve(ROOT, 'data', relative), 'utf8');

describe('the seed dataset (data/events.json)', () => {
  it('loads with no errors and no warnings when its source copies are given', async () => {
    const read: string[] = [];
    const result = await loadDataset(seedText, {
      file: 'data/events.json',
      readSourceText: async (relative) => {
        read.push(relative);
        return readFromData(relative);
      },
    });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events.length).toBe(seed.events.length);
    // The report's text copy was read, so the quotes were compared with it, not skipped.
    expect(read).toContain('sources/ap-brussels.txt');
  });

  it('quotes only words that appear verbatim in the text copy of a source its event cites', async () => {
    const sources = new Map(seed.sources?.map((source) => [source.id, source]) ?? []);
    const quotes = seed.events.flatMap((event) => (event.quotes ?? []).map((quote) => ({ event, quote })));
    expect(quotes.length).toBeGreaterThan(0);
    for (const { event, quote } of quotes) {
      const copies = await Promise.all(
        (event.sources ?? []).map((id) => sources.get(id)?.text).filter((path): path is string => path !== undefined).map(readFromData),
      );
      expect(copies.length, `${event.id} cites no source with a text copy`).toBeGreaterThan(0);
      const found = copies.some((copy) => findQuote(quote.text, normaliseForQuoteMatch(copy)).found);
      expect(found, `${event.id}: "${quote.text}"`).toBe(true);
    }
  });

  it('has the counts the README gives for it', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const counts = `${seed.events.length} events, ${seed.actors.length} actors, ${seed.topics?.length ?? 0} topics`;
    expect(readme).toContain(`data/sources/ap-brussels.txt\` (Hegseth at NATO, the Trump–Putin call, the allies' reactions): ${counts}`);
  });

  it('has the screenshots the README shows of it, as PNG files', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/(?:\]\(|src=")(docs\/[\w-]+\.png)/g)].map((match) => match[1]!);
    expect(pictures.length).toBeGreaterThan(0);
    for (const picture of pictures) {
      const bytes = readFileSync(resolve(ROOT, picture));
      expect(bytes.subarray(1, 4).toString('latin1'), picture).toBe('PNG');
    }
  });

  it('opens at the window it names', async () => {
    const result = await loadDataset(seedText, { file: 'data/events.json' });
    expect(result.dataset?.openingWindow).toBeDefined();
  });
});
