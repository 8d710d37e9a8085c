// Each view exports itself (issue 20, part 3): the list view prints the whole list (with the
// search as a filter, only the matches), the positions view prints its own chart; neither
// hands out a picture of the timeline.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { pdfText } from './pdfText';
import type { DatasetFile } from '../../src/core/model/types';

const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;
const squash = (text: string) => text.replace(/\s+/g, '');
const CONTROLS = ['Openfile', 'Export', 'Embed', 'Clearfilters'];

async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed = ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
    };
  });
}

const printed = (page: Page) => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0);

test('the list view prints the whole list, only the matches when the search filters, with its caption', async ({ page }) => {
  await stubPrint(page);
  await page.goto('./?view=list&type=call,statement&q=Putin&only=matches');
  const table = page.getByRole('grid', { name: 'Events shown, one per row' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  const shown = Number(await table.getAttribute('aria-rowcount')) - 1;
  expect(shown).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  // No picture of the timeline from the list.
  await expect(page.getByRole('button', { name: 'Image (SVG)', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Print the list…', exact: true }).click();
  await expect.poll(() => printed(page)).toBe(1);
  const rows = page.locator('.print-list tbody tr');
  await expect(rows).toHaveCount(shown);

  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const text = squash(pdfText(pdf));
  expect(text).toContain(squash(seed.title));
  expect(text).toContain(squash('types: call and statement; search “Putin” (only matches shown)'));
  expect(text).toContain('Citeas:');
  for (const title of await rows.locator('td:nth-child(3)').allTextContents()) expect(text).toContain(squash(title));
  // An event the search leaves out is not on the paper.
  const left = seed.events.find((event) => event.type === 'statement' && !JSON.stringify(event).includes('Putin'))!;
  expect(text).not.toContain(squash(left.title));
  for (const control of CONTROLS) expect(text).not.toContain(control);
});

test('the positions view prints its own chart, not the timeline', async ({ page }) => {
  await stubPrint(page);
  await page.goto('./?view=positions&pos=ukraine-nato-membership');
  const chart = page.locator('.positions-chart, [data-testid="positions-chart"]').first();
  await expect(chart).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Image (SVG)', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print…', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Print the positions chart…', exact: true }).click();
  await expect.poll(() => printed(page)).toBe(1);
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const text = squash(pdfText(pdf));
  const topic = seed.topics!.find((t) => t.id === 'ukraine-nato-membership')!;
  expect(text).toContain(squash(topic.label));
  for (const control of CONTROLS) expect(text).not.toContain(control);
});
