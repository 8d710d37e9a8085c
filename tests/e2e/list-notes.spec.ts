// Periods and annotations as rows of the list view: among the events in date order, marked
// by a band or rule glyph and their word (not colour alone), their dates at their precision
// and whom they concern; the date and actor filters apply to them.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 20_000 });

const data = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as Record<string, unknown>;
const WITH_NOTES = JSON.stringify({
  ...data,
  periods: [{ label: 'Talks week', start: '2025-02-13', end: '2025-02-16~', note: 'From the report.' }],
  annotations: [{ label: 'Calls disclosed', date: '2025-02-12T18:00Z', actors: ['trump'] }],
});

test.beforeEach(async ({ page }) => {
  await page.route('**/fixtures/notes.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: WITH_NOTES }));
});

async function rowTexts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('.event-table tbody tr:not(.spacer)').evaluateAll((rows) => rows.map((row) => (row.getAttribute('data-note') ? `[${row.getAttribute('data-note')}] ` : '') + (row.querySelector('.col-title-text')?.textContent ?? '')));
}

test('periods and annotations are rows among the events, in date order, with a glyph, their dates and whom they concern', async ({ page }) => {
  await page.goto('./?data=fixtures/notes.json&view=list');
  const table = page.getByRole('grid', { name: 'Events shown, with periods and annotations, one per row' });
  const period = table.locator('tr[data-note="period"]');
  const annotation = table.locator('tr[data-note="annotation"]');
  await expect(period).toHaveCount(1, { timeout: 30_000 });

  // Each with its kind as a glyph and a word, its dates at their precision, and whom it concerns.
  await expect(period.locator('td').nth(0)).toHaveText('13 Feb 2025 – 16 Feb 2025 (approx.)');
  await expect(period.locator('td').nth(1)).toHaveText('Period');
  await expect(period.locator('td.col-type svg rect')).toHaveCount(1);
  await expect(period.locator('td').nth(3)).toHaveText('Everyone');
  await expect(period.locator('td.col-title')).toHaveAttribute('title', 'Talks week: From the report.');
  await expect(annotation.locator('td').nth(0)).toHaveText('12 Feb 2025, 18:00 UTC');
  await expect(annotation.locator('td').nth(1)).toHaveText('Annotation');
  await expect(annotation.locator('td.col-type svg path')).toHaveCount(1);
  await expect(annotation.locator('td').nth(3)).toHaveText('Donald Trump');

  // In date order: each note after the events that start before it and before those that start after it.
  const rows = await rowTexts(page);
  const at = (text: string) => rows.indexOf(text);
  expect(at('[period] Talks week')).toBeGreaterThan(0);
  const events = await page.evaluate((text) => (JSON.parse(text) as { events: { date: string; title: string }[] }).events, WITH_NOTES);
  for (const event of events) {
    const row = at(event.title);
    expect(row, event.title).toBeGreaterThanOrEqual(0);
    if (event.date < '2025-02-13') expect(row, event.title).toBeLessThan(at('[period] Talks week'));
    else expect(row, event.title).toBeGreaterThan(at('[period] Talks week'));
  }
  const annotationRow = at('[annotation] Calls disclosed');
  expect(rows.slice(0, annotationRow).every((title) => !title.startsWith('['))).toBe(true);

  // The keyboard reaches them like any row.
  await period.focus();
  await expect(period).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(period).not.toBeFocused();
});

test('the date and actor filters apply to periods and annotations', async ({ page }) => {
  // From 14 February: the period (to the 16th) stays; the annotation (the 12th) goes.
  await page.goto('./?data=fixtures/notes.json&view=list&since=2025-02-14');
  await expect(page.locator('tr[data-note="period"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('tr[data-note="annotation"]')).toHaveCount(0);
  // Putin's events only: the annotation about Trump goes; the period about everyone stays.
  await page.goto('./?data=fixtures/notes.json&view=list&actor=putin');
  await expect(page.locator('tr.event-row').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('tr[data-note="period"]')).toHaveCount(1);
  await expect(page.locator('tr[data-note="annotation"]')).toHaveCount(0);
  await page.goto('./?data=fixtures/notes.json&view=list&actor=trump');
  await expect(page.locator('tr[data-note="annotation"]')).toHaveCount(1, { timeout: 30_000 });
});
