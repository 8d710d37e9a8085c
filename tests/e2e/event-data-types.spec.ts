// Declared event types (tests/fixtures/eventdata/icews-events.tab: "Provide aid" and
// "Consultation (form not stated)" interactions, "CAMEO 999" an act) look like themselves
// wherever a type shows: the chart's hover card and its event buttons' names, the exported
// SVG's legend (each type's own shape and colour), the list, the details, the filters and
// search. None of them may fall back to the built-in look an event is drawn like
// ("meeting" for an interaction, "statement" for an act).
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DECLARED_COLORS, DECLARED_SHAPES, shapePath } from '../../src/render/markStyles';
import type { MarkShape } from '../../src/render/markStyles';

// Loading and converting run in a worker on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const FILE = 'icews-events.tab';
/** Event id → its declared type's label, and the built-in it is drawn like (which must not be named). */
const DECLARED = [
  { id: 'icews-9000007', label: 'Provide aid', drawnLike: 'meeting' },
  { id: 'icews-9000006', label: 'Consultation (form not stated)', drawnLike: 'meeting' },
  { id: 'icews-9000009', label: 'CAMEO 999', drawnLike: 'statement' },
];
const DECLARED_LABELS = ['Consultation (form not stated)', 'Provide aid', 'Fight', 'CAMEO 999'];

async function openExport(page: Page, query = ''): Promise<void> {
  await page.route(`**/research/${FILE}`, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: readFileSync(`tests/fixtures/eventdata/${FILE}`) }));
  await page.goto(`./?data=research/${FILE}${query}`);
  await expect(page.locator('.shown-count')).toContainText('of 7 events');
}

const mark = (page: Page, id: string) => page.locator(`[data-testid="chart-event"][data-event-id="${id}"]`).first();

test('the hover card and the event buttons name each declared type by its label', async ({ page }) => {
  await openExport(page);
  await page.getByRole('button', { name: /fit all/i }).first().click();
  const tooltip = page.getByTestId('chart-tooltip');
  for (const { id, label, drawnLike } of DECLARED) {
    const button = mark(page, id);
    const name = (await button.getAttribute('aria-label')) ?? '';
    expect(name, id).toContain(`, ${label.toLowerCase()}, `);
    expect(name, id).not.toContain(drawnLike);
    // The pointer over the mark shows the hover card; keyboard focus shows the same card.
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('.sl-chart__tooltip-line').filter({ hasText: label })).toHaveCount(1);
    await expect(tooltip).not.toContainText(new RegExp(`\\b${drawnLike}\\b`, 'i'));
    await page.mouse.move(2, 2);
    await button.focus();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(label);
  }
});

test('the list, the details, the Type filter and search name the declared types', async ({ page }) => {
  await openExport(page, '&view=list');
  for (const { id, label } of DECLARED) {
    const row = page.locator(`#main-view [data-event-id="${id}"]`);
    await expect(row.locator('.col-type')).toHaveText(label);
    // The row's glyph is the declared type's own shape, not a built-in one.
    const glyph = await row.locator('.col-type svg.glyph path').getAttribute('d');
    expect(DECLARED_SHAPES.map((shape) => shapePath(shape, 11)), id).toContain(glyph);
  }
  const filters = page.getByRole('complementary', { name: 'Filters' });
  for (const label of DECLARED_LABELS) await expect(filters.getByRole('checkbox', { name: new RegExp(label.replace(/[()]/g, '\\$&')) })).toBeAttached();
  // Search finds an event by its declared type's label.
  await page.getByRole('searchbox', { name: 'Search events' }).fill('provide aid');
  await expect(page.locator('.search-count')).toHaveText('1 match');
  await page.getByRole('button', { name: 'Results (1)' }).click();
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await expect(page.locator('.details-panel .details-type')).toHaveText('Provide aid');
});

/** A legend entry's type look: which declared shape its path draws (undefined for any other), and its colour. */
interface Look {
  shape: MarkShape | undefined;
  color: string;
}

function lookOf(d: string, color: string, size?: number): Look {
  return { shape: DECLARED_SHAPES.find((shape) => (size ? shapePath(shape, size) : shapePath(shape)) === d), color: color.toUpperCase() };
}

test('the exported SVG legend shows each declared type with its own shape, colour and label, as the app legend does', async ({ page }) => {
  await openExport(page);
  // The app's legend: each declared type's glyph.
  const onScreen = new Map<string, Look>();
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const label of DECLARED_LABELS) {
    const item = legend.locator('li').filter({ hasText: label });
    const path = item.locator('svg.glyph path').first();
    onScreen.set(label, lookOf((await path.getAttribute('d'))!, (await path.getAttribute('fill'))!, 11));
  }
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (SVG)', exact: true }).click();
  const svg = readFileSync((await (await downloading).path())!, 'utf8');
  // Each legend label is a <text> right after its glyph (a <g> holding one <path>).
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return Array.from(doc.querySelectorAll('text'), (label) => {
      const glyph = label.previousElementSibling?.tagName === 'g' ? label.previousElementSibling.querySelector('path') : null;
      return { label: label.textContent ?? '', d: glyph?.getAttribute('d') ?? '', fill: glyph?.getAttribute('fill') ?? '' };
    });
  }, svg);
  const exported = new Map<string, Look>();
  for (const label of DECLARED_LABELS) {
    const entry = entries.find((candidate) => candidate.label === label && candidate.d !== '');
    expect(entry, `${label} in the SVG legend`).toBeDefined();
    exported.set(label, lookOf(entry!.d, entry!.fill));
  }
  for (const label of DECLARED_LABELS) {
    const look = exported.get(label)!;
    expect(look.shape, label).toBeDefined();
    expect(DECLARED_COLORS.map((color) => color.toUpperCase()), label).toContain(look.color);
    expect(look, label).toEqual(onScreen.get(label));
  }
  // No two declared types share a look.
  expect(new Set([...exported.values()].map((look) => `${look.shape} ${look.color}`)).size).toBe(DECLARED_LABELS.length);
});
