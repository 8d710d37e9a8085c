// The timeline chart in a real browser, mounted by the app, against the seed data.
// What a person does with the chart: zoom and pan, drag the overview, move with the
// keyboard, hover, click, restore a window from a link, use it on a phone.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';


const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;
const titleOf = (id: string) => seed.events.find((e) => e.id === id)!.title;

/** The seed's busy week, where every mark stands apart. */
const FEB_WEEK = '?from=2025-02-10&to=2025-02-18';

const chart = (page: Page) => page.getByTestId('timeline-chart');
const plot = (page: Page) => page.getByTestId('chart-plot');
const eventButton = (page: Page, id: string) => page.locator(`[data-testid="chart-event"][data-event-id="${id}"]`);

/** The chart's window as [start, end] ms, from the read-only debug attribute. */
async function windowOf(page: Page): Promise<[number, number]> {
  const text = await page.locator('[data-window]').first().getAttribute('data-window');
  const [start, end] = (text ?? '').split(',').map(Number);
  return [start!, end!];
}

/** The window once it has stopped moving (a wheel run settles a moment after its last notch). */
async function restingWindowOf(page: Page): Promise<[number, number]> {
  let previous = await windowOf(page);
  await expect
    .poll(async () => {
      const now = await windowOf(page);
      const still = now[0] === previous[0] && now[1] === previous[1];
      previous = now;
      return still;
    }, { intervals: [300] })
    .toBe(true);
  return previous;
}

async function axisLabels(page: Page): Promise<string> {
  return (await page.getByTestId('chart-axis').locator('.tick text').allTextContents()).join(' ');
}

async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  // Generous: the machine running these may be busy.
  await expect(chart(page)).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the chart marks its first paint and shows an axis, lanes and an overview', async ({ page }) => {
  await open(page);
  expect(await page.evaluate(() => performance.getEntriesByName('stanceline:rendered').length)).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('chart-axis').locator('.tick').first()).toBeAttached();
  await expect(page.getByTestId('chart-overview')).toBeVisible();
  const label = page.getByTestId('chart-lane-label').filter({ hasText: 'Pete Hegseth' });
  await expect(label).toHaveAttribute('aria-label', 'Pete Hegseth (United States)');
  await expect(page.locator('[data-testid="chart-group-header"][data-group-id="NATO"]')).toBeAttached();
});

test('a window in the link is restored, and a call ties its two lanes with one connector', async ({ page }) => {
  await open(page, FEB_WEEK);
  const [start, end] = await windowOf(page);
  expect(start).toBe(Date.UTC(2025, 1, 10));
  expect(end).toBe(Date.UTC(2025, 1, 18));
  const marks = eventButton(page, 'trump-putin-call');
  await expect(marks).toHaveCount(2);
  const [a, b] = [await centreOf(marks.nth(0)), await centreOf(marks.nth(1))];
  // One moment, two lanes: same x, different rows.
  expect(Math.abs(a.x - b.x)).toBeLessThan(1);
  expect(Math.abs(a.y - b.y)).toBeGreaterThan(20);
  expect(Number(await chart(page).getAttribute('data-connectors'))).toBeGreaterThanOrEqual(1);
  expect(await axisLabels(page)).toMatch(/\d{1,2} Feb/);
});

test('the seed opens at its own window, the Brussels week, and "Fit all" still shows all 24 years', async ({ page }) => {
  await open(page);
  // The seed copy (tests/fixtures/valid/ap-brussels): "view": { "from": "2025-02-10", "to": "2025-02-17" }, to the end of the 17th.
  expect(await windowOf(page)).toEqual([Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 18)]);
  await expect(page).toHaveURL(/from=2025-02-10&to=2025-02-18/);
  await expect(eventButton(page, 'hegseth-nato-remarks')).toHaveCount(1);
  await page.getByRole('button', { name: 'Fit all', exact: true }).click();
  await expect.poll(async () => (await windowOf(page))[0]).toBeLessThan(Date.UTC(2001, 8, 1));
  // A window in the link still wins.
  await open(page, '?from=2022-01-01&to=2023-01-01');
  expect(await windowOf(page)).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)]);
});

/** Page x of an instant in the plot, from the chart's window. */
async function xOfTime(page: Page, time: number): Promise<number> {
  const [start, end] = await windowOf(page);
  const box = (await plot(page).boundingBox())!;
  return box.x + ((time - start) / (end - start)) * box.width;
}

test('a day-precision event sits at the middle of its day, not at midnight', async ({ page }) => {
  await open(page, FEB_WEEK);
  const mark = await centreOf(eventButton(page, 'hegseth-nato-remarks'));
  const noon = await xOfTime(page, Date.UTC(2025, 1, 12, 12));
  expect(Math.abs(mark.x - noon)).toBeLessThan(1.5);
});

test('calls and a meeting on one day get connectors of their own, a few pixels apart', async ({ page }) => {
  await open(page, FEB_WEEK);
  const ids = ['ukraine-backers-meet-at-nato', 'trump-putin-call', 'trump-zelenskyy-call'];
  const xs: number[] = [];
  for (const id of ids) {
    const marks = eventButton(page, id);
    await expect(marks).toHaveCount(2);
    const [a, b] = [await centreOf(marks.nth(0)), await centreOf(marks.nth(1))];
    // Both ends of one connector share its x.
    expect(Math.abs(a.x - b.x)).toBeLessThan(1);
    xs.push(a.x);
  }
  const noon = await xOfTime(page, Date.UTC(2025, 1, 12, 12));
  xs.sort((a, b) => a - b);
  for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(3);
  // Dodged around the day's middle, not moved away from it.
  for (const x of xs) expect(Math.abs(x - noon)).toBeLessThan(12);
});

test('four events at one moment in a lane with room are all drawn as marks, with no "+1"', async ({ page }) => {
  await open(page, FEB_WEEK);
  const post = eventButton(page, 'trump-post-on-putin-call');
  await expect(post).toHaveCount(1);
  const trumpLane = await post.getAttribute('data-lane');
  const inTrumpLane = (id: string) => page.locator(`[data-testid="chart-event"][data-event-id="${id}"][data-lane="${trumpLane}"]`);
  for (const id of ['trump-putin-call', 'trump-post-on-putin-call', 'trump-zelenskyy-call', 'trump-white-house-on-hegseth']) {
    await expect(inTrumpLane(id)).toHaveCount(1);
  }
});

test('the fitted view keeps the first and last marks whole on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await page.getByRole('button', { name: 'Fit all', exact: true }).click();
  await expect.poll(async () => (await windowOf(page))[0]).toBeLessThan(Date.UTC(2002, 0, 1));
  const box = (await plot(page).boundingBox())!;
  const buttons = page.getByTestId('chart-event');
  const count = await buttons.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const at = await centreOf(buttons.nth(i));
    // A mark is 10 px wide (12 with its outline): its centre stays 6 px inside the plot.
    expect(at.x).toBeGreaterThanOrEqual(box.x + 6);
    expect(at.x).toBeLessThanOrEqual(box.x + box.width - 6);
  }
});

test('Ctrl + wheel zoom and drag pan change the axis and settle into the URL', async ({ page }) => {
  await open(page);
  const before = await axisLabels(page);
  const [s0, e0] = await windowOf(page);
  const centre = await centreOf(plot(page));
  await page.mouse.move(centre.x, centre.y);
  // The plain wheel scrolls (tests/e2e/wheel.spec.ts); zooming asks for Ctrl.
  await page.keyboard.down('Control');
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -240);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await windowOf(page))[1] - (await windowOf(page))[0]).toBeLessThan((e0 - s0) / 2);
  await expect.poll(() => axisLabels(page)).not.toBe(before);
  await expect(page).toHaveURL(/from=.*to=/);

  const [s1] = await restingWindowOf(page);
  const zoomedAxis = await axisLabels(page);
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x + 150, centre.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await windowOf(page))[0]).toBeLessThan(s1);
  await expect.poll(() => axisLabels(page)).not.toBe(zoomedAxis);
});

test('dragging the overview brush moves the main window', async ({ page }) => {
  await open(page, '?from=2010-01-01&to=2014-01-01');
  const [s0, e0] = await windowOf(page);
  const selection = page.getByTestId('chart-brush').locator('.selection');
  const from = await centreOf(selection);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 200, from.y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await windowOf(page))[0]).toBeLessThan(s0 - 2 * 365 * 86_400_000);
  const [s1, e1] = await windowOf(page);
  // Moving the brush pans; it does not change the span (to within rounding).
  expect(Math.abs(e1 - s1 - (e0 - s0))).toBeLessThan((e0 - s0) * 0.05);
  await expect(page).toHaveURL(/from=(19|200)/);
});

test('the buttons zoom and fit, and plus and minus zoom from the keyboard', async ({ page }) => {
  await open(page, FEB_WEEK);
  const [s0, e0] = await windowOf(page);
  await eventButton(page, 'hegseth-nato-remarks').first().focus();
  await page.keyboard.press('+');
  await expect.poll(async () => (await windowOf(page))[1] - (await windowOf(page))[0]).toBeLessThan((e0 - s0) * 0.6);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(async () => (await windowOf(page))[1] - (await windowOf(page))[0]).toBeGreaterThan((e0 - s0) * 1.5);
  await page.getByRole('button', { name: /fit all/i }).click();
  await expect.poll(async () => (await windowOf(page))[0]).toBeLessThan(Date.UTC(2002, 0, 1));
});

test('arrow keys move between events in a lane and across lanes; Enter selects and Escape clears', async ({ page }) => {
  await open(page, FEB_WEEK);
  const trumpCall = eventButton(page, 'trump-putin-call').first();
  await trumpCall.focus();
  await expect(trumpCall).toHaveAttribute('aria-label', new RegExp(`^${titleOf('trump-putin-call')}, call \\(reported\\), 12 Feb 2025`));
  // Trump's lane in time order: the call, his post, the White House remarks, the Zelenskyy call.
  await page.keyboard.press('ArrowRight');
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await expect.poll(focusedLabel).not.toContain(titleOf('trump-putin-call'));
  const second = await focusedLabel();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focusedLabel).toContain(titleOf('trump-putin-call'));
  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedLabel).toBe(second);
  // Down moves to the nearest event in the lane below.
  const laneBefore = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.lane);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.lane)).not.toBe(laneBefore);

  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="chart-event"][aria-pressed="true"]').first()).toBeAttached();
  await expect(page).toHaveURL(/sel=/);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="chart-event"][aria-pressed="true"]')).toHaveCount(0);
});

test('Tab reaches the chart with one stop, and Home and End go to the ends of the lane', async ({ page }) => {
  await open(page, FEB_WEEK);
  await expect(page.locator('[data-testid="chart-event"][tabindex="0"]')).toHaveCount(1);
  await page.locator('[data-testid="chart-event"][tabindex="0"]').focus();
  await page.keyboard.press('End');
  const lane = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.lane);
  const last = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId);
  await page.keyboard.press('Home');
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.lane)).toBe(lane);
  const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId);
  expect(first).toBeTruthy();
  // Lanes with a single event give the same answer both ways; otherwise Home ≠ End.
  const countInLane = await page.locator(`[data-testid="chart-event"][data-lane="${lane}"]`).count();
  if (countInLane > 1) expect(first).not.toBe(last);
});

test('hovering a mark shows a tooltip with title, date and type; clicking selects, clicking empty space clears', async ({ page }) => {
  await open(page, FEB_WEEK);
  const mark = eventButton(page, 'hegseth-nato-remarks').first();
  const at = await centreOf(mark);
  await page.mouse.move(at.x, at.y);
  const tooltip = page.getByTestId('chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(titleOf('hegseth-nato-remarks'));
  await expect(tooltip).toContainText('12 Feb 2025');
  await expect(tooltip).toContainText('Statement');
  await expect(tooltip).toContainText('Pete Hegseth');
  await page.mouse.click(at.x, at.y);
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/sel=hegseth-nato-remarks/);
  // Empty space: the left of the plot's lower edge (the details panel may cover the right).
  const box = (await plot(page).boundingBox())!;
  await page.mouse.click(box.x + 10, box.y + box.height - 5);
  await expect(page).not.toHaveURL(/sel=/);
});

test('a counted cluster opens by zooming in when clicked', async ({ page }) => {
  // Collapsed, the United States lane holds eight events on 12–13 Feb: three stack, the rest are counted.
  await open(page, FEB_WEEK);
  await page.locator('[data-testid="chart-group-toggle"][data-group-id="US"]').click();
  const lane = page.locator('[data-testid="chart-lane-label"][data-lane-id="group:US"]');
  await expect(lane).toBeAttached();
  const [s0, e0] = await windowOf(page);
  const laneBox = (await lane.boundingBox())!;
  const noon = await xOfTime(page, Date.UTC(2025, 1, 12, 12));
  // The badge row sits below the three sub-rows of marks (6 + 5 + 3 × 11 px from the lane top);
  // a badge starts at its first member's mark (within a few px of noon) and is 26 px wide.
  await page.mouse.click(noon + 10, laneBox.y + 44);
  await expect.poll(async () => (await windowOf(page))[1] - (await windowOf(page))[0]).toBeLessThan((e0 - s0) / 4);
});

test('a collapsed group draws a shared event once in its merged lane', async ({ page }) => {
  await open(page, FEB_WEEK);
  await page.locator('[data-testid="chart-group-toggle"][data-group-id="US"]').click();
  const merged = page.locator('[data-testid="chart-lane-label"][data-lane-id="group:US"]');
  await expect(merged).toBeAttached();
  // Hegseth and the backers met: Hegseth's lane merged, the backers' lane (NATO) stays.
  await expect(eventButton(page, 'munich-talks-zelenskyy-vance')).toHaveCount(2);
  await expect(page).toHaveURL(/collapsed=US/);
});

test('on a phone-sized screen the chart fits and its labels column narrows', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, FEB_WEEK);
  const label = page.getByTestId('chart-lane-label').first();
  const labelBox = (await label.boundingBox())!;
  expect(labelBox.width).toBeLessThanOrEqual(120);
  const chartBox = (await chart(page).boundingBox())!;
  const plotBox = (await plot(page).boundingBox())!;
  expect(plotBox.x + plotBox.width).toBeLessThanOrEqual(chartBox.x + chartBox.width + 1);
  expect(plotBox.width).toBeGreaterThan(200);
  await expect(eventButton(page, 'trump-putin-call')).toHaveCount(2);
});

test('the chart has no serious or critical accessibility violations', async ({ page }) => {
  await open(page, FEB_WEEK);
  const results = await new AxeBuilder({ page }).include('[data-testid="timeline-chart"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
