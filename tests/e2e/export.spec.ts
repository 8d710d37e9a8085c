// Exports in a real browser: SVG and PNG pictures, the single-file HTML (from the app and
// the command line) opened from disk with the network blocked, and printing to PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { decodePng } from './pngPixels';
import type { Download, Page } from '@playwright/test';
import { openOffline } from './offline';
import { pdfText } from './pdfText';
import type { DatasetFile } from '../../src/core/model/types';


const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;
const VIEW = '?from=2025-02-11&to=2025-02-14';
const eventsInView = seed.events.filter((event) => event.date.slice(0, 10) >= '2025-02-11' && event.date.slice(0, 10) < '2025-02-14');

async function exportItem(page: Page, name: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  return download;
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('the export code is loaded only when an export is asked for', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`./${VIEW}`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  // The chart's own chunks load lazily after the heading shows: wait until the page is at rest.
  await page.waitForFunction(() => performance.getEntriesByName('stanceline:rendered').length > 0);
  await page.waitForLoadState('networkidle');
  const initial = [...scripts];
  await saved(await exportItem(page, 'Image (SVG)'));
  const later = scripts.filter((path) => !initial.includes(path));
  const isExportChunk = (path: string) => /\/assets\/export-[\w-]+\.js$/.test(path);
  // The export chunk (and any shared chunk it needs) comes only now, never at start.
  expect(initial.some(isExportChunk)).toBe(false);
  expect(later.some(isExportChunk)).toBe(true);
});

test('SVG export parses, names every event in the window and carries the title and source credit', async ({ page }) => {
  await page.goto(`./${VIEW}`);
  const download = await exportItem(page, 'Image (SVG)');
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = (await saved(download)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('svg > title')?.textContent ?? '',
      // Data strings are wrapped in Unicode isolates (U+2068 … U+2069); compared without them.
      text: [...doc.querySelectorAll('text')].map((node) => node.textContent).join('\n').replace(/[\u2068\u2069]/g, ''),
      names: [...doc.querySelectorAll('g > title')].map((node) => node.textContent).join('\n').replace(/[\u2068\u2069]/g, ''),
      font: doc.documentElement.getAttribute('font-family'),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe(seed.title);
  expect(parsed.text).toContain(seed.title);
  expect(parsed.text).toContain('Sources: Associated Press');
  expect(parsed.font).toContain('sans-serif');
  expect(eventsInView.length).toBeGreaterThan(5);
  for (const event of eventsInView) expect(parsed.names).toContain(`${event.title}, `);
  expect(parsed.names).not.toContain("Article 5");
});

test('PNG export decodes at the picture’s size, and 2× is twice 1×', async ({ page }) => {
  await page.goto(`./${VIEW}`);
  const svg = (await saved(await exportItem(page, 'Image (SVG)'))).toString('utf8');
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
  const one = await saved(await exportItem(page, 'Image (PNG)'));
  const two = await saved(await exportItem(page, 'Image (PNG, 2×)'));
  expect(pngSize(one)).toEqual({ width, height });
  expect(pngSize(two)).toEqual({ width: 2 * width, height: 2 * height });
  // The browser decodes both, and the picture is not blank.
  const decoded = await decodePng(page, one);
  expect(decoded).toMatchObject({ width, height });
  expect(decoded.dark).toBeGreaterThan(1000);
});

test('Download HTML saves one file that opens from disk with the network blocked and stays interactive', async ({ page, browser }) => {
  await page.goto(`./${VIEW}&group=actor`);
  const download = await exportItem(page, 'Download HTML');
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  const file = join(mkdtempSync(join(tmpdir(), 'stanceline-')), 'report.html');
  await download.saveAs(file);
  // The app's Download HTML writes the same strict policy as the command line.
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-/);

  const offline = await browser.newPage();
  const errors: string[] = [];
  offline.on('pageerror', (error) => errors.push(error.message));
  const attempted = await openOffline(offline, file);
  await expect(offline.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  // The saved view: lanes by actor, the same window.
  await expect(offline.getByTestId('chart-group-header')).toHaveCount(0);
  await expect(offline.getByTestId('chart-window-context')).toHaveText(await page.getByTestId('chart-window-context').innerText());
  const mark = offline.locator('[data-testid="chart-event"][data-event-id="hegseth-nato-remarks"]').first();
  await mark.click();
  const hegseth = seed.events.find((event) => event.id === 'hegseth-nato-remarks')!;
  await expect(offline.getByRole('region', { name: hegseth.title })).toBeVisible();
  expect(attempted).toEqual([]);
  expect(errors).toEqual([]);
  await offline.close();
});

test('npm run export writes a file with the data and view inline, safe against data that closes its script', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'stanceline-cli-'));
  const hostile = structuredClone(seed);
  hostile.title = 'Report </script><script>document.title="pwned"</script> <!-- end';
  const dataFile = join(dir, 'hostile.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(dataFile, JSON.stringify(hostile, null, 2));
  const out = join(dir, 'report.html');
  execFileSync('npx', ['tsx', 'scripts/export.ts', '--data', dataFile, '--out', out, '--view', '?from=2025-02-11&to=2025-02-14&sel=trump-putin-call'], { stdio: 'pipe' });
  const html = readFileSync(out, 'utf8');
  expect(html).not.toContain('<script>document.title');

  const attempted = await openOffline(page, out);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
  expect(await page.title()).not.toBe('pwned');
  const call = seed.events.find((event) => event.id === 'trump-putin-call')!;
  await expect(page.getByRole('region', { name: call.title })).toBeVisible();
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.getByRole('region', { name: call.title })).toHaveCount(0);
  expect(attempted).toEqual([]);
});

test('printing gives the title and the chart on paper, without the controls', async ({ page }) => {
  await page.goto(`./${VIEW}`);
  await expect(page.locator('[data-testid="chart-event"]').first()).toBeAttached();
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdf).replace(/\s+/g, '');
  expect(text).toContain(seed.title.replace(/\s+/g, ''));
  expect(text).toContain('PeteHegseth');
  // The controls stay off the paper.
  expect(text).not.toContain('Fitall');
  expect(text).not.toContain('Clearfilters');
});

// ---------------------------------------------------------------- fidelity and hostile text

/** The SVG's plot: where its time axis starts and how wide it is (svg.ts: a 16 px margin and 200 px of labels). */
function svgPlot(svg: string): { left: number; width: number } {
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
  return { left: 216, width: width - 232 };
}

test('the SVG dodges connectors and draws date bands as the chart on screen does', async ({ page }) => {
  await page.goto('./?from=2025-02-10&to=2025-02-18');
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  const ids = ['ukraine-backers-meet-at-nato', 'trump-putin-call', 'trump-zelenskyy-call'];
  const plotBox = (await page.getByTestId('chart-plot').boundingBox())!;
  const [t0, t1] = ((await page.locator('[data-window]').first().getAttribute('data-window')) ?? '').split(',').map(Number) as [number, number];
  const noon = Date.UTC(2025, 1, 12, 12);
  // On screen: each joined event's offset from the day's middle, px.
  const screenOffsets: number[] = [];
  for (const id of ids) {
    const box = (await page.locator(`[data-testid="chart-event"][data-event-id="${id}"]`).first().boundingBox())!;
    screenOffsets.push(box.x + box.width / 2 - (plotBox.x + ((noon - t0) / (t1 - t0)) * plotBox.width));
  }
  const svg = (await saved(await exportItem(page, 'Image (SVG)'))).toString('utf8');
  const plot = svgPlot(svg);
  const drawn = await page.evaluate(
    ({ text, ids }) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        connectorXs: ids.map((id) => Number(doc.querySelector(`g[data-connector="${id}"] line`)?.getAttribute('x1') ?? NaN)),
        hegsethBand: Number(doc.querySelector('g[data-event-id="hegseth-nato-remarks"] rect[data-band="interval"]')?.getAttribute('width') ?? NaN),
      };
    },
    { text: svg, ids },
  );
  const svgNoon = plot.left + ((noon - t0) / (t1 - t0)) * plot.width;
  // The same nudges, px (dodging is in pixels, so it does not scale with the picture's width).
  drawn.connectorXs.forEach((x, k) => expect(Math.abs(x - svgNoon - screenOffsets[k]!), ids[k]).toBeLessThan(1.5));
  // A day-precision date's band is its day at the picture's scale, over the screen's window.
  expect(drawn.hegsethBand).toBeCloseTo((plot.width * 86_400_000) / (t1 - t0), 0);

  // Fitted to all 24 years a day is under a pixel: the chart draws no day bands, nor does the picture.
  await page.getByRole('button', { name: 'Fit all', exact: true }).click();
  const wide = (await saved(await exportItem(page, 'Image (SVG)'))).toString('utf8');
  expect(wide).not.toMatch(/data-event-id="hegseth-nato-remarks"><title>[^<]*<\/title><rect data-band="interval"/);
});

test('data with lone surrogates and right-to-left overrides exports and prints without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/hostile/bidi.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync('tests/fixtures/hostile/bidi-and-surrogates.json') }));
  await page.route('**/hostile/sources/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'An unrelated text.' }));
  // window.print would block a headless page; record the call instead.
  await page.addInitScript(() => {
    const record = window as unknown as { __printed: number };
    record.__printed = 0;
    window.print = () => {
      record.__printed++;
    };
  });
  await page.goto('./?data=hostile/bidi.json&from=2025-02-11&to=2025-02-14');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hegseth at NATO');
  const svg = (await saved(await exportItem(page, 'Image (SVG)'))).toString('utf8');
  expect(svg).toContain('Hegseth at NATO \uFFFD (lone surrogate)');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Print…', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  await expect(page.locator('.print-figure img')).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,/);
  await expect(page.locator('.export-status')).toHaveText('');
  const html = await saved(await exportItem(page, 'Download HTML'));
  expect(html.toString('utf8')).toContain('\uFFFD');
  expect(errors).toEqual([]);
});

test('the HTML file carries a strict Content-Security-Policy: the app runs under it, an injected inline script does not', async ({ page, browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'stanceline-csp-'));
  const out = join(dir, 'report.html');
  // The standalone page of the build under test (playwright.config.ts: one build folder per port).
  const port = Number(process.env.STANCELINE_PORT) || 4317;
  const template = join(port === 4317 ? 'dist' : `dist-e2e-${port}`, 'stanceline-standalone.html');
  execFileSync('npx', ['tsx', 'scripts/export.ts', '--data', 'tests/fixtures/valid/ap-brussels/events.json', '--out', out, '--view', VIEW, '--template', template], { stdio: 'pipe' });
  const html = readFileSync(out, 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'sha256-[\w+/=]+'(;|$)/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/https?:|'self'/);

  const recordViolations = async (target: Page) => {
    await target.addInitScript(() => {
      const record = window as unknown as { __violations: string[] };
      record.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => record.__violations.push(event.violatedDirective));
    });
  };
  // The file as written: the app starts, draws and answers, with no violation.
  await recordViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  expect(await openOffline(page, out)).toEqual([]);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await page.locator('[data-testid="chart-event"][data-event-id="hegseth-nato-remarks"]').first().click();
  await expect(page.locator('.details-panel')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(errors).toEqual([]);

  // As if data had broken out of its element: an inline script in the page is refused.
  const injected = join(dir, 'injected.html');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(injected, html.replace('<div id="root"></div>', '<script>window.__pwned = 1</script><div id="root"></div>'));
  const other = await browser.newPage();
  await recordViolations(other);
  await openOffline(other, injected);
  await expect(other.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  const state = await other.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    violations: (window as unknown as { __violations: string[] }).__violations,
  }));
  expect(state.pwned).toBeNull();
  expect(state.violations).toContain('script-src-elem');
  await other.close();
});
