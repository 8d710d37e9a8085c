// The shipped seed (data/events.json) in the built app: the one browser suite that checks the
// seed itself. The other suites run on the tests' frozen copy (tests/fixtures/valid/ap-brussels),
// so improving the seed breaks only this. The build serves the real seed beside that copy,
// at data/examples/seed/ (scripts/e2e-data.sh), with its report's text so quotes are checked.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';

const seed = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;
const SEED = '?data=data/examples/seed/events.json';

test('the seed loads with no problem, every event and actor shown', async ({ page }) => {
  await page.goto(`./${SEED}`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await expect(page.locator('.shown-count')).toContainText(`Showing ${seed.events.length} of ${seed.events.length} events`);
  // No warnings: every quote was found in the report's text copy, fetched beside the file.
  await expect(page.locator('.app-header .warnings')).toHaveCount(0);
  for (const actor of seed.actors) {
    await expect(page.getByTestId('chart-lane-label').filter({ hasText: actor.name }).first(), actor.name).toBeAttached();
  }
  const publishers = [...new Set((seed.sources ?? []).map((source) => source.publisher).filter(Boolean))];
  await expect(page.getByText(`Sources: ${publishers.join(', ')}`)).toBeVisible();
});

test('every seed event opens in the list with its title', async ({ page }) => {
  await page.goto(`./${SEED}&view=list`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  // Event rows only: the seed's periods and annotations are rows of their own in the list.
  await expect(page.locator('tbody tr.event-row .col-title')).toHaveCount(seed.events.length);
  for (const event of seed.events) await expect(page.locator('tbody tr.event-row .col-title').filter({ hasText: event.title }).first()).toBeAttached();
});
