// The search as a filter and as a list (issue 20, part 2): "Show only matches" narrows
// every view, the results list names each match and opens it, and Enter opens the
// current match and names it. Against the seed data.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';

const seed = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;
const actorName = new Map(seed.actors.map((a) => [a.id, a.name]));
/** Events whose text holds "putin" (the search's fields: title, summary, location, quotes, actor names), in file order. */
const putinEvents = seed.events.filter((e) =>
  [e.title, e.summary ?? '', e.location ?? '', ...(e.quotes ?? []).map((q) => q.text), ...e.actors.map((a) => actorName.get(a) ?? '')]
    .join('\n')
    .toLowerCase()
    .includes('putin'),
);

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible({ timeout: 20_000 });
}

test('"Show only matches" narrows the count, the list and the address to the matches', async ({ page }) => {
  expect(putinEvents.length).toBeGreaterThan(1);
  expect(putinEvents.length).toBeLessThan(seed.events.length);
  await open(page, '?view=list');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('putin');
  await expect(page.locator('.search-count')).toHaveText(`${putinEvents.length} matches`);
  await page.getByRole('checkbox', { name: 'Show only matches' }).check();
  await expect(page.locator('.shown-count')).toContainText(`Showing ${putinEvents.length} of ${seed.events.length} events`);
  await expect(page).toHaveURL(/[?&]only=matches(&|$)/);
  const rows = page.locator('#main-view [data-event-id]');
  await expect(rows).toHaveCount(putinEvents.length);
  const shownIds = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
  expect(new Set(shownIds)).toEqual(new Set(putinEvents.map((e) => e.id)));

  await page.getByRole('checkbox', { name: 'Show only matches' }).uncheck();
  await expect(page.locator('.shown-count')).toContainText(`Showing ${seed.events.length} of ${seed.events.length} events`);
});

test('the results list names each match and opens the one chosen', async ({ page }) => {
  await open(page, '?q=putin');
  await page.getByRole('button', { name: `Results (${putinEvents.length})` }).click();
  const list = page.getByRole('list', { name: 'Search results' });
  await expect(list.getByRole('button')).toHaveCount(putinEvents.length);
  const second = list.getByRole('button').nth(1);
  const title = (await second.locator('.search-result-title').innerText()).trim();
  await second.click();
  await expect(page.locator('.details-panel h2')).toHaveText(title);
  await expect(page.locator('.search-count')).toHaveText(`2 of ${putinEvents.length}`);
  await expect(second).toHaveAttribute('aria-current', 'true');
});

test('Enter goes to the first match, then opens the current match and names it', async ({ page }) => {
  await open(page, '');
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.fill('putin');
  await box.press('Enter');
  await expect(page.locator('.search-count')).toHaveText(`1 of ${putinEvents.length}`);
  await expect(page.locator('.details-panel')).toHaveCount(0);
  await box.press('Enter');
  const heading = page.locator('.details-panel h2');
  await expect(heading).toBeVisible();
  const title = (await heading.innerText()).trim();
  await expect(page.getByTestId('search-announcement')).toHaveText(`Opened 1 of ${putinEvents.length}: ${title}`);
});

test('an embedded chart with only=matches draws only the matches', async ({ page }) => {
  await page.goto('./?embed=1&q=putin&only=matches');
  const buttons = page.locator('[data-testid="chart-event"]');
  await expect(buttons.first()).toBeAttached({ timeout: 20_000 });
  const ids = new Set(await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id'))));
  const matches = new Set(putinEvents.map((e) => e.id));
  expect(ids.size).toBeGreaterThan(0);
  for (const id of ids) expect(matches.has(id!), `${id} is a match`).toBe(true);
});
