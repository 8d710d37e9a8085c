// Opening a data file from the computer in the built app: the "Open file…" picker and
// drag-and-drop. A good file replaces the data (window fitted, selection cleared, unknown
// filters and data= dropped); a bad one leaves the data and the view exactly as they were
// and says why; nothing from a file's text or name becomes markup.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';

// Loading runs in a worker on a shared, busy machine: allow for a slow load.
const expect = baseExpect.configure({ timeout: 15_000 });
// Each test loads the seed and then one to four files: on a busy shared machine that has taken
// close to a minute, so the limit is a guard against hangs, not a speed goal.
test.describe.configure({ timeout: 120_000 });

const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;
const fishing = JSON.parse(readFileSync('tests/fixtures/valid/dataset.json', 'utf8')) as DatasetFile;

/** The seed with a window, filters (a type and an actor) and a selection, all from the link. */
const SEED_VIEW = '?data=data/events.json&from=2025-02-11&to=2025-02-14&type=call,statement&actor=trump&sel=trump-putin-call';

interface PageWatch {
  dialogs: string[];
  pageErrors: string[];
}

async function openApp(page: Page, query = SEED_VIEW): Promise<PageWatch> {
  const seen: PageWatch = { dialogs: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  await page.addInitScript(() => {
    const record = window as unknown as { __cspViolations: string[] };
    record.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => record.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await expect(page.locator('[data-testid="chart-event"]').first()).toBeAttached();
  return seen;
}

const fileInput = (page: Page) => page.getByTestId('open-file-input');
const failure = (page: Page) => page.locator('.open-file-failure');
const title = (page: Page) => page.getByRole('heading', { level: 1 });

/** Everything a failed open must leave alone: the address, the chart's window, the data, the filters, the selection. */
async function viewSnapshot(page: Page) {
  return {
    url: page.url(),
    window: await page.locator('.timeline-chart').getAttribute('data-window'),
    title: await title(page).textContent(),
    shown: await page.locator('.shown-count').textContent(),
    checked: await page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('checkbox', { checked: true })
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? '')),
    details: await page.locator('.details-panel h2').textContent(),
  };
}

/** Drags files made in the page over it and drops them, the way a browser does: dragenter, dragover, then drop. */
async function dropFiles(page: Page, files: ReadonlyArray<{ name: string; text: string; type?: string }>): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: file.type ?? '' }));
    const fire = (type: string) => document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    fire('dragenter');
    fire('dragover');
    fire('drop');
  }, files);
}

test('picking a valid JSON file shows its events and gives it a fresh view, without data= in the address', async ({ page }) => {
  const seen = await openApp(page);
  await expect(page.locator('.details-panel h2')).toBeVisible();
  // A change made before opening: its own history entry, and it stays with the new data.
  await page.getByRole('radio', { name: 'Actor', exact: true }).check();
  await expect(page).toHaveURL(/group=actor/);
  const seedWindow = await page.locator('.timeline-chart').getAttribute('data-window');

  await fileInput(page).setInputFiles('tests/fixtures/valid/dataset.json');
  await expect(title(page)).toHaveText(fishing.title);
  // The type filter applies to any data and stays; the actor filter named someone this data lacks and goes.
  const calls = fishing.events.filter((event) => event.type === 'call' || event.type === 'statement').length;
  await expect(page.locator('.shown-count')).toContainText(`Showing ${calls} of ${fishing.events.length} events`);
  await expect(page.locator('[data-testid="chart-event"][data-event-id="earlier-call"]').first()).toBeAttached();
  await expect(page.locator('[data-testid="chart-event"][data-event-id="trump-putin-call"]')).toHaveCount(0);
  // Selection cleared, window fitted to the new data.
  await expect(page.locator('.details-panel')).toHaveCount(0);
  await expect(page.locator('.timeline-chart')).not.toHaveAttribute('data-window', seedWindow ?? '');
  const url = new URL(page.url());
  expect(url.searchParams.get('data')).toBeNull();
  expect(url.searchParams.get('sel')).toBeNull();
  expect(url.searchParams.get('actor')).toBeNull();
  expect(url.searchParams.get('from')).toBeNull();
  expect(url.searchParams.get('type')).toBe('call,statement');
  expect(url.searchParams.get('group')).toBe('actor');
  await expect(page.locator('.opened-from-computer')).toContainText("Opened from your computer (dataset.json): links to this view won’t include the file");
  await expect(failure(page)).toHaveCount(0);

  // Back reaches an entry from before the file was opened: it restores that view on the opened data, and the address still does not name the old file.
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^Meeting\W*\d*$/ }).check();
  await expect(page).toHaveURL(/type=call,statement,meeting/);
  await page.goBack();
  await expect(page).toHaveURL(/type=call,statement(&|$)/);
  await expect(title(page)).toHaveText(fishing.title);
  await page.goBack();
  await expect(page).not.toHaveURL(/group=actor/);
  await expect(page.getByRole('radio', { name: 'Country › actor' })).toBeChecked();
  expect(new URL(page.url()).searchParams.get('data')).toBeNull();
  await expect(title(page)).toHaveText(fishing.title);
  expect(seen.pageErrors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});

test('the Open file… button is a named, keyboard-reachable control that opens the file chooser', async ({ page }) => {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Open file…' });
  await expect(button).toBeVisible();
  await expect(fileInput(page)).toHaveAttribute('accept', '.json,.csv,.tsv,.tab,.txt,.jsonl,.ndjson,.parquet,application/json,text/csv,text/tab-separated-values,application/vnd.apache.parquet');
  await button.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles('data/templates/events.csv');
  // A Stanceline events sheet is imported, and says so among the warnings. Its (derived) actors
  // include trump, so that filter stays, with the type filter: one of its two events shows.
  await expect(page.locator('.shown-count')).toContainText('Showing 1 of 2 events');
  await expect(page.locator('[data-testid="chart-event"][data-event-id="trump-putin-call"]').first()).toBeAttached();
  await expect(page.locator('[data-testid="chart-event"][data-event-id="hegseth-nato-remarks"]')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('actor')).toBe('trump');
  await page.locator('.app-header details.warnings summary').click();
  await expect(page.locator('.app-header .warnings')).toContainText('events.csv is a Stanceline events sheet; it was imported.');
  await expect(page.locator('.app-header .warnings')).toContainText('No actors sheet: derived 4 actors');
});

test('a file dropped on the page loads, with an overlay while it is dragged; several files or dragged text are not opened', async ({ page }) => {
  await openApp(page);
  const overlay = page.getByTestId('drop-overlay');

  // Dragged text is not a file: no overlay, and the browser's own handling is left alone.
  const textDropCancelled = await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'just words');
    document.body.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    return !document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  expect(textDropCancelled).toBe(false);
  await expect(overlay).toHaveCount(0);

  // A file over the page: the overlay shows and screen readers hear what dropping does.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{}'], 'x.json'));
    document.body.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Drop a data file to open it: .json, .csv, .parquet, an event-data export or another table');
  await expect(page.getByText('A file is over the page: drop it to open it.')).toBeAttached();
  await page.evaluate(() => window.dispatchEvent(new DragEvent('dragleave', { relatedTarget: null })));
  await expect(overlay).toHaveCount(0);

  // Two files at once: refused with a message, the seed stays.
  await dropFiles(page, [
    { name: 'a.json', text: '{}' },
    { name: 'b.json', text: '{}' },
  ]);
  await expect(failure(page)).toContainText('2 files were dropped; Stanceline opens one file at a time.');
  await expect(title(page)).toHaveText(seed.title);
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(failure(page)).toHaveCount(0);

  // One TimelineJS3 file: imported like a ?data= address would be.
  await dropFiles(page, [{ name: 'timelinejs3.json', text: readFileSync('tests/fixtures/broken/timelinejs3.json', 'utf8'), type: 'application/json' }]);
  await expect(page.locator('.opened-from-computer')).toContainText('timelinejs3.json');
  await expect(page.locator('.shown-count')).toContainText('of 1 event');
  await expect(overlay).toHaveCount(0);
  await page.locator('.app-header details.warnings summary').click();
  await expect(page.locator('.app-header .warnings')).toContainText('timelinejs3.json is a TimelineJS3 file; it was imported.');

  // And a Stanceline file dropped after it replaces it in turn.
  await dropFiles(page, [{ name: 'dataset.json', text: readFileSync('tests/fixtures/valid/dataset.json', 'utf8') }]);
  await expect(title(page)).toHaveText(fishing.title);
  await expect(page.locator('.opened-from-computer')).toContainText('(dataset.json)');
});

test('a broken file shows its problems with line and column and leaves the data, window, filters and selection as they were', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.details-panel h2')).toBeVisible();
  const before = await viewSnapshot(page);
  expect(before.checked.length).toBe(3);

  await fileInput(page).setInputFiles('tests/fixtures/broken/invalid-json-missing-comma.json');
  await expect(failure(page)).toContainText('invalid-json-missing-comma.json was not opened');
  await expect(failure(page).locator('.problem-error').first()).toContainText(/^invalid-json-missing-comma\.json:\d+:\d+ {2}error {2}/);
  expect(await viewSnapshot(page)).toEqual(before);

  // A file that parses but breaks the rules: its problems are listed the same way.
  await dropFiles(page, [{ name: 'unknown-type.json', text: readFileSync('tests/fixtures/broken/unknown-type.json', 'utf8') }]);
  await expect(failure(page)).toContainText('unknown-type.json was not opened');
  await expect(failure(page).locator('.problem-error').first()).toContainText(/^unknown-type\.json:\d+:\d+ {2}error {2}events\[\d+\]\.type/);
  expect(await viewSnapshot(page)).toEqual(before);
  await expect(page.locator('.opened-from-computer')).toHaveCount(0);

  // Once fixed, the same file can be chosen again and opens.
  await fileInput(page).setInputFiles('tests/fixtures/valid/dataset.json');
  await expect(title(page)).toHaveText(fishing.title);
  await expect(failure(page)).toHaveCount(0);
});

test('a file that is not data, or too big, is refused with a message before it is read', async ({ page }) => {
  await openApp(page);
  const before = await viewSnapshot(page);
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3e6c3a30000000049454e44ae426082', 'hex');
  await fileInput(page).setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: png });
  await expect(failure(page)).toContainText('chart.png (image/png) is not a data file Stanceline can open: choose a .json file (Stanceline or TimelineJS3), a .csv or .parquet events sheet, or an event-data export (ICEWS .tab or .tsv, GDELT .CSV, ACLED .csv, POLECAT .txt, PLOVER .jsonl or .json).');
  expect(await viewSnapshot(page)).toEqual(before);

  // Over the size limit: refused by its size, so nothing is read (the bytes are never allocated for real).
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(101 * 1024 * 1024)], 'huge.json'));
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  await expect(failure(page)).toContainText('huge.json is 101 MB, over the 100 MB Stanceline reads, so it was not opened.');
  expect(await viewSnapshot(page)).toEqual(before);
});

test('nothing from a hostile file, its problems or its name is injected as HTML', async ({ page }) => {
  const seen = await openApp(page);
  const hostileName = '<img src=x onerror="window.__pwned=1">.json';
  await fileInput(page).setInputFiles({ name: hostileName, mimeType: 'application/json', buffer: readFileSync('tests/fixtures/hostile/xss-in-problems.json') });
  await expect(failure(page)).toContainText(`${hostileName} was not opened`);
  await expect(failure(page).locator('.problem-error').first()).toContainText(/:\d+:\d+ {2}error/);
  await expect(title(page)).toHaveText(seed.title);

  await fileInput(page).setInputFiles({ name: hostileName, mimeType: 'application/json', buffer: readFileSync('tests/fixtures/hostile/xss-everywhere.json') });
  const hostile = JSON.parse(readFileSync('tests/fixtures/hostile/xss-everywhere.json', 'utf8')) as DatasetFile;
  await expect(title(page)).toHaveText(hostile.title);
  await expect(page.locator('.opened-from-computer')).toContainText(hostileName);
  // Give any payload a chance to run: hover and open the first event.
  await page.locator('[data-testid="chart-event"]').first().click();
  await expect(page.locator('.details-panel h2')).toBeVisible();

  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
    injected: document.querySelectorAll('img[src="x"], svg[onload], iframe, object, embed, [onerror], [onload], [onmouseover], [onclick]').length,
    inlineScripts: [...document.scripts].filter((script) => !script.src).length,
  }));
  expect(state).toEqual({ pwned: null, violations: [], injected: 0, inlineScripts: 0 });
  expect(seen.dialogs).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
});

test('the open button, the failure panel and the note have no serious accessibility violations, at desktop and phone width', async ({ page }) => {
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  // Each audit has taken 40 s on the busy shared machine.
  test.setTimeout(240_000);
  await openApp(page);
  await fileInput(page).setInputFiles('tests/fixtures/broken/unknown-type.json');
  await expect(failure(page).locator('.problem-error').first()).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await fileInput(page).setInputFiles('tests/fixtures/valid/dataset.json');
  await expect(page.locator('.opened-from-computer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open file…' })).toBeInViewport();
  expect(await serious()).toEqual([]);
});
