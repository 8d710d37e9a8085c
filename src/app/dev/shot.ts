// Dev helper: screenshot a page of the dev server in headless Chromium.
//   npx tsx src/app/dev/shot.ts <url> <out.png> [width] [height]
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../../playwright.config';

const [url, out, width = '1400', height = '900'] = process.argv.slice(2);
if (!url || !out) throw new Error('usage: shot.ts <url> <out.png> [width] [height]');
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => console.log(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
await browser.close();
