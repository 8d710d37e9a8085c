// The positions view and the alignment matrix, as a person uses them: choose a topic,
// select a mark, move the date, read the matrix. Runs against the built app with the
// tests' copy of the seed (tests/fixtures/valid/ap-brussels, served as data/events.json) and the synthetic example (data/examples/).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

const SEED_NATO = `./?view=positions&pos=ukraine-nato-membership`;
const EXAMPLE = `./?view=positions&data=data/examples/grey-sea-synthetic.json&pos=velmora-alliance-membership`;

function positionsView(page: Page): Locator {
  return page.locator('.positions-view');
}

function mark(page: Page, name: RegExp): Locator {
  return positionsView(page).locator('.positions-chart').getByRole('button', { name });
}

function sides(page: Page): Locator {
  return positionsView(page).locator('table.alignment-sides');
}

/** The For / Against / Neutral / … cell of the alignment table, found by its header. */
async function sideCell(page: Page, header: string): Promise<Locator> {
  const headers = await sides(page).locator('thead th').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === header);
  expect(index, `column "${header}" in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return sides(page).locator('tbody td').nth(index);
}

/** The matrix cell of an actor (row header) under a topic (column header). */
async function matrixCell(page: Page, actor: string, topicLabel: string): Promise<Locator> {
  const matrix = positionsView(page).locator('table.alignment-matrix');
  const headers = await matrix.locator('thead th').allInnerTexts();
  const column = headers.findIndex((h) => h.trim() === topicLabel);
  expect(column, `column "${topicLabel}"`).toBeGreaterThan(0);
  const exactly = new RegExp(`^${actor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = matrix.locator('tbody tr').filter({ has: page.locator('th', { hasText: exactly }) });
  await expect(row).toHaveCount(1);
  return row.locator('th, td').nth(column);
}

async function setDate(page: Page, isoDay: string): Promise<void> {
  // The field commits on Enter (or on leaving it), never per keystroke.
  const field = positionsView(page).getByLabel('Date', { exact: true });
  await field.fill(isoDay);
  await field.press('Enter');
}

test.describe('positions view on the seed data', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED_NATO);
    // Loading validates the whole file first; on a busy machine that takes a while.
    await expect(positionsView(page)).toBeVisible({ timeout: 20_000 });
  });

  test('a line that enters from before the window says since when, on the chart and in its track’s name', async ({ page }) => {
    // Tracks whose first position is in view have no such words.
    await expect(positionsView(page).getByRole('group', { name: /^Pete Hegseth, .*: 1 position on NATO membership for Ukraine in view$/ })).toBeVisible();
    await expect(positionsView(page).locator('.positions-entered-label')).toHaveCount(0);
    // The week after the report: every position is before the window, and each line says since when.
    await page.goto(`${SEED_NATO}&from=2025-02-13&to=2025-02-20`);
    const hegseth = positionsView(page).getByRole('group', {
      name: /^Pete Hegseth, U\.S\. Secretary of Defense: no position on NATO membership for Ukraine in view; oppose: Ukraine should not join NATO since 12 Feb 2025 \(“Hegseth: NATO membership/,
    });
    await expect(hegseth).toBeVisible();
    await expect(hegseth.locator('.positions-entered-label')).toHaveText(/^since 12 Feb 2025/);
    await expect(positionsView(page).locator('.positions-entered-label')).toHaveCount(await positionsView(page).locator('.positions-track').count());
  });

  test('in German, the chart’s words are German: the group of actors with no country, and a track’s name', async ({ page }) => {
    await page.goto(`${SEED_NATO}&lang=de`);
    await expect(positionsView(page).locator('.positions-group-label')).toContainText(['Ohne Land']);
    await expect(positionsView(page).locator('.positions-group-label', { hasText: 'No country' })).toHaveCount(0);
    await expect(positionsView(page).getByRole('group', { name: /^Pete Hegseth, .*: 1 Position zu .* im Ausschnitt$/ })).toBeVisible();
  });

  test('shows Hegseth and Trump opposing and Barrot supporting NATO membership for Ukraine on the same day', async ({ page }) => {
    await expect(mark(page, /^Pete Hegseth: oppose: Ukraine should not join NATO, 12 Feb 2025/)).toBeVisible();
    await expect(mark(page, /^Donald Trump: lean oppose: Ukraine should not join NATO, 12 Feb 2025/)).toBeVisible();
    await expect(mark(page, /^Jean-Noël Barrot: lean support: Ukraine should join NATO.*, 12 Feb 2025/)).toBeVisible();
    // The same day: the three marks share one x position on the time axis.
    const xs = await Promise.all(
      ['Pete Hegseth', 'Donald Trump', 'Jean-Noël Barrot'].map(async (actor) => {
        const box = await mark(page, new RegExp(`^${actor}: `)).boundingBox();
        return Math.round((box!.x + box!.width / 2) * 10) / 10;
      }),
    );
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(2);
  });

  test('the alignment on 12 February 2025 lists Barrot for and Hegseth and Trump against', async ({ page }) => {
    await setDate(page, '2025-02-12');
    await expect(positionsView(page).getByRole('heading', { name: 'Alignment on 12 February 2025' })).toBeVisible();
    await expect(await sideCell(page, 'For')).toContainText('Jean-Noël Barrot');
    const against = await sideCell(page, 'Against');
    await expect(against).toContainText('Pete Hegseth');
    await expect(against).toContainText('Donald Trump');
    await expect(against).not.toContainText('Barrot');
    await expect(await matrixCell(page, 'Pete Hegseth', 'NATO membership for Ukraine')).toHaveText(/^\s*oppose\s*$/);
    await expect(await matrixCell(page, 'Donald Trump', 'NATO membership for Ukraine')).toHaveText(/lean oppose/);
    await expect(await matrixCell(page, 'Jean-Noël Barrot', 'NATO membership for Ukraine')).toHaveText(/lean support/);
    // The United States row aggregates its actors: both against, to different degrees, which is one side, not a split.
    await expect(await matrixCell(page, 'United States', 'NATO membership for Ukraine')).toHaveText(/against: oppose to lean oppose/);
  });

  test('choosing a topic redraws the tracks and puts the topic in the URL', async ({ page }) => {
    await positionsView(page).getByLabel('Topic', { exact: true }).selectOption('ukraine-territory');
    await expect(page).toHaveURL(/[?&]pos=ukraine-territory(&|$)/);
    await expect(mark(page, /^Pete Hegseth: oppose: Ukraine should give up the territory/)).toBeVisible();
    await expect(mark(page, /^Jean-Noël Barrot: /)).toHaveCount(0);
  });

  test('clicking a mark selects its event, and Enter on a mark does too', async ({ page }) => {
    const hegseth = mark(page, /^Pete Hegseth: oppose/);
    await hegseth.click();
    await expect(page).toHaveURL(/[?&]sel=hegseth-nato-remarks(&|$)/);
    await expect(hegseth).toHaveAttribute('aria-pressed', 'true');
    // The details open and take focus (their chunk may arrive late): wait, or they take it from the next mark.
    await expect(page.locator('.details-panel h2')).toBeFocused();

    const barrot = mark(page, /^Jean-Noël Barrot: /);
    await barrot.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]sel=barrot-nato-main-guarantee(&|$)/);
    await expect(barrot).toHaveAttribute('aria-pressed', 'true');
    await expect(hegseth).toHaveAttribute('aria-pressed', 'false');
  });

  test('has no accessibility violations axe can find', async ({ page }) => {
    const results = await new AxeBuilder({ page }).include('.positions-view').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
  });
});

test.describe('positions view on the synthetic example', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(EXAMPLE);
    // Loading validates the whole file first; on a busy machine that takes a while.
    await expect(positionsView(page)).toBeVisible({ timeout: 20_000 });
  });

  test('lists the shifts of stance over the years', async ({ page }) => {
    const shifts = positionsView(page).locator('.positions-shifts li');
    await expect(shifts.filter({ hasText: /Otto Brandt.*shifted from oppose to lean oppose/ })).toHaveCount(1);
    await expect(shifts.filter({ hasText: /Otto Brandt.*shifted from neutral to lean support/ })).toHaveCount(1);
    await expect(mark(page, /^Otto Brandt: lean support: .*2 Apr 2025.*shifted from neutral to lean support/)).toBeVisible();
  });

  test('moving the date changes the matrix and the for / against table', async ({ page }) => {
    await setDate(page, '2020-01-01');
    await expect(await matrixCell(page, 'Otto Brandt', 'Velmora joining the Harbour Alliance')).toHaveText(/^\s*oppose\s*$/);
    await expect(await matrixCell(page, 'Lea Vos', 'Velmora joining the Harbour Alliance')).toHaveText(/unknown/);
    await expect(await sideCell(page, 'Against')).toContainText('Otto Brandt');

    await setDate(page, '2025-05-01');
    await expect(await matrixCell(page, 'Otto Brandt', 'Velmora joining the Harbour Alliance')).toHaveText(/lean support/);
    await expect(await sideCell(page, 'For')).toContainText('Otto Brandt');
    await expect(await sideCell(page, 'Against')).not.toContainText('Otto Brandt');
    await expect(await sideCell(page, 'Against')).toContainText('Ines Kovac');

    // Same-day disagreement reads as mixed, not as either stance.
    await setDate(page, '2023-03-14');
    await expect(await matrixCell(page, 'Tomas Reyes', 'Velmora joining the Harbour Alliance')).toHaveText(/mixed \(support, lean support\)/);
  });

  test('a country whose actors disagree reads as split', async ({ page }) => {
    await setDate(page, '2024-03-01');
    await expect(await matrixCell(page, 'Aldera (synthetic)', 'Velmora joining the Harbour Alliance')).toHaveText(/split/);
  });
});
