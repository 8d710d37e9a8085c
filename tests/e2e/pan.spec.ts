// A pan moves a picture painted with margins around the plot (src/render/chart/panLayer.ts)
// instead of laying out and painting each step. Mid-drag the plot must show what it shows at
// rest for the same window: the same marks in the same places, the axis's ticks too, whichever
// way time runs, and after a drag past the margins, which paints the picture anew.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEFAULT_GEN_OPTIONS, generateDataset } from '../../scripts/gen';

// The page's CSP allows no inline style; the test adds one that hides the titles.
test.use({ bypassCSP: true });

let file = '';
test.beforeAll(() => {
  const parts: string[] = [];
  generateDataset({ ...DEFAULT_GEN_OPTIONS, events: 1_000, actors: 30, countries: 6, seed: 3 }, (chunk) => parts.push(chunk));
  file = parts.join('');
});

const plot = (page: Page) => page.getByTestId('chart-plot');
const windowOf = (page: Page) => page.locator('[data-window]').first().getAttribute('data-window');

async function open(page: Page, query = ''): Promise<void> {
  await page.route('**/generated-pan.json', (route) => route.fulfill({ body: file, contentType: 'application/json' }));
  await page.goto(`./?data=generated-pan.json${query}`);
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-rendered', 'true');
  // Titles are placed anew when a pan ends; the picture under them is what is compared here.
  await page.addStyleTag({ content: '.sl-chart__titles { visibility: hidden !important; }' });
}

/**
 * The share of pixels of `a` with no pixel like it (each channel within 48) at the same place
 * in `b` or one pixel away: a picture moved by a fraction of a pixel is drawn a little
 * differently at every edge, a mark in another sub-row (11 px away) or lane is not there.
 */
async function differing(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const width = a.readUInt32BE(16);
  return page.evaluate(
    async ([first, second, widthText]) => {
      const width = Number(widthText);
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [p, q] = [await pixels(first!), await pixels(second!)];
      if (p.length !== q.length) return 1;
      const height = p.length / 4 / width;
      const near = (i: number, j: number) => Math.abs(p[i]! - q[j]!) <= 48 && Math.abs(p[i + 1]! - q[j + 1]!) <= 48 && Math.abs(p[i + 2]! - q[j + 2]!) <= 48;
      let count = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          let found = false;
          for (let dy = -1; dy <= 1 && !found; dy++) {
            for (let dx = -1; dx <= 1 && !found; dx++) {
              const u = x + dx;
              const v = y + dy;
              if (u >= 0 && v >= 0 && u < width && v < height && near(i, (v * width + u) * 4)) found = true;
            }
          }
          if (!found) count++;
        }
      }
      return count / (width * height);
    },
    [a.toString('base64'), b.toString('base64'), String(width)],
  );
}

/** Tick labels away from the axis's ends (where a label at rest grows inwards), by text, with their centres. */
async function innerTicks(page: Page): Promise<Map<string, number>> {
  const axis = (await page.getByTestId('chart-axis').boundingBox())!;
  const ticks = await page.getByTestId('chart-axis').locator('.tick text').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { text: node.textContent ?? '', centre: box.left + box.width / 2 };
    }),
  );
  return new Map(ticks.filter((tick) => tick.centre > axis.x + 60 && tick.centre < axis.x + axis.width - 60).map((tick) => [tick.text, tick.centre]));
}

/** Drags the plot by `dx` px in steps, screenshots it and reads its ticks mid-drag, then the same at rest. */
async function dragAndCompare(page: Page, dx: number, steps: number) {
  const box = (await plot(page).boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const before = await plot(page).screenshot();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx, start.y, { steps });
  await expect(page.locator('.sl-chart__plot--panning')).toHaveCount(1);
  const midWindow = await windowOf(page);
  const mid = await plot(page).screenshot();
  const midTicks = await innerTicks(page);
  await page.mouse.up();
  // Away from the plot: no hover ring or tooltip at rest, which the picture mid-drag has not.
  await page.mouse.move(0, 0);
  await expect(page.locator('.sl-chart__plot--panning')).toHaveCount(0);
  // The settled window is rounded (to well under a pixel).
  const [from, to] = (await windowOf(page))!.split(',').map(Number);
  const [midFrom, midTo] = midWindow!.split(',').map(Number);
  expect(Math.abs(from! - midFrom!)).toBeLessThan((midTo! - midFrom!) / box.width / 4);
  expect(Math.abs(to! - midTo!)).toBeLessThan((midTo! - midFrom!) / box.width / 4);
  const rest = await plot(page).screenshot();
  const restTicks = await innerTicks(page);
  return { before, mid, rest, midTicks, restTicks };
}

for (const [name, query] of [
  ['time left to right', ''],
  ['time right to left', '&axis=rtl'],
] as const) {
  test(`mid-drag, the plot shows what it shows at rest for that window (${name})`, async ({ page }) => {
    await open(page, `&from=2018-01-01&to=2020-01-01${query}`);
    const { before, mid, rest, midTicks, restTicks } = await dragAndCompare(page, -200, 5);
    // Something moved: the picture before the drag is not the one after it.
    expect(await differing(page, before, rest)).toBeGreaterThan(0.01);
    expect(await differing(page, mid, rest)).toBeLessThan(0.005);
    expect(midTicks.size).toBeGreaterThan(2);
    for (const [text, centre] of restTicks) if (midTicks.has(text)) expect(Math.abs(midTicks.get(text)! - centre), text).toBeLessThan(1.5);
  });
}

test('a drag past the picture’s margins paints it anew, and mid-drag is still the plot at rest', async ({ page }) => {
  await open(page, '&from=2018-01-01&to=2019-01-01');
  const width = (await plot(page).boundingBox())!.width;
  const { mid, rest } = await dragAndCompare(page, 2.5 * width, 25);
  expect(await differing(page, mid, rest)).toBeLessThan(0.005);
});

test('a press that does not drag leaves the plot as it was, and a click still selects', async ({ page }) => {
  await open(page, '&from=2018-01-01&to=2020-01-01');
  const box = (await plot(page).boundingBox())!;
  const before = await plot(page).screenshot();
  // On the first group's header, where there is no mark: the press paints the pan's picture, unseen.
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.up();
  await page.mouse.move(0, 0);
  await expect(page.locator('.sl-chart__plot--panning')).toHaveCount(0);
  await expect(page.locator('.sl-chart__pan')).toBeHidden();
  expect(await differing(page, before, await plot(page).screenshot())).toBeLessThan(0.005);

  const button = page.getByTestId('chart-event').first();
  const id = await button.getAttribute('data-event-id');
  const at = (await button.boundingBox())!;
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  await expect(page).toHaveURL(new RegExp(`sel=${id}`));
  await expect(page.locator('.sl-chart__plot--panning')).toHaveCount(0);
  await expect(page.locator('.sl-chart__pan')).toBeHidden();
});
