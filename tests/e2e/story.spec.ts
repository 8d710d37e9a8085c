// Stories in a real browser: the seed's story played by buttons, keys and address, the
// live region, leaving and interacting, a missing story, and a hostile caption.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';

const seed = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;
const story = seed.stories![0]!;
const STORY = story.id;

const panel = (page: Page) => page.getByTestId('story-panel');
const chartWindow = (page: Page) => page.locator('.timeline-chart');
const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);

/** The chart shows [start, end] to within a pixel's worth (it keeps its own window when the difference cannot be seen). */
async function expectWindow(page: Page, start: number, end: number) {
  const tolerance = (end - start) / 500;
  await expect
    .poll(async () => {
      const [shownStart, shownEnd] = ((await chartWindow(page).getAttribute('data-window')) ?? '').split(',').map(Number);
      return Math.abs(shownStart! - start) <= tolerance && Math.abs(shownEnd! - end) <= tolerance;
    })
    .toBe(true);
}

async function playFromMenu(page: Page) {
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await page.getByRole('list', { name: 'Play a story' }).getByRole('button', { name: new RegExp(story.title) }).click();
  await expect(panel(page)).toBeVisible();
}

test('the Story control plays the seed story; Previous and Next step through it and keep focus', async ({ page }) => {
  await page.goto('./');
  await playFromMenu(page);
  await expect(panel(page)).toContainText('Step 1 of 5');
  await expect(panel(page).getByRole('heading', { name: 'Hegseth at NATO' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`story=${STORY}&step=1`));
  // The chart shows the step's window (after a short glide).
  await expectWindow(page, utc(2025, 2, 11), utc(2025, 2, 14));

  const next = panel(page).getByRole('button', { name: 'Next' });
  await next.click();
  await expect(panel(page)).toContainText('Step 2 of 5');
  await expect(panel(page).getByRole('heading', { name: 'The Trump–Putin call' })).toBeVisible();
  await expect(page).toHaveURL(/step=2/);
  await expect(page).toHaveURL(/actor=trump,putin/);
  await expectWindow(page, utc(2025, 2, 11, 12), utc(2025, 2, 13, 12));
  await expect(next).toBeFocused();

  const previous = panel(page).getByRole('button', { name: 'Previous' });
  await previous.click();
  await expect(panel(page)).toContainText('Step 1 of 5');
  // At the first step Previous says it is unavailable, and keeps the focus it had.
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await expect(previous).toBeFocused();
  // Playwright will not click an aria-disabled button; a reader's Enter still reaches it.
  await previous.press('Enter');
  await expect(panel(page)).toContainText('Step 1 of 5');
});

test('the arrow keys step, Esc leaves the story in the same view, and Back returns to a step', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=2`);
  await expect(panel(page)).toContainText('Step 2 of 5');
  await page.locator('body').press('ArrowRight');
  await expect(panel(page)).toContainText('Step 3 of 5');
  await expect(page).toHaveURL(/step=3/);
  await page.locator('body').press('ArrowLeft');
  await expect(panel(page)).toContainText('Step 2 of 5');
  await page.locator('body').press('ArrowRight');
  await expect(panel(page)).toContainText('Step 3 of 5');

  // Esc closes what is innermost first: the details of the step's selection, then the story.
  await page.locator('body').press('Escape');
  await expect(page).not.toHaveURL(/sel=/);
  await expect(panel(page)).toContainText('Step 3 of 5');
  await page.locator('body').press('Escape');
  await expect(panel(page)).toHaveCount(0);
  // Free exploration in the view on screen: its filters stay, the story's place goes.
  await expect(page).not.toHaveURL(/story=/);
  await expect(page).toHaveURL(/actor=trump,zelenskyy,zelenskyy-office/);

  // Back: the story again (each step and each change is an entry), then the step before.
  await page.goBack();
  await expect(panel(page)).toContainText('Step 3 of 5');
  await page.goBack();
  await expect(page).toHaveURL(/sel=trump-white-house-on-hegseth/);
  await page.goBack();
  await expect(panel(page)).toContainText('Step 2 of 5');
  await expect(page).toHaveURL(/actor=trump,putin/);
});

test('Close leaves the story in the same view, selection and all, keeping focus out of the details', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=2`);
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(panel(page)).toContainText('Step 3 of 5');
  await expect(page.locator('.details-panel')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Next' })).toBeFocused();
  await panel(page).getByRole('button', { name: 'Close the story' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=|step=/);
  await expect(page).toHaveURL(/sel=trump-white-house-on-hegseth/);
  await expect(page).toHaveURL(/actor=trump,zelenskyy,zelenskyy-office/);
  await expectWindow(page, utc(2025, 2, 11, 12), utc(2025, 2, 13, 12));
});

test('every step is a link: the address opens that step, its view and its caption', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=4`);
  await expect(panel(page)).toContainText('Step 4 of 5');
  await expect(panel(page).getByRole('heading', { name: "The allies' reply" })).toBeVisible();
  await expect(page).toHaveURL(/view=positions/);
  await expect(page.locator('#main-view')).toHaveClass(/view-positions/);

  await page.goto(`./?story=${STORY}&step=5`);
  await expect(panel(page)).toContainText('Step 5 of 5');
  await expectWindow(page, utc(2025, 2, 10), utc(2025, 2, 18));
  await expect(panel(page).getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
});

test('each new step is announced through a live region with its caption', async ({ page }) => {
  await page.goto('./');
  const live = page.getByTestId('story-announcement');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  // The region is there (empty) before a story starts, so the first step is announced too.
  await expect(live).toHaveText('');
  await playFromMenu(page);
  await expect(live).toContainText('Step 1 of 5: Hegseth at NATO.');
  await expect(live).toContainText('NATO membership for Ukraine is a realistic outcome');
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(live).toContainText('Step 2 of 5: The Trump–Putin call.');
  // Markup is not read out: the emphasis markers are gone.
  await expect(live).not.toContainText('*');
});

test('panning during a story keeps it, and Next goes on from the step', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=1`);
  await expectWindow(page, utc(2025, 2, 11), utc(2025, 2, 14));
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await chartWindow(page).getAttribute('data-window'))?.split(',').map(Number).reduce((a, b) => b - a)).toBeLessThan((utc(2025, 2, 14) - utc(2025, 2, 11)) * 0.75);
  await expect(page).toHaveURL(new RegExp(`story=${STORY}&step=1`));
  await expect(panel(page)).toContainText('Step 1 of 5');
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(panel(page)).toContainText('Step 2 of 5');
});

test('with reduced motion the chart jumps to a step instead of gliding', async ({ page }) => {
  const windowsSeen = async (reducedMotion: 'reduce' | 'no-preference') => {
    await page.emulateMedia({ reducedMotion });
    await page.goto(`./?story=${STORY}&step=1`);
    await expectWindow(page, utc(2025, 2, 11), utc(2025, 2, 14));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { windowsSeen: string[] }).windowsSeen = seen;
      const chart = document.querySelector('.timeline-chart')!;
      new MutationObserver(() => seen.push(chart.getAttribute('data-window') ?? '')).observe(chart, { attributes: true, attributeFilter: ['data-window'] });
    });
    await panel(page).getByRole('button', { name: 'Next' }).click();
    await expectWindow(page, utc(2025, 2, 11, 12), utc(2025, 2, 13, 12));
    return new Set(await page.evaluate(() => (window as unknown as { windowsSeen: string[] }).windowsSeen)).size;
  };
  expect(await windowsSeen('reduce')).toBe(1);
  expect(await windowsSeen('no-preference')).toBeGreaterThan(1);
});

test('a link to a missing story or step opens the free view with a message, keeping the rest of the link', async ({ page }) => {
  await page.goto('./?story=no-such-story&step=2&from=2025-02-11&to=2025-02-14&type=call');
  await expect(page.getByRole('alert')).toContainText('The link names a story "no-such-story", which this data does not have');
  await expect(panel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
  await expect(page).toHaveURL(/type=call/);
  await expectWindow(page, utc(2025, 2, 11), utc(2025, 2, 14));

  await page.goto(`./?story=${STORY}&step=9`);
  await expect(page.getByRole('alert')).toContainText(`has 5 steps; the link asks for step "9"`);
  await expect(panel(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a caption holding HTML or a javascript: link shows as text and runs nothing', async ({ page }) => {
  const hostile: DatasetFile = {
    ...seed,
    stories: [
      {
        id: 'hostile',
        title: '<b>Bold</b> title',
        steps: [
          {
            view: '',
            title: '<img src=x onerror="window.pwned=1">',
            caption: '<img src=x onerror="window.pwned=2"><script>window.pwned=3</script>\n\n[click me](javascript:window.pwned=4) and [safe](https://example.org/)',
          },
        ],
      },
    ],
  };
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }));
  await page.goto('./?story=hostile');
  await expect(panel(page)).toContainText('<img src=x onerror="window.pwned=2"><script>window.pwned=3</script>');
  await expect(panel(page)).toContainText('[click me](javascript:window.pwned=4)');
  await expect(panel(page)).toContainText('<b>Bold</b> title');
  await expect(panel(page).locator('img, script, b')).toHaveCount(0);
  await expect(panel(page).locator('a')).toHaveCount(1);
  await expect(panel(page).locator('a')).toHaveAttribute('href', 'https://example.org/');
  await panel(page).getByText('[click me]', { exact: false }).click();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
