// Researchers' event data in the built app: an ICEWS, a GDELT, an ACLED, a POLECAT (tab-separated) and a PLOVER export
// (invented rows, tests/fixtures/eventdata) open through "Open file…" and through ?data=,
// with calls and meetings in every party's lane, declared types in the legend and filters,
// and the import note listing merges and what was not carried.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Loading and converting run in a worker on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

interface Case {
  file: string;
  title: string;
  /** What the import note calls the file. */
  kind: string;
  events: number;
  /** A declared type the legend and the Type filter must show. */
  declared: string;
  /** An event drawn across two lanes (a merged call or a multilateral meeting) and how many lanes. */
  across: { id: string; lanes: number };
  /** A line of the import note. */
  note: RegExp;
}

const CASES: Case[] = [
  { file: 'icews-events.tab', title: 'ICEWS events from icews-events.tab', kind: 'an ICEWS export', events: 7, declared: 'Provide aid', across: { id: 'icews-9000001', lanes: 2 }, note: /Merged ICEWS 9000001 .* and ICEWS 9000002 .* one call/ },
  { file: 'gdelt-events.export.CSV', title: 'GDELT events from gdelt-events.export.CSV', kind: 'a GDELT 2.0 events export', events: 5, declared: 'Fight', across: { id: 'gdelt-1100000001', lanes: 2 }, note: /Merged GDELT 1100000001 .* one call/ },
  { file: 'acled-events.csv', title: 'ACLED events from acled-events.csv', kind: 'an ACLED export', events: 4, declared: 'Battles', across: { id: 'acled-exa1', lanes: 2 }, note: /ACLED row 6 \(EXA5\) was not imported|2 records could not be read/ },
  { file: 'polecat-events.txt', title: 'POLECAT events from polecat-events.txt', kind: 'a POLECAT export (tab-separated)', events: 6, declared: 'Assault', across: { id: 'polecat-pc-0002', lanes: 3 }, note: /2 records could not be read/ },
  { file: 'plover-events.jsonl', title: 'PLOVER events from plover-events.jsonl', kind: 'a PLOVER/POLECAT export', events: 6, declared: 'Assault', across: { id: 'plover-plv-0002', lanes: 3 }, note: /2 records could not be read/ },
  // One JSON array: recognised before the Stanceline loader, which could only refuse it.
  { file: 'plover-events.json', title: 'PLOVER events from plover-events.json', kind: 'a PLOVER/POLECAT export', events: 6, declared: 'Assault', across: { id: 'plover-plv-0002', lanes: 3 }, note: /Read 6 PLOVER records: 6 events\./ },
];

const fixture = (name: string) => readFileSync(`tests/fixtures/eventdata/${name}`);

async function expectOpened(page: Page, item: Case): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(page.locator('.shown-count')).toContainText(`of ${item.events} events`);
  // The declared type has its own legend entry and Type filter option.
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText(item.declared);
  await expect(page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: new RegExp(item.declared) })).toBeAttached();
  // Fit everything, then the interaction has a mark in each party's lane.
  await page.getByRole('button', { name: /fit all/i }).first().click();
  const marks = page.locator(`[data-testid="chart-event"][data-event-id="${item.across.id}"]`);
  await expect(marks).toHaveCount(item.across.lanes);
  const lanes = await marks.evaluateAll((buttons) => new Set(buttons.map((button) => (button as HTMLElement).dataset.lane)).size);
  expect(lanes).toBe(item.across.lanes);
  await page.locator('.app-header details.warnings summary').click();
  const warnings = page.locator('.app-header .warnings');
  await expect(warnings).toContainText(`${item.file} is ${item.kind}; it was imported.`);
  await expect(warnings).toContainText(item.note);
}

for (const item of CASES) {
  test(`${item.file} opens through Open file…`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('./');
    await expect(page.locator('[data-testid="chart-event"]').first()).toBeAttached();
    await page.getByTestId('open-file-input').setInputFiles(`tests/fixtures/eventdata/${item.file}`);
    await expectOpened(page, item);
    expect(errors).toEqual([]);
  });

  test(`${item.file} opens through ?data=`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Fixtures stay out of the build; the page (and its loading worker) gets them from here.
    await page.route(`**/research/${item.file}`, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: fixture(item.file) }));
    await page.goto(`./?data=research/${encodeURIComponent(item.file)}`);
    await expectOpened(page, item);
    expect(errors).toEqual([]);
  });
}

test('filtering by a declared type shows only its events, and the details name the type', async ({ page }) => {
  await page.route('**/research/icews-events.tab', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: fixture('icews-events.tab') }));
  await page.goto('./?data=research/icews-events.tab&type=cameo-07');
  await expect(page.locator('.shown-count')).toContainText('Showing 1 of 7 events');
  await page.getByRole('button', { name: /fit all/i }).first().click();
  await page.locator('[data-testid="chart-event"][data-event-id="icews-9000007"]').first().click();
  await expect(page.locator('.details-panel .details-type')).toHaveText('Provide aid');
  await expect(page.locator('.details-panel')).toContainText('9000007');
});

test('in the list, a long declared type’s name wraps beside its glyph, not under it', async ({ page }) => {
  await page.route('**/research/icews-events.tab', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: fixture('icews-events.tab') }));
  await page.goto('./?data=research/icews-events.tab&view=list');
  const cell = page.locator('.event-row', { hasText: 'Consultation (form not stated)' }).locator('td.col-type');
  await expect(cell).toHaveText('Consultation (form not stated)');
  const { glyph, firstLine, lines } = await cell.evaluate((td) => {
    const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const glyphBox = td.querySelector('svg.glyph')!.getBoundingClientRect();
    // The line boxes of the words: each text node's rects.
    const textRects: DOMRect[] = [];
    const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      textRects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
    }
    const tops = new Set(textRects.map((r) => Math.round(r.top)));
    return { glyph: box(glyphBox), firstLine: box(textRects[0]!), lines: tops.size };
  });
  // The column is narrower than the name: two lines, both starting after the glyph, the first level with it.
  expect(lines).toBe(2);
  expect(firstLine.left).toBeGreaterThanOrEqual(glyph.right);
  expect(Math.abs((firstLine.top + firstLine.bottom) / 2 - (glyph.top + glyph.bottom) / 2)).toBeLessThan(5);
});
