// The positions view must not mislead (issue 20, part 1): under an actor filter it shows
// exactly the chosen actors with their whole record; "split" means different sides; the
// alignment date is typed in the app's own forms, committed on Enter or blur, and kept in
// the address; the shifts list numbers are whole; a shift and its event link both ways.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

const GREY_SEA = './?data=data/examples/grey-sea-synthetic.json&view=positions&pos=velmora-alliance-membership';

function positionsView(page: Page): Locator {
  return page.locator('.positions-view');
}

function trackNames(page: Page): Promise<string[]> {
  return positionsView(page)
    .locator('.positions-chart g.positions-track')
    .evaluateAll((tracks) => tracks.map((t) => (t.getAttribute('aria-label') ?? '').split(',')[0]!.split(':')[0]!));
}

function dateField(page: Page): Locator {
  return positionsView(page).getByLabel('Date', { exact: true });
}

function heading(page: Page): Locator {
  return positionsView(page).locator('#alignment-heading');
}

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(GREY_SEA + query);
  await expect(positionsView(page).locator('.positions-chart')).toBeVisible({ timeout: 20_000 });
}

/** The matrix row of a country (its first data cell is the topic's). */
function countryCell(page: Page, country: string): Locator {
  const matrix = positionsView(page).locator('table.alignment-matrix');
  return matrix.locator('tr.alignment-country-row').filter({ has: page.locator('th', { hasText: country }) }).locator('td').first();
}

test.describe('the positions view under an actor filter', () => {
  test('shows exactly the chosen actors, not the others who share their events', async ({ page }) => {
    await open(page, '&actor=lind,brandt');
    expect(await trackNames(page)).toEqual(['Mara Lind', 'Otto Brandt']);
    await expect(positionsView(page).getByTestId('positions-scope-note')).toContainText('Showing only the actors you chose');
    // Nor do they come back in the alignment table.
    await expect(positionsView(page).locator('table.alignment-sides')).not.toContainText('Daniel Sarr');
    await expect(positionsView(page).locator('table.alignment-sides')).not.toContainText('Hana Ito');
  });

  test('draws each chosen actor’s whole record even when another filter leaves events out', async ({ page }) => {
    // Only meetings pass: Sarr's 2019 support and Ito's 2020 neutrality are statements.
    await open(page, '&actor=sarr,ito&type=meeting');
    expect(await trackNames(page)).toEqual(['Daniel Sarr', 'Hana Ito']);
    const chart = positionsView(page).locator('.positions-chart');
    const sarr2019 = chart.getByRole('button', { name: /^Daniel Sarr: support: .*4 Mar 2019/ });
    await expect(sarr2019).toBeVisible();
    await expect(sarr2019).toHaveClass(/is-faded/);
    await expect(sarr2019).toHaveAccessibleName(/in an event the filters leave out/);
    const ito2020 = chart.getByRole('button', { name: /^Hana Ito: neutral, May 2020/ });
    await expect(ito2020).toBeVisible();
    // The meeting that passes the filter is drawn in full.
    await expect(chart.getByRole('button', { name: /^Hana Ito: support: .*10 Feb 2025/ })).not.toHaveClass(/is-faded/);
    await expect(positionsView(page).getByTestId('positions-scope-note')).toContainText('drawn faded');

    // The alignment agrees with the lines: on 1 January 2021 Sarr supports and Ito is neutral.
    await dateField(page).fill('2021');
    await dateField(page).press('Enter');
    const sides = positionsView(page).locator('table.alignment-sides tbody td');
    await expect(sides.nth(0)).toContainText('Daniel Sarr');
    await expect(sides.nth(2)).toContainText('Hana Ito');
  });

  test('names a chosen actor who never spoke on the topic instead of dropping them silently', async ({ page }) => {
    await open(page, '&actor=lind,industry-council');
    expect(await trackNames(page)).toEqual(['Mara Lind']);
    await expect(positionsView(page).getByTestId('positions-scope-note')).toContainText('No position on this topic from: Coastal Industry Council');
  });
});

test.describe('split means different sides', () => {
  test('one side in different strengths reads as that side with its range, not split', async ({ page }) => {
    await open(page, '&at=2025-05-01');
    // Brenmark: Vos supports, Brandt leans support.
    await expect(countryCell(page, 'Brenmark')).toHaveText(/for: support to lean support/);
    await expect(countryCell(page, 'Brenmark')).not.toHaveText(/split/);
  });

  test('actors on different sides read as split', async ({ page }) => {
    await open(page, '&at=2024-03-01');
    // Aldera: Lind supports, Reyes leans support, Kovac leans oppose.
    await expect(countryCell(page, 'Aldera')).toHaveText(/split \(support, lean support, lean oppose\)/);
  });
});

test.describe('the alignment date field', () => {
  test('does nothing while typing, commits on Enter, and writes the date as the app does', async ({ page }) => {
    await open(page);
    const before = await heading(page).innerText();
    await dateField(page).fill('');
    await dateField(page).pressSequentially('2');
    // A partial "2" is not the year 2.
    await expect(heading(page)).toHaveText(before);
    await dateField(page).pressSequentially('023');
    await expect(heading(page)).toHaveText(before);
    await dateField(page).press('Enter');
    await expect(heading(page)).toHaveText('Alignment on 1 January 2023');
    await expect(dateField(page)).toHaveValue('1 January 2023');
  });

  test('accepts a month and commits when the field is left', async ({ page }) => {
    await open(page);
    await dateField(page).fill('2021-09');
    await dateField(page).press('Tab');
    await expect(heading(page)).toHaveText('Alignment on 1 September 2021');
  });

  test('says what is wrong with a date it cannot read, and keeps the date shown', async ({ page }) => {
    await open(page, '&at=2023-01-01');
    await dateField(page).fill('01/01/2023');
    await dateField(page).press('Enter');
    await expect(dateField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(positionsView(page).locator('.alignment-date-controls')).toContainText('“01/01/2023” is not a date');
    await expect(heading(page)).toHaveText('Alignment on 1 January 2023');
  });

  test('is in the address, so a link reopens it', async ({ page }) => {
    await open(page);
    await dateField(page).fill('2022-10-17');
    await dateField(page).press('Enter');
    await expect(page).toHaveURL(/[?&]at=2022-10-17(&|$)/);
    await page.reload();
    await expect(heading(page)).toHaveText('Alignment on 17 October 2022', { timeout: 20_000 });
    await positionsView(page).getByRole('button', { name: 'End of window' }).click();
    await expect(page).not.toHaveURL(/[?&]at=/);
  });
});

test.describe('the shifts list', () => {
  test('numbers from 10 on are whole and inside the list', async ({ page }) => {
    await open(page);
    const items = positionsView(page).locator('.positions-shifts li');
    expect(await items.count()).toBeGreaterThanOrEqual(10);
    const tenth = items.nth(9).locator('.positions-shift-number');
    await expect(tenth).toHaveText('10.');
    const list = await positionsView(page).locator('.positions-shifts').boundingBox();
    const number = await tenth.boundingBox();
    expect(number!.x).toBeGreaterThanOrEqual(list!.x);
  });

  test('a shift opens the event that carried it, and the event’s details lead back to the shift', async ({ page }) => {
    await open(page);
    const shift = positionsView(page).locator('.positions-shifts li').filter({ hasText: /Otto Brandt.*shifted from oppose to lean oppose/ });
    await shift.getByRole('button').click();
    const details = page.locator('.details-panel');
    await expect(details.getByRole('heading', { level: 2 })).toContainText('Brandt');
    await expect(details).toContainText('shifted from oppose to lean oppose');
    await details.getByRole('button', { name: 'See this shift in the positions view' }).click();
    await expect(shift.getByRole('button')).toBeFocused();
  });

  test('from the timeline, an event’s details open the positions view at its shift', async ({ page }) => {
    await page.goto('./?data=data/examples/grey-sea-synthetic.json&sel=brandt-softens-2023');
    const details = page.locator('.details-panel');
    await details.getByRole('button', { name: 'See this shift in the positions view' }).click({ timeout: 20_000 });
    await expect(page).toHaveURL(/view=positions/);
    await expect(page).toHaveURL(/pos=velmora-alliance-membership/);
    const shift = positionsView(page).locator('.positions-shifts li').filter({ hasText: /Otto Brandt.*shifted from oppose to lean oppose/ });
    await expect(shift.getByRole('button')).toBeFocused();
    await expect(positionsView(page).getByRole('combobox', { name: 'Topic' })).toHaveValue('velmora-alliance-membership');
  });
});
