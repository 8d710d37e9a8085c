// Embedding defects (issue 20, part 4): an embedded frame shrinks when its content does,
// and mount()'s module says what happened after destroy() and for bad inline data.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';

// As in embed.spec.ts: the host page is served by page.route (a "public" page) and frames the local server.
test.use({ launchOptions: { ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'] } });

function hostPageUrl(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://127.0.0.1:4317/');
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  url.pathname = '/__report-host.html';
  return url.href;
}

async function embedSnippets(page: Page): Promise<{ frame: string; script: string }> {
  await page.goto('./?from=2025-02-11&to=2025-02-14');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  return { frame: await dialog.getByLabel('Frame').inputValue(), script: await dialog.getByLabel('Script').inputValue() };
}

test('an embedded frame shrinks when a group inside it collapses, and grows back', async ({ page }) => {
  const { frame, script } = await embedSnippets(page);
  const host = hostPageUrl(test.info().project.use.baseURL);
  await page.route(host, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><title>Report</title></head><body style="margin:0"><h1>Report</h1>${frame.replace('loading="lazy"', '')}${script}</body></html>` }),
  );
  await page.goto(host);
  const iframe = page.locator('iframe');
  const inside = page.frameLocator('iframe');
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(600);
  // Settled: the frame holds every lane.
  await expect.poll(() => inside.locator('.sl-chart__scroller').evaluate((n) => n.scrollHeight - n.clientHeight)).toBeLessThanOrEqual(1);
  const full = (await iframe.boundingBox())!.height;

  await inside.locator('[data-testid="chart-group-toggle"][data-group-id="US"]').click();
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeLessThan(full - 40);
  await inside.locator('[data-testid="chart-group-toggle"][data-group-id="US"]').click();
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(full - 2);
});

test('mount(): update() after destroy() says what happened', async ({ page }) => {
  await page.goto('./embed-example.html');
  await expect(page.locator('#timeline [data-testid="chart-event"]').first()).toBeAttached({ timeout: 20_000 });
  const message = await page.evaluate(() => {
    const timeline = (window as unknown as { stancelineTimeline: { destroy(): void; update(o: object): void } }).stancelineTimeline;
    timeline.destroy();
    timeline.destroy(); // twice is harmless
    try {
      timeline.update({ view: '?group=actor' });
      return 'no error';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  expect(message).toContain('update() was called after destroy()');
  expect(message).toContain('call mount() again');
});

test('mount(): bad inline data gives advice for a module, not for the development server', async ({ page }) => {
  await page.goto('./embed-example.html');
  await expect(page.locator('#timeline [data-testid="chart-event"]').first()).toBeAttached({ timeout: 20_000 });
  await page.evaluate(async () => {
    const { mount } = (await import(new URL('./lib/stanceline.js', location.href).href)) as { mount(el: HTMLElement, o: object): unknown };
    const element = document.createElement('div');
    element.id = 'bad';
    document.body.append(element);
    mount(element, { data: '{ "version": 1, "title": "Broken", "events": [', file: 'report-data.json' });
  });
  const bad = page.locator('#bad');
  await expect(bad.getByRole('heading', { level: 1 })).toContainText(/report-data\.json has \d+ errors?/);
  await expect(bad).toContainText('the data passed to mount()');
  await expect(bad).not.toContainText('development server');
});
