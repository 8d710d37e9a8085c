// Embed mode, the iframe snippet and the module build, in a real browser against the build.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';
import { CHROMIUM_LAUNCH } from '../../playwright.config';


const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;
const WINDOW = 'from=2025-02-11&to=2025-02-14';
// The report page below is served by page.route, which Chromium counts as a public page,
// and public pages may not frame local servers (local network access checks). In real use
// both sides are public; the test server is local, so the check is switched off here.
test.use({ launchOptions: { ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'] } });

/** A page of another origin that embeds the timeline, as a report would. */
function hostPageUrl(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://127.0.0.1:4317/');
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  url.pathname = '/__report-host.html';
  return url.href;
}

async function snippets(page: Page): Promise<{ frame: string; script: string }> {
  await page.goto(`./?${WINDOW}&sel=trump-putin-call`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  return { frame: await dialog.getByLabel('Frame').inputValue(), script: await dialog.getByLabel('Script').inputValue() };
}

async function openHost(page: Page, body: string) {
  const HOST_PAGE = hostPageUrl(test.info().project.use.baseURL);
  await page.route(HOST_PAGE, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><title>Report</title></head><body style="margin:0"><h1>Report</h1>${body}<p>After.</p></body></html>` }),
  );
  await page.goto(HOST_PAGE);
}

test('the embed page shows only the chart, with the title and legend when asked', async ({ page }) => {
  await page.goto(`./?embed=1&${WINDOW}`);
  await expect(page.locator('[data-testid="chart-event"][data-event-id="trump-putin-call"]')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Filters' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Legend' })).toHaveCount(0);

  await page.goto(`./?embed=1&title=1&legend=1&${WINDOW}&type=call`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await expect(page.getByText('Sources: Associated Press')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
  // The view state applies: only calls pass the filter.
  await expect(page.locator('[data-testid="chart-event"][data-event-id="hegseth-nato-remarks"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="chart-event"][data-event-id="trump-putin-call"]')).toHaveCount(2);
});

test('the Embed dialog gives an iframe with a title for the current view', async ({ page }) => {
  const { frame, script } = await snippets(page);
  expect(frame).toMatch(/^<iframe id="[^"]+" src="[^"]+" title="[^"]+\(interactive timeline\)"/);
  const src = /src="([^"]+)"/.exec(frame)![1]!.replace(/&amp;/g, '&');
  const url = new URL(src);
  expect(url.searchParams.get('embed')).toBe('1');
  expect(url.searchParams.get('title')).toBe('1');
  expect(url.searchParams.get('from')).toBe('2025-02-11');
  expect(url.searchParams.get('sel')).toBe('trump-putin-call');
  expect(script).toContain("'stanceline:height'");
  expect(script).toContain('event.origin !== origin');
});

test('an iframe on another site grows to the embedded page’s content height', async ({ page }) => {
  const { frame, script } = await snippets(page);
  await openHost(page, frame.replace('loading="lazy"', '') + script);
  const iframe = page.locator('iframe');
  const inside = page.frameLocator('iframe');
  await expect(inside.locator('[data-testid="chart-event"][data-event-id="trump-putin-call"]')).toHaveCount(2);
  // The snippet starts at 480px; every lane of the seed needs more, so the frame grows.
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(600);
  // Grown to fit: the chart inside no longer scrolls its lanes.
  await expect
    .poll(() => inside.locator('.sl-chart__scroller').evaluate((node) => node.scrollHeight - node.clientHeight))
    .toBeLessThanOrEqual(1);
  const reported = await inside.locator('[data-testid="embed-root"]').evaluate((node) => node.getBoundingClientRect().height);
  expect(Math.abs(((await iframe.boundingBox())?.height ?? 0) - reported)).toBeLessThanOrEqual(2);
});

test('the resize script ignores messages from other windows and of the wrong shape', async ({ page }) => {
  const { frame, script } = await snippets(page);
  // A frame that never reports: the script must keep the starting height whatever others send.
  const silent = frame.replace(/src="[^"]+"/, 'src="about:blank"');
  await openHost(page, silent + script);
  const iframe = page.locator('iframe');
  const before = (await iframe.boundingBox())?.height;
  await page.evaluate(() => {
    window.postMessage({ type: 'stanceline:height', height: 50 }, '*');
    const frameWindow = document.querySelector('iframe')!.contentWindow!;
    frameWindow.parent.postMessage({ type: 'stanceline:height', height: '50' }, '*');
  });
  await page.waitForTimeout(300);
  expect((await iframe.boundingBox())?.height).toBe(before);
});

test('the module example mounts a live timeline and update() changes its view', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./embed-example.html');
  const timeline = page.locator('#timeline');
  await expect(timeline.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await expect(timeline.locator('[data-testid="chart-event"][data-event-id="trump-putin-call"]')).toHaveCount(2);
  await expect(timeline.getByTestId('chart-group-header').filter({ hasText: 'United States' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Lanes by actor' }).click();
  await expect(timeline.getByTestId('chart-group-header')).toHaveCount(0);
  await expect(timeline.getByTestId('chart-lane-label').filter({ hasText: 'Pete Hegseth' })).toHaveCount(1);
  // The library's styles stay inside the timeline: the report keeps its own page styles.
  const hostStyles = await page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, font: getComputedStyle(document.body).fontFamily }));
  expect(hostStyles.background).toBe('rgb(255, 253, 247)');
  expect(hostStyles.font).toContain('Georgia');
  // The host's address never changes: the view lives in the timeline.
  expect(new URL(page.url()).search).toBe('');
  await page.evaluate(() => (window as unknown as { stancelineTimeline: { destroy(): void } }).stancelineTimeline.destroy());
  await expect(timeline.locator('*')).toHaveCount(0);
  expect(errors).toEqual([]);
});
