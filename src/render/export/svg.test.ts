// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../core/data';
import type { Dataset, DatasetFile } from '../../core/model/types';
import { buildViewSvg, escapeXml } from './svg';
import { shortenToFit } from '../../core/scene/labels';
import { tableMeasure } from '../../core/scene/textMetrics';
import { EMPTY_FILTERS } from '../../core/view/types';
import { wellFormed } from '../../core/text/wellFormed';

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

/** Event names as plain text. */
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

  it('draws the titles’ backings over spans’ bars and bands’ end ticks and under the bands, as the chart does', () => {
    const all = seed.events.map((event) => event.index);
    const doc = parse(buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window: [Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 18)], width: 1000, now: 0 }).svg);
    const backings = doc.querySelector('g[data-title-backings]')!;
    expect(backings.children.length).toBe(doc.querySelectorAll('text[data-title-of]').length);
    expect(backings.children.length).toBeGreaterThan(0);
    const before = (a: Element, b: Element) => (a.compareDocumentPosition(b) & 4) !== 0;
    const bands = [...doc.querySelectorAll('rect[data-band="interval"]')];
    const underTitles = [...doc.querySelectorAll('rect[data-event-of]')];
    expect(bands.length).toBeGreaterThan(0);
    expect(underTitles.some((rect) => rect.getAttribute('data-band') === 'span')).toBe(true);
    for (const band of bands) expect(before(backings, band)).toBe(true);
    for (const rect of underTitles) expect(before(rect, backings)).toBe(true);
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

  it('isolates data strings with SVG’s bidi attributes, never with invisible U+2068/U+2069, and drops overrides from plain-text titles', async () => {
    const file = JSON.parse(SEED_TEXT) as DatasetFile;
    file.events.find((event) => event.id === 'hegseth-nato-remarks')!.title = '\u202eHegseth at NATO';
    file.sources[0]!.publisher = '\u202eAssociated Press';
    const dataset = await load(JSON.stringify(file));
    const { svg } = buildViewSvg({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [], window: [FEB_12 - DAY, FEB_12 + 2 * DAY], now: 0 });
    expect(svg).not.toMatch(/[\u2068\u2069]/);
    const doc = parse(svg);
    // A tooltip is plain text: the override is dropped, so it cannot reorder the type and date.
    const name = [...doc.querySelectorAll('g[data-event-id="hegseth-nato-remarks"] > title')][0]!.textContent;
    expect(name).toBe('Hegseth at NATO, statement, 12 Feb 2025');
    // Every text drawn that holds the override holds nothing else, or holds it in an isolated span.
    let titled = 0;
    for (const node of doc.querySelectorAll('text')) {
      if (!node.textContent?.includes('\u202e')) continue;
      if (node.getAttribute('data-title-of') === 'hegseth-nato-remarks') {
        titled++;
        expect(node.textContent).toBe('\u202eHegseth at NATO');
      } else throw new Error(`an override outside its own element: ${node.textContent}`);
    }
    expect(titled).toBe(1);
    // The credit's names are spans isolated by attributes.
    const span = [...doc.querySelectorAll('tspan[unicode-bidi="isolate"]')].find((node) => node.textContent === 'Associated Press');
    expect(span?.getAttribute('direction')).toBe('ltr');
  });

  it('captions the window exactly, names every filter and carries a citation line', () => {
    const all = seed.events.map((event) => event.index);
    const { svg } = buildViewSvg({
      dataset: seed,
      included: all,
      grouping: 'country-actor',
      collapsed: [],
      window: [Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)],
      width: 1000,
      now: 0,
      caption: {
        view: { filters: { ...EMPTY_FILTERS, types: ['call'], countries: ['US', 'RU'], countriesMatch: 'all' }, search: 'Putin', onlyMatches: true },
        link: 'https://example.org/timeline/?from=2021-01-01&to=2022-01-01&type=call&country=US,RU&countries=all&q=Putin&only=1',
        accessed: Date.UTC(2026, 11, 2),
      },
    });
    const doc = parse(svg);
    const caption = (kind: string) => [...doc.querySelectorAll(`text[data-caption="${kind}"]`)].map((node) => node.textContent).join(' ');
    expect(caption('window')).toMatch(/^2021 · /);
    expect(caption('filters')).toContain('type: call; countries: all of United States and Russia; search “Putin” (only matches shown)');
    expect(caption('citation').replace(/ /g, '')).toBe(
      `Cite as: ${seed.title}. Stanceline, https://example.org/timeline/?from=2021-01-01&to=2022-01-01&type=call&country=US,RU&countries=all&q=Putin&only=1 (accessed 2 December 2026).`.replace(/ /g, ''),
    );
    // Every caption line fits the picture's width (measured as the picture measures).
    const measure = tableMeasure(12);
    for (const node of doc.querySelectorAll('text[data-caption]')) expect(measure(node.textContent ?? '')).toBeLessThanOrEqual(1000 - 32 + 1);
    // The lanes move down below the filter line: the plot starts lower than without a caption.
    const plain = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window: [Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)], width: 1000, now: 0 });
    expect(Number(doc.documentElement.getAttribute('data-plot-top'))).toBeGreaterThan(Number(parse(plain.svg).documentElement.getAttribute('data-plot-top')));
  });

  it('grows with the lanes and shrinks when a group is collapsed', () => {
    const all = seed.events.map((event) => event.index);
    const window: [number, number] = [FEB_12 - DAY, FEB_12 + 2 * DAY];
    const open = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window, now: 0 });
    const folded = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: ['US'], window, now: 0 });
    expect(folded.height).toBeLessThan(open.height);
    expect(folded.svg).toMatch(/United States<\/tspan> \(\d+ merged\)/);
  });

  it('says so when no event passes the filters', () => {
    const { svg } = buildViewSvg({ dataset: seed, included: [], grouping: 'country-actor', collapsed: [], window: [FEB_12, FEB_12 + DAY], now: 0 });
    expect(titlesOf(parse(svg))).toEqual([]);
    expect(svg).toContain('No events match the filters.');
  });

  it('names the other site the data came from first in the credit line, and only then', () => {
    const all = seed.events.map((event) => event.index);
    const input = { dataset: seed, included: all, grouping: 'country-actor' as const, collapsed: [], window: [FEB_12 - DAY, FEB_12 + 2 * DAY] as [number, number], width: 1000, now: 0 };
    const foreign = buildViewSvg({ ...input, dataOrigin: 'evil.example' }).svg;
    const creditText = [...parse(foreign).querySelectorAll('text')].map((node) => node.textContent ?? '').find((line) => line.startsWith('Data from'));
    expect(creditText).toMatch(/^Data from evil\.example · Sources: Associated Press/);
    expect(foreign).toContain('<desc id="sl-desc">');
    expect(buildViewSvg(input).svg).not.toContain('Data from');
  });
});

describe('a picture for print', () => {
  it('writes no text under 10 px, and no tick label past the picture’s edges', () => {
    const all = seed.events.map((event) => event.index);
    const measure = tableMeasure(11);
    for (const [window, width] of [
      [[FEB_12 - 2 * DAY, FEB_12 + 6 * DAY], 1000],
      [[Date.UTC(2001, 0, 1), Date.UTC(2026, 0, 1)], 480],
      [[FEB_12 - 2 * DAY, FEB_12 + 6 * DAY], 480],
    ] as const) {
      const { svg } = buildViewSvg({ dataset: seed, included: all, grouping: 'country-actor', collapsed: [], window: [window[0], window[1]], width, now: 0 });
      const doc = parse(svg);
      for (const node of doc.querySelectorAll('[font-size]')) expect(Number(node.getAttribute('font-size')), node.textContent ?? '').toBeGreaterThanOrEqual(10);
      const ticks = [...doc.querySelectorAll('g[font-size="11"] text')];
      expect(ticks.length).toBeGreaterThan(1);
      for (const tick of ticks) {
        const x = Number(tick.getAttribute('x'));
        const w = measure(tick.textContent ?? '');
        const anchor = tick.getAttribute('text-anchor');
        const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
        expect(left, tick.textContent ?? '').toBeGreaterThanOrEqual(0);
        expect(left + w, tick.textContent ?? '').toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('measured fitting and escapeXml', () => {
  it('shortens a long dataset title by measure to the picture’s width', async () => {
    const file = JSON.parse(SEED_TEXT) as DatasetFile;
    file.title = 'A very long dataset title '.repeat(12).trim();
    const dataset = await load(JSON.stringify(file));
    const { svg } = buildViewSvg({ dataset, included: [], grouping: 'country-actor', collapsed: [], window: [FEB_12, FEB_12 + DAY], width: 600, now: 0 });
    const heading = parse(svg).querySelector('text[font-size="20"]')!.textContent!;
    expect(heading.endsWith('…')).toBe(true);
    expect(tableMeasure(20)(heading) * 1.08).toBeLessThanOrEqual(600 - 32);
    expect(heading.length).toBeGreaterThan(30);
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(wellFormed('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(wellFormed('😀 \uD83D')).toBe('😀 \uFFFD');
    expect(escapeXml('<\uDBFF>')).toBe('&lt;\uFFFD&gt;');
    // A cut through a pair leaves no half behind.
    expect(() => encodeURIComponent(escapeXml(shortenToFit('😀😀😀😀😀😀😀😀😀😀', 40, tableMeasure(12))))).not.toThrow();
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
