// Compares two ways of putting 5,000 marks on a canvas (one batched Path2D versus one
// drawImage of a cached sprite per mark), including rasterisation (getImageData forces it).
//   npx tsx src/app/dev/bench-canvas.ts
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../../playwright.config';

const script = readFileSync(new URL('./bench-canvas.txt', import.meta.url), 'utf8');
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage();
console.log(await page.evaluate(script));
await browser.close();
