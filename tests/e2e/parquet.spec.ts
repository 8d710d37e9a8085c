// Parquet events files in the built app: the tests' seed written as Parquet (the events sheet's
// columns, scripts/parquetEvents.ts) opens through ?data=, "Open file…" and drag-and-drop, told by its
// PAR1 bytes (a renamed file too), and a broken record is named by its row and column.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';
import { EventColumns } from '../../scripts/parquetEvents';

// Loading and converting run in a worker on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;

function parquetOf(events: readonly DatasetFile['events'][number][]): Buffer {
  const columns = new EventColumns();
  for (const event of events) columns.add(event);
  return Buffer.from(columns.toParquet());
}

const good = parquetOf(seed.events);

async function expectImported(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Imported from ${name}`);
  await expect(page.locator('.shown-count')).toContainText(`of ${seed.events.length} events`);
  await page.getByRole('button', { name: /fit all/i }).first().click();
  await expect(page.locator(`[data-testid="chart-event"][data-event-id="${seed.events[0]!.id}"]`).first()).toBeAttached();
  await page.locator('.app-header details.warnings summary').click();
  await expect(page.locator('.app-header .warnings')).toContainText(`${name} is a Parquet events file; it was imported.`);
}

test('a Parquet events file opens through ?data=', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The page's loading worker fetches it from here; the content type says nothing useful, as servers often do.
  await page.route('**/research/events.parquet', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: good }));
  await page.goto('./?data=research/events.parquet');
  await expectImported(page, 'events.parquet');
  expect(errors).toEqual([]);
});

test('a Parquet events file opens through Open file…, recognised by its bytes, not its name', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await expect(page.locator('[data-testid="chart-event"]').first()).toBeAttached();
  // Named .csv: the PAR1 bytes decide, not the extension.
  await page.getByTestId('open-file-input').setInputFiles({ name: 'events-export.csv', mimeType: 'text/csv', buffer: good });
  await expectImported(page, 'events-export.csv');
  expect(errors).toEqual([]);
});

test('a Parquet file with a broken record is refused with the record and the column named', async ({ page }) => {
  const broken = seed.events.map((event, index) => (index === 2 ? { ...event, date: '2025-02-31' } : event));
  await page.goto('./');
  await expect(page.locator('[data-testid="chart-event"]').first()).toBeAttached();
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByTestId('open-file-input').setInputFiles({ name: 'broken.parquet', mimeType: 'application/vnd.apache.parquet', buffer: parquetOf(broken) });
  // Record 3 (records count from 1), column 3 (date), in the validator's format.
  await expect(page.locator('.open-file-failure')).toContainText('broken.parquet:3:3');
  await expect(page.locator('.open-file-failure')).toContainText('2025-02-31');
  // The data shown stays.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before!);
});

test('a Parquet events file dropped on the page opens', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await expect(page.locator('[data-testid="chart-event"]').first()).toBeAttached();
  await page.evaluate((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.parquet'));
    const fire = (type: string) => document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    fire('dragenter');
    fire('dragover');
    fire('drop');
  }, [...good]);
  await expectImported(page, 'dropped.parquet');
  expect(errors).toEqual([]);
});
