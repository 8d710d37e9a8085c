// Authoring stories against the dev server: a caption edited in the app is saved as a
// one-line change of the file; "Add this view as a step", reordering and deleting are saved
// too, and the caption panel follows the edits at once.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { DatasetFile } from '../../../src/core/model/types';
import { DEV_DATA_DIR } from '../../../playwright.config';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 300_000 });

const SEED_TEXT = readFileSync('data/events.json', 'utf8');
const STORY = (JSON.parse(SEED_TEXT) as DatasetFile).stories![0]!.id;

test('story steps are edited, added, reordered and deleted in the app and saved as small edits of the file', async ({ page }) => {
  const file = 'e2e-story-editor.json';
  const path = `${DEV_DATA_DIR}/${file}`;
  writeFileSync(path, SEED_TEXT);
  try {
    await page.goto(`./?data=data/${file}&story=${STORY}&step=5`);
    const panel = page.getByTestId('story-panel');
    await expect(panel).toContainText('Step 5 of 5');
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    await page.getByRole('button', { name: 'Edit stories…' }).click();
    const editor = page.getByRole('region', { name: 'Edit stories' });
    await expect(editor.getByLabel('Story', { exact: true })).toHaveValue(STORY);

    // A caption edited: the panel shows it as soon as it is valid, and Save changes one line.
    const caption = editor.getByLabel('Caption').nth(4);
    // The data's words are typed in their own direction (the seed declares no language: the text's own).
    await expect(caption).toHaveAttribute('dir', 'auto');
    await expect(editor.getByLabel('Step title').nth(4)).toHaveAttribute('dir', 'auto');
    await caption.fill('The talks in *Munich* were still to come.');
    await expect(panel.locator('em')).toHaveText('Munich');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor.getByRole('status')).toContainText('Saved to data/');
    const saved = readFileSync(path, 'utf8').split('\n');
    const before = SEED_TEXT.split('\n');
    expect(saved).toHaveLength(before.length);
    expect(saved.filter((line, index) => line !== before[index])).toEqual(['          "caption": "The talks in *Munich* were still to come."']);

    // This view as a new last step, then moved up one place and deleted again.
    await page.getByRole('button', { name: 'Close the story' }).click();
    await page.getByRole('radio', { name: 'List', exact: true }).check();
    await editor.getByRole('button', { name: 'Add this view as a step' }).click();
    await expect(editor.getByText('Step 6', { exact: true })).toBeVisible();
    await editor.getByRole('button', { name: 'Move step 6 up' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor.getByRole('status')).toContainText('Saved to data/');
    let stories = (JSON.parse(readFileSync(path, 'utf8')) as DatasetFile).stories!;
    expect(stories[0]!.steps).toHaveLength(6);
    expect(stories[0]!.steps[4]!.view).toContain('view=list');
    expect(stories[0]!.steps[5]!.caption).toBe('The talks in *Munich* were still to come.');

    await editor.getByRole('button', { name: 'Delete step 5' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor.getByRole('status')).toContainText('Saved to data/');
    stories = (JSON.parse(readFileSync(path, 'utf8')) as DatasetFile).stories!;
    expect(stories[0]!.steps).toHaveLength(5);
    expect(stories[0]!.steps.some((step) => step.view.includes('view=list'))).toBe(false);
  } finally {
    rmSync(path, { force: true });
  }
});
