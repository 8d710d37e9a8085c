// Periods and annotations on the chart: a TimelineJS3 file's eras come through as periods,
// drawn as bands with their names above the plot, the same names in the SVG picture; an
// event's details list the periods it falls in.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ERAS = readFileSync('tests/fixtures/convert/timelinejs-eras.json');

test('TimelineJS3 eras open as periods, named above the plot and in the SVG picture', async ({ page }) => {
  await page.route('**/fixtures/eras.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: ERAS }));
  await page.goto('./?data=fixtures/eras.json&from=0600&to=0660');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  const notes = page.getByTestId('chart-notes').locator('text');
  await expect(notes.filter({ hasText: 'First half' })).toHaveCount(1);
  await expect(notes.filter({ hasText: /^Tang/ })).toHaveCount(1);
  // The import note says the eras were carried over.
  await expect(page.getByText(/2 eras carried over as periods/)).toBeAttached();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (SVG)', exact: true }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  const names = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text[data-note="period"]')].map((node) => node.textContent), svg);
  expect(names).toContain('First half');
});

test('the shipped seed marks the Munich conference week, and the planned talks list it in their details', async ({ page }) => {
  await page.goto('./?data=data/examples/seed/events.json&from=2025-02-10&to=2025-02-18&sel=munich-talks-zelenskyy-vance');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('chart-notes')).toContainText('Munich security conference');
  const details = page.locator('.details-panel');
  await expect(details.getByText('During')).toBeVisible();
  await expect(details).toContainText('Munich security conference (later this week)');
});
