// The events' records come from the loading worker after the chart's data (datasetTransfer.ts),
// so at a million events the chart is drawn while the worker still writes them. Here the page's
// worker messages are held from the first part after the counts on (the records, or a Parquet
// file's sources, which come with them) until the test lets them go, so the time between the
// chart and its records is as long as the test needs, whatever the machine.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';
import { EventColumns } from '../../scripts/parquetEvents';

const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;
// An event with quotes, which only its record holds.
const call = seed.events.find((event) => (event.quotes?.length ?? 0) > 1)!;

/** Holds the loading worker's messages from its first part after the counts on, until `window.releaseRecords()`. */
async function holdRecords(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Handler = ((event: MessageEvent) => void) | null;
    const held: (() => void)[] = [];
    let holding = false;
    let counted = false;
    const state = window as unknown as { recordsHeld: boolean; releaseRecords(): void };
    state.recordsHeld = false;
    state.releaseRecords = () => {
      holding = false;
      for (const deliver of held.splice(0)) deliver();
    };
    // What the page tells the worker, by kind.
    const told: string[] = [];
    (window as unknown as { toldWorker: string[] }).toldWorker = told;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      told.push(String((message as { kind?: unknown } | null)?.kind));
      return post.call(this, message, ...rest);
    } as Worker['postMessage'];
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      override set onmessage(handler: Handler) {
        super.onmessage = (event: MessageEvent) => {
          const data = event.data as { kind?: string; part?: { part?: string } };
          const part = data?.kind === 'dataset' ? data.part?.part : undefined;
          if (part === 'counts') counted = true;
          if (counted && (part === 'records' || part === 'sources') && !state.recordsHeld) {
            holding = true;
            state.recordsHeld = true;
          }
          // Everything after the first held part waits too, so the messages keep their order.
          if (holding) held.push(() => handler?.call(this, event));
          else handler?.call(this, event);
        };
      }
      override get onmessage(): Handler {
        return super.onmessage as Handler;
      }
    };
  });
}

test('an event chosen while the records are on their way opens once they are in, the chart drawn and moving meanwhile', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await holdRecords(page);
  await page.goto('./');
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { recordsHeld: boolean }).recordsHeld)).toBe(true);
  // The events are there to reach and choose, by their titles.
  const event = page.locator(`[data-testid="chart-event"][data-event-id="${call.id}"]`).first();
  await expect(event).toHaveAccessibleName(new RegExp(call.title));
  await event.focus();
  await page.keyboard.press('Enter');
  // Filters read no record: they apply at once.
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.locator('.details-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/sel=/);
  // The page says what it waits for.
  await expect(page.locator('.checking-note')).toHaveText('Reading the events’ details…');
  await page.evaluate(() => (window as unknown as { releaseRecords(): void }).releaseRecords());
  // The choice is made once the records are in, with what only the record holds: the quotes.
  const details = page.locator('.details-panel');
  await expect(details).toContainText(call.title);
  await expect(details.locator('figure.quote')).toHaveCount(call.quotes!.length);
  await expect(page).toHaveURL(new RegExp(`sel=${call.id}`));
  await expect(page.locator('.checking-note')).not.toHaveText('Reading the events’ details…');
  expect(errors).toEqual([]);
});

test('a link to an event waits for the records before it shows the data, then opens the event', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await holdRecords(page);
  await page.goto(`./?sel=${call.id}`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { recordsHeld: boolean }).recordsHeld)).toBe(true);
  await expect(page.getByTestId('timeline-chart')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { releaseRecords(): void }).releaseRecords());
  await expect(page.locator('.details-panel')).toContainText(call.title);
  await expect(page.locator('.details-panel figure.quote')).toHaveCount(call.quotes!.length);
  expect(errors).toEqual([]);
});

test('the worker hears of the reader\'s input while it writes the records behind the chart, and no more once it is done', async ({ page }) => {
  await holdRecords(page);
  await page.goto('./');
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  const told = () => page.evaluate(() => (window as unknown as { toldWorker: string[] }).toldWorker.slice());
  await expect.poll(told).toEqual(['load', 'shown']);
  const box = (await chart.boundingBox())!;
  // Twenty moves in one burst: told once (at most every 100 ms), so the page does not post a message per move.
  for (let k = 0; k < 20; k++) await page.mouse.move(box.x + 100 + 10 * k, box.y + box.height / 2);
  const afterMoves = await told();
  expect(afterMoves.slice(0, 3)).toEqual(['load', 'shown', 'input']);
  expect(afterMoves.length).toBeLessThan(2 + 20);
  await page.evaluate(() => (window as unknown as { releaseRecords(): void }).releaseRecords());
  await expect(page.locator('.checking-note')).toBeEmpty();
  const count = (await told()).length;
  // Past the 100 ms in which a second input would not be told anyway, then input, posted (or not) as it happens.
  await page.waitForTimeout(150);
  await page.mouse.wheel(0, 120);
  await page.mouse.move(box.x + 20, box.y + 20);
  expect(await told()).toHaveLength(count);
});

test('the CSV asked for while the records are on their way is written once they are in, whole', async ({ page }) => {
  await holdRecords(page);
  await page.goto('./');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Events shown (CSV)', exact: true }).click();
  await page.evaluate(() => (window as unknown as { releaseRecords(): void }).releaseRecords());
  const text = readFileSync((await (await download).path())!, 'utf8');
  // A quote only the record holds is in the file.
  expect(text).toContain(call.quotes![0]!.text.slice(0, 40));
});

test('a Parquet file\'s chart is drawn before its events\' details are read; its sources, derived from them, and their credit come with the records', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const columns = new EventColumns();
  for (const event of seed.events) columns.add(event);
  const body = Buffer.from(columns.toParquet());
  await page.route('**/research/events.parquet', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body }));
  await holdRecords(page);
  await page.goto('./?data=research/events.parquet');
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { recordsHeld: boolean }).recordsHeld)).toBe(true);
  // The chart's events are there, by their titles; the sources are not in yet, so nothing is credited.
  const meeting = seed.events.find((event) => event.location && (event.sources?.length ?? 0) > 0)!;
  await page.getByRole('button', { name: /fit all/i }).first().click();
  await expect(page.locator(`[data-testid="chart-event"][data-event-id="${meeting.id}"]`).first()).toHaveAccessibleName(new RegExp(meeting.title));
  await expect(page.locator('.dataset-credit')).not.toContainText('Sources:');
  await page.evaluate(() => (window as unknown as { releaseRecords(): void }).releaseRecords());
  // Without a sources sheet they are derived from the ids the events cite, and credited by them.
  const firstSource = seed.events.flatMap((event) => event.sources ?? [])[0]!;
  await expect(page.locator('.dataset-credit')).toContainText(`Sources: ${firstSource}`);
  // An event's details, read after the chart, are in its record: its place and its sources.
  const event = page.locator(`[data-testid="chart-event"][data-event-id="${meeting.id}"]`).first();
  await event.focus();
  await page.keyboard.press('Enter');
  const details = page.locator('.details-panel');
  await expect(details.locator('.details-place')).toHaveText(meeting.location!);
  for (const source of meeting.sources!) await expect(details).toContainText(source);
  expect(errors).toEqual([]);
});
