// The application shell in a real browser, against the tests' copy of the seed (tests/fixtures/valid/ap-brussels, served as data/events.json).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import type { DatasetFile } from '../../src/core/model/types';
import { DEFAULT_GEN_OPTIONS, generateDataset } from '../../scripts/gen';

const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;
const total = seed.events.length;
const countryOf = new Map(seed.actors.map((actor) => [actor.id, actor.country]));
const count = (keep: (event: DatasetFile['events'][number]) => boolean) => seed.events.filter(keep).length;
const showing = (n: number) => `Showing ${n} of ${total} events`;

async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
}

const shownCount = (page: Page) => page.locator('.shown-count');
const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' });
/** Options are named by their label and then their event count ("Call 2"). */
const option = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W*\\d+)?$`);

test('the app loads the seed and shows lanes and events', async ({ page }) => {
  await open(page);
  await expect(shownCount(page)).toContainText(showing(total));
  for (const name of ['Pete Hegseth', 'Donald Trump', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Jean-Noël Barrot', 'JD Vance']) {
    await expect(page.getByTestId('chart-lane-label').filter({ hasText: name }).first()).toBeAttached();
  }
  // The call joins both participants' lanes: one mark in each.
  await expect(page.locator('[data-testid="chart-event"][data-event-id="trump-putin-call"]')).toHaveCount(2);
  await expect(page.getByText('Sources: Associated Press')).toBeVisible();
});

test('the legend explains what the view draws: the timeline’s clusters and lines across lanes, not in the list', async ({ page }) => {
  await open(page);
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const words of ['Statement', 'Planned', 'More events here', 'Call or meeting across lanes']) await expect(legend.getByText(words)).toBeVisible();
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.getByRole('grid')).toBeVisible();
  for (const words of ['Statement', 'Planned']) await expect(legend.getByText(words)).toBeVisible();
  for (const words of ['More events here', 'Call or meeting across lanes', 'Date known only to the day, month or year']) await expect(legend.getByText(words)).toHaveCount(0);
});

test('a broken data file shows every problem as text with its position', async ({ page }) => {
  await page.route('**/broken.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "version": 1,\n  "title": "Broken <b>bold</b>",\n  "events": [\n' }),
  );
  await page.goto('./?data=broken.json');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/broken\.json has \d+ errors?/);
  const first = page.locator('.problem-error').first();
  await expect(first).toContainText(/^broken\.json:\d+:\d+ {2}error {2}/);
  await expect(page.locator('b')).toHaveCount(0);
});

test('a missing file, a file that is not JSON and a refused scheme say what happened', async ({ page }) => {
  await page.route('**/nowhere/missing.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.route('**/page.json', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title>' }));
  await page.goto('./?data=nowhere/missing.json');
  await expect(page.getByRole('heading', { name: 'The data could not be loaded' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('404');
  await page.goto('./?data=page.json');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/page\.json has \d+ errors?/);
  await page.goto('./?data=javascript:alert(1)');
  await expect(page.getByRole('alert')).toContainText('was refused');
});

test('each filter narrows the events and shows in the URL', async ({ page }) => {
  await open(page);
  const panel = filters(page);
  const cases: Array<[string, string, number, RegExp]> = [
    ['Type', 'Call', count((e) => e.type === 'call'), /type=call/],
    ['Status', 'Planned', count((e) => e.status === 'planned'), /status=planned/],
    ['Country', 'Russia', count((e) => e.actors.some((a) => countryOf.get(a) === 'RU')), /country=RU/],
    ['Actor', 'Donald Trump', count((e) => e.actors.includes('trump')), /actor=trump/],
    ['Topic', 'NATO membership for Ukraine', count((e) => (e.positions ?? []).some((p) => p.topic === 'ukraine-nato-membership')), /topic=ukraine-nato-membership/],
    ['Stance (any position)', 'oppose', count((e) => (e.positions ?? []).some((p) => p.stance === 'oppose')), /stance=oppose/],
  ];
  for (const [group, label, expected, inUrl] of cases) {
    await panel.getByRole('group', { name: group }).getByRole('checkbox', { name: option(label) }).check();
    await expect(shownCount(page)).toContainText(showing(expected));
    expect(page.url()).toMatch(inUrl);
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await expect(shownCount(page)).toContainText(showing(total));
  }
  // Dates overlap at any precision: the approximate 2001 statement and the 2022 annexation fall before 2025.
  await panel.getByRole('textbox', { name: 'From' }).fill('2025-02-13');
  await panel.getByRole('textbox', { name: 'From' }).press('Enter');
  const fromThirteenth = count((e) => (e.end ?? e.date).replace(/[~?%]$/, '') >= '2025-02-13');
  await expect(shownCount(page)).toContainText(showing(fromThirteenth));
  expect(page.url()).toContain('since=2025-02-13');
  await panel.getByRole('textbox', { name: 'To' }).fill('2022');
  await panel.getByRole('textbox', { name: 'To' }).press('Enter');
  await expect(shownCount(page)).toContainText(showing(0));
  await panel.getByRole('textbox', { name: 'From' }).fill('');
  await panel.getByRole('textbox', { name: 'From' }).press('Enter');
  await expect(shownCount(page)).toContainText(showing(count((e) => e.date.slice(0, 4) <= '2022')));
});

test('the search counts matches and steps through them', async ({ page }) => {
  await open(page);
  const box = page.getByRole('searchbox', { name: 'Search events' });
  const matches = count((e) =>
    [e.title, e.summary ?? '', e.location ?? '', ...(e.quotes ?? []).map((q) => q.text), ...e.actors.map((a) => seed.actors.find((x) => x.id === a)!.name)]
      .join('\n')
      .toLowerCase()
      .includes('putin'),
  );
  expect(matches).toBeGreaterThan(1);
  await box.fill('PUTIN');
  await expect(page.locator('.search-count')).toHaveText(`${matches} matches`);
  await box.press('Enter');
  await expect(page.locator('.search-count')).toHaveText(`1 of ${matches}`);
  // ↓ steps on; Enter on a current match opens it (tests/e2e/search.spec.ts).
  await box.press('ArrowDown');
  await expect(page.locator('.search-count')).toHaveText(`2 of ${matches}`);
  await box.press('Shift+Enter');
  await expect(page.locator('.search-count')).toHaveText(`1 of ${matches}`);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(page.locator('.search-count')).toHaveText(`${matches} of ${matches}`);
  expect(page.url()).toContain('q=PUTIN');
  await box.fill('zzzz nothing');
  await expect(page.locator('.search-count')).toHaveText('No matches');
});

test('details open by click, close with Escape and hand focus back', async ({ page }) => {
  await open(page);
  // The seed opens at its February 2025 week; fitted to all events, those share a spot and the 2022 annexation stands alone.
  await page.getByRole('button', { name: 'Fit all', exact: true }).click();
  const annexation = seed.events.find((e) => e.id === 'russia-annexes-four-regions')!;
  const mark = page.locator('[data-testid="chart-event"][data-event-id="russia-annexes-four-regions"]').first();
  await mark.click();
  const details = page.getByRole('region', { name: annexation.title });
  await expect(details).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: annexation.title })).toBeFocused();
  await expect(details).toContainText('Statement');
  await expect(details).toContainText('September 2022');
  for (const quote of annexation.quotes ?? []) await expect(details.locator('blockquote')).toContainText(quote.text);
  const link = details.getByRole('link').first();
  if ((await link.count()) > 0) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    expect(await link.getAttribute('href')).toMatch(/^https?:/);
  }
  expect(page.url()).toContain('sel=russia-annexes-four-regions');
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(mark).toBeFocused();
  expect(page.url()).not.toContain('sel=');
});

test('details open from the keyboard in the chart and in the list', async ({ page }) => {
  await open(page);
  const button = page.locator('[data-testid="chart-event"][data-event-id="hegseth-nato-remarks"]').first();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Hegseth: NATO membership/ })).toBeFocused();
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Hegseth: NATO membership/ })).toBeHidden();

  await page.getByRole('radio', { name: 'List', exact: true }).check();
  const rows = page.locator('tbody tr.event-row');
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const second = await rows.nth(1).getAttribute('data-event-id');
  expect(page.url()).toContain(`sel=${second}`);
  await expect(page.locator('.details-panel h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(rows.nth(1)).toBeFocused();
});

test('a copied URL reopens the same view', async ({ page, context }) => {
  const query = '?from=2025-02-11&to=2025-02-14&group=actor&type=call,statement&actor=trump&sel=trump-putin-call&q=phone';
  await open(page, query);
  const copy = await context.newPage();
  await copy.goto(page.url());
  await expect(copy.getByRole('radio', { name: 'Actor', exact: true })).toBeChecked();
  await expect(filters(copy).getByRole('checkbox', { name: option('Call') })).toBeChecked();
  await expect(filters(copy).getByRole('checkbox', { name: option('Donald Trump') })).toBeChecked();
  await expect(copy.getByRole('heading', { level: 2, name: /Trump and Putin agree/ })).toBeVisible();
  await expect(copy.getByRole('searchbox', { name: 'Search events' })).toHaveValue('phone');
  await expect(copy.locator('.shown-count')).toContainText(showing(count((e) => ['call', 'statement'].includes(e.type) && e.actors.includes('trump'))));
  const url = new URL(copy.url());
  expect(url.searchParams.get('from')).toBe('2025-02-11');
  expect(url.searchParams.get('to')).toBe('2025-02-14');
});

test('back and forward move through meaningful changes', async ({ page }) => {
  await open(page);
  await filters(page).getByRole('checkbox', { name: option('Meeting') }).check();
  await page.getByRole('radio', { name: 'Topic', exact: true }).check();
  await expect(page).toHaveURL(/group=topic/);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Country › actor' })).toBeChecked();
  await expect(filters(page).getByRole('checkbox', { name: option('Meeting') })).toBeChecked();
  await page.goBack();
  await expect(filters(page).getByRole('checkbox', { name: option('Meeting') })).not.toBeChecked();
  await expect(page.locator('.shown-count')).toContainText(showing(total));
  await page.goForward();
  await expect(page.locator('.shown-count')).toContainText(showing(count((e) => e.type === 'meeting')));
});

test('groups collapse and the lanes regroup', async ({ page }) => {
  await open(page);
  const toggle = page.locator('[data-testid="chart-group-toggle"][data-group-id="US"]');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(page.locator('[data-testid="chart-group-toggle"][data-group-id="US"]')).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/collapsed=US/);
  await expect(page.getByTestId('chart-lane-label').filter({ hasText: 'Pete Hegseth' })).toHaveCount(0);

  await page.getByRole('radio', { name: 'Actor', exact: true }).check();
  await expect(page).toHaveURL(/group=actor/);
  await expect(page.getByTestId('chart-lane-label').filter({ hasText: 'Pete Hegseth' }).first()).toBeAttached();
  await page.getByRole('radio', { name: 'Topic', exact: true }).check();
  await expect(page.getByTestId('chart-lane-label').filter({ hasText: seed.topics[0]!.label }).first()).toBeAttached();
});

test('the list view shows the included events, sorts by date and shares the selection', async ({ page }) => {
  await open(page, '?view=list');
  const table = page.getByRole('grid', { name: /Events shown/ });
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  const rows = page.locator('tbody tr.event-row');
  await expect(rows).toHaveCount(total);
  const firstAscending = await rows.first().getAttribute('data-event-id');
  await page.getByRole('button', { name: /^Date/ }).click();
  await expect(rows.first()).not.toHaveAttribute('data-event-id', firstAscending!);
  await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
  await rows.filter({ hasText: 'Trump and Putin agree' }).click();
  await expect(page).toHaveURL(/sel=trump-putin-call/);
  await page.getByRole('radio', { name: 'Timeline', exact: true }).check();
  await expect(page.locator('[data-testid="chart-event"][data-event-id="trump-putin-call"][aria-pressed="true"]').first()).toBeAttached();
});

test('the list view keeps 20,000 rows light by drawing only those in view', async ({ page }) => {
  const events = Array.from({ length: 20_000 }, (_, i) => ({
    id: `e${i}`,
    type: 'statement',
    date: new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    actors: ['a'],
    title: `Event number ${i}`,
    sources: ['s'],
  }));
  const big = { version: 1, title: 'Many events', sources: [{ id: 's', title: 'S' }], countries: [], actors: [{ id: 'a', name: 'A' }], topics: [], events };
  await page.route('**/big.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }));
  await page.goto('./?data=big.json&view=list');
  const table = page.getByRole('grid', { name: /Events shown/ });
  await expect(table).toHaveAttribute('aria-rowcount', '20001', { timeout: 20_000 });
  expect(await page.locator('tbody tr.event-row').count()).toBeLessThan(80);
  await page.locator('.list-scroller').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight));
  const last = page.locator('tbody tr.event-row[data-event-id="e19999"]');
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-rowindex', '20001');
});

test('a long facet list shows its first 20 options and every chosen one, and the rest on request', async ({ page }) => {
  // 60 actors in the real format (npm run gen); the seed has too few for a list to collapse.
  let text = '';
  generateDataset({ ...DEFAULT_GEN_OPTIONS, events: 300, actors: 60, countries: 10, seed: 3 }, (chunk) => {
    text += chunk;
  });
  const generated = JSON.parse(text) as DatasetFile;
  await page.route('**/generated.json', (route) => route.fulfill({ body: text, contentType: 'application/json' }));
  const chosen = generated.actors[45]!;
  await page.goto(`./?data=generated.json&actor=${encodeURIComponent(chosen.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: generated.title })).toBeVisible();

  const group = filters(page).getByRole('group', { name: /^Actor/ });
  await expect(group.getByRole('checkbox')).toHaveCount(21);
  await expect(group.getByRole('checkbox', { name: option(chosen.name) })).toBeChecked();
  const showAll = group.getByRole('button', { name: 'Show all 60' });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await showAll.click();
  await expect(group.getByRole('checkbox')).toHaveCount(60);
  await expect(group.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  // A checkbox found only in the full list filters like any other, and stays listed when the list folds.
  const other = generated.actors[50]!;
  await group.getByRole('checkbox', { name: option(other.name) }).check();
  await group.getByRole('button', { name: 'Show fewer' }).click();
  await expect(group.getByRole('checkbox')).toHaveCount(22);
  await expect(group.getByRole('checkbox', { name: option(other.name) })).toBeChecked();
});


test('at 1400×900 the toolbar keeps every control on one row, and the search count sits inside the field', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await open(page);
  // The spread of the controls' tops: a second row would put one 30 px or more lower (groups differ by a pixel).
  const rowSpread = async () =>
    page.locator('.toolbar > *').evaluateAll((controls) => {
      const tops = controls.map((control) => control.getBoundingClientRect().top);
      return Math.max(...tops) - Math.min(...tops);
    });
  expect(await rowSpread(), 'the toolbar wrapped onto a second row').toBeLessThan(8);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('trump');
  await expect(page.locator('.search-count')).toHaveText(/\d+ match/);
  expect(await rowSpread()).toBeLessThan(8);
  const field = await page.getByRole('searchbox', { name: 'Search events' }).boundingBox();
  const count = await page.locator('.search-count').boundingBox();
  expect(count!.x).toBeGreaterThan(field!.x);
  expect(count!.x + count!.width).toBeLessThanOrEqual(field!.x + field!.width);
});
