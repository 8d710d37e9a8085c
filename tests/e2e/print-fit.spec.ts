// Print fits the paper (issue 20, part 3): the Export menu's vector Print… puts the whole
// picture (every lane, the footer) on one page, and printing the page itself (Ctrl+P) shows
// no control, "Open file…" included.
import { expect, test } from '@playwright/test';
import { pdfPageCount, pdfText } from './pdfText';

/** The controls a reader sees on screen, as the PDF's text would hold them (spaces removed). */
/** The controls' words as a PDF's text holds them, spaces taken out (the zoom buttons show + and −). */
const CONTROLS = ['Openfile', 'Export', 'Embed', 'Fitall', 'Clearfilters', '+−', 'Language'];

test('the PDF reader of these tests finds the controls on a page printed as the screen shows it, so their absence elsewhere means something', async ({ page }) => {
  await page.goto('./?from=2025-02-10&to=2025-02-18');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  await page.emulateMedia({ media: 'screen' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const text = pdfText(pdf);
  // Every glyph read through its own font's map: none unread.
  expect(text).not.toContain('\u0000');
  const squashed = text.replace(/\s+/g, '');
  for (const control of CONTROLS) expect(squashed).toContain(control);
});

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

test('printing the page itself (Ctrl+P) prints the whole window and every lane, as Print… does', async ({ page }) => {
  // A short screen: most lanes are below its bottom edge, where the on-screen canvas ends.
  await page.setViewportSize({ width: 1200, height: 500 });
  await page.goto('./?from=2025-02-10&to=2025-02-18');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  const lanes = await page.locator('.sl-chart__lane-text').allTextContents();
  // The browser fires beforeprint when the reader prints; page.pdf() does not, so the test does.
  // The printing code arrives after the first render settles: fire until it has answered.
  await expect
    .poll(() => page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('.print-figure svg').length;
    }))
    .toBe(1);
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBe(1);
  const text = pdfText(pdf).replace(/\s+/g, '');
  // The screen's lane labels stop near its bottom edge; the paper has the seed's last lane too.
  expect(lanes).not.toContain('Other Western allies');
  for (const lane of [...lanes, 'Other Western allies']) expect(text).toContain(lane.replace(/\s+/g, ''));
  // The window's right end: its last day's tick is on the paper.
  expect(text).toContain('18Feb');
  for (const control of CONTROLS) expect(text).not.toContain(control);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-figure')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveClass(/has-print-figure/);
});

test('printing the list view itself prints every row shown, not only those scrolled into view', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 400 });
  await page.goto('./?view=list');
  await expect(page.locator('tbody tr.event-row').first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('.print-list').length;
    }))
    .toBe(1);
  const rows = await page.locator('.print-list tbody tr').count();
  const shown = Number((await page.locator('.shown-count').textContent())!.match(/Showing (\d+)/)![1]);
  expect(rows).toBe(shown);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-list')).toHaveCount(0);
});
