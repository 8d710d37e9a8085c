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

test('the same broken file in English keeps the English messages', async ({ page }) => {
  await page.route('**/unknown-type.json', (route) => route.fulfill({ contentType: 'application/json', body: UNKNOWN_TYPE }));
  await page.goto('./?lang=en&data=unknown-type.json');
  await expect(page.locator('.problem-error').first()).toContainText('Unknown type "phone-call"', { timeout: 20_000 });
});
