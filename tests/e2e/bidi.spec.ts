// Right-to-left overrides in the data: a name holding U+202E (RIGHT-TO-LEFT OVERRIDE) must
// reorder only itself, never the names, roles, counts or dates written after it. The
// fixture is the seed with Hegseth's name "Pete \u202eHegseth" and one title starting with
// U+202E. Order is read from where the browser draws each character.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

// Loading validates the whole file first, and this machine is shared: allow for a slow load.
const expect = baseExpect.configure({ timeout: 15_000 });

const FIXTURE = readFileSync('tests/fixtures/hostile/bidi-and-surrogates.json');

test.beforeEach(async ({ page }) => {
  await page.route('**/hostile/bidi.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: FIXTURE }));
  await page.route('**/hostile/sources/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'An unrelated text.' }));
});

/**
 * Whether `text`, inside `scope`, is drawn left to right: the left edge of each of its
 * characters lies right of the one before. An override that leaked into it would draw it
 * reversed (right to left).
 */
async function drawnInOrder(scope: Locator, text: string): Promise<boolean> {
  return scope.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const boxes: DOMRect[] = [];
      for (let k = 0; k < wanted.length; k++) {
        if (wanted[k] === ' ') continue;
        const range = document.createRange();
        range.setStart(node, at + k);
        range.setEnd(node, at + k + 1);
        boxes.push(range.getBoundingClientRect());
      }
      // Characters on one line are compared; a wrap starts a new line further down.
      let compared = 0;
      for (let k = 1; k < boxes.length; k++) {
        if (Math.abs(boxes[k]!.top - boxes[k - 1]!.top) > 2) continue;
        compared++;
        if (!(boxes[k]!.left > boxes[k - 1]!.left)) return false;
      }
      return compared > 0;
    }
    throw new Error(`"${wanted}" is not in ${root.className}`);
  }, text);
}

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?data=hostile/bidi.json&${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hegseth at NATO');
}

test('the override reverses a name on its own, and the test can see it', async ({ page }) => {
  // A control: without isolation the same text after the override is drawn reversed, so drawnInOrder can fail.
  await page.setContent('<p id="leak">Pete \u202eHegseth, Other Allies</p>');
  expect(await drawnInOrder(page.locator('#leak'), 'Other Allies')).toBe(false);
});

test('in the list, the names after an overridden one, and the date before it, stay in order', async ({ page }) => {
  await open(page, 'view=list');
  const row = page.locator('tr[data-event-id="ukraine-backers-meet-at-nato"]');
  await expect(row).toBeVisible();
  const actors = row.locator('.col-actors');
  await expect(actors).toContainText('Hegseth');
  const others = (await actors.innerText()).split(', ').filter((name) => !name.includes('Hegseth'));
  expect(others.length).toBeGreaterThan(0);
  for (const name of others) expect(await drawnInOrder(actors, name), name).toBe(true);
  expect(await drawnInOrder(row.locator('.col-date'), '12 Feb 2025')).toBe(true);
  const overridden = page.locator('tr[data-event-id="hegseth-nato-remarks"] .col-title');
  expect(await overridden.evaluate((cell) => cell.getAttribute('dir'))).toBe('auto');
});

test('in the details, the role, country and source after an overridden name stay in order', async ({ page }) => {
  await open(page, 'sel=hegseth-nato-remarks&from=2025-02-11&to=2025-02-14');
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Hegseth');
  const actor = details.locator('.details-actors li').first();
  expect(await drawnInOrder(actor, 'U.S. Secretary of Defense')).toBe(true);
  expect(await drawnInOrder(actor, 'United States')).toBe(true);
  const caption = details.locator('.quote figcaption').first();
  expect(await drawnInOrder(caption, 'Associated Press')).toBe(true);
});

test('in the filters, the timeline’s labels and tooltip, data text is isolated', async ({ page }) => {
  await open(page, 'from=2025-02-11&to=2025-02-14');
  const isolation = (locator: Locator) => locator.evaluate((node) => getComputedStyle(node).unicodeBidi);
  // Filters: the count after an overridden actor name stays in order.
  const filterToggle = page.getByRole('button', { name: /^Filters/ });
  if (await filterToggle.isVisible()) await filterToggle.click();
  const option = page.locator('.filter-panel label').filter({ hasText: 'Hegseth' });
  expect(await isolation(option.locator('.check-label'))).toBe('isolate');
  // Lane labels.
  const lane = page.getByTestId('chart-lane-label').filter({ hasText: 'Hegseth' }).first();
  expect(await isolation(lane.locator('.sl-chart__lane-text'))).toBe('isolate');
  // The tooltip lists each participant isolated.
  const mark = page.locator('[data-testid="chart-event"][data-event-id="ukraine-backers-meet-at-nato"]').first();
  // Focus shows the tooltip too (the marks of one day are close enough to overlap a pointer).
  await mark.focus();
  const tooltip = page.getByTestId('chart-tooltip');
  await expect(tooltip).toBeVisible();
  const actors = tooltip.locator('.sl-chart__tooltip-actors');
  expect(await actors.locator('bdi').count()).toBeGreaterThanOrEqual(2);
  const others = (await actors.innerText()).split(', ').filter((name) => !name.includes('Hegseth'));
  for (const name of others) expect(await drawnInOrder(actors, name), name).toBe(true);
});

test('in the problem list, the message after an overridden path stays in order', async ({ page }) => {
  const broken = JSON.parse(FIXTURE.toString('utf8')) as { events: { id: string; type: string }[] };
  broken.events[0]!.type = '\u202egossip';
  await page.route('**/hostile/bidi-broken.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken, null, 2) }));
  await page.goto('./?data=hostile/bidi-broken.json');
  const problem = page.locator('.problem-error').filter({ hasText: 'gossip' }).first();
  await expect(problem).toBeVisible();
  // The file and position before the message are isolated from it, and stay in order.
  expect(await drawnInOrder(problem, 'hostile/bidi-broken.json')).toBe(true);
  expect(await problem.locator('bdi').count()).toBe(3);
});
