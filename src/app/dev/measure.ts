// Measures the chart's pan and zoom frames in headless Chromium on the dev page.
//   npx vite --port 4399 --strictPort --host 127.0.0.1 &   (the dev server)
//   npx tsx src/app/dev/measure.ts [baseUrl] [query...]
// Each step is one wheel notch or one 40 px drag, timed from the input event to the end of
// the next frame (a task queued from requestAnimationFrame), plus the chart's own script
// time for that frame. Reported as medians and 95th percentiles; no thresholds asserted.
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../../playwright.config';
import { dragBackAndForth, wheelBackAndForth } from './gestures';

const base = process.argv[2] ?? 'http://127.0.0.1:4399/src/app/dev/index.html';
const queries = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['n=0', 'n=10000', 'n=100000'];

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// A string, not a function: tsx would wrap named functions in a helper the page lacks.
const PROBE = `(() => {
  const probe = { latencies: [] };
  window.probe = probe;
  const onInput = (event) => {
    if (event.type === 'mousemove' && event.buttons === 0) return;
    const began = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => probe.latencies.push(performance.now() - began), 0));
  };
  window.addEventListener('wheel', onInput, { capture: true, passive: true });
  window.addEventListener('mousemove', onInput, { capture: true, passive: true });
})()`;

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

async function takeLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const probe = (window as unknown as { probe: { latencies: number[] } }).probe;
    const out = probe.latencies;
    probe.latencies = [];
    return out;
  });
}

async function frameTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const dev = window.stancelineDev!;
    const stats = dev.stats(dev.container)!;
    const out = [...stats.frameMs];
    stats.frameMs.length = 0;
    return out;
  });
}

async function measure(query: string): Promise<void> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const opened = Date.now();
  await page.goto(`${base}?${query}`);
  await page.waitForSelector('[data-rendered="true"]', { timeout: 120_000 });
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('stanceline:rendered')[0]?.startTime ?? Number.NaN);
  const status = await page.locator('#status').textContent();
  await installProbe(page);
  const box = (await page.locator('[data-testid="chart-plot"]').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.waitForTimeout(300);
  await frameTimes(page);

  const results: Record<string, { latency: number[]; script: number[] }> = {};
  for (const level of ['fit', 'zoomed x8']) {
    if (level === 'zoomed x8') {
      await page.evaluate(() => window.stancelineDev!.store.dispatch({ type: 'zoom', anchor: 0.5, factor: 8 }));
      await page.waitForTimeout(300);
    }
    await frameTimes(page);
    await takeLatencies(page);
    // Wheel: alternate in and out so the window stays around this level.
    await wheelBackAndForth(page, 40);
    await page.waitForTimeout(300);
    results[`zoom step, ${level}`] = { latency: await takeLatencies(page), script: await frameTimes(page) };
    // Drag: 40 px steps, back and forth.
    await dragBackAndForth(page, cx, cy);
    results[`pan step, ${level}`] = { latency: await takeLatencies(page), script: await frameTimes(page) };
  }
  const phases = await page.evaluate(() => window.stancelineDev!.stats(window.stancelineDev!.container)!.phaseMs);
  const counts = await page.evaluate(() => {
    const stats = window.stancelineDev!.stats(window.stancelineDev!.container)!;
    return `${stats.lastMarks} marks, ${stats.lastClusters} clusters, ${stats.lastDensityLanes} density lanes`;
  });

  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  console.log(`\n${query}: ${status}`);
  console.log(`  first paint ${Math.round(firstPaint)} ms after navigation start (page opened in ${Date.now() - opened} ms); JS heap ${(heap / 1e6).toFixed(0)} MB`);
  for (const [name, { latency, script }] of Object.entries(results)) {
    console.log(
      `  ${name.padEnd(22)} input→frame p50 ${percentile(latency, 50).toFixed(1)} ms, p95 ${percentile(latency, 95).toFixed(1)} ms;` +
        ` chart script p50 ${percentile(script, 50).toFixed(1)} ms, p95 ${percentile(script, 95).toFixed(1)} ms, max ${Math.max(...script).toFixed(1)} ms (${script.length} frames)`,
    );
  }
  console.log(`  last frame drew ${counts}`);
  const phaseTotal = Object.values(phases).reduce((a, b) => a + b, 0);
  console.log(`  script by phase: ${Object.entries(phases).map(([k, v]) => `${k} ${((100 * v) / phaseTotal).toFixed(0)}%`).join(', ')}`);
  await browser.close();
}

for (const query of queries) await measure(query);
