// Filters that answer questions (issue 20, part 2): "all of" for countries and actors,
// kept in the address, and facet counts that follow the other filters. The question
// "calls between the United States and the United Kingdom" is asked of a generated file
// (scripts/gen.ts, the same generator as `npm run gen`) and the answer checked against a
// count made here from the file itself.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEFAULT_GEN_OPTIONS, generateDataset } from '../../scripts/gen';

interface GenFile {
  countries: { id: string; name: string }[];
  actors: { id: string; country?: string }[];
  events: { id: string; type: string; actors: string[] }[];
}

const chunks: string[] = [];
generateDataset({ ...DEFAULT_GEN_OPTIONS, events: 3000, actors: 60, countries: 12, seed: 7 }, (text) => chunks.push(text));
const GENERATED = chunks.join('');
const file = JSON.parse(GENERATED) as GenFile;
const countryOf = new Map(file.actors.map((a) => [a.id, a.country]));

/** Calls whose actors come from every one of `countries`, counted from the raw file. */
function callsBetween(countries: readonly string[]): number {
  return file.events.filter((e) => {
    if (e.type !== 'call') return false;
    const present = new Set(e.actors.map((id) => countryOf.get(id)));
    return countries.every((c) => present.has(c));
  }).length;
}

function callsWithAny(countries: readonly string[]): number {
  return file.events.filter((e) => e.type === 'call' && e.actors.some((id) => countries.includes(countryOf.get(id) ?? ''))).length;
}

async function shownCount(page: Page): Promise<number> {
  const text = await page.locator('.shown-count').innerText();
  const match = /Showing ([\d,\u00a0\u202f ]+) of/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1]!.replace(/\D/g, ''));
}

test.beforeEach(async ({ page }) => {
  await page.route('**/generated-calls.json', (route) => route.fulfill({ contentType: 'application/json', body: GENERATED }));
});

test('calls between the United States and the United Kingdom: "all of" gives exactly the calls with both', async ({ page }) => {
  const between = callsBetween(['US', 'GB']);
  const either = callsWithAny(['US', 'GB']);
  // The file must hold the case that tells the two apart, or the test proves nothing.
  expect(between).toBeGreaterThan(0);
  expect(either).toBeGreaterThan(between);

  await page.goto('./?data=generated-calls.json&view=list');
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expect(filters).toBeVisible({ timeout: 20_000 });
  await filters.getByRole('group', { name: /^Type/ }).getByRole('checkbox', { name: /Call/ }).check();
  const countries = filters.getByRole('group', { name: /^Country/ });
  await countries.getByRole('checkbox', { name: /^United States/ }).check();
  await countries.getByRole('checkbox', { name: /^United Kingdom/ }).check();
  await expect.poll(() => shownCount(page)).toBe(either);

  await countries.getByRole('radio', { name: 'all of these' }).check();
  await expect.poll(() => shownCount(page)).toBe(between);
  await expect(page).toHaveURL(/[?&]countrymatch=all(&|$)/);

  // The address reopens the same question.
  await page.reload();
  await expect.poll(() => shownCount(page), { timeout: 20_000 }).toBe(between);
  await expect(page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: /^Country/ }).getByRole('radio', { name: 'all of these' })).toBeChecked();
});

test('facet counts follow the other filters', async ({ page }) => {
  await page.goto('./?data=generated-calls.json&type=call');
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expect(filters).toBeVisible({ timeout: 20_000 });
  const us = filters.getByRole('group', { name: /^Country/ }).locator('label', { hasText: /^United States/ }).locator('.check-count');
  await expect(us).toHaveText(String(callsWithAny(['US'])).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  // Choosing the count's option gives that many events.
  await filters.getByRole('group', { name: /^Country/ }).getByRole('checkbox', { name: /^United States/ }).check();
  await expect.poll(() => shownCount(page)).toBe(callsWithAny(['US']));
});
