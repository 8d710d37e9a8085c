// Time running right to left (`axis=rtl`): offered in a right-to-left interface, kept in
// the address, and followed by the marks, a drag, the arrow keys and the overview band.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const WINDOW = 'from=2025-02-08&to=2025-02-20';

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('chart-event').first()).toBeAttached();
}

/** The horizontal centre of an event's first button on screen. */
async function buttonX(page: Page, eventId: string): Promise<number> {
  const box = await page.locator(`[data-testid="chart-event"][data-event-id="${eventId}"]`).first().boundingBox();
  return box!.x + box!.width / 2;
}

const shownWindow = async (page: Page) => (await page.locator('[data-window]').first().getAttribute('data-window'))!.split(',').map(Number) as [number, number];

test('in Arabic the option is offered; chosen, later events stand to the left and it stays in the address', async ({ page }) => {
  await open(page, `lang=ar&${WINDOW}`);
  const choice = page.getByRole('checkbox', { name: 'الزمن يسير من اليمين إلى اليسار' });
  await expect(choice).not.toBeChecked();
  // Left to right by default: the 12 February remarks before the 13 February talks.
  expect(await buttonX(page, 'hegseth-nato-remarks')).toBeLessThan(await buttonX(page, 'munich-talks-zelenskyy-vance'));
  await choice.check();
  await expect.poll(() => new URL(page.url()).searchParams.get('axis')).toBe('rtl');
  await expect.poll(async () => (await buttonX(page, 'hegseth-nato-remarks')) - (await buttonX(page, 'munich-talks-zelenskyy-vance'))).toBeGreaterThan(0);
  // Back and Forward carry it like any view setting.
  await page.goBack();
  await expect(choice).not.toBeChecked();
});

test('with time running right to left, dragging to the right shows later times and the right arrow pans towards the past', async ({ page }) => {
  await open(page, `axis=rtl&${WINDOW}`);
  // Offered in an English interface too once the view runs that way, so it can be turned off.
  await expect(page.getByRole('checkbox', { name: 'Time runs right to left' })).toBeChecked();
  const plot = (await page.getByTestId('chart-plot').boundingBox())!;
  const before = await shownWindow(page);
  await page.mouse.move(plot.x + plot.width / 2, plot.y + 60);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width / 2 + 120, plot.y + 60, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await shownWindow(page))[0]).toBeGreaterThan(before[0]);

  const dragged = await shownWindow(page);
  await page.getByTestId('chart-event').first().focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await shownWindow(page))[0]).toBeLessThan(dragged[0]);
});

test('the overview band runs the same way: its brush sits at the right for the earliest years', async ({ page }) => {
  await open(page, `axis=rtl&from=2001-01-01&to=2003-01-01`);
  const overview = (await page.getByTestId('chart-overview').boundingBox())!;
  const brush = (await page.getByTestId('chart-brush-window').boundingBox())!;
  // 2001 is the seed's earliest year: with time running right to left it is at the band's right end.
  expect(brush.x + brush.width / 2).toBeGreaterThan(overview.x + overview.width / 2);
});
