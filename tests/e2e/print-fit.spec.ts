// Print fits the paper (issue 20, part 3): the Export menu's vector Print… puts the whole
// picture (every lane, the footer) on one page, and printing the page itself (Ctrl+P) shows
// no control, "Open file…" included.
import { expect, test } from '@playwright/test';
import { pdfPageCount, pdfText } from './pdfText';

/** The controls a reader sees on screen, as the PDF's text would hold them (spaces removed). */
const CONTROLS = ['Openfile', 'Export', 'Embed', 'Fitall', 'Clearfilters', 'Zoomin', 'Zoomout'];

test('the vector Print… fits every lane and the footer on one page, without the controls', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed = ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
    };
  });
  // Every lane of the seed at once: the picture is taller than a landscape page is wide.
  await page.goto('./?from=2025-02-10&to=2025-02-18');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Print…', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
  const lanes = await page.locator('.sl-chart__lane-text').allTextContents();
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBe(1);
  const text = pdfText(pdf).replace(/\s+/g, '');
  expect(text).toContain('MadewithStanceline');
  // The last lane is on the page too.
  expect(text).toContain(lanes.at(-1)!.replace(/\s+/g, ''));
  for (const control of CONTROLS) expect(text).not.toContain(control);
});

test('printing the page itself hides every control, "Open file…" included', async ({ page }) => {
  await page.goto('./?from=2025-02-10&to=2025-02-18');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Open file…' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const text = pdfText(pdf).replace(/\s+/g, '');
  for (const control of CONTROLS) expect(text).not.toContain(control);
});
