// The data is on screen as soon as it has arrived from the loading worker, while the worker's
// last checks (ids and references, schema, text lengths, quotes against their sources) still run. These tests hold
// the source copy the quote check reads, so that moment lasts until they let it go.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`);

/** Serves `path` (or the text given) at ./checking/data.json, and holds its source copies until the returned function is called. */
async function serveHoldingSources(page: Page, path: string, body: string | Buffer = fixture(path)): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/checking/data.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.route('**/checking/sources/**', async (route) => {
    await released;
    await route.fulfill({ status: 200, contentType: 'text/plain', body: 'An unrelated text.' });
  });
  return release;
}

test('the chart is shown while the quotes are checked against their sources, and their warnings follow', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const release = await serveHoldingSources(page, 'broken/quote-not-in-source.json');
  await page.goto('./?data=checking/data.json');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fishing grounds talks (test fixture)');
  await expect(page.locator('.checking-note')).toHaveText('Checking the file…');
  await expect(page.locator('.shown-count')).toContainText('Showing');
  await expect(page.locator('.warnings')).toHaveCount(0);
  // The chart can already be used: an event's details open by keyboard.
  await page.locator('.sl-chart__events button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.details-panel h2')).toBeVisible();

  release();
  await expect(page.locator('.checking-note')).toBeEmpty();
  await expect(page.locator('.warnings summary')).toHaveText(/\d+ warnings?/);
  await page.locator('.warnings summary').click();
  await expect(page.locator('.warnings').getByText('does not appear verbatim')).not.toHaveCount(0);
  // The selection made while checking stays.
  await expect(page.locator('.details-panel h2')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a file the last checks refuse leaves the chart for its problems', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // An event names its actor as a string: the model holds together, the schema refuses it.
  const release = await serveHoldingSources(page, 'broken/wrong-type.json');
  await page.goto('./?data=checking/data.json');

  await expect(page.locator('.checking-note')).toHaveText('Checking the file…');
  await expect(page.locator('.shown-count')).toBeVisible();

  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^checking\/data\.json has \d+ errors?$/);
  await expect(page.locator('.problem-error').filter({ hasText: 'should be' }).first()).toBeAttached();
  await expect(page.locator('.shown-count')).toHaveCount(0);
  expect(errors).toEqual([]);
});

interface FixtureFile {
  types?: { id: string; label: string }[];
  actors: { id: string; country?: string }[];
  events: { id: string; type: string; actors: string[]; positions?: { actor: string; topic: string; stance: string }[] }[];
}

// The ids and references are checked after the model is handed over (they only add problems),
// so a file with a dangling reference is on screen for a moment before it is refused: the
// chart must hold together meanwhile, in every grouping and with the odd event selected.
const REFERENCE_ERRORS: [string, RegExp, (file: FixtureFile) => void][] = [
  ['an actor, a country and a topic no list has', /which is not in "actors"/, (file) => {
    file.events[0]!.actors.push('nobody');
    file.events[0]!.positions!.push({ actor: 'nobody', topic: 'no-such-topic', stance: 'support' });
    file.actors[0]!.country = 'XX';
  }],
  ['two events with one id', /is used twice/, (file) => {
    file.events[1]!.id = file.events[0]!.id;
  }],
  ['an undeclared type', /Unknown type/, (file) => {
    file.events[0]!.type = 'press-release';
  }],
];

for (const [what, problem, spoil] of REFERENCE_ERRORS) {
  test(`a file with ${what} is shown while it is checked, in every grouping, and then refused`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const file = JSON.parse(fixture('broken/quote-not-in-source.json').toString('utf8')) as FixtureFile;
    spoil(file);
    const release = await serveHoldingSources(page, 'broken/quote-not-in-source.json', JSON.stringify(file));
    await page.goto(`./?data=checking/data.json&sel=${file.events[0]!.id}`);

    await expect(page.locator('.checking-note')).toHaveText('Checking the file…');
    await expect(page.locator('.details-panel h2')).toBeVisible();
    for (const grouping of ['Actor', 'Topic', 'Country › actor']) {
      await page.getByRole('radio', { name: grouping, exact: true }).check();
      await expect(page.locator('.sl-chart__events button').first()).toBeAttached();
    }

    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^checking\/data\.json has \d+ errors?$/);
    await expect(page.locator('.problem-error').filter({ hasText: problem }).first()).toBeAttached();
    expect(errors).toEqual([]);
  });
}

/**
 * Records, in the page, each message the page posts to a worker and when: the loading worker
 * hears 'load', then (for a large dataset sent early) 'shown', which its last checks wait for.
 */
async function recordWorkerMessages(page: Page): Promise<() => Promise<{ kind: string; at: number }[]>> {
  await page.addInitScript(() => {
    const sent: { kind: string; at: number }[] = [];
    (window as unknown as { workerMessages: typeof sent }).workerMessages = sent;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      const kind = (message as { kind?: unknown } | null)?.kind;
      sent.push({ kind: typeof kind === 'string' ? kind : '?', at: performance.now() });
      return post.call(this, message, ...rest);
    } as Worker['postMessage'];
  });
  return () => page.evaluate(() => (window as unknown as { workerMessages: { kind: string; at: number }[] }).workerMessages);
}

/** Records, in the page, when the first part of the events' records came from the loading worker (datasetTransfer.ts). */
async function recordRecordsArrival(page: Page): Promise<() => Promise<number | null>> {
  await page.addInitScript(() => {
    const state = window as unknown as { firstRecordsAt: number | null };
    state.firstRecordsAt = null;
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = (event: MessageEvent) => {
          const data = event.data as { kind?: string; part?: { part?: string } };
          if (data?.kind === 'dataset' && data.part?.part === 'records') state.firstRecordsAt ??= performance.now();
          handler?.call(this, event);
        };
      }
      override get onmessage(): ((event: MessageEvent) => void) | null {
        return super.onmessage as ((event: MessageEvent) => void) | null;
      }
    };
  });
  return () => page.evaluate(() => (window as unknown as { firstRecordsAt: number | null }).firstRecordsAt);
}

/** The seed's events repeated under new ids up to `count`, without source copies to read: a file whose last checks the worker holds back. */
function largeSeed(count: number): string {
  const file = JSON.parse(fixture('valid/ap-brussels/events.json').toString('utf8')) as FixtureFile & { sources: { text?: string }[] };
  const events = [];
  for (let copy = 0; events.length < count; copy++) {
    for (const event of file.events) if (events.length < count) events.push({ ...event, id: `${event.id}-${copy}` });
  }
  for (const source of file.sources) delete source.text;
  // Its story names events by their first ids.
  return JSON.stringify({ ...file, events, stories: [] });
}

test.describe('a large dataset\'s last checks', () => {
  test.describe.configure({ timeout: 60_000 });
  const body = largeSeed(12_000);

  /** Opens the large file with `query`, waits for the outcome, and gives what the page told the worker. */
  async function loadLarge(page: Page, query: string): Promise<{ kind: string; at: number }[]> {
    const messages = await recordWorkerMessages(page);
    await page.route('**/checking/data.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(`./?data=checking/data.json${query}`);
    await expect(page.locator('.shown-count')).toContainText('12,000 events');
    await expect(page.locator('.checking-note')).toBeEmpty();
    return messages();
  }

  test('wait for the chart to be drawn, and then give their outcome', async ({ page }) => {
    const sent = await loadLarge(page, '');
    expect(sent.map((message) => message.kind)).toEqual(['load', 'shown']);
    const drawnAt = await page.evaluate(() => performance.getEntriesByName('stanceline:rendered')[0]?.startTime ?? Number.NaN);
    expect(sent[1]!.at).toBeGreaterThanOrEqual(drawnAt);
  });

  test('are let go by a first view with no chart, the list', async ({ page }) => {
    const sent = await loadLarge(page, '&view=list');
    expect(sent.map((message) => message.kind)).toEqual(['load', 'shown']);
  });

  test('follow the records, which the worker sends once the chart is drawn', async ({ page }) => {
    const recordsAt = await recordRecordsArrival(page);
    const sent = await loadLarge(page, '');
    const drawnAt = await page.evaluate(() => performance.getEntriesByName('stanceline:rendered')[0]?.startTime ?? Number.NaN);
    expect(await recordsAt()).toBeGreaterThanOrEqual(Math.max(drawnAt, sent[1]!.at));
  });

  test('let the records go at once when the first view reads them (a link to an event), which then opens', async ({ page }) => {
    const recordsAt = await recordRecordsArrival(page);
    const sent = await loadLarge(page, '&sel=hegseth-nato-remarks-0');
    // The page does not wait for a chart it will not draw before the records are in.
    expect(sent.map((message) => message.kind)).toEqual(['load', 'shown']);
    expect(sent[1]!.at).toBeLessThan((await recordsAt())!);
    await expect(page.locator('.details-panel h2')).toBeVisible();
  });
});
