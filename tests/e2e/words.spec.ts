// Words on the chart: event titles as real text beside their marks, in every lane, never
// overlapping; the selected title kept when crowded; right-to-left titles in order;
// colour by stance in the address and the legend; the same titles in the SVG picture.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEFAULT_GEN_OPTIONS, generateDataset } from '../../scripts/gen';
import { decodePng } from './pngPixels';

/** The shipped seed, which the browser tests serve beside their own frozen copy (scripts/e2e-data.sh). */
const SEED = './?data=data/examples/seed/events.json';
const seedFile = () => JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; title: string }[]; topics: { id: string; label: string }[] };

/** Boxes of the titles in the plot, in page pixels, with their text. */
async function titleBoxes(page: Page) {
  return page.getByTestId('chart-titles').locator('span').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { id: (node as HTMLElement).dataset.eventId!, text: node.textContent ?? '', x: box.left, y: box.top, width: box.width, height: box.height };
    }),
  );
}

function overlapping(boxes: Awaited<ReturnType<typeof titleBoxes>>): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) found.push(`${a.text} / ${b.text}`);
    }),
  );
  return found;
}

/** A newsroom-style file of many events on a few days, some titles right to left. */
function crowdedFile(): object {
  const actors = [
    { id: 'a', name: 'Ada Quill', country: 'AR' },
    { id: 'b', name: 'Bo Renn', country: 'AR' },
  ];
  const events = Array.from({ length: 40 }, (_, k) => ({
    id: `e${k}`,
    type: 'statement',
    date: `2025-03-0${1 + (k % 3)}T${String(8 + (k % 10)).padStart(2, '0')}:00Z`,
    actors: [k % 2 ? 'a' : 'b'],
    title: k === 7 ? 'قمة الناتو في بروكسل' : `Statement number ${k} on the fishing grounds`,
    sources: ['wire'],
  }));
  return {
    version: 1,
    title: 'Crowded (test fixture)',
    sources: [{ id: 'wire', title: 'Wire', publisher: 'Wire', published: '2025-03-01' }],
    countries: [{ id: 'AR', name: 'Arland' }],
    actors,
    topics: [],
    events,
  };
}

async function openCrowded(page: Page, query = ''): Promise<void> {
  await page.route('**/fixtures/crowded.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(crowdedFile()) }));
  await page.goto(`./?data=fixtures/crowded.json&from=2025-02-28&to=2025-03-05${query}`);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
}

test('the seed at its opening window names every event in view, in text, with no overlaps', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('chart-event').first()).toBeAttached();
  const seed = seedFile();
  const buttons = await page.getByTestId('chart-event').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.eventId!));
  const titles = await titleBoxes(page);
  expect(buttons.length).toBeGreaterThan(5);
  for (const id of new Set(buttons)) {
    const title = seed.events.find((event) => event.id === id)!.title;
    expect(titles.some((t) => t.id === id && t.text === title), title).toBe(true);
  }
  expect(overlapping(titles)).toEqual([]);
  // Real text in the page: Find finds it.
  const wanted = titles[0]!.text.slice(0, 20);
  expect(await page.evaluate((text) => (window as unknown as { find: (s: string) => boolean }).find(text), wanted)).toBe(true);
});

test('zoomed out to all its years, the seed still names its latest events, their titles before their marks at the right edge', async ({ page }) => {
  await page.goto(`${SEED}&from=2000-01-01&to=2026-01-01`);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('chart-event').first()).toBeAttached();
  const seed = seedFile();
  const titles = await titleBoxes(page);
  const marks = await page.getByTestId('chart-event').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { id: (node as HTMLElement).dataset.eventId!, x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }),
  );
  // Hegseth's remarks of 12 February 2025, a few pixels from the plot's right edge: whole, and ending before its mark in its row.
  const id = 'hegseth-nato-remarks';
  const title = titles.find((t) => t.id === id);
  expect(title, 'the remarks are named').toBeDefined();
  expect(title!.text).toBe(seed.events.find((event) => event.id === id)!.title);
  const mark = marks.find((m) => m.id === id && m.y > title!.y && m.y < title!.y + title!.height)!;
  expect(title!.x + title!.width).toBeLessThan(mark.x);
  expect(overlapping(titles)).toEqual([]);
});

/** How many titles and lane names were in the page when the chart set its rendered mark (read in the microtask after the task that set it). */
async function wordsAtMark(page: Page, url: string): Promise<{ titles: number; lanes: number }[]> {
  await page.addInitScript(() => {
    const seen: { titles: number; lanes: number }[] = [];
    (window as unknown as { wordsAtMark: typeof seen }).wordsAtMark = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        if ((record.target as HTMLElement).dataset?.rendered !== 'true') continue;
        seen.push({ titles: document.querySelectorAll('[data-testid="chart-titles"] span').length, lanes: document.querySelectorAll('[data-testid="chart-lane-label"]').length });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
  });
  await page.goto(url);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { wordsAtMark: { titles: number; lanes: number }[] }).wordsAtMark);
}

test('the chart says it is rendered only with its words: titles and lane names are in the page when the mark is set', async ({ page }) => {
  const atMark = await wordsAtMark(page, SEED);
  expect(atMark.length).toBeGreaterThan(0);
  expect(atMark[0]!.titles).toBeGreaterThan(5);
  expect(atMark[0]!.lanes).toBeGreaterThan(5);
});

test('with 10,000 events, whose first frame leaves its words to a task of their own, the mark still waits for them', async ({ page }) => {
  let text = '';
  generateDataset({ ...DEFAULT_GEN_OPTIONS, events: 10_000, actors: 200, countries: 40, seed: 1 }, (chunk) => {
    text += chunk;
  });
  await page.route('**/generated-10k.json', (route) => route.fulfill({ body: text, contentType: 'application/json' }));
  const atMark = await wordsAtMark(page, './?data=generated-10k.json');
  expect(atMark.length).toBeGreaterThan(0);
  expect(atMark[0]!.titles).toBeGreaterThan(5);
  expect(atMark[0]!.lanes).toBeGreaterThan(5);
});

test('when crowded, titles are shortened before they are dropped, never overlap, and the selected one stays', async ({ page }) => {
  // With a selection the details are open: the plot has the same width in both loads.
  await openCrowded(page, '&sel=e0');
  const before = await titleBoxes(page);
  expect(before.length).toBeGreaterThan(3);
  expect(overlapping(before)).toEqual([]);
  // Titles are cut with an ellipsis where the room is short, rather than left out.
  const shortened = before.filter((t) => t.text.endsWith('…') && t.id !== 'e0');
  expect(shortened.length).toBeGreaterThan(0);
  // The selected event's title goes first: it keeps at least the room it had.
  const chosen = shortened[shortened.length - 1]!;
  await openCrowded(page, `&sel=${chosen.id}`);
  const title = page.getByTestId('chart-titles').locator(`span[data-event-id="${chosen.id}"]`).first();
  await expect(title).toHaveClass(/sl-chart__title--selected/);
  expect(((await title.textContent()) ?? '').length).toBeGreaterThanOrEqual(chosen.text.length);
  expect(overlapping(await titleBoxes(page))).toEqual([]);
});

test('a right-to-left title reads in order beside its mark', async ({ page }) => {
  await openCrowded(page, '&sel=e7');
  const title = page.getByTestId('chart-titles').locator('span[data-event-id="e7"]').first();
  await expect(title).toBeVisible();
  await expect(title).toHaveAttribute('dir', 'auto');
  const text = await title.textContent();
  expect('قمة الناتو في بروكسل'.startsWith((text ?? '').replace('…', ''))).toBe(true);
});

test('colour by stance is in the address and the legend, with the topic’s own wording', async ({ page }) => {
  const topic = seedFile().topics[0]!;
  await page.goto(SEED);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  await page.getByLabel('Colour by').selectOption({ label: `Stance: ${topic.label}` });
  await expect(page).toHaveURL(new RegExp(`color=${topic.id}`));
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText(`Colour: stance on ${topic.label}`);
  await expect(legend).toContainText('No position on it');
  await page.reload();
  await expect(page.getByLabel('Colour by')).toHaveValue(topic.id);
});

test('the SVG picture carries the titles the screen shows', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('chart-event').first()).toBeAttached();
  const onScreen = (await titleBoxes(page)).map((t) => `${t.id}:${t.text}`).sort();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (SVG)', exact: true }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  const inPicture = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return [...doc.querySelectorAll('text[data-title-of]')].map((node) => `${node.getAttribute('data-title-of')}:${node.textContent}`);
  }, svg);
  // The picture shows every lane; each title on screen is there, word for word.
  for (const title of onScreen) expect(inPicture, title).toContain(title);
});

test('at phone width the chart still shows titles without overlaps', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SEED);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('chart-titles').locator('span').first()).toBeAttached();
  expect(overlapping(await titleBoxes(page))).toEqual([]);
});

/** The pixels of a page region, as the screen shows it: [r, g, b] each. */
async function regionPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number[][]> {
  return (await decodePng(page, await page.screenshot({ clip }), { pixels: true })).pixels;
}

/** The share of a title's first 28 px (beside its mark, where a day's band runs on) tinted the light blue of a statement's band. */
async function bandShareBesideMark(page: Page, id: string): Promise<number> {
  const title = (await titleBoxes(page)).find((t) => t.id === id)!;
  const pixels = await regionPixels(page, { x: title.x + 2, y: title.y + title.height / 2 - 2, width: 28, height: 4 });
  // The band over white is about (214, 234, 245); the old backing over it left (251, 254, 255). Glyphs are dark.
  return pixels.filter(([r, , b]) => r! > 150 && b! - r! > 18).length / pixels.length;
}

test('a title shows its date’s band through its backing, at rest and mid-pan, and keeps its backing over other things', async ({ page }) => {
  // Three days across the plot: a day's band runs on half a day past its mark, under the title.
  await page.goto(`${SEED}&from=2025-02-12&to=2025-02-14`);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  const id = 'trump-post-on-putin-call';
  expect((await titleBoxes(page)).some((t) => t.id === id)).toBe(true);
  expect(await bandShareBesideMark(page, id)).toBeGreaterThan(0.3);
  // The planned talks' title runs over the Munich conference's period band: its backing keeps its words on white.
  const brightness = (pixels: number[][]) => pixels.filter(([r, g, b]) => r! + g! + b! > 600).reduce((sum, [r, g, b]) => sum + r! + g! + b!, 0) / Math.max(1, pixels.filter(([r, g, b]) => r! + g! + b! > 600).length);
  const backedOverPeriod = async () => {
    const planned = (await titleBoxes(page)).find((t) => t.id === 'munich-talks-zelenskyy-vance')!;
    const under = await regionPixels(page, { x: planned.x + planned.width - 40, y: planned.y + 1, width: 36, height: planned.height - 2 });
    const period = await regionPixels(page, { x: planned.x + planned.width - 40, y: planned.y + planned.height + 3, width: 36, height: 3 });
    return brightness(under) - brightness(period);
  };
  expect(await backedOverPeriod()).toBeGreaterThan(8);

  // Mid-drag the chart shows one picture painted for the pan, with the titles riding over it.
  const plot = (await page.getByTestId('chart-plot').boundingBox())!;
  await page.mouse.move(plot.x + plot.width * 0.7, plot.y + plot.height - 20);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width * 0.7 - 30, plot.y + plot.height - 20, { steps: 3 });
  await expect(page.locator('.sl-chart__plot--panning')).toHaveCount(1);
  expect(await bandShareBesideMark(page, id)).toBeGreaterThan(0.3);
  expect(await backedOverPeriod()).toBeGreaterThan(8);
  await page.mouse.up();
});
