// Data out (issue 20, part 3): the events shown as CSV, row for row; the alignment and
// the matrix as CSV; Copy link; Cite this event with a permalink that selects it. And two
// keyboard defects met on the way: the Export menu's Tab order, and Tab from the details heading.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import type { DSVRowArray } from 'd3';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';

const seed = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible({ timeout: 20_000 });
}

async function csvOf(download: Download): Promise<DSVRowArray<string>> {
  const path = await download.path();
  return csvParse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
}

async function exportItem(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name, exact: true }).click();
}

test('the CSV of a filtered view has exactly the events shown, row for row', async ({ page }) => {
  const expected = seed.events.filter((e) => e.type === 'call' && e.actors.includes('trump'));
  expect(expected.length).toBeGreaterThan(0);
  await open(page, '?type=call&actor=trump');
  const downloadPromise = page.waitForEvent('download');
  await exportItem(page, 'Events shown (CSV)');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/-events\.csv$/);
  const rows = await csvOf(download);
  expect(rows.columns).toEqual([
    'id', 'date', 'end', 'date_precision', 'type', 'status', 'actor_ids', 'actors', 'countries', 'location',
    'title', 'summary', 'quotes', 'positions', 'source_titles', 'source_urls',
  ]);
  expect(rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
  for (const event of expected) {
    const row = rows.find((r) => r.id === event.id)!;
    expect(row.date).toBe(event.date);
    expect(row.title).toBe(event.title);
    expect(row.actor_ids!.split('\n')).toEqual(event.actors);
    expect(row.quotes!.split('\n').length).toBe(Math.max(1, event.quotes?.length ?? 0));
    const sourceTitles = (event.sources ?? []).map((id) => seed.sources.find((s) => s.id === id)!.title);
    expect(row.source_titles).toBe(sourceTitles.join('\n'));
  }
});

test('with "Show only matches", the CSV holds only the matches', async ({ page }) => {
  await open(page, '?q=putin&only=matches');
  const shown = await page.locator('.shown-count').innerText();
  const count = Number(/Showing (\d+)/.exec(shown)![1]);
  const downloadPromise = page.waitForEvent('download');
  await exportItem(page, 'Events shown (CSV)');
  const rows = await csvOf(await downloadPromise);
  expect(rows.length).toBe(count);
  expect(count).toBeLessThan(seed.events.length);
});

test('the alignment and the matrix download as CSV, in the screen’s words', async ({ page }) => {
  await open(page, '?view=positions&pos=ukraine-nato-membership&at=2025-02-12');
  let downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this alignment (CSV)' }).click();
  const alignment = await csvOf(await downloadPromise);
  expect(alignment.find((r) => r.actor === 'Pete Hegseth')).toMatchObject({ side: 'against', stance: 'oppose', date: '2025-02-12' });
  expect(alignment.find((r) => r.actor === 'Jean-Noël Barrot')).toMatchObject({ side: 'for' });
  downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the matrix (CSV)' }).click();
  const matrix = await csvOf(await downloadPromise);
  const us = matrix.find((r) => r.row === 'country' && r.country === 'United States')!;
  expect(us['NATO membership for Ukraine']).toBe('against: oppose to lean oppose');
});

test('Copy link puts the view’s address on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?type=call&view=list');
  await exportItem(page, 'Copy link');
  await expect(page.locator('.export-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('Cite this event gives the event, its source and a permalink that selects it', async ({ page }) => {
  await open(page, '?sel=trump-putin-call&type=statement');
  const details = page.locator('.details-panel');
  await details.getByRole('button', { name: 'Cite this event' }).click();
  const citation = details.getByTestId('event-citation');
  const event = seed.events.find((e) => e.id === 'trump-putin-call')!;
  const source = seed.sources.find((s) => s.id === event.sources![0])!;
  await expect(citation).toContainText(`“${event.title}”`);
  await expect(citation).toContainText(source.title);
  await expect(citation).toContainText(seed.title);
  await expect(citation).toContainText(/accessed \d{1,2} [A-Z][a-z]+ \d{4}/);
  const permalink = await details.getByRole('link', { name: 'Permalink to this event' }).getAttribute('href');
  expect(permalink).toMatch(/[?&]sel=trump-putin-call(&|$)/);
  // The permalink drops the filters of the moment, which could hide the event.
  expect(permalink).not.toContain('type=');
  await expect(citation).toContainText(permalink!);
  await page.goto(permalink!);
  await expect(page.locator('.details-panel h2')).toHaveText(event.title, { timeout: 20_000 });
});

test('the Export menu’s items follow Export in the Tab order, and Export says whether it is open', async ({ page }) => {
  await open(page, '');
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toHaveAttribute('aria-expanded', 'false');
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Image (SVG)' })).toBeFocused();
});

test('Tab from the details heading goes to the next control in the details, not the skip link', async ({ page }) => {
  await open(page, '?sel=trump-putin-call');
  const heading = page.locator('.details-panel h2');
  await heading.focus();
  await page.keyboard.press('Tab');
  const inPanel = await page.evaluate(() => Boolean(document.activeElement?.closest('.details-panel')));
  expect(inPanel).toBe(true);
  await expect(page.locator('.skip-link')).not.toBeFocused();
});
