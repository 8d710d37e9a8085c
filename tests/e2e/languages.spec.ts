// Languages in the browser: lang= in the address chooses the interface language (its words,
// its dates and, for Arabic, its direction), an unknown one falls back to English, the
// header's picker switches and keeps it in the address, and the pseudo-locale finds any
// interface text in the converted areas that does not come from the catalogue. Exports are
// in the page's language: a French page's picture, a German page's single file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openOffline } from './offline';

/** The AP fixture with a period that names no one and an annotation, for the list view's rows of both kinds. */
const WITH_NOTES = JSON.stringify({
  ...(JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as Record<string, unknown>),
  periods: [{ label: 'Talks week', start: '2025-02-13', end: '2025-02-16', note: 'From the report.' }],
  annotations: [{ label: 'Calls disclosed', date: '2025-02-12T18:00Z', actors: ['trump'] }],
});

async function serveNotes(page: Page): Promise<void> {
  await page.route('**/fixtures/notes.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: WITH_NOTES }));
}

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
}

/** Opens the page in Arabic and waits for the interface to be in it: the data's title can show before the catalogue has loaded. */
async function openInArabic(page: Page, query: string): Promise<void> {
  await open(page, query);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.shown-count')).toContainText('عرض');
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

test('at 1400 px, every language keeps the toolbar to one row and its axis labels apart', async ({ page }) => {
  // Seven page loads in one test: 9–14 s on this machine, past the 30 s timeout when it is busy.
  test.slow();
  await page.setViewportSize({ width: 1400, height: 900 });
  for (const lang of ['en', 'fr', 'de', 'es', 'uk', 'ru', 'ar']) {
    await open(page, `?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // One row: no control starts below the first one's bottom edge.
    const rows = await page.locator('.toolbar').evaluate((toolbar) => {
      const boxes = [...toolbar.children].map((child) => child.getBoundingClientRect()).filter((box) => box.height > 0);
      const firstBottom = Math.min(...boxes.map((box) => box.bottom));
      return boxes.filter((box) => box.top >= firstBottom).length;
    });
    expect(rows, `${lang}: controls on a second row`).toBe(0);
    await expect.poll(() => tickLabels(page)).not.toEqual([]);
    const ticks = await page.locator('[data-testid="chart-axis"] .tick text').evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect()).map((box) => [box.left, box.right]).sort((a, b) => a[0]! - b[0]!));
    for (let k = 1; k < ticks.length; k++) expect(ticks[k]![0]!, `${lang}: tick labels ${k - 1} and ${k} overlap`).toBeGreaterThan(ticks[k - 1]![1]!);
  }
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

  test('the positions view isolates the data\'s words in its Arabic sentences: the topic and what support and oppose mean', async ({ page }) => {
    const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as { topics: { id: string; label: string; support: string; oppose: string }[] };
    const topic = seed.topics.find((candidate) => candidate.id === 'ukraine-nato-membership')!;
    await open(page, `?lang=ar&view=positions&topic=${topic.id}`);
    const legend = page.locator('.positions-legend p').first();
    await expect(legend.locator('bdi')).toHaveText([topic.label, topic.support, topic.oppose]);
    await expect(page.getByTestId('positions-scope-note').locator('bdi').first()).toHaveText(topic.label);
    // Each English wording is drawn as one run, left to right: its first word left of its second on the line.
    const order = await legend.locator('bdi').nth(1).evaluate((bdi) => {
      const text = bdi.firstChild!;
      const box = (from: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, from + 1);
        return range.getBoundingClientRect();
      };
      const second = bdi.textContent!.indexOf(' ') + 1;
      return { first: box(0), second: box(second) };
    });
    if (Math.abs(order.first.top - order.second.top) < 2) expect(order.second.left).toBeGreaterThan(order.first.left);
  });

  test('the Embed dialog shows its code left to right, and its story choice within the dialog', async ({ page }) => {
    await open(page, '?lang=ar');
    await page.getByRole('button', { name: 'تضمين', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const codes = dialog.locator('textarea');
    await expect(codes).toHaveCount(2);
    for (const direction of await codes.evaluateAll((fields) => fields.map((field) => getComputedStyle(field).direction))) expect(direction).toBe('ltr');
    const box = (await dialog.boundingBox())!;
    const choice = (await dialog.locator('.embed-story select').boundingBox())!;
    expect(choice.x).toBeGreaterThanOrEqual(box.x);
    expect(choice.x + choice.width).toBeLessThanOrEqual(box.x + box.width);
  });

  test('a search takes the direction of what is typed, and the filters\' dates run left to right', async ({ page }) => {
    await openInArabic(page, '?lang=ar');
    const search = page.getByRole('searchbox');
    const direction = (field: ReturnType<Page['locator']>) => field.evaluate((element) => getComputedStyle(element).direction);
    // Empty, it keeps the page's direction: the Arabic placeholder reads right to left.
    await expect.poll(() => direction(search)).toBe('rtl');
    await search.fill('Hegseth');
    await expect.poll(() => direction(search)).toBe('ltr');
    await page.getByRole('button', { name: /^عوامل التصفية/ }).click();
    await expect.poll(() => direction(page.getByRole('dialog').locator('.date-input input').first())).toBe('ltr');
  });

  test('a link after text keeps its gap on the text\'s side: "Clear filters" after the count', async ({ page }) => {
    await openInArabic(page, '?lang=ar&type=call');
    await expect(page.locator('.shown-count .link-button')).toBeVisible();
    // The words' boxes, not the elements': right to left, the link's words come after the count's, on their left.
    const measured = await page.locator('.shown-count').evaluate((count) => {
      const wordsBox = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect();
      };
      const link = count.querySelector('.link-button')!;
      const countWords = wordsBox(count.firstChild!);
      const linkWords = wordsBox(link.firstChild!);
      const style = getComputedStyle(link);
      return { sameLine: Math.abs(countWords.top - linkWords.top) < 4, gap: countWords.left - linkWords.right, before: style.paddingRight, after: style.paddingLeft };
    });
    // The gap is on the link's right, the side the count is on (the link may wrap to the next line on a narrow screen).
    expect([measured.before, measured.after]).toEqual(['10px', '0px']);
    if (measured.sameLine) expect(measured.gap).toBeGreaterThanOrEqual(8);
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

// Data, not interface: names, titles, quotes, ids, counts, the product's name, stories' own words.
const DATA =
  'bdi, code, blockquote, h1, .details-panel h2, .dataset-about p, .details-place, .details-positions p.muted, .open-file, .check-label, .brand, option, [data-testid="event-citation"], .details-summary, .date-note, .tag-list, .codes, .details-actors strong, .search-result-title, .story-menu-title, .story-menu-description, .story-panel-story, .story-panel-title, .story-panel-caption, textarea, input';

/**
 * Interface text (text nodes and accessible names) in `areas` that the pseudo-locale did not
 * wrap in ⟦ ⟧, so did not come from the catalogue; `data` is a selector for the data's own
 * words (titles, names, ids, dates written in the data format), which stay as they are.
 * Options are data unless they match `interfaceOptions` and their text is not their value (a
 * column's name is both). Hidden text counts only with `hiddenToo` (and always in the
 * details panel, the controls and a story's announcement). Also counts the wrapped texts
 * seen in each area, so an area that is not on the page (or empty) fails instead of passing
 * for want of text.
 */
async function unwrappedText(
  page: Page,
  areas: readonly string[],
  data: string,
  { hiddenToo = false, interfaceOptions = '' } = {},
): Promise<{ offenders: string[]; wrapped: Record<string, number> }> {
  return page.evaluate(
    ({ areas, data, hiddenToo, interfaceOptions }) => {
      const letters = /\p{L}/u;
      // Between a ⟦ and its ⟧ among its siblings: a part of one message split around elements (tNodes).
      const insideWrapped = (node: Node): boolean => {
        let depth = 0;
        for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
          const text = sibling.textContent ?? '';
          depth += (text.match(/⟦/g)?.length ?? 0) - (text.match(/⟧/g)?.length ?? 0);
        }
        return depth > 0;
      };
      const offenders: string[] = [];
      const wrapped: Record<string, number> = {};
      for (const selector of areas) {
        wrapped[selector] = 0;
        const roots = document.querySelectorAll(selector);
        if (roots.length === 0) offenders.push(`${selector}: not on the page`);
        for (const root of roots) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            const parent = node.parentElement;
            if (!parent || !letters.test(text) || parent.closest(data)) continue;
            if (!hiddenToo && parent.closest('[hidden], .visually-hidden') && !parent.closest('.details-panel, .controls, [data-testid="story-announcement"]')) continue;
            if (/[⟦⟧]/.test(text) || insideWrapped(node)) {
              wrapped[selector]! += 1;
              continue;
            }
            offenders.push(`${selector}: "${text.trim()}"`);
          }
          for (const option of interfaceOptions ? root.querySelectorAll<HTMLOptionElement>(interfaceOptions) : []) {
            const text = option.textContent ?? '';
            if (!letters.test(text) || text === option.value) continue;
            if (text.includes('⟦')) wrapped[selector]! += 1;
            else offenders.push(`${selector} option: "${text}"`);
          }
          const named = [root, ...root.querySelectorAll('[aria-label], [placeholder], [aria-valuetext], [title]')];
          for (const element of named) {
            if (element !== root && element.closest(data)) continue;
            for (const name of ['aria-label', 'placeholder', 'aria-valuetext', 'title']) {
              // A title attribute is an accessible name only on controls; elsewhere it may be data.
              if (name === 'title' && !element.matches('button, a, input, select, textarea')) continue;
              const value = element.getAttribute(name);
              if (!value || !letters.test(value)) continue;
              if (value.includes('⟦')) wrapped[selector]! += 1;
              else offenders.push(`${selector} @${name}: "${value}"`);
            }
          }
        }
      }
      return { offenders, wrapped };
    },
    { areas, data, hiddenToo, interfaceOptions },
  );
}

/** The offenders alone, where the areas' presence is checked by the sweep itself. */
async function unconverted(page: Page, areas: readonly string[], data: string): Promise<string[]> {
  return (await unwrappedText(page, areas, data)).offenders;
}

/** Every area swept had some catalogue text in it. */
function expectEveryAreaSwept(wrapped: Record<string, number>): void {
  for (const [area, count] of Object.entries(wrapped)) expect(count, `catalogue text seen in ${area}`).toBeGreaterThan(0);
}

test('the pseudo-locale: every interface text in the converted areas comes from the catalogue', async ({ page }) => {
  await open(page, '?lang=qps&sel=hegseth-nato-remarks&q=NATO');
  await expect(page.getByRole('button', { name: /^⟦Filters/ })).toBeVisible();
  await page.getByRole('button', { name: /^⟦Results/ }).click();
  // The chart is drawn (it comes after the first render): the overview's slider speaks its window in the language's dates.
  await expect(page.getByTestId('chart-brush-window')).toHaveAttribute('aria-valuetext', /^⟦⟦.*⟧.*⟦.*⟧.*⟧$/, { timeout: 20_000 });
  expect(await unconverted(page, ['.app-header', '.controls', '#filter-panel', '.details-panel', '.export-menu', '.sl-chart__overview'], DATA)).toEqual([]);

  // The Export menu, open.
  await page.getByRole('button', { name: /^⟦Export·/ }).click();
  await expect(page.getByRole('list', { name: /^⟦Export the current view/ })).toBeVisible();
  expect(await unconverted(page, ['.export-menu:not(.story-menu)'], DATA)).toEqual([]);
  await page.keyboard.press('Escape');

  // The Embed dialog, with its story choice.
  await page.getByRole('button', { name: /^⟦Embed·/ }).click();
  await expect(page.getByRole('dialog', { name: /^⟦Embed this view/ })).toBeVisible();
  expect(await unconverted(page, ['.embed-dialog'], DATA)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: /^⟦Close/ }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The Story menu, then a story playing: its panel, the Export menu's story item, and lang= kept in the step's address.
  await page.getByRole('button', { name: /^⟦Story·/ }).click();
  await expect(page.getByRole('list', { name: /^⟦Play a story/ })).toBeVisible();
  expect(await unconverted(page, ['.story-menu'], DATA)).toEqual([]);
  await page.getByRole('list', { name: /^⟦Play a story/ }).getByRole('button').first().click();
  await expect(page.getByTestId('story-panel')).toContainText('⟦Step 1 of 5');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('qps');
  await page.getByTestId('story-panel').getByRole('button', { name: /^⟦Next/ }).click();
  await expect(page.getByTestId('story-panel')).toContainText('⟦Step 2 of 5');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('qps');
  await page.getByRole('button', { name: /^⟦Export·/ }).click();
  await expect(page.getByRole('button', { name: /^⟦Print the story/ })).toBeVisible();
  expect(await unconverted(page, ['[data-testid="story-panel"]', '.export-menu:not(.story-menu)'], DATA)).toEqual([]);
  await page.keyboard.press('Escape');

  // The story editor (the static build edits too: Save downloads the file).
  await page.getByRole('button', { name: /^⟦Story·/ }).click();
  await page.getByRole('button', { name: /^⟦Edit stories/ }).click();
  const editor = page.getByRole('region', { name: /^⟦Edit stories/ });
  await expect(editor.getByRole('button', { name: /^⟦Add this view as a step/ })).toBeVisible({ timeout: 20_000 });
  expect(await unconverted(page, ['.story-editor'], DATA)).toEqual([]);
});

test('the pseudo-locale in an embedded chart: its credit, legend and story panel come from the catalogue', async ({ page }) => {
  await page.goto('./?embed=1&title=1&legend=1&lang=qps&story=hegseth-nato-and-the-calls&step=1');
  await expect(page.getByTestId('story-panel')).toContainText('⟦Step 1 of 5', { timeout: 20_000 });
  await expect(page.locator('.embed-credit')).toContainText('⟦Sources: ');
  expect(await unconverted(page, ['.embed-header', '.embed-legend', '[data-testid="story-panel"]'], DATA)).toEqual([]);
});

test('a French page exports French words and dates: the SVG picture’s caption, credit, axis and marks', async ({ page }) => {
  await open(page, '?lang=fr&from=2025-02-01&to=2025-03-01&type=call');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image (SVG)', exact: true }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  const picture = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const lines = (selector: string) => [...doc.querySelectorAll(selector)].map((node) => node.textContent ?? '');
    return {
      window: lines('text[data-caption="window"]').join(' '),
      filters: lines('text[data-caption="filters"]').join(' '),
      citation: lines('text[data-caption="citation"]').join(''),
      texts: lines('text'),
      markTitles: lines('[data-event-id] > title'),
    };
  }, svg);
  // The window in French months, the count in French words.
  expect(picture.window).toMatch(/^févr\. 2025 · \d+ sur \d+ événements$/);
  expect(picture.filters).toBe('Filtres\u00a0: type\u00a0: appel');
  const today = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
  expect(picture.citation).toMatch(/^Citer ainsi\u00a0: /);
  expect(picture.citation.replace(/\s+/g, '')).toContain(`(consultéle${today.replace(/\s+/g, '')}).`);
  expect(picture.texts).toContain('Sources\u00a0: Associated Press');
  expect(picture.texts).toContain('Réalisé avec Stanceline');
  // The axis ticks and the marks' names carry French dates.
  expect(picture.texts.some((text) => /^\d{1,2} févr\.$/.test(text))).toBe(true);
  expect(picture.markTitles.length).toBeGreaterThan(0);
  for (const title of picture.markTitles) expect(title).toMatch(/, appel(?: \([^)]*\))?, \d{1,2} févr\. 2025/);
  expect(svg).not.toMatch(/Filters:|Cite as:|Made with|accessed/);
});

test('a single-file export keeps the page’s language and opens in it', async ({ page, browser }) => {
  await open(page, '?lang=de&from=2025-02-11&to=2025-02-14');
  await expect(page.getByRole('button', { name: 'Filter', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Exportieren', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'HTML herunterladen', exact: true }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'stanceline-lang-')), 'report.html');
  await (await download).saveAs(file);
  const offline = await browser.newPage();
  await openOffline(offline, file);
  await expect(offline.getByRole('button', { name: 'Filter', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(offline.locator('html')).toHaveAttribute('lang', 'de');
  expect(new URL(offline.url()).searchParams.get('lang')).toBe('de');
  await offline.close();
});

test('French printouts and citations: a story’s pages, the printed list and Cite this event speak French with French dates', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed = ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
    };
  });
  const printed = () => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0);
  await open(page, '?lang=fr&story=hegseth-nato-and-the-calls&step=1');
  await expect(page.getByTestId('story-panel')).toContainText('Étape 1 sur 5');
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  await page.getByRole('button', { name: 'Imprimer le récit (une page par étape)…' }).click();
  await expect.poll(printed).toBe(1);
  await expect(page.locator('.story-print-page h2').first()).toHaveText('A day that upended U.S. policy on Ukraine · Étape 1 sur 5\u00a0: Hegseth at NATO');
  await expect(page.locator('.story-print-page img').first()).toHaveAttribute('alt', /\u00a0: la chronologie à l’étape 1$/);

  // The list printed: French column heads, counts and dates.
  await page.getByTestId('story-panel').getByRole('button', { name: 'Fermer le récit' }).click();
  await page.getByRole('radio', { name: 'Liste' }).check();
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  await page.getByRole('button', { name: 'Imprimer la liste…', exact: true }).click();
  await expect.poll(printed).toBe(2);
  const list = page.locator('.print-list');
  await expect(list.locator('th')).toHaveText(['Date', 'Type', 'Titre', 'Acteurs', 'Lieu']);
  await expect(list.locator('p').first()).toHaveText(/^\d+ sur \d+ événements, du plus ancien au plus récent$/);
  // On paper only (print.css hides it on screen): present, not visible.
  await expect(list.locator('td').filter({ hasText: /^12 févr\. 2025$/ })).not.toHaveCount(0);

  // Cite this event: the words between the data in French, the dates too.
  await open(page, '?lang=fr&sel=hegseth-nato-remarks');
  await page.getByRole('button', { name: 'Citer cet événement' }).click();
  const citation = page.getByTestId('event-citation');
  await expect(citation).toContainText('. Déclaration, 12 févr. 2025.');
  await expect(citation).toContainText(/\. Source\s:\s«\sAP report from Brussels/);
  await expect(citation).toContainText(/Dans\s: .* \(consulté le \d{1,2} [a-zéû]+ \d{4}\)\.$/);
});

test('a link to a missing story says so in the page’s language, with Dismiss in it too', async ({ page }) => {
  await open(page, '?lang=fr&story=nope');
  const notice = page.locator('.story-notice');
  await expect(notice).toContainText('Le lien désigne un récit "nope"');
  await notice.getByRole('button', { name: 'Fermer' }).click();
  await expect(notice).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
});

test('the pseudo-locale: the chart’s lane column and the positions chart come from the catalogue', async ({ page }) => {
  // Data there: names of lanes, groups and actors, the topic's wording, quotes and titles beside marks;
  // and the lane of the one actor with no country, whose accessible name is its name alone.
  const data =
    '.sl-chart__lane-text, .sl-chart__group-name, .sl-chart__group-count, [data-lane-id="other-western-allies"], .positions-actor-label, .positions-group-label, .positions-scale-label, .positions-mark-label, .positions-axis';
  await open(page, '?lang=qps');
  await expect(page.getByTestId('chart-group-toggle').first()).toHaveAttribute('title', /^⟦/);
  // The group of actors with no country is named by the interface, not the data.
  await expect(page.locator('.sl-chart__group-name').last()).toHaveText(/^⟦[^⟧]+⟧$/);
  const chart = await unwrappedText(page, ['.sl-chart__labels'], data);
  expect(chart.offenders).toEqual([]);
  expectEveryAreaSwept(chart.wrapped);
  // A merged group's lane, and the lanes by topic with the lane of events that state no position.
  for (const [query, words] of [['collapsed=US', '[data-lane-id="group:US"]'], ['group=topic', '[data-lane-id="_no-topic"]']] as const) {
    await open(page, `?lang=qps&${query}`);
    await expect(page.getByTestId('chart-lane-label').first()).toHaveAttribute('aria-label', /⟦/);
    expect(await unconverted(page, ['.sl-chart__labels'], data), query).toEqual([]);
    await expect(page.locator(words)).toHaveText(/^⟦[^⟧]+⟧$/);
  }

  await open(page, '?lang=qps&view=positions&pos=ukraine-nato-membership&from=2025-02-13&to=2025-02-20');
  await expect(page.locator('.positions-entered-label').first()).toHaveText(/^⟦/);
  const positions = await unwrappedText(page, ['.positions-chart'], data);
  expect(positions.offenders).toEqual([]);
  expectEveryAreaSwept(positions.wrapped);
});

test('the pseudo-locale: the list, the editors, the gestures’ hint and opening files come from the catalogue', async ({ page }) => {
  test.setTimeout(90_000);
  // Data in these areas: titles, names, places, ids and the data format's own dates and codes.
  const data = 'bdi, code, option, textarea, .col-title-text, .col-place, .col-title .visually-hidden, .mapping-table td, .problem-list, .field-problems';

  // The list view, with a period and an annotation among the events.
  await serveNotes(page);
  await open(page, '?lang=qps&view=list&data=fixtures/notes.json');
  await expect(page.locator('tr[data-note="period"]')).toHaveCount(1);
  await expect(page.locator('tr[data-note="period"] td').nth(3)).toHaveText(/^⟦Everyone/);
  await expect(page.locator('tr[data-note="annotation"] td').nth(0)).toHaveText(/^⟦12 Feb 2025, 18:00⟧ UTC$/);
  let swept = await unwrappedText(page, ['.list-view'], data, { hiddenToo: true });
  expect(swept.offenders).toEqual([]);
  expectEveryAreaSwept(swept.wrapped);

  // The wheel's hint over the chart.
  await page.getByRole('radio', { name: /^⟦Timeline/ }).check();
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  await page.getByTestId('chart-plot').hover();
  await page.mouse.wheel(0, 120);
  await expect(page.getByTestId('chart-wheel-hint')).toHaveText(/^⟦Use (Ctrl|⌘) \+ scroll to zoom·+⟧$/);

  // The event editor, opened from the details.
  await open(page, '?lang=qps&sel=hegseth-nato-remarks');
  await page.locator('.details-panel').getByRole('button', { name: /^⟦Edit·+⟧$/ }).click();
  const form = page.getByRole('form', { name: /^⟦Edit event/ });
  await expect(form).toBeVisible({ timeout: 30_000 });
  await expect(form.getByRole('status').first()).toHaveText(/^⟦No unsaved edits/);
  // The type and status pick-lists are the interface's words; actors, sources and topics are data.
  swept = await unwrappedText(page, ['.event-editor'], data, { hiddenToo: true, interfaceOptions: 'select[id$="-type"] option, select[id$="-status"] option' });
  expect(swept.offenders).toEqual([]);
  expectEveryAreaSwept(swept.wrapped);
  await form.getByRole('button', { name: /^⟦Delete event…/ }).click();
  swept = await unwrappedText(page, ['.edit-danger'], data, { hiddenToo: true });
  expect(swept.offenders).toEqual([]);
  expectEveryAreaSwept(swept.wrapped);

  // The periods-and-annotations editor.
  await page.getByRole('button', { name: /^⟦Edit periods and annotations/ }).click();
  const notes = page.locator('.time-notes-editor');
  await expect(notes.getByRole('heading', { name: /^⟦Periods and annotations/ })).toBeVisible({ timeout: 30_000 });
  await notes.getByRole('button', { name: /^⟦Add annotation/ }).click();
  await expect(notes.getByRole('group', { name: /^⟦Annotation 1/ })).toBeVisible();
  swept = await unwrappedText(page, ['.time-notes-editor'], data, { hiddenToo: true });
  expect(swept.offenders).toEqual([]);
  expectEveryAreaSwept(swept.wrapped);
});

test('the pseudo-locale: opening a file, dropping one, a refused file and the column-mapping dialog come from the catalogue', async ({ page }) => {
  test.setTimeout(90_000);
  const data = 'bdi, code, option, .mapping-table td, .problem-list, .drop-overlay strong';
  await open(page, '?lang=qps');
  let swept = await unwrappedText(page, ['.open-file'], data, { hiddenToo: true });
  expect(swept.offenders).toEqual([]);
  expectEveryAreaSwept(swept.wrapped);

  // A file dragged over the page.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{}'], 'events.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  swept = await unwrappedText(page, ['[data-testid="drop-overlay"]', '[aria-live="assertive"]'], data, { hiddenToo: true });
  expect(swept.offenders).toEqual([]);
  expectEveryAreaSwept(swept.wrapped);
  await page.evaluate(() => window.dispatchEvent(new DragEvent('dragend')));
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

  // A file that is not data: refused, with the reason.
  await page.getByTestId('open-file-input').setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect(page.locator('.open-file-failure')).toContainText('⟦⟦chart.png (image/png)');
  swept = await unwrappedText(page, ['.open-file-failure'], data, { hiddenToo: true });
  expect(swept.offenders).toEqual([]);
  expectEveryAreaSwept(swept.wrapped);

  // A table of no known format: the column-mapping dialog.
  await page.getByTestId('open-file-input').setInputFiles('tests/fixtures/mapping/diplomacy-log.csv');
  const dialog = page.getByRole('dialog', { name: /^⟦Map the columns of diplomacy-log\.csv/ });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('status')).toHaveText(/^⟦/);
  swept = await unwrappedText(page, ['.mapping-dialog'], data, { hiddenToo: true, interfaceOptions: 'option' });
  expect(swept.offenders).toEqual([]);
  expectEveryAreaSwept(swept.wrapped);
  // Closed, it leaves a button to open it again.
  await dialog.getByRole('button', { name: /^⟦Cancel/ }).click();
  await expect(page.getByRole('button', { name: /^⟦Map the columns of diplomacy-log\.csv…/ })).toBeVisible();
});

test('lang=fr: the list view in French, its dates included', async ({ page }) => {
  await serveNotes(page);
  await open(page, '?lang=fr&view=list&data=fixtures/notes.json');
  const table = page.getByRole('grid', { name: 'Événements affichés, avec les périodes et les annotations, un par ligne' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText([/^Date/, 'Type', 'Titre', 'Acteurs', 'Lieu']);
  await expect(table.getByRole('button', { name: /^Date\W*, du plus ancien au plus récent ; activer pour inverser l’ordre$/ })).toBeVisible();
  const hegseth = table.locator('tr[data-event-id="hegseth-nato-remarks"]');
  await expect(hegseth.locator('td.col-date')).toHaveText('12 févr. 2025');
  await expect(hegseth.locator('td.col-type')).toContainText('Déclaration');
  const period = table.locator('tr[data-note="period"]');
  await expect(period.locator('td').nth(0)).toHaveText('13 févr. 2025 – 16 févr. 2025');
  await expect(period.locator('td').nth(1)).toHaveText('Période');
  await expect(period.locator('td').nth(3)).toHaveText('Tout le monde');
  await expect(table.locator('tr[data-note="annotation"] td').nth(0)).toHaveText('12 févr. 2025, 18:00 UTC');
  await expect(table.locator('tr[data-note="annotation"] td').nth(1)).toHaveText('Annotation');
  // Newest first, in French words too.
  await table.getByRole('button', { name: /^Date/ }).click();
  await expect(table.getByRole('columnheader').first()).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('button', { name: /du plus récent au plus ancien/ })).toBeVisible();
});

test.describe('lang=ar list at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the list view in Arabic, right to left, with Arabic dates and nothing sticking out sideways', async ({ page }) => {
    await serveNotes(page);
    await open(page, '?lang=ar&view=list&data=fixtures/notes.json');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const table = page.getByRole('grid', { name: 'الأحداث المعروضة مع الفترات والتعليقات التوضيحية، واحد في كل صف' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'العنوان' })).toBeAttached();
    const hegseth = table.locator('tr[data-event-id="hegseth-nato-remarks"]');
    await expect(hegseth.locator('td.col-date')).toHaveText('12 فبراير 2025');
    await expect(table.locator('tr[data-note="period"] td').nth(3)).toHaveText('الجميع');
    // The long Arabic date is shown whole (on two lines), not cut.
    const dateText = hegseth.locator('.col-date-text');
    const cut = await dateText.evaluate((el) => {
      const cell = el.parentElement!;
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { wider: el.getBoundingClientRect().width - room, clipped: el.scrollHeight - el.clientHeight };
    });
    expect(cut.wider).toBeLessThanOrEqual(1);
    expect(cut.clipped).toBeLessThanOrEqual(1);
    // Mirrored: the first column (the date) is at the right.
    const date = (await hegseth.locator('td.col-date').boundingBox())!;
    const title = (await hegseth.locator('td.col-title').boundingBox())!;
    expect(date.x).toBeGreaterThan(title.x);
    // Nothing sticks out sideways at 390 px: not the page, not the list.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const listOverflow = await page.locator('.list-scroller').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(listOverflow).toBeLessThanOrEqual(1);
  });
});
