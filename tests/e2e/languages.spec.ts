// Languages in the browser: lang= in the address chooses the interface language (its words,
// its dates and, for Arabic, its direction), an unknown one falls back to English, the
// header's picker switches and keeps it in the address, and the pseudo-locale finds any
// interface text in the converted areas that does not come from the catalogue.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
}

const tickLabels = (page: Page) => page.locator('[data-testid="chart-axis"] .tick text').allTextContents();

test('lang=fr: French controls, French axis ticks and dates, lang on the document', async ({ page }) => {
  await open(page, '?lang=fr&from=2025-01-01&to=2025-07-01&sel=hegseth-nato-remarks');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: /^Filtres/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Tout afficher' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Chronologie' })).toBeChecked();
  await expect.poll(() => tickLabels(page)).toContain('févr. 2025');
  const details = page.locator('.details-panel');
  await expect(details.getByText('mercredi 12 février 2025')).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Citations' })).toBeVisible();
  await expect(page.locator('.shown-count')).toContainText('affichés');
});

test('lang=uk: Ukrainian controls and dates with genitive months', async ({ page }) => {
  await open(page, '?lang=uk&sel=hegseth-nato-remarks');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('button', { name: /^Фільтри/ })).toBeVisible();
  await expect(page.locator('.details-panel').getByText('середа, 12 лютого 2025')).toBeVisible();
  await page.getByRole('searchbox').fill('NATO');
  await expect(page.locator('.search-count')).toHaveText(/^\d+ збіг(и|ів)?$/);
});

test.describe('lang=ar at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('sets dir=rtl, mirrors the interface, keeps time running left to right, and nothing overflows', async ({ page }) => {
    await open(page, '?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('button', { name: /^عوامل التصفية/ })).toBeVisible();
    // Mirrored: the toolbar starts at the right, with the Filters button first.
    const toggle = (await page.getByRole('button', { name: /^عوامل التصفية/ }).boundingBox())!;
    expect(toggle.x + toggle.width).toBeGreaterThan(390 - 40);
    expect(toggle.x).toBeGreaterThan(390 / 3);
    // The filter drawer opens from the right.
    await page.getByRole('button', { name: /^عوامل التصفية/ }).click();
    const drawer = (await page.getByRole('dialog').boundingBox())!;
    expect(drawer.x + drawer.width).toBeGreaterThan(380);
    await page.keyboard.press('Escape');
    // The time axis still runs left to right: later ticks further right.
    const ticks = page.locator('[data-testid="chart-axis"] .tick');
    await expect.poll(() => ticks.count()).toBeGreaterThan(1);
    const xs = await ticks.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().x));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Nothing sticks out sideways at 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('an unknown lang= falls back to English without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await open(page, '?lang=xx-nope');
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
});

test('the picker switches the language and keeps it in the address and in the view’s links', async ({ page }) => {
  await open(page, '');
  await page.getByTestId('language-picker').selectOption('de');
  await expect(page.getByRole('button', { name: 'Filter', exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Zeitleiste' })).toBeChecked();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('de');
  // A change of view keeps lang= beside the view's own parameters.
  await page.getByRole('radio', { name: 'Liste' }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('list');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('de');
});

test('the pseudo-locale: every interface text in the converted areas comes from the catalogue', async ({ page }) => {
  await open(page, '?lang=qps&sel=hegseth-nato-remarks&q=NATO');
  await expect(page.getByRole('button', { name: /^⟦Filters/ })).toBeVisible();
  await page.getByRole('button', { name: /^⟦Results/ }).click();
  const offenders = await page.evaluate(() => {
    // Converted areas; the export and story menus, the editor and the list are swept later.
    const areas = ['.app-header', '.controls', '#filter-panel', '.details-panel'];
    // Data, not interface: names, titles, quotes, ids, counts, the product's name.
    const data = 'bdi, code, blockquote, h1, .details-panel h2, .dataset-about p, .details-place, .details-positions p.muted, .open-file, .check-label, .brand, .export-menu, option, [data-testid="event-citation"], .details-summary, .date-note, .tag-list, .codes, .details-actors strong, .search-result-title';
    const letters = /\p{L}/u;
    const found: string[] = [];
    for (const selector of areas) {
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const parent = node.parentElement;
          if (!parent || !letters.test(text) || parent.closest(data)) continue;
          if (parent.closest('[hidden], .visually-hidden') && !parent.closest('.details-panel, .controls')) continue;
          if (/[⟦⟧]/.test(text) || (parent.textContent ?? '').includes('⟦')) continue;
          found.push(`${selector}: "${text.trim()}"`);
        }
        for (const element of root.querySelectorAll('[aria-label], [placeholder]')) {
          if (element.closest('.export-menu, .open-file')) continue;
          for (const name of ['aria-label', 'placeholder']) {
            const value = element.getAttribute(name);
            if (value && letters.test(value) && !value.includes('⟦')) found.push(`${selector} @${name}: "${value}"`);
          }
        }
      }
    }
    return found;
  });
  expect(offenders).toEqual([]);
});
