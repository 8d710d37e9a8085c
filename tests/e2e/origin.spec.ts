// Data from another site says so. `?data=//other.host/x.json` (and its spellings with
// backslashes) shows another site's file at this app's address; the header, embed mode and
// every export name that site and the address fetched. A server on another port of this
// machine plays the other site (it allows cross-origin reads, as a real data host must).
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';

const SEED_TEXT = readFileSync('data/events.json', 'utf8');
const SEED_TITLE = (JSON.parse(SEED_TEXT) as { title: string }).title;

let other: Server;
let otherHost = '';

test.beforeAll(async () => {
  other = createServer((request, response) => {
    const open = { 'Access-Control-Allow-Origin': '*' };
    if (request.url === '/x.json') {
      response.writeHead(200, { ...open, 'Content-Type': 'application/json' });
      response.end(SEED_TEXT);
    } else if (request.url === '/sources/ap-brussels.txt') {
      response.writeHead(200, { ...open, 'Content-Type': 'text/plain' });
      response.end(readFileSync('data/sources/ap-brussels.txt'));
    } else {
      response.writeHead(404, open);
      response.end();
    }
  });
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  otherHost = `127.0.0.1:${(other.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  other.closeAllConnections();
  await new Promise((done) => other.close(done));
});

async function expectOriginNote(page: Page, scope = page.locator('body')): Promise<void> {
  const note = scope.getByTestId('data-origin');
  await expect(note).toBeVisible({ timeout: 20_000 });
  await expect(note).toHaveText(`Data from ${otherHost}, another site, not this one. Loaded from http://${otherHost}/x.json`);
}

test('the header names the other site and the address fetched, however ?data= spells it', async ({ page }) => {
  for (const spelling of [`//${otherHost}/x.json`, `\\\\${otherHost}\\x.json`, `http://${otherHost}/sub/../x.json`]) {
    await page.goto(`./?data=${encodeURIComponent(spelling)}`);
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible({ timeout: 20_000 });
    await expectOriginNote(page, page.locator('.app-header'));
  }
});

test('the app’s own data carries no such note', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('data-origin')).toHaveCount(0);
});

test('embed mode names the other site above the chart, with or without the title', async ({ page }) => {
  for (const options of ['embed=1', 'embed=1&title=1']) {
    await page.goto(`./?${options}&data=${encodeURIComponent(`//${otherHost}/x.json`)}`);
    await expect(page.getByTestId('embed-root')).toBeVisible({ timeout: 20_000 });
    await expectOriginNote(page, page.getByTestId('embed-root'));
  }
});

async function exportItem(page: Page, name: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  return download;
}

test('the SVG picture’s credit line and the HTML file name the other site', async ({ page, browser }) => {
  await page.goto(`./?data=${encodeURIComponent(`//${otherHost}/x.json`)}&from=2025-02-11&to=2025-02-14`);
  await expectOriginNote(page);
  const svg = readFileSync(await (await exportItem(page, 'Image (SVG)')).path()).toString('utf8');
  // The SVG isolates names in spans of their own (unicode-bidi), so the credit is read as the text it draws.
  const credit = await page.evaluate(
    (text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((node) => node.textContent ?? '').find((line) => line.startsWith('Data from')) ?? '',
    svg,
  );
  expect(credit).toContain(`Data from ${otherHost} · Sources: `);
  expect(svg).not.toMatch(/[\u2068\u2069]/);

  const file = join(mkdtempSync(join(tmpdir(), 'stanceline-origin-')), 'report.html');
  await (await exportItem(page, 'Download HTML')).saveAs(file);
  const opened = await browser.newPage();
  await opened.goto(pathToFileURL(file).href);
  await expect(opened.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expectOriginNote(opened);
  await opened.close();
});
