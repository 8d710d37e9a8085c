// Profiles pan and zoom on the dev page with the DevTools protocol and prints the
// functions with the most self time, to see where a frame goes.
//   npx tsx src/app/dev/profile.ts [url]
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../../playwright.config';

const url = process.argv[2] ?? 'http://127.0.0.1:4399/src/app/dev/index.html?n=100000';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(url);
await page.waitForSelector('[data-rendered="true"]', { timeout: 180_000 });
const box = (await page.locator('[data-testid="chart-plot"]').boundingBox())!;
const cx = box.x + box.width / 2;
const cy = box.y + box.height / 2;
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.mouse.move(cx, cy);
// Ctrl: the plain wheel scrolls, Ctrl + wheel zooms.
await page.keyboard.down('Control');
for (let i = 0; i < 20; i++) {
  await page.mouse.wheel(0, i % 2 === 0 ? -100 : 100);
  await page.waitForTimeout(50);
}
await page.keyboard.up('Control');
await page.mouse.down();
for (let i = 0; i < 20; i++) {
  await page.mouse.move(cx - 10 * i, cy);
  await page.waitForTimeout(30);
}
await page.mouse.up();
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number } };
const byName = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  total += hits;
  const file = node.callFrame.url.split('/').pop()?.split('?')[0] ?? '';
  const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
  byName.set(key, (byName.get(key) ?? 0) + hits);
}
const rows = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
for (const [name, hits] of rows) console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
await browser.close();
