// Periods and annotations in the in-app editor (static build: Save downloads): add one of
// each and the chart names the band and the rule; an edit renames them; a bad date gets the
// loader's message at its field while the chart keeps the last valid state; Undo and
// Delete take them back; the downloaded file carries them in the format's order.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 20_000 });
// A shared, busy machine: limits against hangs, not speed goals.
test.describe.configure({ timeout: 90_000 });

test('add, edit, check, undo and delete a period and an annotation; the chart follows', async ({ page }) => {
  await page.goto('/?from=2025-02-10&to=2025-02-17');
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  const names = page.getByTestId('chart-notes');
  // The tests' frozen data has no periods or annotations.
  await expect(names.locator('text')).toHaveCount(0);

  await page.getByRole('button', { name: 'Edit periods and annotations' }).click();
  const editor = page.getByRole('region', { name: 'Periods and annotations' });
  await expect(editor.getByRole('button', { name: 'Add period' })).toBeVisible({ timeout: 30_000 });

  // A period: the new one takes the middle of the window; its label field has the focus.
  await editor.getByRole('button', { name: 'Add period' }).click();
  const period = editor.getByRole('group', { name: /^Period 1/ });
  await expect(period.getByRole('textbox', { name: 'Label' })).toBeFocused();
  await period.getByRole('textbox', { name: 'Label' }).fill('Ceasefire talks');
  await period.getByRole('textbox', { name: 'Start' }).fill('2025-02-12');
  await period.getByRole('textbox', { name: 'End' }).fill('2025-02-14~');
  await expect(names.locator('text[data-note="period"]')).toHaveText('Ceasefire talks');

  // An annotation at one date, concerning one country.
  await editor.getByRole('button', { name: 'Add annotation' }).click();
  const annotation = editor.getByRole('group', { name: /^Annotation 1/ });
  await annotation.getByRole('textbox', { name: 'Label' }).fill('Call disclosed');
  await annotation.getByRole('textbox', { name: 'Date' }).fill('2025-02-15');
  await annotation.getByRole('group', { name: 'Countries' }).getByRole('combobox').selectOption({ label: 'Ukraine' });
  await annotation.getByRole('group', { name: 'Countries' }).getByRole('button', { name: 'Add', exact: true }).click();
  await expect(names.locator('text[data-note="annotation"]')).toHaveText('Call disclosed');
  // The rule is right of the band's name: 15 February is after 12 February.
  const periodX = Number(await names.locator('text[data-note="period"]').getAttribute('x'));
  const ruleX = Number(await names.locator('text[data-note="annotation"]').getAttribute('x'));
  expect(ruleX).toBeGreaterThan(periodX);

  // The form passes an accessibility audit: labels, names, contrast.
  const audit = await new AxeBuilder({ page }).include('.time-notes-editor').analyze();
  expect(audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  // An end before the start: the loader's message at the End field; the chart keeps the last valid period.
  const end = period.getByRole('textbox', { name: 'End' });
  await end.fill('2025-02-11');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription(/ends \(2025-02-11\) before it starts \(2025-02-12\)/);
  await expect(editor.getByRole('status').filter({ hasText: '1 error: the chart shows the last valid data.' })).toBeVisible();
  await expect(names.locator('text[data-note="period"]')).toHaveText('Ceasefire talks');
  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect(end).toHaveValue('2025-02-14~');
  await expect(end).toHaveAttribute('aria-invalid', 'false');

  // An edit renames the band on the chart.
  await period.getByRole('textbox', { name: 'Label' }).fill('Talks in Munich');
  await expect(names.locator('text[data-note="period"]')).toHaveText('Talks in Munich');

  // Saved into the file (a download here), after the events, fields in the format's order.
  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Save (download)' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Record<string, unknown>;
  expect(saved.periods).toEqual([{ label: 'Talks in Munich', start: '2025-02-12', end: '2025-02-14~' }]);
  expect(saved.annotations).toEqual([{ label: 'Call disclosed', date: '2025-02-15', countries: ['UA'] }]);
  const keys = Object.keys(saved);
  expect(keys.indexOf('periods')).toBe(keys.indexOf('events') + 1);

  // Delete: the band goes, focus goes to Add; Undo brings it back.
  await period.getByRole('button', { name: 'Delete period 1' }).click();
  await expect(names.locator('text[data-note="period"]')).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Add period' })).toBeFocused();
  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect(names.locator('text[data-note="period"]')).toHaveText('Talks in Munich');
  await editor.getByRole('group', { name: /^Annotation 1/ }).getByRole('button', { name: 'Delete annotation 1' }).click();
  await expect(names.locator('text[data-note="annotation"]')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(editor).toHaveCount(0);
});
