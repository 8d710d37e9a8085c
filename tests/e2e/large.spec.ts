// A dataset large enough for the page's large-data paths, through the built app: the first
// view's lanes made ahead of the chart's first plan (useDataset's warmFirstLanes, from 200,000
// events), lane columns gathered when drawn, and records that travel without the fields their
// summaries carry. The seed's events are repeated under new ids, as a Parquet events file
// (a JSON file of this size would pass the loader's 100 MB limit).
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';
import { EventColumns } from '../../scripts/parquetEvents';

// Two hundred thousand events load in a worker on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 180_000 });

const EVENTS = 200_000;
const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;

function repeatedSeed(): Buffer {
  const columns = new EventColumns();
  for (let k = 0; columns.count < EVENTS; k++) {
    for (const event of seed.events) {
      if (columns.count === EVENTS) break;
      columns.add({ ...event, id: `${event.id}-${k}` });
    }
  }
  return Buffer.from(columns.toParquet());
}

test('two hundred thousand events open with their lanes, an event\'s details read its whole record, and a search finds every copy', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const body = repeatedSeed();
  await page.route('**/research/large.parquet', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body }));
  // The last copy of the Brussels meeting: a record of the last slice, with a place and two actors.
  const meeting = seed.events.find((event) => event.id === 'ukraine-backers-meet-at-nato')!;
  const lastCopy = Math.floor((EVENTS - 1 - seed.events.indexOf(meeting)) / seed.events.length);
  const selected = `${meeting.id}-${lastCopy}`;
  await page.goto(`./?data=research/large.parquet&sel=${selected}`);
  await expect(page.locator('.shown-count')).toContainText(/200,000 events/);
  // Lanes of the first view, by country then actor, with their events drawn.
  // Without an actors sheet, actors are derived and named by their ids.
  await expect(page.getByTestId('chart-lane-label').filter({ hasText: 'hegseth' }).first()).toBeVisible();
  // The chart has drawn and settled its window (14,000 events a day are drawn as density here, not as marks).
  await expect(page.locator('.timeline-chart')).toHaveAttribute('data-window', /^-?\d+,-?\d+$/);
  // The details come from the record: its title and actors were summarised on the way, its place was not.
  const details = page.locator('.details-panel');
  await expect(details).toContainText(meeting.title);
  await expect(details.locator('.details-place')).toHaveText(meeting.location!);
  await expect(details.locator('.details-actors li')).toHaveCount(new Set(meeting.actors).size);
  // A search of 200,000 events runs in steps between frames (useSearch.ts), its status saying
  // so, and reads its matches as positions, not through the page's lookup by id (which idle
  // time may not have filled). Only the meeting's words hold "drum": one match per copy. Enter,
  // pressed before the search is done, goes to the first match once it is.
  const statuses: string[] = [];
  await page.exposeFunction('recordSearchStatus', (text: string) => statuses.push(text));
  await page.locator('.search-count').evaluate((count) => {
    const record = (window as unknown as { recordSearchStatus(text: string): void }).recordSearchStatus;
    new MutationObserver(() => record(count.textContent ?? '')).observe(count, { childList: true, characterData: true, subtree: true });
  });
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.fill('drum');
  await box.press('Enter');
  const copies = (lastCopy + 1).toLocaleString('en-US');
  await expect(page.locator('.search-count')).toHaveText(`1 of ${copies}`);
  expect(statuses).toContain('Searching…');
  await expect(page.getByRole('status').filter({ hasText: `1 of ${copies}: ${meeting.title}` })).toBeAttached();
  expect(errors).toEqual([]);
});
