// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../core/data';
import type { Dataset, DatasetFile } from '../../core/model/types';
import { buildViewSvg, escapeXml, fitText } from './svg';
import { wellFormed } from '../../core/text/wellFormed';
import { withoutIsolates } from './bidi';

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

/** Event names as plain text (the picture wraps data strings in Unicode isolates). */
const titlesOf = (doc: Document) => [...doc.querySelectorAll('g[data-event-id] > title')].map((node) => withoutIsolates(node.textContent ?? ''));
/** Names of events drawn in counted clusters (too close to draw apart at this zoom). */
const clusteredOf = (doc: Document) => [...doc.querySelectorAll('g[data-cluster-size] > title')].map((node) => withoutIsolates(node.textContent ?? '')).join('; ');

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
    expect(withoutIsolates(svg)).toContain('Sources: Associated Press');
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

  it('dodges connectors of joined events on one day apart, as the chart does, with each mark on its connector', () => {
    const all = seed.events.map((event) => event.index);
    const { svg } = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window: [Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 18)], width: 1000, now: 0 });
    const doc = parse(svg);
    const ids = ['ukraine-backers-meet-at-nato', 'trump-putin-call', 'trump-zelenskyy-call'];
    const xs = ids.map((id) => {
      const lines = [...doc.querySelectorAll(`g[data-connector="${id}"] line`)];
      expect(lines.length, id).toBeGreaterThan(0);
      const x = Number(lines[0]!.getAttribute('x1'));
      for (const mark of doc.querySelectorAll(`g[data-event-id="${id}"] > path`)) {
        const markX = Number(/translate\(([\d.]+),/.exec(mark.getAttribute('transform') ?? '')![1]);
        expect(Math.abs(markX - x), id).toBeLessThan(1);
      }
      return x;
    });
    xs.sort((a, b) => a - b);
    // DEFAULT_DODGE's 5 px gap, on whole pixels.
    for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(4);
  });

  it('draws a date’s interval band only where the chart does: once the interval is a few pixels wide', () => {
    const all = seed.events.map((event) => event.index);
    const bandsIn = (window: [number, number]) =>
      [...parse(buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window, width: 1000, now: 0 }).svg).querySelectorAll('rect[data-band="interval"]')];
    // A week: a day is about 95 px, so day-precision events get their band, a day wide.
    const week = bandsIn([Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 18)]);
    expect(week.length).toBeGreaterThan(0);
    const plotWidth = 1000 - 16 - 200 - 16;
    const dayPx = (plotWidth * DAY) / (8 * DAY);
    expect(week.some((rect) => Math.abs(Number(rect.getAttribute('width')) - dayPx) < 0.5)).toBe(true);
    // Two years: a day is about 1 px, under the chart's threshold, so no day bands (month ones may stay).
    const years = bandsIn([Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)]);
    for (const rect of years) expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(4);
    expect(years.length).toBeLessThan(week.length);
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

  it('isolates data strings, so a right-to-left override in a name cannot reorder the type and date after it', async () => {
    const file = JSON.parse(SEED_TEXT) as DatasetFile;
    file.events.find((event) => event.id === 'hegseth-nato-remarks')!.title = '\u202eHegseth at NATO';
    const dataset = await load(JSON.stringify(file));
    const { svg } = buildViewSvg({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [], window: [FEB_12 - DAY, FEB_12 + 2 * DAY], now: 0 });
    const doc = parse(svg);
    const name = [...doc.querySelectorAll('g[data-event-id="hegseth-nato-remarks"] > title')][0]!.textContent;
    expect(name).toBe('\u2068\u202eHegseth at NATO\u2069, statement, 12 Feb 2025');
    // Every text drawn that holds the title isolates it, or holds nothing else: a title
    // beside its mark is an element of its own, which bounds the override by itself.
    let titled = 0;
    for (const node of doc.querySelectorAll('text')) {
      if (!node.textContent?.includes('\u202e')) continue;
      if (node.getAttribute('data-title-of') === 'hegseth-nato-remarks') {
        titled++;
        expect(node.textContent).toBe('\u202eHegseth at NATO');
      } else expect(node.textContent).toMatch(/^\u2068[^\u2069]*\u2069/);
    }
    expect(titled).toBe(1);
  });

  it('grows with the lanes and shrinks when a group is collapsed', () => {
    const all = seed.events.map((event) => event.index);
    const window: [number, number] = [FEB_12 - DAY, FEB_12 + 2 * DAY];
    const open = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window, now: 0 });
    const folded = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: ['US'], window, now: 0 });
    expect(folded.height).toBeLessThan(open.height);
    expect(withoutIsolates(folded.svg)).toMatch(/United States \(\d+ merged\)/);
  });

  it('says so when no event passes the filters', () => {
    const { svg } = buildViewSvg({ dataset: seed, included: [], grouping: 'country-actor', collapsed: [], window: [FEB_12, FEB_12 + DAY], now: 0 });
    expect(titlesOf(parse(svg))).toEqual([]);
    expect(svg).toContain('No events match the filters.');
  });

  it('names the other site the data came from first in the credit line, and only then', () => {
    const all = seed.events.map((event) => event.index);
    const input = { dataset: seed, included: all, grouping: 'country-actor' as const, collapsed: [], window: [FEB_12 - DAY, FEB_12 + 2 * DAY] as [number, number], width: 1000, now: 0 };
    const foreign = withoutIsolates(buildViewSvg({ ...input, dataOrigin: 'evil.example' }).svg);
    expect(foreign).toMatch(/>Data from evil\.example · Sources: Associated Press/);
    expect(foreign).toContain('<desc id="sl-desc">');
    expect(withoutIsolates(buildViewSvg(input).svg)).not.toContain('Data from');
  });
});

describe('fitText and escapeXml', () => {
  it('cuts long text with an ellipsis and leaves short text alone', () => {
    expect(fitText('Pete Hegseth', 200, 12)).toBe('Pete Hegseth');
    expect(fitText('A very long lane label that cannot fit', 60, 12)).toMatch(/^A very…$/);
    expect(fitText('Anything', 10, 12)).toBe('');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(wellFormed('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(wellFormed('😀 \uD83D')).toBe('😀 \uFFFD');
    expect(escapeXml('<\uDBFF>')).toBe('&lt;\uFFFD&gt;');
    // A cut through a pair leaves no half behind.
    expect(() => encodeURIComponent(escapeXml(fitText('😀😀😀😀😀😀😀😀😀😀', 40, 12)))).not.toThrow();
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
