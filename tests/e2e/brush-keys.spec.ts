// The overview brush from the keyboard (issue 20, part 5): its window is a named slider
// whose value is the window's dates; arrows move it, Shift + arrows and plus or minus
// resize it, Home and End reach the overview's ends, all through the store (the URL follows).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { describeWindow } from '../../src/core/view/dates';

const YEAR = 365 * 86_400_000;

async function windowOf(page: Page): Promise<[number, number]> {
  const text = await page.locator('[data-window]').first().getAttribute('data-window');
  const [start, end] = (text ?? '').split(',').map(Number);
  return [start!, end!];
}

const span = ([start, end]: [number, number]) => end - start;

test('the overview brush is a named slider: Tab reaches it, keys move and resize the window, its value tells the dates', async ({ page }) => {
  await page.goto('./?from=2010-01-01&to=2014-01-01');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  const slider = page.getByRole('slider', { name: /Shown window/ });
  await expect(slider).toHaveAttribute('aria-valuetext', '1 January 2010 to 1 January 2014');

  // Reached by Tab: from the chart's plot (or its event buttons), onwards until the slider has focus.
  await page.getByTestId('chart-plot').focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await slider.evaluate((node) => node === document.activeElement);
  }
  expect(reached).toBe(true);

  const start = await windowOf(page);
  await page.keyboard.press('ArrowRight');
  // A quarter of the window's four years towards the future, the span unchanged.
  await expect.poll(async () => (await windowOf(page))[0]).toBeGreaterThan(start[0] + 0.9 * YEAR);
  const moved = await windowOf(page);
  expect(Math.abs(span(moved) - span(start))).toBeLessThan(86_400_000);
  // The slider tells the window it moved to, not the one it started at.
  await expect(slider).toHaveAttribute('aria-valuetext', describeWindow(moved));
  expect(describeWindow(moved)).toMatch(/ 201[01] to .* 201[45]$/);

  // Shift + → widens the window; + narrows it to half.
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => span(await windowOf(page))).toBeGreaterThan(span(moved) * 1.2);
  const wide = await windowOf(page);
  await page.keyboard.press('+');
  await expect.poll(async () => span(await windowOf(page))).toBeLessThan(span(wide) * 0.55);

  // Home and End: to either end of the overview, keeping the width; the store records each.
  const narrow = await windowOf(page);
  await page.keyboard.press('Home');
  await expect.poll(async () => (await windowOf(page))[0]).toBeLessThan(narrow[0]);
  const first = await windowOf(page);
  expect(Math.abs(span(first) - span(narrow))).toBeLessThan(86_400_000);
  expect(Number(await slider.getAttribute('aria-valuenow'))).toBeLessThan(15);
  await expect(page).toHaveURL(new RegExp(`from=${new Date(first[0]).toISOString().slice(0, 4)}`));
  await page.keyboard.press('End');
  await expect.poll(async () => (await windowOf(page))[0]).toBeGreaterThan(first[0]);
  expect(Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThan(85);
  // The keys stayed on the slider (the chart's own arrow keys did not take them).
  expect(await slider.evaluate((node) => node === document.activeElement)).toBe(true);

  const results = await new AxeBuilder({ page }).include('[data-testid="chart-overview"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
