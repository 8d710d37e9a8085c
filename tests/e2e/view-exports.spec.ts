// Each view exports itself (issue 20, part 3): the list view prints the whole list (with the
// search as a filter, only the matches), the positions view exports its own chart; neither
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

test('the positions view exports its own chart as SVG and PNG, and prints it, never the timeline', async ({ page }) => {
  await stubPrint(page);
  await page.goto('./?view=positions&pos=ukraine-nato-membership');
  const chart = page.locator('svg.positions-chart');
  await expect(chart).toBeVisible({ timeout: 30_000 });
  const actors = (await page.locator('.positions-actor-label').allTextContents()).filter(Boolean);
  expect(actors.length).toBeGreaterThan(1);
  const topic = seed.topics!.find((t) => t.id === 'ukraine-nato-membership')!;

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Print…', exact: true })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (SVG)', exact: true }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/-positions-ukraine-nato-membership\.svg$/);
  const svg = readFileSync(await saved.path(), 'utf8');
  expect(svg).not.toMatch(/[\u2068\u2069]/);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const inner = doc.querySelector('svg[data-positions-chart]');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('svg > title')?.textContent ?? '',
      caption: doc.querySelector('text[data-caption="window"]')?.textContent ?? '',
      chartText: inner ? [...inner.querySelectorAll('text')].map((node) => node.textContent).join('\n') : '',
      // The timeline's picture draws marks as g[data-event-id] inside a clip path of its plot.
      timelineMarks: doc.querySelectorAll('[clip-path="url(#sl-plot)"]').length,
      styled: inner ? inner.querySelectorAll('[fill]').length : 0,
      citation: [...doc.querySelectorAll('text[data-caption="citation"]')].map((node) => node.textContent).join(''),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe(seed.title);
  expect(parsed.caption).toContain(`Positions on ${topic.label}`);
  for (const actor of actors) expect(parsed.chartText).toContain(actor);
  expect(parsed.timelineMarks).toBe(0);
  // The style sheet's paint is written onto the elements: the file has no style sheet of its own.
  expect(parsed.styled).toBeGreaterThan(10);
  expect(parsed.citation).toMatch(/^Cite as: /);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (PNG)', exact: true }).click();
  expect((await png).suggestedFilename()).toMatch(/-positions-ukraine-nato-membership\.png$/);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Print the positions chart…', exact: true }).click();
  await expect.poll(() => printed(page)).toBe(1);
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const text = squash(pdfText(pdf));
  expect(text).toContain(squash(topic.label));
  for (const control of CONTROLS) expect(text).not.toContain(control);
});
