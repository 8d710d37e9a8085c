// Phone-width defects (issue 20, part 4): the filters drawer is a real modal dialog, its
// × and Clear filters stay in view, the details sheet keeps its × in view and leaves the
// top of the chart visible; the positions view and the list titles fit a phone.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
}

function inViewport(box: { y: number; height: number } | null): boolean {
  return box !== null && box.y >= 0 && box.y + box.height <= 844;
}

test('the filters drawer is a modal dialog: focus in, background inert, Escape closes, focus back', async ({ page }) => {
  await open(page, '?type=call');
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await toggle.click();
  const dialog = page.getByRole('dialog', { name: 'Filters' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#filter-panel')))).toBe(true);
  // Everything behind is inert: the view, the toolbar and its Filters button.
  expect(await page.locator('#main-view').evaluate((el) => Boolean(el.closest('[inert]')))).toBe(true);
  expect(await toggle.evaluate((el) => Boolean(el.closest('[inert]')))).toBe(true);

  // Scrolled to the end of its lists, the × and Clear filters are still in view.
  await dialog.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await dialog.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(inViewport(await dialog.getByRole('button', { name: 'Close filters' }).boundingBox())).toBe(true);
  expect(inViewport(await dialog.getByRole('button', { name: 'Clear filters' }).boundingBox())).toBe(true);
  const close = await dialog.getByRole('button', { name: 'Close filters' }).boundingBox();
  const panel = await dialog.boundingBox();
  expect(close!.y).toBeGreaterThanOrEqual(panel!.y);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(toggle).toBeFocused();
  expect(await page.locator('#main-view').evaluate((el) => Boolean(el.closest('[inert]')))).toBe(false);
});

test('the details sheet keeps its × in view and leaves the top of the chart visible', async ({ page }) => {
  await open(page, '?sel=hegseth-nato-remarks');
  const sheet = page.locator('.details-panel');
  // The sheet's own content, not the placeholder (also .details-panel) shown while its code
  // loads: scrolled, the placeholder had nothing to scroll, or was replaced by a sheet at the top.
  await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Hegseth');
  await expect(sheet).not.toHaveAttribute('aria-busy', 'true');
  await expect(sheet.locator('.details-id')).toBeAttached();
  await sheet.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await sheet.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(inViewport(await sheet.getByRole('button', { name: 'Close details' }).boundingBox())).toBe(true);
  const sheetBox = (await sheet.boundingBox())!;
  const view = (await page.locator('#main-view').boundingBox())!;
  // The axis and a few lanes (120 px) of the view stay above the sheet; at 62vh it covered the whole view.
  expect(sheetBox.y - view.y).toBeGreaterThanOrEqual(120);
});

test('the positions view fits a phone: a margin on the left and a plot across most of the width', async ({ page }) => {
  await open(page, '?view=positions&pos=ukraine-nato-membership');
  const chart = page.locator('.positions-chart');
  await expect(chart).toBeVisible();
  const view = (await page.locator('#main-view').boundingBox())!;
  const toolbar = (await page.locator('.positions-toolbar').boundingBox())!;
  expect(toolbar.x - view.x).toBeGreaterThanOrEqual(8);
  // The plot (the track bands) spans at least half the screen, and the chart needs no sideways scrolling.
  const band = (await page.locator('.positions-track-band').first().boundingBox())!;
  expect(band.width).toBeGreaterThanOrEqual(195);
  const scroll = await page.locator('.positions-chart-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(scroll).toBeLessThanOrEqual(1);
});

test('list titles on a phone show far more than a dozen characters', async ({ page }) => {
  await open(page, '?view=list');
  const title = page.locator('.event-row .col-title-text').first();
  await expect(title).toBeVisible();
  expect((await title.innerText()).trim().length).toBeGreaterThan(40);
  // A cell of at least 150 px (it was about 120 px, some 13 characters) …
  const cell = (await page.locator('.event-row td.col-title').first().boundingBox())!;
  expect(cell.width).toBeGreaterThanOrEqual(150);
  // … showing a long title on two lines rather than one.
  const lines = await title.evaluate((el) => {
    const style = getComputedStyle(el);
    return Math.round(el.clientHeight / parseFloat(style.lineHeight));
  });
  expect(lines).toBe(2);
});
