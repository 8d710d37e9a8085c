// The data is on screen as soon as it has arrived from the loading worker, while the worker's
// last checks (schema, text lengths, quotes against their sources) still run. These tests hold
// the source copy the quote check reads, so that moment lasts until they let it go.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`);

/** Serves `path` at ./checking/data.json, and holds its source copies until the returned function is called. */
async function serveHoldingSources(page: Page, path: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/checking/data.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: fixture(path) }));
  await page.route('**/checking/sources/**', async (route) => {
    await released;
    await route.fulfill({ status: 200, contentType: 'text/plain', body: 'An unrelated text.' });
  });
  return release;
}

test('the chart is shown while the quotes are checked against their sources, and their warnings follow', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const release = await serveHoldingSources(page, 'broken/quote-not-in-source.json');
  await page.goto('./?data=checking/data.json');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fishing grounds talks (test fixture)');
  await expect(page.locator('.checking-note')).toHaveText('Checking the file…');
  await expect(page.locator('.shown-count')).toContainText('Showing');
  await expect(page.locator('.warnings')).toHaveCount(0);
  // The chart can already be used: an event's details open by keyboard.
  await page.locator('.sl-chart__events button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.details-panel h2')).toBeVisible();

  release();
  await expect(page.locator('.checking-note')).toBeEmpty();
  await expect(page.locator('.warnings summary')).toHaveText(/\d+ warnings?/);
  await page.locator('.warnings summary').click();
  await expect(page.locator('.warnings').getByText('does not appear verbatim')).not.toHaveCount(0);
  // The selection made while checking stays.
  await expect(page.locator('.details-panel h2')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a file the last checks refuse leaves the chart for its problems', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // An event names its actor as a string: the model holds together, the schema refuses it.
  const release = await serveHoldingSources(page, 'broken/wrong-type.json');
  await page.goto('./?data=checking/data.json');

  await expect(page.locator('.checking-note')).toHaveText('Checking the file…');
  await expect(page.locator('.shown-count')).toBeVisible();

  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^checking\/data\.json has \d+ errors?$/);
  await expect(page.locator('.problem-error').filter({ hasText: 'should be' }).first()).toBeAttached();
  await expect(page.locator('.shown-count')).toHaveCount(0);
  expect(errors).toEqual([]);
});
