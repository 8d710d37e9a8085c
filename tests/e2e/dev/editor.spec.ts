// The in-app editor against the dev server: an edit saved to disk is a one-line change of
// the file and comes back by live reload with the view kept; a save over a file that
// changed on disk meanwhile is refused with the edits kept; invalid input is marked at its
// field, never reaches the chart and cannot be saved; quotes and positions are added with
// the pick-lists. Each test edits its own copy of the seed in the dev server's scratch data
// folder (next to sources/, so the quote checks still find their source text).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEV_DATA_DIR } from '../../../playwright.config';

// Generous limits: the dev server compiles modules on demand, on a machine shared by several test runs.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 300_000 });

const SEED_TEXT = readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8');
const EVENT_ID = 'hegseth-nato-remarks';
const PLACE_LINE = '      "location": "NATO headquarters, Brussels",';

/** The text with `line` replaced in the given event only (other events share the same place). */
function replaceInEvent(text: string, eventId: string, line: string, replacement: string): string {
  const start = text.indexOf(`"id": "${eventId}"`);
  const at = text.indexOf(line, start);
  if (start < 0 || at < 0) throw new Error(`The seed no longer has ${line} in ${eventId}.`);
  return text.slice(0, at) + replacement + text.slice(at + line.length);
}

function scratchCopy(name: string): { path: string; option: string; read: () => string; write: (text: string) => void; cleanUp: () => void } {
  const file = `e2e-editor-${name}.json`;
  const path = `${DEV_DATA_DIR}/${file}`;
  writeFileSync(path, SEED_TEXT);
  return {
    path,
    option: `data/${file}`,
    read: () => readFileSync(path, 'utf8'),
    write: (text) => writeFileSync(path, text),
    cleanUp: () => {
      rmSync(path, { force: true });
      const history = `${DEV_DATA_DIR}/.history`;
      if (existsSync(history)) for (const copy of readdirSync(history).filter((entry) => entry.startsWith(`e2e-editor-${name}.`))) rmSync(`${history}/${copy}`);
    },
  };
}

/** The lines of `after` that differ from `before`, both files having the same number of lines. */
function differingLines(before: string, after: string): { before: string; after: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [{ before: line, after: b[index]! }]));
}

async function openEditor(page: Page, option: string, extra = ''): Promise<void> {
  const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 90_000 });
  await page.goto(`/?data=${option}&sel=${EVENT_ID}${extra}`);
  await connected;
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Hegseth', { timeout: 90_000 });
  await details.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('form', { name: /^Edit event/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'No unsaved edits.' })).toBeVisible();
}

const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { __marker?: string }).__marker = 'set before the save'));
const marker = (page: Page) => page.evaluate(() => (window as unknown as { __marker?: string }).__marker ?? 'gone: the page was reloaded');

test('an edit saved to disk changes one line of the file and comes back by live reload, keeping the view', async ({ page }) => {
  const scratch = scratchCopy('save');
  try {
    await openEditor(page, scratch.option, '&from=2025-02-10&to=2025-02-15');
    const urlBefore = page.url();
    const windowBefore = await page.locator('.timeline-chart').getAttribute('data-window');
    await markPage(page);
    const form = page.getByRole('form', { name: /^Edit event/ });
    const place = form.getByRole('textbox', { name: 'Place (optional)' });
    await place.fill('Brussels (edited in the app)');
    await expect(form.getByRole('status').filter({ hasText: 'Unsaved edits, shown on the chart.' })).toBeVisible();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByRole('status').filter({ hasText: `Saved to ${scratch.option}.` })).toBeVisible();

    // Exactly one line differs on disk, and the previous version is kept.
    expect(differingLines(SEED_TEXT, scratch.read())).toEqual([{ before: PLACE_LINE, after: '      "location": "Brussels (edited in the app)",' }]);
    const history = readdirSync(`${DEV_DATA_DIR}/.history`).filter((entry) => entry.startsWith('e2e-editor-save.'));
    expect(history).toHaveLength(1);
    expect(readFileSync(`${DEV_DATA_DIR}/.history/${history[0]}`, 'utf8')).toBe(SEED_TEXT);

    // Back in the details: the new value, the same view, and the page was not reloaded.
    await form.getByRole('button', { name: 'Done' }).click();
    const details = page.locator('.details-panel');
    await expect(details.locator('dd').filter({ hasText: 'Brussels (edited in the app)' })).toBeVisible();
    expect(page.url()).toBe(urlBefore);
    expect(await page.locator('.timeline-chart').getAttribute('data-window')).toBe(windowBefore);
    expect(await marker(page)).toBe('set before the save');
    await expect(page.locator('.reload-banner')).toHaveCount(0);

    // A second save starts from the saved text (its hash), not the first one.
    await details.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('form', { name: /^Edit event/ }).getByRole('textbox', { name: 'Place (optional)' }).fill('Brussels');
    await page.getByRole('form', { name: /^Edit event/ }).getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved to ${scratch.option}.` })).toBeVisible();
    expect(differingLines(SEED_TEXT, scratch.read())).toEqual([{ before: PLACE_LINE, after: '      "location": "Brussels",' }]);
  } finally {
    scratch.cleanUp();
  }
});

test('a save is refused when the file changed on disk since the editor opened it, and the edits are kept', async ({ page }) => {
  const scratch = scratchCopy('conflict');
  try {
    await openEditor(page, scratch.option);
    const form = page.getByRole('form', { name: /^Edit event/ });
    const title = form.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Edited in the app');
    await expect(form.getByRole('status').filter({ hasText: 'Unsaved edits' })).toBeVisible();
    // Someone else changes the file meanwhile.
    const theirs = replaceInEvent(SEED_TEXT, EVENT_ID, PLACE_LINE, '      "location": "Changed by someone else",');
    scratch.write(theirs);
    await expect(form.getByRole('alert').filter({ hasText: 'changed on disk since you opened it' })).toBeVisible();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    // The server's refusal, worded by the page (in its language) from the reason the server gives.
    await expect(form.getByRole('alert').filter({ hasText: 'Not saved: data/' }).filter({ hasText: 'changed on disk since you opened it. Your edits are kept; discard them to load the new version.' })).toBeVisible();
    expect(scratch.read()).toBe(theirs);
    await expect(title).toHaveValue('Edited in the app');

    // Discarding the edits starts again from the file on disk.
    await form.getByRole('button', { name: 'Discard my edits and load the file from disk' }).first().click();
    await expect(form.getByRole('textbox', { name: 'Place (optional)' })).toHaveValue('Changed by someone else');
    await expect(form.getByRole('textbox', { name: 'Title', exact: true })).not.toHaveValue('Edited in the app');
  } finally {
    scratch.cleanUp();
  }
});

test('invalid input is marked at its field, kept in the form, kept off the chart, and cannot be saved', async ({ page }) => {
  const scratch = scratchCopy('invalid');
  try {
    await openEditor(page, scratch.option);
    const form = page.getByRole('form', { name: /^Edit event/ });
    const date = form.getByRole('textbox', { name: 'Date', exact: true });
    await date.fill('2025-02-30');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
    const problemId = describedBy.split(' ').find((id) => id.endsWith('-problems'));
    expect(problemId).toBeTruthy();
    await expect(page.locator(`[id="${problemId}"]`)).toContainText('Error:');
    await expect(page.locator(`[id="${problemId}"]`)).toContainText('2025-02-30');
    await expect(form.getByRole('status').filter({ hasText: '1 error: the chart shows the last valid data.' })).toBeVisible();
    // The chart keeps the last valid data: the event is still drawn on its old day.
    await expect(page.locator(`[data-testid="chart-event"][data-event-id="${EVENT_ID}"]`).first()).toBeAttached();

    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Not saved: the edited data has an error' })).toBeVisible();
    expect(scratch.read()).toBe(SEED_TEXT);
    await expect(date).toHaveValue('2025-02-30');

    // An empty title is refused too; fixing both clears the marks.
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('');
    await expect(form.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Hegseth at NATO');
    await date.fill('2025-02-12');
    await expect(date).toHaveAttribute('aria-invalid', 'false');
    await expect(form.getByRole('status').filter({ hasText: 'Unsaved edits, shown on the chart.' })).toBeVisible();
    // Undo goes back step by step to the last valid title edit's predecessor.
    await form.getByRole('button', { name: 'Undo' }).click();
    await expect(date).toHaveValue('2025-02-30');
  } finally {
    scratch.cleanUp();
  }
});

test('a quote and a position added with the pick-lists are saved as new lines only', async ({ page }) => {
  const scratch = scratchCopy('add-items');
  try {
    await openEditor(page, scratch.option);
    const form = page.getByRole('form', { name: /^Edit event/ });
    await form.getByRole('button', { name: 'Add quote' }).click();
    const quote = form.getByRole('group', { name: 'Quote 4' });
    // An empty quote is an error until its words are given.
    await expect(quote.getByRole('textbox', { name: 'Words, verbatim' })).toHaveAttribute('aria-invalid', 'true');
    await quote.getByRole('textbox', { name: 'Words, verbatim' }).fill('Making the first trip to NATO by a member of the new administration');
    await quote.getByRole('combobox', { name: 'Speaker' }).selectOption('hegseth');
    await quote.getByRole('combobox', { name: 'Source' }).selectOption('ap-brussels');

    await form.getByRole('button', { name: 'Add position' }).click();
    const positions = form.getByRole('group', { name: /^Position \d+$/ });
    const position = positions.last();
    await position.getByRole('combobox', { name: 'Actor' }).selectOption('hegseth');
    await position.getByRole('combobox', { name: 'Topic' }).selectOption('europe-carries-ukraine-defence');
    await position.getByRole('combobox', { name: 'Stance' }).selectOption('support');
    await expect(position.getByRole('combobox', { name: 'Stance' }).locator('option:checked')).toHaveText(/^support: /);
    await expect(form.getByRole('status').filter({ hasText: 'Unsaved edits, shown on the chart.' })).toBeVisible();

    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByRole('status').filter({ hasText: `Saved to ${scratch.option}.` })).toBeVisible();
    const saved = scratch.read();
    const event = (JSON.parse(saved) as { events: { id: string; quotes: unknown[]; positions: unknown[] }[] }).events.find((candidate) => candidate.id === EVENT_ID)!;
    expect(event.quotes.at(-1)).toEqual({ actor: 'hegseth', text: 'Making the first trip to NATO by a member of the new administration', source: 'ap-brussels' });
    expect(event.positions.at(-1)).toEqual({ actor: 'hegseth', topic: 'europe-carries-ukraine-defence', stance: 'support' });
    // Only lines were added: every line of the seed is still there, in order.
    const savedLines = saved.split('\n');
    let cursor = 0;
    for (const line of SEED_TEXT.split('\n').filter((candidate) => candidate.trim() !== '}' && candidate.trim() !== '},')) {
      cursor = savedLines.indexOf(line, cursor);
      expect(cursor, line).toBeGreaterThanOrEqual(0);
    }
    expect(savedLines.length - SEED_TEXT.split('\n').length).toBe(10);

    await form.getByRole('button', { name: 'Done' }).click();
    const details = page.locator('.details-panel');
    await expect(details.getByRole('region', { name: 'Quotes' })).toContainText('Making the first trip to NATO by a member of the new administration');
  } finally {
    scratch.cleanUp();
  }
});

test("in the Arabic interface the editor's fields hold the data's words and dates left to right", async ({ page }) => {
  const copy = scratchCopy('arabic');
  try {
    const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 90_000 });
    await page.goto(`/?data=${copy.option}&sel=${EVENT_ID}&lang=ar`);
    await connected;
    const details = page.locator('.details-panel');
    await expect(details.getByRole('heading', { level: 2 })).toContainText('Hegseth', { timeout: 90_000 });
    await details.getByRole('button', { name: 'تحرير', exact: true }).click();
    const fields = page.locator('form input[type="text"]');
    await expect(fields.first()).toHaveValue(/^Hegseth: NATO membership/, { timeout: 30_000 });
    const direction = (locator: ReturnType<Page['locator']>) => locator.evaluate((node) => getComputedStyle(node).direction);
    // The English title reads from its start, not scrolled to its end as right-to-left text.
    expect(await direction(fields.nth(0))).toBe('ltr');
    expect(await direction(fields.nth(1))).toBe('ltr');
    // The date format's examples inside the Arabic help: 2025-02-12, not 12-02-2025.
    const example = page.locator('form code', { hasText: /^2025-02-12$/ }).first();
    expect(await direction(example)).toBe('ltr');
    expect(await example.evaluate((node) => getComputedStyle(node).unicodeBidi)).toBe('isolate');
    // No example is broken across lines at a hyphen (2025-02- at one line's end, 14 at the next's start).
    const lineCounts = await page.locator('.field-help code').evaluateAll((codes) => codes.map((code) => code.getClientRects().length));
    expect(lineCounts.length).toBeGreaterThan(5);
    expect(lineCounts.every((count) => count === 1)).toBe(true);
  } finally {
    copy.cleanUp();
  }
});
