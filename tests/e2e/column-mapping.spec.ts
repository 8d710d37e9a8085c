// A table of no known format (tests/fixtures/mapping, invented rows): opening it offers the
// column-mapping dialog instead of refusing it; the mapping previews the first rows and the
// problems it gives (row and column), opens the events on the chart, and is saved as a file.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Loading and converting run in a worker on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const FIXTURES = 'tests/fixtures/mapping';
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`);

async function serve(page: Page, name: string): Promise<void> {
  // Fixtures stay out of the build; the page (and its loading worker) gets them from here.
  await page.route(`**/tables/${name}`, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: fixture(name) }));
}

test('an unknown CSV opened from the computer is mapped, previewed, saved and opened on the chart', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await expect(page.locator('[data-testid="chart-event"]').first()).toBeAttached();
  await page.getByTestId('open-file-input').setInputFiles(`${FIXTURES}/diplomacy-log.csv`);

  const dialog = page.getByRole('dialog', { name: 'Map the columns of diplomacy-log.csv' });
  await expect(dialog).toBeVisible();
  // The first guess, from the header's words, in labelled selects.
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('When');
  await expect(dialog.getByLabel('Actors', { exact: true })).toHaveValue('Who');
  await expect(dialog.getByLabel('Their countries', { exact: true })).toHaveValue('Nation');
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('Headline');
  // The dates' order from the sample: "14/03/2025" reads only day first, so every row becomes an event.
  await expect(dialog.getByLabel('Dates are written')).toHaveValue('DMY');
  await expect(dialog.getByRole('status')).toHaveText('Of all 4 rows, 4 become events.');
  // Read year first, the day-first dates are problems at their row and column.
  await dialog.getByLabel('Dates are written').selectOption('YMD');
  await expect(dialog.locator('.problem-list')).toContainText('diplomacy-log.csv:2:2  warning  When  Row 2 was not imported: "12/02/2025" is not a date written year first');
  await dialog.getByLabel('Dates are written').selectOption('DMY');
  await expect(dialog.getByRole('status')).toHaveText('Of all 4 rows, 4 become events.');
  await expect(dialog.locator('.problem-list')).toHaveCount(0);
  const preview = dialog.getByRole('table', { name: 'The first rows as events' });
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview.getByRole('row').nth(2)).toContainText('2025-03-03');
  await expect(preview.getByRole('row').nth(2)).toContainText('Ana Silva (Portugal); Jon Berg (Norway)');
  await expect(preview.getByRole('row').nth(3)).toContainText('2025-03 – 2025-03-14');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save mapping' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('diplomacy-log.mapping.json');
  const mapping = JSON.parse(readFileSync(await saved.path(), 'utf8')) as { dates: { order: string }; columns: { date: string } };
  expect(mapping.dates).toEqual({ order: 'DMY' });
  expect(mapping.columns.date).toBe('When');

  await dialog.getByRole('button', { name: 'Open with this mapping' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSV events from diplomacy-log.csv');
  await expect(page.locator('.shown-count')).toContainText('of 4 events');
  // The call of row 3 is drawn in both its parties' lanes.
  await page.getByRole('button', { name: /fit all/i }).first().click();
  await expect(page.locator('[data-testid="chart-event"][data-event-id="row-3"]')).toHaveCount(2);
  await page.locator('.app-header details.warnings summary').click();
  await expect(page.locator('.app-header .warnings')).toContainText('diplomacy-log.csv is a table read through your column mapping; it was imported.');
  expect(errors).toEqual([]);
});

test('a table at ?data= offers the dialog; a bad date column gives positioned problems, and Escape leaves the message and a way back', async ({ page }) => {
  await serve(page, 'bad-dates.tsv');
  await page.goto('./?data=tables/bad-dates.tsv');
  const dialog = page.getByRole('dialog', { name: 'Map the columns of tables/bad-dates.tsv' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Cells are separated by')).toHaveValue('\t');
  await dialog.getByLabel('Dates are written').selectOption('DMY');
  const problems = dialog.locator('.problem-list li');
  await expect(problems).toHaveText([
    /^tables\/bad-dates\.tsv:3:2 {2}warning {2}When {2}Row 3 was not imported: "31\/02\/2025" is not a date written day first/,
    /^tables\/bad-dates\.tsv:4:2 {2}warning {2}When {2}Row 4 was not imported: "soon" is not a date/,
    /^tables\/bad-dates\.tsv:5:3 {2}warning {2}Who {2}Row 5 was not imported: it names no actor/,
  ]);
  await expect(dialog.getByRole('status')).toHaveText('Of all 4 rows, 1 becomes an event; 3 problems.');
  // Every control is named and nothing serious stands out to a screen reader.
  const audit = await new AxeBuilder({ page }).include('.mapping-dialog').analyze();
  expect(audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  // Focus stays in the dialog, and Escape closes it: the page says why nothing opened.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('It is a table: say which of its columns hold the date');
  // A button opens it again, with the choices made so far.
  await page.getByRole('button', { name: 'Map the columns of tables/bad-dates.tsv…' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Dates are written')).toHaveValue('DMY');
});

test('a saved mapping is used again for a table at ?data=', async ({ page }) => {
  await serve(page, 'diplomacy-log.csv');
  await page.goto('./?data=tables/diplomacy-log.csv');
  const dialog = page.getByRole('dialog', { name: 'Map the columns of tables/diplomacy-log.csv' });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('mapping-file-input').setInputFiles(`${FIXTURES}/diplomacy-log.mapping.json`);
  await expect(dialog.getByLabel('Dates are written')).toHaveValue('DMY');
  await expect(dialog.getByLabel('End date')).toHaveValue('Until');
  await expect(dialog.getByRole('status')).toHaveText('Of all 4 rows, 4 become events.');
  await dialog.getByRole('button', { name: 'Open with this mapping' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSV events from diplomacy-log.csv');
  await expect(page.locator('.shown-count')).toContainText('of 4 events');
});

test('a semicolon-separated table dropped on the page is mapped by hand and opens', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-testid="chart-event"]').first()).toBeAttached();
  const table = 'Datum;Akteur;Land;Titel\n2025-04-01;Ana Silva;PRT;Rede zur Lage\n2025-04-02;Jon Berg;NOR;Erklärung\n';
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'protokoll.csv', { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, table);
  const dialog = page.getByRole('dialog', { name: 'Map the columns of protokoll.csv' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Cells are separated by')).toHaveValue(';');
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('Datum');
  // Headers in another language: the user says what the guess could not.
  await dialog.getByLabel('Their countries', { exact: true }).selectOption('Land');
  await dialog.getByLabel('Title', { exact: true }).selectOption('Titel');
  const preview = dialog.getByRole('table', { name: 'The first rows as events' });
  await expect(preview.getByRole('row').nth(1)).toContainText('Ana Silva (Portugal)');
  await expect(preview.getByRole('row').nth(1)).toContainText('Rede zur Lage');
  await dialog.getByRole('button', { name: 'Open with this mapping' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSV events from protokoll.csv');
  await expect(page.locator('.shown-count')).toContainText('of 2 events');
});

test('a long table: the preview says it shows the first rows of all of them, and opening reads every row through the mapping', async ({ page }) => {
  const rows = 450;
  // Invented rows; the last ones (past the preview) hold a type of their own, so they must be read to show up.
  const body = ['When,Who,Kind,Headline', ...Array.from({ length: rows }, (_, index) => `2025-${String((index % 12) + 1).padStart(2, '0')}-10,Actor ${index % 9},${index >= 400 ? 'sanction' : 'statement'},Row ${index + 2}`)].join('\n') + '\n';
  await page.route('**/tables/long-log.csv', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body }));
  await page.goto('./?data=tables/long-log.csv');
  const dialog = page.getByRole('dialog', { name: 'Map the columns of tables/long-log.csv' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(`Of the first 200 of ${rows} rows, 200 become events. All ${rows} rows are read with this mapping when you open the table; problems in later rows are listed then.`);
  // The preview's table shows no row past the sample.
  await expect(dialog.locator('.mapping-table')).not.toContainText('sanction');
  await dialog.getByRole('button', { name: 'Open with this mapping' }).click();
  await expect(page.locator('.shown-count')).toContainText(`of ${rows} events`);
  // The rows after the preview were read with the same mapping: their type is in the legend and filters.
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('sanction');
  await page.getByRole('searchbox', { name: 'Search events' }).fill(`Row ${rows + 1}`);
  await expect(page.locator('.search-count')).toHaveText('1 match');
});
