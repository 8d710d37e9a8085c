// Stories in a real browser: the seed's story played by buttons, keys and address, the
// live region, leaving and interacting, a missing story, and a hostile caption.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';
import { openOffline } from './offline';
import { pdfPageCount, pdfText } from './pdfText';
import type { Page } from '@playwright/test';
import type { DatasetFile } from '../../src/core/model/types';

// The tests' own copy of the seed, which carries the seed's story (tests/fixtures/valid/ap-brussels).
const seed = JSON.parse(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8')) as DatasetFile;
const story = seed.stories![0]!;
const STORY = story.id;

// The report page below is served by page.route, which Chromium counts as a public page, and
// public pages may not frame local servers (as in embed.spec.ts): the check is off here.
test.use({ launchOptions: { ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'] } });

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
  // The allies' reply is shown with colour by stance on NATO membership for Ukraine.
  await expect(page).toHaveURL(/color=ukraine-nato-membership/);
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Colour: stance on NATO membership for Ukraine');

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

test('embed mode plays a story chosen in the Embed dialog, in an iframe whose height follows the caption', async ({ page }) => {
  const longCaption = Array.from({ length: 12 }, (_, index) => `Paragraph ${index + 1} of a long caption, long enough to wrap onto a second line in a narrow frame of a report page.`).join('\n\n');
  const data: DatasetFile = {
    ...seed,
    stories: [
      ...seed.stories!,
      {
        id: 'short-then-long',
        title: 'Short then long',
        steps: [
          { view: '?from=2025-02-11&to=2025-02-14', caption: 'Short.' },
          { view: '?from=2025-02-11&to=2025-02-14', title: 'Long', caption: longCaption },
        ],
      },
    ],
  };
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto('./?from=2025-02-11&to=2025-02-14');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.getByLabel('Story').selectOption({ label: 'Short then long' });
  const frame = await dialog.getByLabel('Frame').inputValue();
  const script = await dialog.getByLabel('Script').inputValue();
  const src = new URL(/src="([^"]+)"/.exec(frame)![1]!.replace(/&amp;/g, '&'));
  expect(src.searchParams.get('embed')).toBe('1');
  expect(src.searchParams.get('story')).toBe('short-then-long');

  const host = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4317/');
  host.hostname = host.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  host.pathname = '/__story-host.html';
  await page.route(host.href, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><title>Report</title></head><body style="margin:0;width:640px"><h1>Report</h1>${frame.replace('loading="lazy"', '')}${script}</body></html>` }),
  );
  await page.goto(host.href);
  const iframe = page.locator('iframe');
  const inside = page.frameLocator('iframe');
  const embeddedPanel = inside.getByTestId('story-panel');
  await expect(embeddedPanel).toContainText('Step 1 of 2');
  await expect(inside.getByRole('button', { name: 'Filters' })).toHaveCount(0);
  const frameHeight = async () => (await iframe.boundingBox())?.height ?? 0;
  // Sized to its content: the chart's lanes do not scroll inside the frame.
  const lanesScroll = () => inside.locator('.sl-chart__scroller').evaluate((node) => node.scrollHeight - node.clientHeight);
  await expect.poll(frameHeight).toBeGreaterThan(300);
  await expect.poll(lanesScroll).toBeLessThanOrEqual(1);
  const shortHeight = await frameHeight();
  const panelShort = (await embeddedPanel.boundingBox())?.height ?? 0;

  await embeddedPanel.getByRole('button', { name: 'Next' }).click();
  await expect(embeddedPanel).toContainText('Step 2 of 2');
  await expect(embeddedPanel.getByText('Paragraph 12 of a long caption')).toBeVisible();
  const panelLong = (await embeddedPanel.boundingBox())?.height ?? 0;
  expect(panelLong).toBeGreaterThan(panelShort + 200);
  // The frame grew by the caption's growth: the chart below keeps its height.
  await expect.poll(async () => (await frameHeight()) - shortHeight).toBeGreaterThanOrEqual(panelLong - panelShort - 4);
  await expect.poll(lanesScroll).toBeLessThanOrEqual(1);

  await embeddedPanel.getByRole('button', { name: 'Previous' }).click();
  await expect(embeddedPanel).toContainText('Step 1 of 2');
  // And shrank back when the caption did.
  await expect.poll(frameHeight).toBeLessThan(shortHeight + 4);
  await expect.poll(lanesScroll).toBeLessThanOrEqual(1);
});

test('the single file written by npm run export -- --view "?story=ID" plays the story from disk with the network blocked', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'stanceline-story-'));
  const out = join(dir, 'story.html');
  const port = Number(process.env.STANCELINE_PORT) || 4317;
  const template = join(port === 4317 ? 'dist' : `dist-e2e-${port}`, 'stanceline-standalone.html');
  execFileSync('npx', ['tsx', 'scripts/export.ts', '--data', 'data/events.json', '--out', out, '--view', `?story=${STORY}`, '--template', template], { stdio: 'pipe' });
  const attempted = await openOffline(page, out);
  await expect(panel(page)).toContainText('Step 1 of 5');
  await expect(panel(page).getByRole('heading', { name: 'Hegseth at NATO' })).toBeVisible();
  await expectWindow(page, utc(2025, 2, 11), utc(2025, 2, 14));
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(panel(page)).toContainText('Step 2 of 5');
  await expectWindow(page, utc(2025, 2, 11, 12), utc(2025, 2, 13, 12));
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toContainText('Step 3 of 5');
  expect(attempted).toEqual([]);
});

test('a story playing has no serious accessibility violations, and every story control has a name', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=1`);
  await expect(panel(page)).toBeVisible();
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Play a story' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
  await expect(page.getByRole('region', { name: `Story: ${story.title}` })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Story steps' })).toBeVisible();
});

test('a data file with a broken step is refused, the problem shown at the step\'s line and column', async ({ page }) => {
  const broken = { ...seed, stories: [{ id: 'broken', title: 'Broken', steps: [{ view: '?from=2025-02-11&to=2025-02-14', caption: 'Fine.' }, { view: '?actor=hegseht&from=2025-02-14&to=2025-02-11', caption: 'Broken.' }] }] };
  const text = JSON.stringify(broken, null, 2);
  // Where the broken view's value starts, as an editor counts lines and columns.
  const offset = text.indexOf('"?actor=hegseht');
  const line = text.slice(0, offset).split('\n').length;
  const column = offset - text.lastIndexOf('\n', offset - 1);
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: text }));
  await page.goto('./');
  await expect(page.getByText(`events.json:${line}:${column}`).first()).toBeVisible();
  await expect(page.getByText('No actor has the id "hegseht"')).toBeVisible();
  await expect(page.getByText('Did you mean "hegseth"?', { exact: false })).toBeVisible();
  await expect(page.getByText('The window ends (2025-02-11) before it starts (2025-02-14)', { exact: false })).toBeVisible();
});

test('mount() opens a story at a step, reports step changes, and update() opens another step', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const base = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4317/');
  await page.route(new URL('./__mount-story.html', base).href, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><title>Report</title><link rel="stylesheet" href="./lib/stanceline.css"></head><body>
        <div id="timeline" style="height: 40rem"></div>
        <script type="module">
          import { mount } from './lib/stanceline.js';
          window.steps = [];
          window.timeline = mount(document.getElementById('timeline'), { dataUrl: 'data/events.json', story: '${STORY}', step: 2, onStepChange: (at) => window.steps.push(at) });
        </script></body></html>`,
    }),
  );
  await page.goto(new URL('./__mount-story.html', base).href);
  await expect(panel(page)).toContainText('Step 2 of 5');
  await expect(panel(page).getByRole('heading', { name: 'The Trump–Putin call' })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(panel(page)).toContainText('Step 3 of 5');
  await expect.poll(() => page.evaluate(() => (window as unknown as { steps: unknown[] }).steps)).toEqual([{ story: STORY, step: 3 }]);
  // The host page's address never changes.
  expect(new URL(page.url()).search).toBe('');
  await page.evaluate(() => (window as unknown as { timeline: { update(options: object): void } }).timeline.update({ step: 5 }));
  await expect(panel(page)).toContainText('Step 5 of 5');
  await panel(page).getByRole('button', { name: 'Close the story' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { steps: unknown[] }).steps.at(-1))).toBeNull();
  expect(errors).toEqual([]);
});

test('printing a story gives one page per step, each with its title and caption', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed = ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
    };
  });
  await page.goto(`./?story=${STORY}&step=1`);
  await expect(panel(page)).toBeVisible();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Print the story (a page per step)…' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
  await expect(page.locator('.story-print-page')).toHaveCount(5);
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBe(5);
  const text = pdfText(pdf).replace(/\s+/g, '');
  for (const [index, step] of story.steps.entries()) {
    expect(text).toContain(`Step${index + 1}of5:${step.title!.replace(/\s+/g, '')}`);
  }
  expect(text).toContain('Hourslater,PresidentDonaldTrumpsaid');
  expect(text).toContain('NATO“isstillthemainguaranteeofsecurityforEuropeancountries.”'.replace(/\s+/g, ''));
  // The controls and the on-screen caption panel stay off the paper.
  expect(text).not.toContain('Fitall');
  expect(text).not.toContain('Previous');
});

test('the SVG and PNG of a story step carry its caption above the picture', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=2`);
  await expect(panel(page)).toContainText('Step 2 of 5');
  const exportItem = async (name: string) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    return download;
  };
  const svgDownload = await exportItem('Image (SVG)');
  expect(svgDownload.suggestedFilename()).toMatch(new RegExp(`-${STORY}-2\\.svg$`));
  const svg = readFileSync(await svgDownload.path()).toString('utf8');
  expect(svg).toContain('>Step 2 of 5: The Trump–Putin call</text>');
  expect(svg).toContain('Hours later, President Donald Trump said');
  // The chart's own picture is inside, below the caption.
  expect(svg).toMatch(/<svg x="0" y="\d+" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // Well-formed: the browser parses it as XML without error.
  expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svg)).toBe(true);

  const pngDownload = await exportItem('Image (PNG)');
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const height = png.readUInt32BE(20);
  const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
  expect(height).toBe(svgHeight);
});

test('a sideways swipe on the caption panel steps on a touch screen; a vertical one does not', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=2`);
  await expect(panel(page)).toContainText('Step 2 of 5');
  const swipe = async (dx: number, dy: number) => {
    const box = (await panel(page).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await panel(page).dispatchEvent('pointerdown', { pointerType: 'touch', pointerId: 7, isPrimary: true, clientX: x, clientY: y, bubbles: true });
    await panel(page).dispatchEvent('pointerup', { pointerType: 'touch', pointerId: 7, isPrimary: true, clientX: x + dx, clientY: y + dy, bubbles: true });
  };
  await swipe(-120, 10);
  await expect(panel(page)).toContainText('Step 3 of 5');
  await swipe(120, -5);
  await expect(panel(page)).toContainText('Step 2 of 5');
  await swipe(20, 150);
  await swipe(-120, 10);
  // Only the sideways swipe counted: one step on from 2.
  await expect(panel(page)).toContainText('Step 3 of 5');
  await expect(page).toHaveURL(/step=3/);
});

test('the Story and Export menus open inside the window, on a wide screen and a phone', async ({ page }) => {
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    for (const [button, list] of [['Story', 'Play a story'], ['Export', 'Export the current view']] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const box = await page.getByRole('list', { name: list }).locator('xpath=..').boundingBox();
      expect(box, `${button} at ${width} px`).not.toBeNull();
      // The whole panel on screen: a menu running past the right edge hid its words (the Story menu, last in a wide toolbar).
      expect(box!.x, `${button} at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${button} at ${width} px`).toBeLessThanOrEqual(width);
      // The button closes its menu again.
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('list', { name: list })).toBeHidden();
    }
  }
});

test("in the Arabic interface a story's words keep the data's direction", async ({ page }) => {
  await page.goto(`./?lang=ar&story=${STORY}&step=2`);
  const direction = (selector: string) => page.locator(selector).first().evaluate((node) => getComputedStyle(node).direction);
  // The seed is English: its story's title, step title and caption run left to right in a right-to-left page.
  await expect(panel(page).locator('.story-panel-caption p').first()).toBeVisible();
  // The page turns right to left once its Arabic chunk is in, which the story panel can come before.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
  for (const selector of ['.story-panel-story', '.story-panel-title', '.story-panel-caption p']) expect(await direction(selector), selector).toBe('ltr');
  await page.getByRole('button', { name: 'القصة', exact: true }).click();
  for (const selector of ['.story-menu-title', '.story-menu-description']) expect(await direction(selector), selector).toBe('ltr');
});

test('on a phone a step\'s event is not opened over the chart: the step offers its details, and the next step holds them back again', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const hegseth = seed.events.find((event) => event.id === 'hegseth-nato-remarks')!;
  await page.goto(`./?story=${STORY}&step=1`);
  await expect(panel(page)).toContainText('Step 1 of 5');
  // The step selects the event (the address says so), but the sheet stays closed.
  await expect(page).toHaveURL(/sel=hegseth-nato-remarks/);
  await expect(page.locator('.details-panel')).toHaveCount(0);
  // Nothing covers the step's buttons.
  const next = panel(page).getByRole('button', { name: 'Next' });
  const nextBox = (await next.boundingBox())!;
  const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? '', { x: nextBox.x + nextBox.width / 2, y: nextBox.y + nextBox.height / 2 });
  expect(topmost).toContain('Next');

  // Asked for, the details open with the focus in them.
  await panel(page).getByRole('button', { name: 'Event details' }).click();
  await expect(page.locator('.details-panel h2')).toHaveText(hegseth.title);
  await expect(page.locator('.details-panel')).toContainText(hegseth.location!);
  await expect(page.locator('.details-panel h2')).toBeFocused();
  await expect(panel(page).getByRole('button', { name: 'Event details' })).toHaveCount(0);

  // The next step's event is held back again, and Esc leaves the story rather than closing a sheet nobody sees.
  await next.click();
  await expect(panel(page)).toContainText('Step 2 of 5');
  await expect(page.locator('.details-panel')).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Event details' })).toBeVisible();
  await next.press('Escape');
  await expect(panel(page)).toHaveCount(0);
});

test('on a wide screen a step\'s event opens its details, with no button for them', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=1`);
  await expect(page.locator('.details-panel h2')).toHaveText(seed.events.find((event) => event.id === 'hegseth-nato-remarks')!.title);
  await expect(panel(page).getByRole('button', { name: 'Event details' })).toHaveCount(0);
});

test('the Story menu marks the story playing in the interface\'s words, beside the story\'s title in the data\'s', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=1`);
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  const playing = page.getByRole('list', { name: 'Play a story' }).locator('button[aria-current="true"]');
  await expect(playing).toContainText(`${story.title} (playing)`);
  await expect(playing.locator('.story-menu-title')).toHaveText(story.title);
  await page.goto(`./?story=${STORY}&step=1&lang=fr`);
  await page.getByRole('button', { name: 'Récit', exact: true }).click();
  await expect(page.locator('.story-menu-panel button[aria-current="true"] .story-menu-playing')).toHaveText('(en cours)');
});

test('an embedded story leads with the chart: a step\'s event opens its details over the chart only when asked for', async ({ page }) => {
  const hegseth = seed.events.find((event) => event.id === 'hegseth-nato-remarks')!;
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`./?embed=1&story=${STORY}&step=1`);
  await expect(panel(page)).toContainText('Step 1 of 5');
  await expect(page.locator('.embed-details')).toHaveCount(0);
  // The step's event is still the one selected on the chart.
  await expect(page.locator('.sl-chart__events button[aria-pressed="true"]')).toHaveAccessibleName(/^Hegseth: NATO membership for Ukraine/);
  await panel(page).getByRole('button', { name: 'Event details' }).click();
  await expect(page.locator('.embed-details h2')).toHaveText(hegseth.title);
  await expect(page.locator('.embed-details h2')).toBeFocused();
  // Another step: held back again.
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(panel(page)).toContainText('Step 2 of 5');
  await expect(page.locator('.embed-details')).toHaveCount(0);
});

test('right to left, Next sits on the left with its arrow pointing there, and ← steps forward', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=2&lang=ar`);
  await expect(panel(page)).toContainText('2');
  const previous = panel(page).getByRole('button', { name: /السابق/ });
  const next = panel(page).getByRole('button', { name: /التالي/ });
  await expect(previous).toHaveText('→ السابق');
  await expect(next).toHaveText('التالي ←');
  // Next is to the left of Previous.
  expect((await next.boundingBox())!.x).toBeLessThan((await previous.boundingBox())!.x);
  await page.locator('body').press('ArrowLeft');
  await expect(page).toHaveURL(/step=3/);
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(/step=2/);
});
