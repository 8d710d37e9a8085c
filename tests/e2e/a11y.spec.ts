// Accessibility audits of the main views with axe-core: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';


async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
}

async function ready(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('.shown-count')).toBeVisible();
}

test('the timeline view has no serious accessibility violations', async ({ page }) => {
  await ready(page);
  await expect(page.getByTestId('chart-event').first()).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the list view has no serious accessibility violations', async ({ page }) => {
  await ready(page, '?view=list');
  await expect(page.locator('tbody tr.event-row').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the details panel has no serious accessibility violations', async ({ page }) => {
  await ready(page, '?sel=hegseth-nato-remarks');
  await expect(page.locator('.details-panel')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the error view has no serious accessibility violations', async ({ page }) => {
  await page.route('**/broken.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ "version": 1, ' }));
  await page.goto('./?data=broken.json');
  await expect(page.locator('.problem-list')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the phone layout with the filter drawer open has no serious accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await ready(page, '?sel=trump-putin-call');
  await page.getByRole('button', { name: /^Filters/ }).click();
  // On a phone the drawer is a modal dialog (tests/e2e/phone.spec.ts).
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
