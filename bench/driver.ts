// One benchmark run: a fresh headless Chromium at 1400x900 opens a subject page with a
// dataset, waits for its first full render, reads the JS heap after a forced GC and the
// DOM node count, then plays 30 wheel-zoom steps and 30 drag-pan steps, each timed in the
// page by bench/probe.js. The same protocol serves every subject.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../playwright.config';

export const VIEWPORT = { width: 1400, height: 900 } as const;
export const ZOOM_STEPS = 30;
export const PAN_STEPS = 30;
export const PAN_STEP_PX = 40;
export const ZOOM_FACTOR = 1.2;
/** Pause after each step has been measured, before the next input (a brisk but human cadence). */
const STEP_GAP_MS = 50;
const STEP_TIMEOUT_MS = 15_000;
/** Long enough for a wheel gesture to end (d3-zoom waits 150 ms) and the view to be recorded. */
const SETTLE_MS = 600;
/** How long calibration waits for a subject to report the window after one wheel step. */
const CALIBRATION_WAIT_MS = 5_000;

const PROBE_PATH = resolve(import.meta.dirname, 'probe.js');

export type SubjectName = 'stanceline' | 'vis-timeline' | 'empty' | 'read-floor';

export interface Subject {
  name: SubjectName;
  /** The page to open for a dataset URL (absolute path on the bench server). */
  path(dataPath: string): string;
  /** CSS selectors tried in order for the element the pointer zooms and drags. */
  targets: readonly string[];
  /** Reads the visible time window, for calibrating the wheel; absent when the page has none. */
  readWindow?: (page: Page) => Promise<readonly [number, number] | null>;
  /** A key held down while the wheel zooms, for a subject whose plain wheel scrolls. */
  zoomKey?: 'Control';
  /** False for a floor measured only to its first render (no zoom or pan steps are played). */
  gestures?: boolean;
  /** The search field and the element that counts its matches, for a subject that searches. */
  search?: { box: string; count: string };
  /** Changes of the view played after the search (filters, groupings), each timed by the longest task it causes. */
  viewChanges?: readonly ViewChange[];
}

/** One change of the view, as a reader makes it (a click on a filter or a grouping). */
export interface ViewChange {
  label: string;
  play(page: Page): Promise<void>;
}

export interface ViewChangeResult {
  label: string;
  /** The longest main-thread task from the input until the page settles (0 when none reached 50 ms). */
  longestTaskMs: number;
}

/** The first search of a run: a name of the generated data's people, found in every dataset. */
export const SEARCH_QUERY = 'nilsson';

export interface SearchResult {
  /** From the Enter that submits the query to the count of matches on screen, ms. */
  ms: number;
  /** The longest main-thread task meanwhile (Long Tasks API: 0 when none reached 50 ms). */
  longestTaskMs: number;
  /** What the count said. */
  count: string;
}

export interface RunResult {
  subject: SubjectName;
  events: number;
  run: number;
  /** Navigation start to the rendered mark, ms. */
  renderMs: number;
  /** Navigation start to the end of the frame after the mark, ms. */
  paintedMs: number;
  /** Navigation start to the first part of the dataset from Stanceline's loading worker (its mark), ms; absent for other subjects. */
  dataArrivingMs?: number;
  /** The longest main-thread task seen up to the end of the first render, ms. */
  longestLoadTaskMs: number;
  heapBytes: number;
  /** Array buffers' memory (typed arrays' backing stores), outside the JS heap that heapBytes counts. */
  bufferBytes: number;
  domNodes: number;
  /** Raw step durations (input timestamp to end of next frame), ms, floor not subtracted. */
  zoomSteps: number[];
  panSteps: number[];
  /** The first search, after the steps, for a subject that searches. */
  search?: SearchResult;
  /** The view changes, after the search, in the order played. */
  viewChanges?: ViewChangeResult[];
  errors: string[];
}

export interface RunFailure {
  subject: SubjectName;
  events: number;
  run: number;
  failure: string;
}

interface Probe {
  arm(kind: 'zoom' | 'pan' | null): void;
  stepCount(): number;
  waitForSteps(count: number, timeout: number): Promise<void>;
  durations(kind: string): number[];
  waitForRendered(timeout: number): Promise<{ mark: number; painted: number }>;
  longTasks(): number[];
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
}

/** What bench/probe.js writes to the console once the page has rendered. */
const RENDERED_MESSAGE = 'bench: rendered';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Opens the address and waits for the probe to say, on the console, that the page has
 * rendered. Nothing is evaluated in the page until then: Playwright's utility script, injected
 * by the first evaluate, costs the main thread ~30 ms (it reads the Temporal global), which
 * would land in the middle of the load being measured.
 */
async function waitUntilRendered(page: Page, url: string, timeout: number): Promise<{ mark: number; painted: number }> {
  // The address is in the message: the warm-up page before this one says it too.
  const renderedMessage = page.waitForEvent('console', { predicate: (message) => message.text() === `${RENDERED_MESSAGE} ${url}`, timeout });
  await page.goto(url, { waitUntil: 'commit' });
  await renderedMessage;
  return page.evaluate((wait) => window.__bench.waitForRendered(wait), timeout);
}

async function openSubject(browser: Browser, url: string, renderTimeoutMs: number): Promise<{ page: Page; cdp: CDPSession; rendered: { mark: number; painted: number }; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript({ path: PROBE_PATH });
  const cdp = await context.newCDPSession(page);
  // Warm up: a first navigation on the same origin starts the renderer process, so the
  // measured navigation does not include process start-up.
  await page.goto(new URL('/bench/empty.html', url).href);
  const rendered = await waitUntilRendered(page, url, renderTimeoutMs);
  return { page, cdp, rendered, errors };
}

/** The centre of the visible part of the first target element on screen, in viewport pixels. */
async function targetPoint(page: Page, selectors: readonly string[]): Promise<{ x: number; y: number }> {
  for (const selector of selectors) {
    // A busy renderer can take seconds to answer; the page has rendered by now.
    const box = await page.locator(selector).first().boundingBox({ timeout: 5000 }).catch(() => null);
    if (!box) continue;
    // A scrolling plot can be taller than the window: aim at the part that is visible.
    const left = Math.max(0, box.x);
    const right = Math.min(VIEWPORT.width, box.x + box.width);
    const top = Math.max(0, box.y);
    const bottom = Math.min(VIEWPORT.height, box.y + box.height);
    if (right - left > 100 && bottom - top > 50) return { x: Math.round((left + right) / 2), y: Math.round((top + bottom) / 2) };
  }
  throw new Error(`none of the target elements (${selectors.join(', ')}) is on screen`);
}

async function heapAndNodes(cdp: CDPSession): Promise<{ heapBytes: number; bufferBytes: number; domNodes: number }> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const nodes = metrics.find((metric) => metric.name === 'Nodes')?.value ?? Number.NaN;
  return { heapBytes: heap.usedSize, bufferBytes: heap.backingStorageSize ?? Number.NaN, domNodes: nodes };
}

async function playZoom(page: Page, point: { x: number; y: number }, wheelDelta: number, zoomKey: Subject['zoomKey']): Promise<number[]> {
  await page.mouse.move(point.x, point.y);
  await sleep(SETTLE_MS);
  const before = await page.evaluate(() => window.__bench.stepCount());
  // Held before arming: the key's own event is not a step.
  if (zoomKey) await page.keyboard.down(zoomKey);
  await page.evaluate(() => window.__bench.arm('zoom'));
  for (let i = 0; i < ZOOM_STEPS; i++) {
    // Negative deltaY is "wheel up": zoom in, in Stanceline and in vis-timeline alike.
    await page.mouse.wheel(0, i < ZOOM_STEPS / 2 ? -wheelDelta : wheelDelta);
    await page.evaluate(([count, timeout]) => window.__bench.waitForSteps(count!, timeout!), [before + i + 1, STEP_TIMEOUT_MS]);
    await sleep(STEP_GAP_MS);
  }
  await page.evaluate(() => window.__bench.arm(null));
  if (zoomKey) await page.keyboard.up(zoomKey);
  await sleep(SETTLE_MS);
  return page.evaluate(() => window.__bench.durations('zoom'));
}

async function playPan(page: Page, point: { x: number; y: number }): Promise<number[]> {
  // Drag 15 steps left, then 15 back, about the centre: the view ends where it began.
  const half = (PAN_STEPS / 2) * PAN_STEP_PX;
  let x = point.x + half / 2;
  await page.mouse.move(x, point.y);
  await sleep(SETTLE_MS);
  const before = await page.evaluate(() => window.__bench.stepCount());
  await page.mouse.down();
  await page.evaluate(() => window.__bench.arm('pan'));
  for (let i = 0; i < PAN_STEPS; i++) {
    x += i < PAN_STEPS / 2 ? -PAN_STEP_PX : PAN_STEP_PX;
    await page.mouse.move(x, point.y);
    await page.evaluate(([count, timeout]) => window.__bench.waitForSteps(count!, timeout!), [before + i + 1, STEP_TIMEOUT_MS]);
    await sleep(STEP_GAP_MS);
  }
  await page.evaluate(() => window.__bench.arm(null));
  await page.mouse.up();
  await sleep(SETTLE_MS);
  return page.evaluate(() => window.__bench.durations('pan'));
}

/** A first search of a million events folds every record's text: seconds, on this machine. */
const SEARCH_TIMEOUT_MS = 120_000;

/**
 * Types the query and submits it with Enter, then times, in the page, from the Enter to the
 * first count of matches (a number; "Searching…" is not one), with the longest task meanwhile.
 */
async function playSearch(page: Page, search: NonNullable<Subject['search']>): Promise<SearchResult> {
  await page.locator(search.box).fill(SEARCH_QUERY);
  const tasksBefore = await longTaskCount(page);
  const timing = page.evaluate(({ box, count, timeout }) => new Promise<{ ms: number; count: string }>((done, fail) => {
    const input = document.querySelector(box)!;
    const counter = document.querySelector(count)!;
    let started = Number.NaN;
    input.addEventListener('keydown', (event) => { if ((event as KeyboardEvent).key === 'Enter') started = event.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const text = counter.textContent ?? '';
      if (Number.isNaN(started) || !/\d/.test(text)) return;
      observer.disconnect();
      done({ ms: performance.now() - started, count: text });
    });
    observer.observe(counter, { childList: true, characterData: true, subtree: true });
    setTimeout(() => fail(new Error(`no count of matches within ${timeout} ms`)), timeout);
  }), { box: search.box, count: search.count, timeout: SEARCH_TIMEOUT_MS });
  await page.locator(search.box).press('Enter');
  const { ms, count } = await timing;
  await sleep(SETTLE_MS);
  return { ms, longestTaskMs: await longestTaskSince(page, tasksBefore), count };
}

/** How many long tasks the page has had so far (Long Tasks API, 50 ms or more). */
async function longTaskCount(page: Page): Promise<number> {
  return (await page.evaluate(() => window.__bench.longTasks())).length;
}

/** The longest task after the first `count` (0 when none). */
async function longestTaskSince(page: Page, count: number): Promise<number> {
  const tasks = (await page.evaluate(() => window.__bench.longTasks())).slice(count);
  return tasks.reduce((a, b) => Math.max(a, b), 0);
}

/** Time after a view change for what it set off (the chart's new plan, the filters' counts) to finish. */
const CHANGE_SETTLE_MS = 1_500;

/**
 * Clears the search (a query would be searched again after each change), then plays each
 * change and records the longest task from its input until the page settles. The changes
 * come 1.5 s apart: less than the quiet that background parsing waits for, so it stays out.
 */
async function playViewChanges(page: Page, search: Subject['search'], changes: readonly ViewChange[]): Promise<ViewChangeResult[]> {
  if (search) {
    await page.locator(search.box).fill('');
    await page.locator(search.box).press('Enter');
    await sleep(CHANGE_SETTLE_MS);
  }
  const results: ViewChangeResult[] = [];
  for (const change of changes) {
    const tasksBefore = await longTaskCount(page);
    await change.play(page);
    await sleep(CHANGE_SETTLE_MS);
    results.push({ label: change.label, longestTaskMs: await longestTaskSince(page, tasksBefore) });
  }
  return results;
}

export interface RunPlan {
  subject: Subject;
  origin: string;
  dataPath: string;
  events: number;
  run: number;
  wheelDelta: number;
  renderTimeoutMs: number;
}

export async function measureRun(plan: RunPlan): Promise<RunResult | RunFailure> {
  const { subject, events, run } = plan;
  const browser = await launchBrowser();
  try {
    const { page, cdp, rendered, errors } = await openSubject(browser, plan.origin + subject.path(plan.dataPath), plan.renderTimeoutMs);
    const longTasks = await page.evaluate(() => window.__bench.longTasks());
    // DATA_ARRIVING_MARK in src/app/loadOffThread.ts.
    const dataArrivingMs = await page.evaluate(() => performance.getEntriesByName('stanceline:data-arriving')[0]?.startTime);
    // Let whatever follows the first render (effects, idle work) finish before measuring memory.
    await sleep(SETTLE_MS);
    const { heapBytes, bufferBytes, domNodes } = await heapAndNodes(cdp);
    const gestures = subject.gestures ?? true;
    const point = gestures ? await targetPoint(page, subject.targets) : null;
    const zoomSteps = point ? await playZoom(page, point, plan.wheelDelta, subject.zoomKey) : [];
    const panSteps = point ? await playPan(page, point) : [];
    const search = subject.search ? await playSearch(page, subject.search) : undefined;
    const viewChanges = subject.viewChanges ? await playViewChanges(page, subject.search, subject.viewChanges) : undefined;
    return {
      subject: subject.name,
      events,
      run,
      renderMs: rendered.mark,
      paintedMs: rendered.painted,
      ...(dataArrivingMs === undefined ? {} : { dataArrivingMs }),
      longestLoadTaskMs: longTasks.reduce((a, b) => Math.max(a, b), 0),
      heapBytes,
      bufferBytes,
      domNodes,
      zoomSteps,
      panSteps,
      ...(search ? { search } : {}),
      ...(viewChanges ? { viewChanges } : {}),
      errors,
    };
  } catch (error) {
    return { subject: subject.name, events, run, failure: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await browser.close();
  }
}

export interface Calibration {
  subject: SubjectName;
  /** The wheel deltaY that zooms by ZOOM_FACTOR, or the fallback. */
  wheelDelta: number;
  /** Each trial: deltaY and the zoom factor it gave. */
  trials: Array<{ wheelDelta: number; factor: number }>;
  note: string;
}

/**
 * Finds the wheel deltaY that zooms a subject by ZOOM_FACTOR per step. The first trial is
 * the subject's own model (Stanceline: 2^(deltaY × 0.02) with Ctrl; vis-timeline:
 * 1.2x per notch); each trial reads the visible window before and after one wheel step,
 * waiting until the subject reports the new window (a page may record it only once the
 * gesture settles), and the next trial corrects the delta in log space.
 */
export async function calibrateWheel(subject: Subject, origin: string, dataPath: string, predicted: number): Promise<Calibration> {
  if (!subject.readWindow) return { subject: subject.name, wheelDelta: predicted, trials: [], note: 'no visible window to read; default delta' };
  const browser = await launchBrowser();
  const trials: Calibration['trials'] = [];
  try {
    const { page } = await openSubject(browser, origin + subject.path(dataPath), 60_000);
    const point = await targetPoint(page, subject.targets);
    await page.mouse.move(point.x, point.y);
    await sleep(SETTLE_MS);
    const span = (window: readonly [number, number]) => window[1] - window[0];
    /** One wheel step (zoom in); the zoom factor it gave, or null when the window did not change in time. */
    const step = async (delta: number): Promise<number | null> => {
      const before = await subject.readWindow!(page);
      if (!before) return null;
      if (subject.zoomKey) await page.keyboard.down(subject.zoomKey);
      await page.mouse.wheel(0, -delta);
      if (subject.zoomKey) await page.keyboard.up(subject.zoomKey);
      const deadline = Date.now() + CALIBRATION_WAIT_MS;
      while (Date.now() < deadline) {
        await sleep(100);
        const after = await subject.readWindow!(page);
        if (after && span(after) !== span(before)) {
          // Read again once it has rested, in case the change arrived in parts.
          await sleep(SETTLE_MS);
          const rested = (await subject.readWindow!(page)) ?? after;
          return span(before) / span(rested);
        }
      }
      return null;
    };
    let delta = predicted;
    for (let attempt = 0; attempt < 4; attempt++) {
      const factor = await step(delta);
      if (factor === null) {
        return { subject: subject.name, wheelDelta: predicted, trials, note: `the visible window did not change within ${CALIBRATION_WAIT_MS / 1000} s of a wheel step; using the model's deltaY ${round(predicted)}` };
      }
      trials.push({ wheelDelta: delta, factor });
      if (Math.abs(factor - ZOOM_FACTOR) < 0.002) {
        return { subject: subject.name, wheelDelta: delta, trials, note: `calibrated: deltaY ${round(delta)} zooms ${factor.toFixed(3)}x` };
      }
      if (!(factor > 1.001)) break;
      delta = delta * (Math.log(ZOOM_FACTOR) / Math.log(factor));
    }
    return { subject: subject.name, wheelDelta: predicted, trials, note: `calibration did not converge; using the model's deltaY ${round(predicted)}` };
  } catch (error) {
    return { subject: subject.name, wheelDelta: predicted, trials, note: `calibration failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); using the model's deltaY ${round(predicted)}` };
  } finally {
    await browser.close();
  }
}

function round(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}

/** A CPU profile of one subject's load and interaction, summarised by self time per function. */
export interface ProfileSummary {
  phase: string;
  totalMs: number;
  top: Array<{ functionName: string; location: string; selfMs: number; share: number }>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** Maps a script URL and 0-based line and column to a source location, when it can. */
export type Locate = (url: string, line: number, column: number) => string | null;

type CpuProfile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };

function summariseProfile(phase: string, profile: CpuProfile, locate: Locate, limit = 15): ProfileSummary {
  const selfByNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta to the next sample.
  for (let i = 0; i < samples.length; i++) {
    const next = deltas[i + 1] ?? 0;
    selfByNode.set(samples[i]!, (selfByNode.get(samples[i]!) ?? 0) + next / 1000);
  }
  const byFunction = new Map<string, { functionName: string; location: string; selfMs: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const self = selfByNode.get(node.id) ?? 0;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    total += self;
    const file = frame.url ? frame.url.replace(/^https?:\/\/[^/]+/, '') : '';
    const location = !file ? '(native)' : locate(frame.url, frame.lineNumber, frame.columnNumber) ?? `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    const key = `${frame.functionName}@${location}`;
    const entry = byFunction.get(key) ?? { functionName: frame.functionName || '(anonymous)', location, selfMs: 0 };
    entry.selfMs += self;
    byFunction.set(key, entry);
  }
  const top = [...byFunction.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, limit)
    .map((entry) => ({ ...entry, share: total > 0 ? entry.selfMs / total : 0 }));
  return { phase, totalMs: total, top };
}

/** Profiles the load, then the zoom steps, then the pan steps, each on its own. */
export async function profileSubject(plan: RunPlan, locate: Locate): Promise<ProfileSummary[]> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.addInitScript({ path: PROBE_PATH });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await waitUntilRendered(page, plan.origin + plan.subject.path(plan.dataPath), plan.renderTimeoutMs);
    const load = await cdp.send('Profiler.stop');
    const summaries = [summariseProfile('load and first render', load.profile as unknown as CpuProfile, locate)];
    const point = await targetPoint(page, plan.subject.targets);
    await cdp.send('Profiler.start');
    await playZoom(page, point, plan.wheelDelta, plan.subject.zoomKey);
    const zoom = await cdp.send('Profiler.stop');
    summaries.push(summariseProfile('30 zoom steps', zoom.profile as unknown as CpuProfile, locate));
    await cdp.send('Profiler.start');
    await playPan(page, point);
    const pan = await cdp.send('Profiler.stop');
    summaries.push(summariseProfile('30 pan steps', pan.profile as unknown as CpuProfile, locate));
    return summaries;
  } finally {
    await browser.close();
  }
}
