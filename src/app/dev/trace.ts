// Records a DevTools trace of wheel-zoom and drag-pan steps on the dev page and prints
// where the main thread's time goes: per trace event name (script, GC, style, layout,
// paint, raster) and, for the slowest animation frames, what ran inside them. The
// sampling profiler misses work that is not JavaScript (GC, canvas, style); this does not.
//   npx tsx src/app/dev/trace.ts [url] [zoom factor before measuring]
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../../playwright.config';
import { dragBackAndForth, wheelBackAndForth } from './gestures';

const url = process.argv[2] ?? 'http://127.0.0.1:4399/src/app/dev/index.html?n=100000';
const zoomFirst = Number(process.argv[3] ?? 1);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: unlike `dur`, not inflated when a busy machine deschedules the thread. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { elementCount?: number; data?: { frame?: string; nodeName?: string; reason?: string; invalidationList?: unknown[] }; beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] } };
}

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(url);
await page.waitForSelector('[data-rendered="true"]', { timeout: 180_000 });
if (zoomFirst !== 1) await page.evaluate((k) => window.stancelineDev!.store.dispatch({ type: 'zoom', anchor: 0.5, factor: k }), zoomFirst);
await page.waitForTimeout(500);
const box = (await page.locator('[data-testid="chart-plot"]').boundingBox())!;
const cx = box.x + box.width / 2;
const cy = box.y + box.height / 2;
await page.mouse.move(cx, cy);
const cdp = await page.context().newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
await cdp.send('Tracing.start', {
  traceConfig: {
    includedCategories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.frame',
      'disabled-by-default-devtools.timeline.stack',
      'disabled-by-default-devtools.timeline.invalidationTracking',
      'v8',
      'v8.execute',
      'disabled-by-default-v8.gc',
      'blink',
      'cc',
      'gpu',
      'blink.gc',
    ],
  },
  transferMode: 'ReportEvents',
});
await wheelBackAndForth(page, 40);
await dragBackAndForth(page, cx, cy);
await cdp.send('Tracing.end');
await done;
await browser.close();

// The renderer's main thread: the one running animation frame callbacks.
const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X');
const main = frames[0];
if (!main) throw new Error('no animation frames in the trace');
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
const byName = new Map<string, { total: number; max: number; count: number }>();
for (const e of onMain) {
  const entry = byName.get(e.name) ?? { total: 0, max: 0, count: 0 };
  entry.total += e.dur! / 1000;
  entry.max = Math.max(entry.max, e.dur! / 1000);
  entry.count++;
  byName.set(e.name, entry);
}
console.log(`${frames.length} animation frames; main thread events by total time (ms):`);
for (const [name, { total, max, count }] of [...byName].sort((a, b) => b[1].total - a[1].total).slice(0, 25)) {
  console.log(`  ${name.padEnd(40)} total ${total.toFixed(1).padStart(8)}  max ${max.toFixed(1).padStart(7)}  ×${count}`);
}
// Other threads (raster, compositor, GPU): totals only.
const elsewhere = new Map<string, number>();
for (const e of events) {
  if (e.ph !== 'X' || e.dur === undefined || (e.pid === main.pid && e.tid === main.tid)) continue;
  if (!/Raster|Paint|GPU|Decode|Upload|Draw/.test(e.name)) continue;
  elsewhere.set(e.name, (elsewhere.get(e.name) ?? 0) + e.dur / 1000);
}
console.log('raster/paint/GPU work on other threads (ms):');
for (const [name, total] of [...elsewhere].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${name.padEnd(40)} ${total.toFixed(1)}`);
const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${p(1).toFixed(1)} ms`;
};
console.log(`animation frame callbacks, wall: ${percentiles(frames.map((f) => f.dur! / 1000))}`);
console.log(`animation frame callbacks, CPU:  ${percentiles(frames.map((f) => (f.tdur ?? f.dur!) / 1000))}`);
// Whole main-thread frames (script, style, layout, paint, commit), CPU time.
const mainFrames = onMain.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
console.log(`main-thread frames, CPU:          ${percentiles(mainFrames.map((f) => (f.tdur ?? f.dur!) / 1000))}`);
const styleCpu = onMain.filter((e) => e.name === 'UpdateLayoutTree').reduce((sum, e) => sum + (e.tdur ?? e.dur!) / 1000, 0);
const gcCpu = onMain.filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC').reduce((sum, e) => sum + (e.tdur ?? e.dur!) / 1000, 0);
console.log(`style recalculation CPU ${styleCpu.toFixed(1)} ms in total; GC CPU ${gcCpu.toFixed(1)} ms in total`);
for (const frame of [...frames].sort((a, b) => b.dur! - a.dur!).slice(0, 4)) {
  const inside = onMain
    .filter((e) => e !== frame && e.ts >= frame.ts && e.ts + e.dur! <= frame.ts + frame.dur! && e.dur! > 1000)
    .map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`);
  console.log(`  slow frame ${(frame.dur! / 1000).toFixed(1)} ms: ${inside.join(', ') || '(nothing over 1 ms inside)'}`);
}
// Style recalculations forced from script (inside an animation frame) name their caller.
const forced = new Map<string, number>();
for (const frame of frames) {
  for (const e of onMain) {
    if (e.name !== 'UpdateLayoutTree' || e.ts < frame.ts || e.ts > frame.ts + frame.dur!) continue;
    const top = e.args?.beginData?.stackTrace?.[0];
    const key = top ? `${top.functionName || '(anonymous)'} ${top.url.split('/').pop()}:${top.lineNumber}` : '(no stack)';
    forced.set(key, (forced.get(key) ?? 0) + e.dur! / 1000);
  }
}
console.log('style recalculations inside animation frames, by caller (ms):');
for (const [key, total] of [...forced].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  ${key.padEnd(50)} ${total.toFixed(1)}`);
// What invalidated style, by element and reason (invalidation tracking).
const reasons = new Map<string, number>();
for (const e of events) {
  if (e.name !== 'StyleRecalcInvalidationTracking' && e.name !== 'StyleInvalidatorInvalidationTracking') continue;
  const key = `${e.name.replace('InvalidationTracking', '')}: ${e.args?.data?.nodeName ?? '?'} ${e.args?.data?.reason ?? ''}`;
  reasons.set(key, (reasons.get(key) ?? 0) + 1);
}
console.log('style invalidations by element and reason (count):');
for (const [key, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${key.padEnd(70)} ${count}`);
const recalcs = onMain.filter((e) => e.name === 'UpdateLayoutTree');
const elements = recalcs.map((e) => e.args?.elementCount ?? 0);
console.log(`elements restyled per recalculation: ${percentiles(elements).replace(/ ms/g, '')}`);
