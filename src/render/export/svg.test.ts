// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../core/data';
import type { Dataset, DatasetFile } from '../../core/model/types';
import { buildViewSvg, escapeXml, fitText } from './svg';

const SEED_TEXT = readFileSync('data/events.json', 'utf8');
const FEB_12 = Date.UTC(2025, 1, 12);
const DAY = 86_400_000;

async function load(text: string): Promise<Dataset> {
  const { dataset, problems } = await loadDataset(text, { file: 'events.json' });
  if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
  return dataset;
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const titlesOf = (doc: Document) => [...doc.querySelectorAll('g[data-event-id] > title')].map((node) => node.textContent ?? '');
/** Names of events drawn in counted clusters (too close to draw apart at this zoom). */
const clusteredOf = (doc: Document) => [...doc.querySelectorAll('g[data-cluster-size] > title')].map((node) => node.textContent ?? '').join('; ');

let seed: Dataset;
beforeAll(async () => {
  seed = await load(SEED_TEXT);
});

describe('buildViewSvg', () => {
  it('draws every event in the window, titled with its name, type and date, with the dataset title and source credit', () => {
    const all = seed.events.map((event) => event.index);
    const { svg, width, height } = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window: [FEB_12 - DAY, FEB_12 + 2 * DAY], width: 1000, now: 0 });
    const doc = parse(svg);
    expect(width).toBe(1000);
    expect(doc.documentElement.getAttribute('height')).toBe(String(height));
    expect(doc.querySelector('svg > title')?.textContent).toBe(seed.title);
    expect(svg).toContain('Sources: Associated Press');
    const names = titlesOf(doc);
    const clustered = clusteredOf(doc);
    for (const event of seed.events.filter((e) => e.end > FEB_12 - DAY && e.start < FEB_12 + 2 * DAY)) {
      expect(names.some((name) => name.startsWith(`${event.title}, `)) || clustered.includes(`${event.title}, `), event.title).toBe(true);
    }
    // The 2001 event lies outside the window and is not drawn.
    expect(names.some((name) => name.includes('Article 5'))).toBe(false);
    expect(names).toContain('Trump and Putin agree by phone to begin negotiations on ending the war, call (reported), 12 Feb 2025 (uncertain)');
  });

  it('draws a call between two lanes once per lane, tied by a connector', () => {
    const included = [seed.eventById.get('trump-putin-call')!.index];
    const { svg } = buildViewSvg({ dataset: seed, included, grouping: 'country-actor', collapsed: [], window: [FEB_12 - DAY, FEB_12 + 2 * DAY], now: 0 });
    const doc = parse(svg);
    expect(doc.querySelectorAll('g[data-event-id="trump-putin-call"]')).toHaveLength(2);
    const connector = [...doc.querySelectorAll('g[clip-path] line')].filter((line) => line.getAttribute('stroke-width') === '1.5');
    expect(connector).toHaveLength(1);
  });

  it('writes names as text that cannot become markup', async () => {
    const file = JSON.parse(SEED_TEXT) as DatasetFile;
    file.title = 'Hostile <script>alert(1)</script> & "quotes"';
    file.events[2]!.title = '</text><image href="x"/> <b>bold</b>';
    const dataset = await load(JSON.stringify(file));
    const { svg } = buildViewSvg({ dataset, included: dataset.events.map((e) => e.index), grouping: 'actor', collapsed: [], window: [FEB_12 - DAY, FEB_12 + 2 * DAY], now: 0 });
    const doc = parse(svg);
    expect(doc.querySelectorAll('script, image, b')).toHaveLength(0);
    expect(doc.querySelector('svg > title')?.textContent).toBe(file.title);
    expect(titlesOf(doc).some((name) => name.startsWith('</text><image href="x"/> <b>bold</b>, '))).toBe(true);
  });

  it('grows with the lanes and shrinks when a group is collapsed', () => {
    const all = seed.events.map((event) => event.index);
    const window: [number, number] = [FEB_12 - DAY, FEB_12 + 2 * DAY];
    const open = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window, now: 0 });
    const folded = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: ['US'], window, now: 0 });
    expect(folded.height).toBeLessThan(open.height);
    expect(folded.svg).toMatch(/United States \(\d+ merged\)/);
  });

  it('says so when no event passes the filters', () => {
    const { svg } = buildViewSvg({ dataset: seed, included: [], grouping: 'country-actor', collapsed: [], window: [FEB_12, FEB_12 + DAY], now: 0 });
    expect(titlesOf(parse(svg))).toEqual([]);
    expect(svg).toContain('No events match the filters.');
  });
});

describe('fitText and escapeXml', () => {
  it('cuts long text with an ellipsis and leaves short text alone', () => {
    expect(fitText('Pete Hegseth', 200, 12)).toBe('Pete Hegseth');
    expect(fitText('A very long lane label that cannot fit', 60, 12)).toMatch(/^A very…$/);
    expect(fitText('Anything', 10, 12)).toBe('');
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
