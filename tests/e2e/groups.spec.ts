// Collapse all / Expand all for lane groups (issue 20, part 2), through the view state
// and the address like a single group's toggle.
import { expect, test } from '@playwright/test';

test('Collapse all merges every group into one lane each, in the address; Expand all undoes it', async ({ page }) => {
  await page.goto('./');
  const toggles = page.locator('[data-testid="chart-group-toggle"]');
  await expect(toggles.first()).toBeAttached({ timeout: 20_000 });
  const groupIds = await toggles.evaluateAll((els) => els.map((el) => el.getAttribute('data-group-id')!));
  expect(groupIds.length).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Collapse all groups' }).click();
  for (const id of groupIds) {
    await expect(page.locator(`[data-testid="chart-lane-label"][data-lane-id="group:${id}"]`)).toBeAttached();
  }
  const collapsed = new URL(page.url()).searchParams.get('collapsed')!.split(',');
  expect(new Set(collapsed)).toEqual(new Set(groupIds));

  await page.getByRole('button', { name: 'Expand all groups' }).click();
  await expect(page.locator('[data-testid="chart-lane-label"][data-lane-id^="group:"]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/collapsed=/);
  await expect(page.getByRole('button', { name: 'Expand all groups' })).toBeDisabled();
});
