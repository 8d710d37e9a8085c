// Periods and annotations edited in the app against the dev server: a renamed period is a
// one-line change of the file, a new annotation adds only its own lines (after the periods),
// and deleting it again gives back the file as it was.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { DatasetFile } from '../../../src/core/model/types';
import { DEV_DATA_DIR } from '../../../playwright.config';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 300_000 });

const SEED_TEXT = readFileSync('data/events.json', 'utf8');
const PERIOD = (JSON.parse(SEED_TEXT) as DatasetFile).periods![0]!;

test('a period renamed and an annotation added and deleted in the app are saved as small edits of the file', async ({ page }) => {
  const file = 'e2e-time-notes-editor.json';
  const path = `${DEV_DATA_DIR}/${file}`;
  writeFileSync(path, SEED_TEXT);
  try {
    await page.goto(`./?data=data/${file}&from=2025-02-10&to=2025-02-18`);
    await expect(page.getByTestId('chart-notes')).toContainText(PERIOD.label, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Edit periods and annotations' }).click();
    const editor = page.getByRole('region', { name: 'Periods and annotations' });
    const period = editor.getByRole('group', { name: /^Period 1/ });
    await expect(period.getByRole('textbox', { name: 'Label' })).toHaveValue(PERIOD.label);
    // A label is the data's words, in their own direction; a date is the format's, left to right in every language.
    await expect(period.getByRole('textbox', { name: 'Label' })).toHaveAttribute('dir', 'auto');
    await expect(period.getByRole('textbox', { name: 'Start' })).toHaveAttribute('dir', 'ltr');

    // Renamed: one line of the file changes.
    await period.getByRole('textbox', { name: 'Label' }).fill('Munich conference week');
    await expect(page.getByTestId('chart-notes').locator('text[data-note="period"]')).toHaveText('Munich conference week');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor.getByText(/^Saved to data\//)).toBeVisible();
    const renamed = readFileSync(path, 'utf8');
    const before = SEED_TEXT.split('\n');
    expect(renamed.split('\n').filter((line, index) => line !== before[index])).toEqual(['      "label": "Munich conference week",']);

    // An annotation added: the file gains its lines after the periods, and nothing else changes.
    await editor.getByRole('button', { name: 'Add annotation' }).click();
    const annotation = editor.getByRole('group', { name: /^Annotation 1/ });
    await annotation.getByRole('textbox', { name: 'Label' }).fill('Hegseth at NATO');
    await annotation.getByRole('textbox', { name: 'Date' }).fill('2025-02-12');
    await expect(page.getByTestId('chart-notes').locator('text[data-note="annotation"]')).toHaveText('Hegseth at NATO');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor.getByText(/^Saved to data\//)).toBeVisible();
    const annotated = readFileSync(path, 'utf8');
    const saved = JSON.parse(annotated) as Record<string, unknown>;
    expect(saved.annotations).toEqual([{ label: 'Hegseth at NATO', date: '2025-02-12' }]);
    const keys = Object.keys(saved);
    expect(keys.indexOf('annotations')).toBe(keys.indexOf('periods') + 1);
    const added = annotated.split('\n').length - renamed.split('\n').length;
    const periodsEnd = renamed.indexOf('\n  ],', renamed.indexOf('"periods"'));
    expect(annotated.slice(0, periodsEnd)).toBe(renamed.slice(0, periodsEnd));
    expect(added).toBe(6);

    // Deleted again: the file is back to the renamed version, byte for byte.
    await annotation.getByRole('button', { name: 'Delete annotation 1' }).click();
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor.getByText(/^Saved to data\//)).toBeVisible();
    expect(readFileSync(path, 'utf8')).toBe(renamed);
  } finally {
    rmSync(path, { force: true });
  }
});
