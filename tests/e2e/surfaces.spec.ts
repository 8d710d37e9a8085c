// One scene, every surface: for the same view and size, the SVG picture and the chart on
// screen draw the same marks at the same places (within a pixel), with the same clusters
// and connectors, because both draw the one scene the core lays out.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const DAY = '2025-02-12';
/** Two countries, a call across them, a crowded day that must cluster, and a month-precision date. */
const FIXTURE = {
  version: 1,
  title: 'Surfaces (test fixture)',
  sources: [{ id: 'wire', title: 'Wire report', publisher: 'Wire', published: DAY }],
  countries: [
    { id: 'AR', name: 'Arland' },
    { id: 'BM', name: 'Belmor' },
  ],
  actors: [
    { id: 'quill', name: 'Ada Quill', country: 'AR' },
    { id: 'ash', name: 'Cy Ash', country: 'AR' },
    { id: 'renn', name: 'Bo Renn', country: 'BM' },
  ],
  topics: [],
  events: [
    { id: 'call', type: 'call', date: DAY, actors: ['quill', 'renn'], title: 'Quill calls Renn', sources: ['wire'] },
    { id: 'month', type: 'statement', date: '2025-02', actors: ['renn'], title: 'Renn speaks some time in February', sources: ['wire'] },
    ...Array.from({ length: 9 }, (_, k) => ({
      id: `busy-${k}`,
      type: 'statement',
      date: `${DAY}T10:${String(k * 5).padStart(2, '0')}Z`,
      actors: ['ash'],
      title: `Ash statement ${k + 1}`,
      sources: ['wire'],
    })),
  ],
};

async function open(page: Page, extra = ''): Promise<void> {
  await page.route('**/fixtures/surfaces.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(FIXTURE) }));
  await page.goto(`./?data=fixtures/surfaces.json&from=2025-02-09&to=2025-02-16${extra}`);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  // The event buttons follow the marks once the view rests.
  await expect(page.getByTestId('chart-event').first()).toBeAttached();
}

async function exportSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (SVG)', exact: true }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

for (const [axis, extra] of [['left to right', ''], ['right to left', '&axis=rtl']] as const) {
  test(`the SVG picture and the screen agree mark for mark, with the same clusters and connectors (time ${axis})`, async ({ page }) => {
    await open(page, extra);
    const screen = await page.evaluate(() => {
      const plot = document.querySelector('[data-testid="chart-plot"]')!.getBoundingClientRect();
      const chart = document.querySelector<HTMLElement>('[data-testid="timeline-chart"]')!;
      const marks = [...document.querySelectorAll<HTMLElement>('[data-testid="chart-event"]')].map((button) => {
        const box = button.getBoundingClientRect();
        return { key: `${button.dataset.eventId}@${button.dataset.lane}`, x: box.left + box.width / 2 - plot.left, y: box.top + box.height / 2 - plot.top };
      });
      return { marks, clusters: Number(chart.dataset.clusters), connectors: Number(chart.dataset.connectors), plotHeight: plot.height };
    });
    const svg = await exportSvg(page);
    const picture = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const left = Number(root.getAttribute('data-plot-left'));
      const top = Number(root.getAttribute('data-plot-top'));
      const marks = [...doc.querySelectorAll('g[data-event-id]')].map((group) => {
        const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(group.querySelector('path')!.getAttribute('transform')!)!;
        return { key: `${group.getAttribute('data-event-id')}@${group.getAttribute('data-lane')}`, x: Number(x) - left, y: Number(y) - top };
      });
      return { marks, clusters: doc.querySelectorAll('g[data-cluster-size]').length, connectors: doc.querySelectorAll('g[data-connector]').length };
    }, svg);

    // Every event has a mark, a button on screen, in the picture, and they sit together.
    expect(screen.marks.length).toBeGreaterThan(5);
    const inPicture = new Map(picture.marks.map((mark) => [mark.key, mark]));
    for (const mark of screen.marks) {
      const twin = inPicture.get(mark.key);
      expect(twin, mark.key).toBeDefined();
      expect(Math.abs(twin!.x - mark.x), `${mark.key} x`).toBeLessThanOrEqual(1);
      expect(Math.abs(twin!.y - mark.y), `${mark.key} y`).toBeLessThanOrEqual(1);
    }
    // And nothing the screen shows in its band of lanes is missing from it.
    const onScreen = new Set(screen.marks.map((mark) => mark.key));
    for (const mark of picture.marks.filter((m) => m.y < screen.plotHeight)) expect(onScreen.has(mark.key), mark.key).toBe(true);
    expect(screen.clusters).toBeGreaterThan(0);
    expect(picture.clusters).toBe(screen.clusters);
    expect(picture.connectors).toBe(screen.connectors);
    expect(picture.connectors).toBeGreaterThan(0);
  });
}

test('event buttons name the event they open after the data changes under them', async ({ page }) => {
  await open(page);
  const names = async () =>
    page.getByTestId('chart-event').evaluateAll((buttons) => buttons.map((b) => `${(b as HTMLElement).dataset.eventId}|${b.getAttribute('aria-label')}`));
  // The same file with an event added before the others and a title edited, opened into
  // the same chart: every index shifts, and buttons are reused across the change.
  const events = FIXTURE.events.map((event) => (event.id === 'call' ? { ...event, title: 'Quill and Renn speak by phone' } : event));
  const grown = { ...FIXTURE, events: [{ id: 'early', type: 'statement', date: '2025-02-10', actors: ['renn'], title: 'An earlier statement', sources: ['wire'] }, ...events] };
  await page.locator('input[type="file"]').first().setInputFiles({ name: 'surfaces.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(grown)) });
  await expect(page.getByRole('button', { name: /^An earlier statement, statement/ })).toBeAttached();
  await expect(page.getByRole('button', { name: /^Quill and Renn speak by phone, call/ })).toHaveCount(2);
  const byId = new Map(grown.events.map((event) => [event.id, event.title]));
  for (const entry of await names()) {
    const [id, label] = entry.split('|') as [string, string];
    expect(label.startsWith(`${byId.get(id)}, `), entry).toBe(true);
  }
  const ids = (await names()).map((entry) => entry.split('|')[0]);
  const lanes = await page.getByTestId('chart-event').evaluateAll((buttons) => buttons.map((b) => `${(b as HTMLElement).dataset.eventId}@${(b as HTMLElement).dataset.lane}`));
  expect(new Set(lanes).size).toBe(ids.length);
});
