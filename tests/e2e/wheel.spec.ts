// The wheel must not trap the reader (issue 20, part 2): the plain wheel scrolls the lanes
// and the page around the chart, Ctrl + wheel (and a pinch, which arrives as one) zooms,
// Shift + wheel pans, and a plain wheel shows how to zoom, in the app and in an embed.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';
import { windowStep } from '../../src/core/view/dates';

// As in embed.spec.ts: the host page is served by page.route (a "public" page) and frames the local server.
test.use({ launchOptions: { ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'] } });

const WINDOW = 'from=2025-02-10&to=2025-02-18';

/** The chart's window as "start,end" ms, from the read-only debug attribute. */
const windowOf = (scope: Page | ReturnType<Page['frameLocator']>) => scope.locator('[data-window]').first().getAttribute('data-window');

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 150) };
}

function hostPageUrl(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://127.0.0.1:4317/');
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  url.pathname = '/__report-host.html';
  return url.href;
}

test('the plain wheel scrolls the lanes and says how to zoom; Ctrl + wheel zooms; Shift + wheel pans', async ({ page }) => {
  // A short window: the seed's lanes overflow the chart, so there is something to scroll.
  await page.setViewportSize({ width: 1200, height: 560 });
  await page.goto(`./?${WINDOW}`);
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  const scroller = chart.locator('.sl-chart__scroller');
  expect(await scroller.evaluate((node) => node.scrollHeight - node.clientHeight)).toBeGreaterThan(100);
  const hint = page.getByRole('status').filter({ hasText: 'scroll to zoom' });
  await expect(hint).toHaveCount(0);

  const before = await windowOf(page);
  const at = await centreOf(page.getByTestId('chart-plot'));
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => scroller.evaluate((node) => node.scrollTop)).toBeGreaterThan(0);
  await expect(hint).toHaveText('Use Ctrl + scroll to zoom');
  await expect(hint).toBeVisible();
  // The hint goes away by itself.
  await expect(hint).toHaveCount(0);
  expect(await windowOf(page)).toBe(before);

  // Ctrl + wheel zooms in around the pointer, without a hint and without scrolling.
  const scrolled = await scroller.evaluate((node) => node.scrollTop);
  const [s0, e0] = before!.split(',').map(Number) as [number, number];
  await page.keyboard.down('Control');
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(async () => { const [s, e] = (await windowOf(page))!.split(',').map(Number); return (e! - s!) / (e0 - s0); }).toBeLessThan(0.5);
  await expect(hint).toHaveCount(0);
  expect(await scroller.evaluate((node) => node.scrollTop)).toBe(scrolled);

  // Shift + wheel pans: the span stays, the start moves.
  const zoomed = (await windowOf(page))!.split(',').map(Number) as [number, number];
  await page.keyboard.down('Shift');
  await page.mouse.wheel(0, 200);
  await page.keyboard.up('Shift');
  await expect.poll(async () => Number((await windowOf(page))!.split(',')[0])).toBeGreaterThan(zoomed[0]);
  const panned = (await windowOf(page))!.split(',').map(Number) as [number, number];
  // A window is rounded to a step of about 1/4000 of its span when it settles (quantiseWindow),
  // and either window may be read before or after that: the span stays within one step.
  const span = zoomed[1] - zoomed[0];
  expect(Math.abs(panned[1] - panned[0] - span)).toBeLessThanOrEqual(windowStep(span));
});

test('in an embed, the plain wheel scrolls the report around it, and Ctrl + wheel zooms the chart', async ({ page }) => {
  await page.goto(`./?${WINDOW}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const frame = await dialog.getByLabel('Frame').inputValue();
  const script = await dialog.getByLabel('Script').inputValue();
  const host = hostPageUrl(test.info().project.use.baseURL);
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><title>Report</title></head><body style="margin:0"><h1>Report</h1>${frame.replace('loading="lazy"', '')}${script}<p style="height:3000px">After.</p></body></html>`,
    }),
  );
  await page.goto(host);
  const inside = page.frameLocator('iframe');
  await expect(inside.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  // The frame has grown to hold its lanes: nothing inside it scrolls, so the wheel is the page's.
  await expect.poll(() => inside.locator('.sl-chart__scroller').evaluate((node) => node.scrollHeight - node.clientHeight)).toBeLessThanOrEqual(1);

  const before = await windowOf(inside);
  const at = await centreOf(inside.getByTestId('chart-plot'));
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(inside.getByRole('status').filter({ hasText: 'scroll to zoom' })).toHaveText('Use Ctrl + scroll to zoom');
  expect(await windowOf(inside)).toBe(before);

  // Ctrl + wheel zooms the chart and leaves the report where it is.
  const scrolled = await page.evaluate(() => window.scrollY);
  const again = await centreOf(inside.getByTestId('chart-plot'));
  await page.mouse.move(again.x, again.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(() => windowOf(inside)).not.toBe(before);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});
