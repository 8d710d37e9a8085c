// Live reload against the dev server: saving the data file updates the open page in place,
// keeping the window, the filters, the selection and the address; an invalid save shows its
// errors with line and column and keeps the last good data; fixing it clears them. Each test
// writes its own file in the dev server's scratch data folder, so it can run beside the
// editor's tests. A marker set on the page before each save proves that the page was updated,
// not reloaded (a full reload would lose the view and pass for the wrong reason).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEV_DATA_DIR } from '../../../playwright.config';

// The dev server serves every module unbundled, to the page and again to the loading worker, on
// a machine shared by several people: these limits guard against hangs, they are not speed goals
// (a save shows within a second on an idle machine).
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 150_000 });
/** How long a save may take to show: the reload fetches, validates and rebuilds in a fresh worker. */
const RELOADED = { timeout: 20_000 };

const SEED_TEXT = readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8');
const ORIGINAL_TITLE = 'Trump and Putin agree by phone to begin negotiations on ending the war';
const EDITED_TITLE = 'Trump and Putin speak by phone (edited on disk)';
const FIXED_TITLE = 'Trump and Putin speak by phone (fixed on disk)';

/** A copy of the seed in the scratch data folder, and the ?data= path that names it. */
function scratchCopy(name: string): { path: string; option: string; write: (text: string) => void } {
  const file = `e2e-reload-${name}.json`;
  const path = `${DEV_DATA_DIR}/${file}`;
  writeFileSync(path, SEED_TEXT);
  return { path, option: `data/${file}`, write: (text) => writeFileSync(path, text) };
}

function withTitle(title: string): string {
  const edited = SEED_TEXT.replace(`"title": "${ORIGINAL_TITLE}"`, `"title": "${title}"`);
  if (edited === SEED_TEXT) throw new Error('The seed no longer has the event title this test edits.');
  return edited;
}

/** Opens the page and waits until the data is on screen and Vite's hot-reload connection is up (an edit before it would go unheard). */
async function openConnected(page: Page, query: string): Promise<void> {
  const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 60_000 });
  await page.goto(`/${query}`);
  await connected;
  await expect(page.locator('.shown-count')).toBeVisible({ timeout: 60_000 });
}

/** What live reload must keep. */
async function viewSnapshot(page: Page) {
  return {
    url: page.url(),
    window: await page.locator('.timeline-chart').getAttribute('data-window'),
    shown: await page.locator('.shown-count').textContent(),
    checked: await page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('checkbox', { checked: true })
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? '')),
    selected: (await page.locator('.details-panel').count()) > 0 ? new URL(page.url()).searchParams.get('sel') : null,
  };
}

const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { __marker?: string }).__marker = 'set before the save'));
const marker = (page: Page) => page.evaluate(() => (window as unknown as { __marker?: string }).__marker ?? 'gone: the page was reloaded');

test('saving the data file updates the page in place and keeps the window, filters, selection and address', async ({ page }) => {
  const scratch = scratchCopy('keeps-view');
  try {
    // The window and the selection from the link, a filter set in the page.
    await openConnected(page, `?data=${scratch.option}&from=2025-02-10&to=2025-02-15&sel=trump-putin-call`);
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^Call\W*\d*$/ }).check();
    await expect(page).toHaveURL(/type=call/);
    await expect(page.locator('.details-panel h2')).toHaveText(ORIGINAL_TITLE);
    const before = await viewSnapshot(page);
    expect(before.checked).toHaveLength(1);
    await markPage(page);

    scratch.write(withTitle(EDITED_TITLE));
    await expect(page.locator('.details-panel h2')).toHaveText(EDITED_TITLE, RELOADED);
    expect(await viewSnapshot(page)).toEqual(before);
    expect(await marker(page)).toBe('set before the save');
    await expect(page.locator('.reload-banner')).toHaveCount(0);
  } finally {
    rmSync(scratch.path, { force: true });
  }
});

test('an invalid save shows its errors with line and column and keeps the last good data; fixing it clears them', async ({ page }) => {
  const scratch = scratchCopy('invalid-save');
  try {
    await openConnected(page, `?data=${scratch.option}&sel=trump-putin-call`);
    await expect(page.locator('.details-panel h2')).toHaveText(ORIGINAL_TITLE);
    const before = await viewSnapshot(page);
    await markPage(page);

    // The comma after the title goes: the file stops being JSON on the next line.
    const broken = withTitle(EDITED_TITLE).replace(`"title": "${EDITED_TITLE}",`, `"title": "${EDITED_TITLE}"`);
    const brokenLine = broken.split('\n').findIndex((line) => line.includes(EDITED_TITLE)) + 2;
    scratch.write(broken);
    const banner = page.locator('.reload-banner');
    await expect(banner).toContainText('The edited data file was not applied; the last good version stays on screen.', RELOADED);
    await expect(banner.locator('.problem-error').first()).toContainText(new RegExp(`^data/e2e-reload-invalid-save\\.json:${brokenLine}:\\d+ {2}error`));
    // The last good data, and the view, stay.
    await expect(page.locator('.details-panel h2')).toHaveText(ORIGINAL_TITLE);
    expect(await viewSnapshot(page)).toEqual(before);
    expect(await marker(page)).toBe('set before the save');

    scratch.write(withTitle(FIXED_TITLE));
    await expect(page.locator('.details-panel h2')).toHaveText(FIXED_TITLE, RELOADED);
    await expect(banner).toHaveCount(0);
    expect((await viewSnapshot(page)).url).toBe(before.url);
    expect(await marker(page)).toBe('set before the save');
  } finally {
    rmSync(scratch.path, { force: true });
  }
});

test('a save only the schema refuses keeps the last good data, though its model reached the page before that check', async ({ page }) => {
  const scratch = scratchCopy('schema-only');
  try {
    await openConnected(page, `?data=${scratch.option}&sel=trump-putin-call`);
    await expect(page.locator('.details-panel h2')).toHaveText(ORIGINAL_TITLE);
    const before = await viewSnapshot(page);
    // A misspelt field: the rules and the model pass over it (so the model is sent early), the schema refuses it.
    const misspelt = withTitle(EDITED_TITLE).replace(`"title": "${EDITED_TITLE}",`, `"title": "${EDITED_TITLE}", "locaton": "Washington",`);
    scratch.write(misspelt);
    const banner = page.locator('.reload-banner');
    await expect(banner).toContainText('The edited data file was not applied; the last good version stays on screen.', RELOADED);
    await expect(banner.locator('.problem-error').first()).toContainText('did you mean "location"?');
    await expect(page.locator('.details-panel h2')).toHaveText(ORIGINAL_TITLE);
    expect(await viewSnapshot(page)).toEqual(before);
  } finally {
    rmSync(scratch.path, { force: true });
  }
});

test('a file opened from the computer is not replaced when the data file is saved', async ({ page, context }) => {
  // Two pages load from the dev server here, each can take a minute on the busy shared machine.
  test.setTimeout(300_000);
  const scratch = scratchCopy('opened-file');
  try {
    await openConnected(page, `?data=${scratch.option}`);
    await page.getByTestId('open-file-input').setInputFiles('tests/fixtures/valid/dataset.json');
    // The dev server compiles a new loading worker's modules for the opened file: on a busy machine that passed 20 s once.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fishing grounds talks (test fixture)', { timeout: 60_000 });
    await expect(page.locator('.opened-from-computer')).toContainText('edits to it are not reloaded');
    // A second tab on the data file shows when the save has been announced.
    const witness = await context.newPage();
    await openConnected(witness, `?data=${scratch.option}&sel=trump-putin-call`);
    await markPage(page);

    scratch.write(withTitle(EDITED_TITLE));
    await expect(witness.locator('.details-panel h2')).toHaveText(EDITED_TITLE, RELOADED);
    // Both pages heard the save at once; give a wrongly applied reload time to land before looking.
    await page.waitForTimeout(1_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fishing grounds talks (test fixture)');
    await expect(page.locator('.reload-banner')).toHaveCount(0);
    expect(await marker(page)).toBe('set before the save');
  } finally {
    rmSync(scratch.path, { force: true });
  }
});
