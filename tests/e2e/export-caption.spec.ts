// Exports tell the truth (issue 20, part 3): the picture's caption gives the window exactly
// (a 2025 window says "2025"), names every filter on, and carries a citation line with a
// link to the view and the date of access; its text carries no invisible U+2068/U+2069.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodePng } from './pngPixels';
import type { Page } from '@playwright/test';
import { pngResolution } from '../../src/render/export/pngResolution';

async function exportSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (SVG)', exact: true }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

test('an SVG export states its window, every filter and a citation, in clean text', async ({ page }) => {
  await page.goto('./?from=2025-01-01&to=2026-01-01&type=call&country=US,RU&countrymatch=all&q=Putin&only=matches');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  const address = page.url();
  const svg = await exportSvg(page);
  expect(svg).not.toMatch(/[\u2068\u2069]/);
  const caption = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const lines = (kind: string) => [...doc.querySelectorAll(`text[data-caption="${kind}"]`)].map((node) => node.textContent ?? '');
    return { window: lines('window').join(' '), filters: lines('filters').join(' '), citation: lines('citation').join('') };
  }, svg);
  // The window as it is: the year 2025, not "2024–2026".
  expect(caption.window).toMatch(/^2025 · \d+ of \d+ events$/);
  expect(caption.filters).toBe('Filters: type: call; countries: all of United States and Russia; search “Putin” (only matches shown)');
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
  // Wrapped lines join back into the citation (a link is broken without a space).
  expect(caption.citation.replace(/\s+/g, '')).toContain(`Stanceline,${address}(accessed${today.replace(/\s+/g, '')}).`);
  expect(caption.citation).toMatch(/^Cite as: /);
});

test('pictures for a paper: a single or double column at 300 dpi, marked with that resolution', async ({ page }) => {
  await page.goto('./?from=2025-02-11&to=2025-02-14');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  for (const [name, pixels] of [
    ['For a paper: single column (89 mm, PNG 300 dpi)', 1051],
    ['For a paper: double column (183 mm, PNG 300 dpi)', 2161],
  ] as const) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/-(single|double)-column-300dpi\.png$/);
    const png = readFileSync(await saved.path());
    expect(png.readUInt32BE(16)).toBe(pixels);
    expect(pngResolution(png)).toBe(300);
    // The browser decodes it (the added chunk's CRC holds), and it is a picture, not a blank.
    const { dark } = await decodePng(page, png);
    expect(dark).toBeGreaterThan(1000);
  }
});

test('a PNG at a width the reader gives, and a clear message for a width out of range', async ({ page }) => {
  await page.goto('./?from=2025-02-11&to=2025-02-14');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('spinbutton', { name: 'Width px' }).fill('1000');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (PNG) at this width', exact: true }).click();
  const png = readFileSync(await (await download).path());
  expect(png.readUInt32BE(16)).toBe(1000);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('spinbutton', { name: 'Width px' }).fill('90');
  await page.getByRole('button', { name: 'Image (PNG) at this width', exact: true }).click();
  await expect(page.locator('.export-status')).toHaveText('Give a whole number of pixels from 400 to 4000 for the width.');
});
