// The data's side of languages in the browser: the loader's and the validator's messages come
// in the interface language (the loading worker loads the same catalogue as the page).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const UNKNOWN_TYPE = readFileSync('tests/fixtures/broken/unknown-type.json', 'utf8');
const BAD_MONTH = readFileSync('tests/fixtures/broken/invalid-date-month.json', 'utf8');

test('lang=fr: a broken file’s problems, and a failed load, are told in French', async ({ page }) => {
  await page.route('**/unknown-type.json', (route) => route.fulfill({ contentType: 'application/json', body: UNKNOWN_TYPE }));
  await page.route('**/bad-month.json', (route) => route.fulfill({ contentType: 'application/json', body: BAD_MONTH }));
  await page.route('**/nowhere/missing.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));

  // The file is read in the loading worker: it is the worker that words the problems in French.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./?lang=fr&data=unknown-type.json');
  const problems = page.locator('.problem-error');
  await expect(problems.first()).toContainText('Type inconnu "phone-call"', { timeout: 20_000 });
  // The line format stays the same in every language: file:line:col  severity  path  message.
  await expect(problems.first()).toContainText(/^unknown-type\.json:\d+:\d+ {2}error {2}events\[\d+\]\.type {2}Type inconnu/);
  await expect(problems.first()).toContainText('ou déclarez-le dans "types"');
  expect(workers.some((url) => /loadWorker/.test(url))).toBe(true);

  await page.goto('./?lang=fr&data=bad-month.json');
  await expect(page.locator('.problem-error').first()).toContainText('n’est pas une date valide', { timeout: 20_000 });
  await expect(page.locator('.problem-error').first()).toContainText('les mois vont de 01 à 12');

  await page.goto('./?lang=fr&data=nowhere/missing.json');
  await expect(page.getByRole('alert')).toContainText('Impossible de charger nowhere/missing.json\u00a0: le serveur a répondu 404', { timeout: 20_000 });
});

test('after the picker switches to German, a broken file opened from the computer is told in German', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('language-picker').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // Not the early load (that one took the address's language): a later load, given the language the picker chose.
  await page.getByTestId('open-file-input').setInputFiles('tests/fixtures/broken/unknown-type.json');
  const problem = page.locator('.open-file-failure .problem-error').first();
  await expect(problem).toContainText('Unbekannter Typ "phone-call"');
  await expect(problem).toContainText(/^unknown-type\.json:\d+:\d+ {2}error {2}events\[\d+\]\.type {2}/);
});

test('the same broken file in English keeps the English messages', async ({ page }) => {
  await page.route('**/unknown-type.json', (route) => route.fulfill({ contentType: 'application/json', body: UNKNOWN_TYPE }));
  await page.goto('./?lang=en&data=unknown-type.json');
  await expect(page.locator('.problem-error').first()).toContainText('Unknown type "phone-call"', { timeout: 20_000 });
});

// The seed with a declared language for its own text (a test of the markup, not of a translation).
const SEED = readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8');
const withLanguage = (language: string) => SEED.replace('"version": 1,', `"version": 1,\n  "language": "${language}",`);

test('a dataset that declares "language": "ar" marks its own text lang=ar dir=rtl in an English interface', async ({ page }) => {
  await page.route('**/declared-ar.json', (route) => route.fulfill({ contentType: 'application/json', body: withLanguage('ar') }));
  await page.goto('./?lang=en&data=declared-ar.json&from=2025-02-10&to=2025-02-18&sel=hegseth-nato-remarks&q=putin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'ar', { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).not.toHaveAttribute('dir', 'rtl');
  // The details panel: title, summary, quotes and names.
  const details = page.locator('.details-panel');
  for (const selector of ['h2#details-title', '.details-summary', 'blockquote']) {
    await expect(details.locator(selector).first()).toHaveAttribute('lang', 'ar');
    await expect(details.locator(selector).first()).toHaveAttribute('dir', 'rtl');
  }
  await expect(details.getByText('Pete Hegseth', { exact: true }).first()).toHaveAttribute('lang', 'ar');
  // The interface's own words around them stay English, unmarked.
  await expect(details.getByRole('heading', { name: 'Quotes' })).not.toHaveAttribute('lang', /.+/);
  // Search results.
  await page.getByRole('button', { name: /^Results \(\d+\)$/ }).click();
  const result = page.getByRole('list', { name: 'Search results' }).locator('.search-result-title').first();
  await expect(result).toHaveAttribute('lang', 'ar');
  await expect(result).toHaveAttribute('dir', 'rtl');
  await page.keyboard.press('Escape');
  // The hover card.
  const mark = page.locator('[data-testid="chart-event"][data-event-id="hegseth-nato-remarks"]').first();
  const box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltipTitle = page.getByTestId('chart-tooltip').locator('.sl-chart__tooltip-title');
  await expect(tooltipTitle).toBeVisible();
  await expect(tooltipTitle).toHaveAttribute('lang', 'ar');
  await expect(tooltipTitle).toHaveAttribute('dir', 'rtl');
  // The list view.
  await page.getByRole('radio', { name: 'List' }).check();
  const cell = page.locator('#main-view td.col-title').first();
  await expect(cell).toHaveAttribute('lang', 'ar');
});

test('a dataset in Ukrainian keeps its text left to right, lang=uk, in the Arabic interface', async ({ page }) => {
  await page.route('**/declared-uk.json', (route) => route.fulfill({ contentType: 'application/json', body: withLanguage('uk') }));
  await page.goto('./?lang=ar&data=declared-uk.json&sel=hegseth-nato-remarks');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl', { timeout: 20_000 });
  const title = page.locator('.details-panel h2#details-title');
  await expect(title).toHaveAttribute('lang', 'uk');
  await expect(title).toHaveAttribute('dir', 'ltr');
  expect(await title.evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
});

test('without a declared language, data text keeps dir=auto and no lang of its own', async ({ page }) => {
  await page.goto('./?lang=fr&sel=hegseth-nato-remarks');
  const title = page.locator('.details-panel h2#details-title');
  await expect(title).toHaveAttribute('dir', 'auto', { timeout: 20_000 });
  await expect(title).not.toHaveAttribute('lang', /.+/);
});

test("in the Arabic interface a problem's line runs right to left, each of its parts isolated", async ({ page }) => {
  await page.route('**/unknown-type.json', (route) => route.fulfill({ contentType: 'application/json', body: UNKNOWN_TYPE }));
  await page.goto('./?lang=ar&data=unknown-type.json');
  const line = page.locator('.problem-error > samp').first();
  await expect(line).toContainText(/^unknown-type\.json:\d+:\d+/, { timeout: 20_000 });
  // The page turns right to left once its Arabic chunk is in, which a small file's problems can come before.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The whole line follows the page (place first, at the right); its parts are isolated.
  expect(await line.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
  expect(await line.locator('bdi').first().evaluate((node) => getComputedStyle(node).unicodeBidi)).toBe('isolate');
});
