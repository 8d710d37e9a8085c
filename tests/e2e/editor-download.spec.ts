// The in-app editor in the static build, which cannot write files: Save downloads the data
// file with the edit applied to its original text as a minimal change (one line for one
// field), named after the original; the chart shows the edit meanwhile.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 20_000 });
// A shared, busy machine: limits against hangs, not speed goals.
test.describe.configure({ timeout: 90_000 });

const PLACE_LINE = '      "location": "NATO headquarters, Brussels",';

/** The text with `line` replaced in the given event only (other events share the same place). */
function replaceInEvent(text: string, eventId: string, line: string, replacement: string): string {
  const start = text.indexOf(`"id": "${eventId}"`);
  const at = text.indexOf(line, start);
  if (start < 0 || at < 0) throw new Error(`The data no longer has ${line} in ${eventId}.`);
  return text.slice(0, at) + replacement + text.slice(at + line.length);
}

test('Save in a static build downloads the original text with only the edited line changed', async ({ page }) => {
  // The file as the built app serves it (the build copied data/ when it was made).
  const original = await (await page.request.get('data/events.json')).text();
  await page.goto('/?sel=hegseth-nato-remarks');
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Hegseth', { timeout: 30_000 });
  await details.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.getByRole('form', { name: /^Edit event/ });
  await expect(form).toBeVisible({ timeout: 30_000 });
  await expect(form.getByText('Save downloads events.json with your edits')).toBeVisible();

  // The form passes an accessibility audit: labels, names, contrast.
  const audit = await new AxeBuilder({ page }).include('.details-panel').analyze();
  expect(audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  // A hostile value: quotes, a backslash and markup stay text, escaped in the file.
  const place = 'Brussels "HQ" \\ </script><b>bold</b>';
  await form.getByRole('textbox', { name: 'Place (optional)' }).fill(place);
  await expect(form.getByRole('status').filter({ hasText: 'Unsaved edits, shown on the chart.' })).toBeVisible();
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Save (download)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('events.json');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toBe(replaceInEvent(original, 'hegseth-nato-remarks', PLACE_LINE, `      "location": ${JSON.stringify(place)},`));
  await expect(form.getByRole('status').filter({ hasText: 'Downloaded events.json with your edits.' })).toBeVisible();

  // The details show the edited place, as text.
  await form.getByRole('button', { name: 'Done' }).click();
  await expect(details.locator('dd').filter({ hasText: place })).toBeVisible();
});
