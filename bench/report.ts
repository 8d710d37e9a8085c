// Turns benchmark runs into figures (medians of runs, floor subtracted) and writes them as
// a console table and as the generated part of docs/performance.md.
import type { Calibration, ProfileSummary, RunFailure, RunResult, SubjectName } from './driver';
import { PAN_STEP_PX, PAN_STEPS, SEARCH_QUERY, VIEWPORT, ZOOM_FACTOR, ZOOM_STEPS } from './driver';
import { median, percentile } from './stats';
import { formatCount } from '../src/core/text/formatCount';

export interface Figures {
  subject: SubjectName;
  events: number;
  runs: number;
  failures: string[];
  renderMs: number;
  paintedMs: number;
  /** Navigation to the first part of Stanceline's dataset, median over runs; NaN for the other subjects. */
  dataArrivingMs: number;
  /** From that first part to the rendered mark, median over runs of each run's own difference. */
  afterDataMs: number;
  longestLoadTaskMs: number;
  /** p95 step cost (floor subtracted), median over runs; NaN for the empty page. */
  zoomP95Ms: number;
  panP95Ms: number;
  /** The same before subtracting the floor. */
  zoomP95RawMs: number;
  panP95RawMs: number;
  heapMB: number;
  buffersMB: number;
  domNodes: number;
  /** The first search (NaN for a subject that has none): Enter to the count of matches, and the longest task meanwhile. */
  searchMs: number;
  searchLongestTaskMs: number;
  /** The count the first run's search showed. */
  searchCount: string;
  /** Each view change's longest task, median over runs, in the order played. */
  viewChanges: { label: string; longestTaskMs: number }[];
}

export interface Floor {
  zoomMs: number;
  panMs: number;
}

/**
 * First render's target: a fixed margin over the load floor measured in the same run (a
 * busy machine inflates both alike), a multiple of it, or, for the million read from
 * Parquet, a time.
 */
export type RenderTarget = { overFloorMs: number } | { floorTimes: number } | { withinMs: number };

export interface Target {
  events: number;
  render: RenderTarget;
  stepMs: number;
  heapMB?: number;
}

/** The performance issue's targets (#17; headless Chromium, 2 cores, 1400x900, titles on). */
export const TARGETS: readonly Target[] = [
  { events: 1_000, render: { overFloorMs: 150 }, stepMs: 8 },
  { events: 10_000, render: { floorTimes: 1.5 }, stepMs: 8 },
  { events: 100_000, render: { floorTimes: 1.5 }, stepMs: 12, heapMB: 100 },
  { events: 1_000_000, render: { withinMs: 6_000 }, stepMs: 16, heapMB: 600 },
];
export const INITIAL_JS_TARGET_KB = 100;
/** Loading never blocks the page for longer than this at a time. */
export const LOAD_FREEZE_TARGET_MS = 200;

/** The first-render limit for a target given this run's load floor, in ms, and how it is stated. */
export function renderLimit(target: RenderTarget, floorMs: number): { limitMs: number; stated: string } {
  if ('overFloorMs' in target) return { limitMs: floorMs + target.overFloorMs, stated: `floor + ${target.overFloorMs} ms` };
  if ('floorTimes' in target) return { limitMs: floorMs * target.floorTimes, stated: `${target.floorTimes}× floor` };
  return { limitMs: target.withinMs, stated: `${target.withinMs / 1000} s` };
}

export function isFailure(result: RunResult | RunFailure): result is RunFailure {
  return 'failure' in result;
}

/** The floor per input kind: the median step on the empty page over all its runs at that size. */
export function floorOf(results: ReadonlyArray<RunResult | RunFailure>, events: number): Floor {
  const empty = results.filter((r): r is RunResult => !isFailure(r) && r.subject === 'empty' && r.events === events);
  return {
    zoomMs: median(empty.flatMap((r) => r.zoomSteps)),
    panMs: median(empty.flatMap((r) => r.panSteps)),
  };
}

export function figuresFor(results: ReadonlyArray<RunResult | RunFailure>, subject: SubjectName, events: number, floor: Floor): Figures | null {
  const mine = results.filter((r) => r.subject === subject && r.events === events);
  if (mine.length === 0) return null;
  const ok = mine.filter((r): r is RunResult => !isFailure(r));
  const failures = mine.filter(isFailure).map((r) => `run ${r.run}: ${r.failure}`);
  const p95 = (steps: number[], minus: number) => percentile(steps.map((step) => step - minus), 0.95);
  const isFloor = subject === 'empty' || subject === 'read-floor';
  return {
    subject,
    events,
    runs: ok.length,
    failures,
    renderMs: median(ok.map((r) => r.renderMs)),
    paintedMs: median(ok.map((r) => r.paintedMs)),
    dataArrivingMs: median(ok.map((r) => r.dataArrivingMs ?? Number.NaN)),
    afterDataMs: median(ok.map((r) => r.renderMs - (r.dataArrivingMs ?? Number.NaN))),
    longestLoadTaskMs: median(ok.map((r) => r.longestLoadTaskMs)),
    zoomP95Ms: isFloor ? Number.NaN : median(ok.map((r) => p95(r.zoomSteps, floor.zoomMs))),
    panP95Ms: isFloor ? Number.NaN : median(ok.map((r) => p95(r.panSteps, floor.panMs))),
    zoomP95RawMs: median(ok.map((r) => p95(r.zoomSteps, 0))),
    panP95RawMs: median(ok.map((r) => p95(r.panSteps, 0))),
    heapMB: median(ok.map((r) => r.heapBytes / 1024 / 1024)),
    buffersMB: median(ok.map((r) => (r.bufferBytes ?? Number.NaN) / 1024 / 1024)),
    domNodes: median(ok.map((r) => r.domNodes)),
    searchMs: median(ok.map((r) => r.search?.ms ?? Number.NaN)),
    searchLongestTaskMs: median(ok.map((r) => r.search?.longestTaskMs ?? Number.NaN)),
    searchCount: ok.find((r) => r.search)?.search?.count ?? '',
    viewChanges: (ok.find((r) => r.viewChanges)?.viewChanges ?? []).map(({ label }) => ({
      label,
      longestTaskMs: median(ok.map((r) => r.viewChanges?.find((change) => change.label === label)?.longestTaskMs ?? Number.NaN)),
    })),
  };
}

// ---------------------------------------------------------------------------
// Formatting.


export function ms(value: number): string {
  if (Number.isNaN(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${formatCount(Math.round(value))} ms`;
}

function stepMs(value: number): string {
  return Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`;
}

function mb(value: number): string {
  return Number.isNaN(value) ? '–' : `${value.toFixed(value < 10 ? 1 : 0)} MB`;
}

function count(value: number): string {
  return Number.isNaN(value) ? '–' : formatCount(Math.round(value));
}

const SUBJECT_LABEL: Readonly<Record<SubjectName, string>> = {
  stanceline: 'Stanceline',
  'vis-timeline': 'vis-timeline',
  empty: 'empty page (floor)',
  'read-floor': 'reading the file (load floor)',
};

function verdict(value: number, limit: number): string {
  if (Number.isNaN(value)) return 'not measured';
  return value <= limit ? 'pass' : '**fail**';
}

export interface BuildSize {
  /** Gzipped bytes of the entry script and everything it imports statically. */
  initialJsGzip: number;
  initialFiles: string[];
  /** Gzipped bytes of every JavaScript file in the build (lazy chunks and workers too). */
  allJsGzip: number;
}

export interface Machine {
  /** One-minute load average when the run started and when it ended: other work on the machine skews every figure. */
  loadAverage: [number, number];
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  chromium: string;
  node: string;
  platform: string;
}

export interface Report {
  date: string;
  commit: string;
  command: string;
  machine: Machine;
  build: BuildSize;
  sizes: number[];
  /** The sizes among `sizes` that were read from a Parquet file (events sheet columns). */
  parquetSizes?: number[];
  runs: number;
  visMaxEvents: number;
  skipVis: boolean;
  calibrations: Calibration[];
  floors: Map<number, Floor>;
  figures: Figures[];
  profiles: ProfileSummary[];
  profileEvents: number | null;
  datasetBytes: Map<number, number>;
  /** The size of the tiny file measured for the application's start-up (its figures are among \`figures\`), when it was. */
  startUpEvents?: number;
}

/** "1,000" or, for a size read from Parquet, "1,000,000 (Parquet)". */
function sizeLabel(report: Report, size: number): string {
  return `${formatCount(size)}${report.parquetSizes?.includes(size) ? ' (Parquet)' : ''}`;
}

/** First render as a multiple of the load floor's in the same run: what a busy machine cannot distort much. */
function floorRatio(report: Report, subject: string, size: number, renderMs: number): string {
  if (subject === 'empty' || subject === 'read-floor') return '';
  const floor = report.figures.find((x) => x.subject === 'read-floor' && x.events === size);
  return floor && floor.renderMs > 0 && Number.isFinite(renderMs) ? `${(renderMs / floor.renderMs).toFixed(1)}×` : '–';
}

function resultTable(report: Report): string[] {
  const lines = [
    '| events | subject | first full render | × load floor | to next frame | longest task in load | zoom step cost p95 | pan step cost p95 | JS heap after GC | array buffers | DOM nodes |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const size of report.sizes) {
    const floor = report.floors.get(size);
    const label = sizeLabel(report, size);
    for (const subject of ['stanceline', 'vis-timeline', 'empty', 'read-floor'] as const) {
      const f = report.figures.find((x) => x.subject === subject && x.events === size);
      if (!f) {
        if (subject === 'vis-timeline') {
          const why = report.skipVis ? 'skipped (--skip-vis)' : `not run: capped at ${formatCount(report.visMaxEvents)} events`;
          lines.push(`| ${label} | vis-timeline | ${why} | | | | | | | |`);
        }
        continue;
      }
      const failed = f.runs === 0 ? ` (failed: ${f.failures.join('; ').replaceAll('|', '/')})` : f.failures.length > 0 ? ` (${f.failures.length} run(s) failed)` : '';
      const zoom = subject === 'empty' ? `floor ${stepMs(floor?.zoomMs ?? Number.NaN)}` : subject === 'read-floor' ? 'not played' : stepMs(f.zoomP95Ms);
      const pan = subject === 'empty' ? `floor ${stepMs(floor?.panMs ?? Number.NaN)}` : subject === 'read-floor' ? 'not played' : stepMs(f.panP95Ms);
      lines.push(
        `| ${label} | ${SUBJECT_LABEL[subject]}${failed} | ${ms(f.renderMs)} | ${floorRatio(report, subject, size, f.renderMs)} | ${ms(f.paintedMs)} | ${ms(f.longestLoadTaskMs)} | ${zoom} | ${pan} | ${mb(f.heapMB)} | ${mb(f.buffersMB)} | ${count(f.domNodes)} |`,
      );
    }
  }
  return lines;
}

/** The columns of Stanceline's first render in two parts, shared by its table and the start-up's. */
const FIRST_RENDER_PARTS = ['events', 'first full render', 'navigation to the data\'s first part', 'the data\'s first part to first render', 'load floor'];

function firstRenderPartCells(f: Figures, floorMs: number): string {
  return `${ms(f.renderMs)} | ${ms(f.dataArrivingMs)} | ${ms(f.afterDataMs)} | ${ms(floorMs)}`;
}

/**
 * Stanceline's first render in two parts: until the dataset's first part (its tables) reaches
 * the page (the loading worker's start, the fetch, the parse, the checks and the model), and
 * from there (the worker's summaries of the events, posted slice by slice while the page takes
 * them in, then the workspace's render, the chart's plan and first frame). The second is mostly
 * the page's own work, and much less shaken by the machine's noise than the whole.
 */
function firstRenderParts(report: Report): string[] {
  const lines = [`| ${FIRST_RENDER_PARTS.join(' | ')} |`, `|${FIRST_RENDER_PARTS.map(() => '---:').join('|')}|`];
  for (const size of report.sizes) {
    const f = report.figures.find((x) => x.subject === 'stanceline' && x.events === size);
    if (!f) continue;
    const floor = report.figures.find((x) => x.subject === 'read-floor' && x.events === size);
    lines.push(`| ${sizeLabel(report, size)} | ${firstRenderPartCells(f, floor?.renderMs ?? Number.NaN)} |`);
  }
  return lines;
}

/**
 * What Stanceline needs before any amount of data: its first render of a file of a few events
 * against that file's load floor, measured in the same run. The difference is the page's own
 * start-up (its code's arrival and evaluation, the loading worker's start, the workspace's
 * render, the chart's creation and first frame), which every size pays; the target at 1,000
 * events allows 150 ms over the floor in all.
 */
export function startUpTable(report: Report): string[] {
  const events = report.startUpEvents;
  if (events === undefined) return [];
  const f = report.figures.find((x) => x.subject === 'stanceline' && x.events === events);
  const floor = report.figures.find((x) => x.subject === 'read-floor' && x.events === events);
  if (!f || f.runs === 0 || !floor || floor.runs === 0) return [`Start-up (${formatCount(events)} events): not measured.`];
  const margin = TARGETS.find((target) => 'overFloorMs' in target.render);
  const allowed = margin && 'overFloorMs' in margin.render ? margin.render.overFloorMs : Number.NaN;
  const over = f.renderMs - floor.renderMs;
  const columns = [...FIRST_RENDER_PARTS, 'over the floor'];
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---:').join('|')}|`,
    `| ${formatCount(events)} | ${firstRenderPartCells(f, floor.renderMs)} | ${ms(over)} |`,
    '',
    margin
      ? `With ${formatCount(events)} events Stanceline's first render is ${ms(over)} over its load floor; the target at ${formatCount(margin.events)} events allows ${ms(allowed)} over the floor` +
        `${over > allowed ? ', less than the start-up alone takes here' : ''}.`
      : '',
  ];
}

function targetTable(report: Report): string[] {
  const lines = [
    `| events | first full render | zoom step cost p95 | pan step cost p95 | longest task in load (≤ ${LOAD_FREEZE_TARGET_MS} ms) | JS heap |`,
    '|---:|---|---|---|---|---|',
  ];
  for (const target of TARGETS) {
    const f = report.figures.find((x) => x.subject === 'stanceline' && x.events === target.events);
    if (!f || f.runs === 0) {
      lines.push(`| ${formatCount(target.events)} | not measured | | | | |`);
      continue;
    }
    const floor = report.figures.find((x) => x.subject === 'read-floor' && x.events === target.events);
    const { limitMs, stated } = renderLimit(target.render, floor?.renderMs ?? Number.NaN);
    const render = Number.isFinite(limitMs) ? `${ms(f.renderMs)} ≤ ${stated} (${ms(limitMs)}): ${verdict(f.renderMs, limitMs)}` : `${ms(f.renderMs)}: no load floor measured`;
    const heap = target.heapMB === undefined ? '' : `${mb(f.heapMB)} ≤ ${target.heapMB} MB: ${verdict(f.heapMB, target.heapMB)}`;
    lines.push(
      `| ${sizeLabel(report, target.events)} | ${render} ` +
        `| ${stepMs(f.zoomP95Ms)} ≤ ${target.stepMs} ms: ${verdict(f.zoomP95Ms, target.stepMs)} ` +
        `| ${stepMs(f.panP95Ms)} ≤ ${target.stepMs} ms: ${verdict(f.panP95Ms, target.stepMs)} ` +
        `| ${ms(f.longestLoadTaskMs)}: ${verdict(f.longestLoadTaskMs, LOAD_FREEZE_TARGET_MS)} | ${heap} |`,
    );
  }
  const kb = report.build.initialJsGzip / 1024;
  lines.push('');
  lines.push(`Initial JavaScript of the built app: ${kb.toFixed(1)} KB gzipped ≤ ${INITIAL_JS_TARGET_KB} KB: ${verdict(kb, INITIAL_JS_TARGET_KB)} ` +
    `(${report.build.initialFiles.join(', ')}; all JavaScript in the build, lazy chunks and workers included: ${(report.build.allJsGzip / 1024).toFixed(1)} KB).`);
  return lines;
}

/** A longest task against the 200 ms the load keeps to (the Long Tasks API reports none under 50 ms). */
function longestTaskCell(longest: number): string {
  return longest === 0 ? `none of 50 ms or more: ${verdict(0, LOAD_FREEZE_TARGET_MS)}` : `${ms(longest)}: ${verdict(longest, LOAD_FREEZE_TARGET_MS)}`;
}

/** The first search after the steps: how long until its matches are counted, and whether the page stayed free meanwhile. */
function searchTable(report: Report): string[] {
  const lines = [
    `| events | Enter to the count of matches | longest task meanwhile (≤ ${LOAD_FREEZE_TARGET_MS} ms, as in loading) | count shown |`,
    '|---:|---:|---|---|',
  ];
  for (const size of report.sizes) {
    const f = report.figures.find((x) => x.subject === 'stanceline' && x.events === size);
    if (!f || f.runs === 0 || Number.isNaN(f.searchMs)) continue;
    lines.push(`| ${sizeLabel(report, size)} | ${ms(f.searchMs)} | ${longestTaskCell(f.searchLongestTaskMs)} | ${f.searchCount} |`);
  }
  return lines;
}

/** Filters and groupings after the search: the longest task each caused, against the 200 ms loading keeps to. */
function viewChangeTable(report: Report): string[] {
  const rows = report.sizes
    .map((size) => report.figures.find((x) => x.subject === 'stanceline' && x.events === size))
    .filter((f): f is Figures => f !== undefined && f.runs > 0 && f.viewChanges.length > 0);
  const labels = rows[0]?.viewChanges.map((change) => change.label) ?? [];
  if (labels.length === 0) return [];
  const lines = [`| events | ${labels.join(' | ')} |`, `|---:|${labels.map(() => '---').join('|')}|`];
  for (const f of rows) {
    const cells = labels.map((label) => longestTaskCell(f.viewChanges.find((change) => change.label === label)?.longestTaskMs ?? Number.NaN));
    lines.push(`| ${sizeLabel(report, f.events)} | ${cells.join(' | ')} |`);
  }
  return lines;
}

export function consoleTable(report: Report): string {
  return [...resultTable(report), '', ...firstRenderParts(report), '', ...startUpTable(report), '', ...targetTable(report), '', ...searchTable(report), '', ...viewChangeTable(report)].join('\n');
}

export const GENERATED_BEGIN = '<!-- bench:begin (written by npm run bench; edits between these markers are overwritten) -->';
export const GENERATED_END = '<!-- bench:end -->';

export function generatedSection(report: Report): string {
  const m = report.machine;
  const lines: string[] = [];
  lines.push(GENERATED_BEGIN);
  lines.push(`## Latest run: ${report.date}`);
  lines.push('');
  lines.push(`\`${report.command}\` at commit \`${report.commit}\`. Every figure is the median of ${report.runs} run(s) per subject and size (for step costs: the median of the runs' p95s)` +
    `${report.runs < 3 ? '; **fewer than 3 runs, so a single disturbed run can decide a figure**' : ''}.`);
  lines.push('');
  lines.push(`Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGB.toFixed(1)} GB memory, ${m.platform}; headless Chromium ${m.chromium}; Node ${m.node}. ` +
    `Load average (1 min) at start and end: ${m.loadAverage[0].toFixed(1)} and ${m.loadAverage[1].toFixed(1)}${Math.max(...m.loadAverage) > m.cpus ? ' — **the machine was busy with other work: these figures are inflated**' : ''}.`);
  lines.push('');
  lines.push('### Results');
  lines.push('');
  lines.push(...resultTable(report));
  lines.push('');
  const sizes = report.sizes.map((size) => `${sizeLabel(report, size)} events: ${((report.datasetBytes.get(size) ?? 0) / 1e6).toFixed(1)} MB`);
  lines.push(`Datasets: \`npm run gen -- --events N --actors 200 --countries 40 --seed 1\`, and \`--format parquet\` for Parquet (the events sheet's columns only) (${sizes.join('; ')}).`);
  lines.push('');
  lines.push('### Stanceline\'s first render in two parts: until the data\'s first part reaches the page, and from there');
  lines.push('');
  lines.push(...firstRenderParts(report));
  lines.push('');
  if (report.startUpEvents !== undefined) {
    lines.push(`### Stanceline's start-up: a file of ${formatCount(report.startUpEvents)} events against its load floor`);
    lines.push('');
    lines.push(...startUpTable(report));
    lines.push('');
  }
  lines.push('### Stanceline against the targets of issue 17 (first render against the load floor of the same run)');
  lines.push('');
  lines.push(...targetTable(report));
  lines.push('');
  lines.push(`### The first search ("${SEARCH_QUERY}", submitted with Enter after the steps)`);
  lines.push('');
  lines.push(...searchTable(report));
  lines.push('');
  lines.push(`### Filters and groupings (after the search, with it cleared): the longest task each caused (≤ ${LOAD_FREEZE_TARGET_MS} ms, as in loading)`);
  lines.push('');
  lines.push(...viewChangeTable(report));
  lines.push('');
  lines.push('### Wheel calibration');
  lines.push('');
  lines.push(`Each subject gets the wheel deltaY that zooms its visible window by ${ZOOM_FACTOR}x per step, measured on the ${formatCount(Math.min(...report.sizes))}-event dataset:`);
  lines.push('');
  for (const c of report.calibrations) {
    const trials = c.trials.map((t) => `deltaY ${t.wheelDelta.toFixed(1)} → ${t.factor.toFixed(3)}x`).join(', ');
    lines.push(`- ${SUBJECT_LABEL[c.subject]}: ${c.note}${trials ? ` (trials: ${trials})` : ''}.`);
  }
  if (report.profiles.length > 0 && report.profileEvents !== null) {
    lines.push('');
    lines.push(`### Where Stanceline spends its time (CPU profile, ${formatCount(report.profileEvents)} events, unminified build)`);
    for (const summary of report.profiles) {
      lines.push('');
      lines.push(`${summary.phase}: ${ms(summary.totalMs)} of script and browser work sampled.`);
      lines.push('');
      lines.push('| self time | share | function | location |');
      lines.push('|---:|---:|---|---|');
      for (const entry of summary.top) {
        lines.push(`| ${entry.selfMs.toFixed(1)} ms | ${(entry.share * 100).toFixed(1)}% | \`${entry.functionName}\` | ${entry.location} |`);
      }
    }
  }
  lines.push('');
  lines.push(METHOD_TEXT);
  lines.push(GENERATED_END);
  return lines.join('\n');
}

export const METHOD_TEXT = `## Method

\`npm run bench\` (scripts/bench.ts with helpers in bench/) does everything from a clean clone:

1. Builds the app with \`vite build\` into \`dist-bench/\` (so it never races another build of \`dist/\`) and measures its initial JavaScript: the entry script named in \`index.html\`, the application's boot chunk (\`src/app/boot.tsx\`, which the entry imports at once after starting the data's worker) and every chunk they import statically, gzipped at the default level, as a server would send it.
2. Generates the datasets with \`npm run gen\` into \`bench-data/\` (git-ignored): 200 actors, 40 countries, 10 years (2015–2024), seed 1, the sizes asked for.
3. Serves \`dist-bench/\`, the benchmark pages in \`bench/\`, the datasets and vis-timeline's standalone build from a small Node server on 127.0.0.1 (an ephemeral port; files uncompressed and never cached).
4. Drives Debian's headless Chromium (\`/usr/bin/chromium\` with the flags of \`CHROMIUM_LAUNCH\` in playwright.config.ts) through playwright-core at ${VIEWPORT.width}x${VIEWPORT.height}, device scale factor 1, a fresh browser for every run. Three subjects get exactly the same protocol, and a fourth only its first part:
   - **Stanceline**: \`/?data=/bench-data/events-N.json\`; first full render is its \`performance.mark('stanceline:rendered')\`.
   - **vis-timeline** 8.5 (\`bench/vis.html\`): the same file fetched and turned into grouped items, one group per actor nested under one group per country, one item per event in its first actor's lane (so items = events, as in the issue's figures), \`point\` for a day or an instant, \`range\` for a month, a year or a span with \`end\`, vis-timeline's default options otherwise (stacking on). Its first full render is its first \`changed\` event after the items are set. Runs are capped at the size given by \`--vis-max\` (10,000 by default) so a full run stays within about 15 minutes; larger sizes are listed as not run.
   - **empty page** (\`bench/empty.html\`): nothing but the probe and input listeners that do nothing, registered as the subjects' zoom libraries register theirs (a wheel listener that is not passive and takes the event, drag listeners); it is the floor. The wheel listener matters: with only passive listeners Chromium hands a wheel event to the page with the next frame instead of at once, which added a frame to the floor and so hid a frame of every subject's cost.
   - **reading the file (load floor)** (\`bench/read-floor.html\`): a worker fetches the same file, reads it in chunks, decodes it and \`JSON.parse\`s it, as Stanceline's loading worker does, and posts back only the number of events; the mark follows. Nothing is validated or drawn, and no steps are played: its first render is what any page that parses the JSON file off its main thread pays before it can draw, on this machine, so a render target below it cannot be met with this file format. For a Parquet size the worker instead decodes every column of the Parquet file with hyparquet, the library Stanceline's worker uses (\`bench/read-floor-parquet-worker.js\`), without assembling rows.
   - **Start-up**: Stanceline and the load floor also read a file of a few events (20 events of 5 actors in 2 countries, seed 1), first render only, once in every run after the sizes. Stanceline's time over that floor is its own start-up, whatever the data: the arrival and evaluation of its code, the loading worker's start, the workspace's render, the chart's creation and first frame.
5. Per run: time to first full render (navigation start to the rendered mark, and to the end of the frame after it); the longest main-thread task up to then (Long Tasks API); after the page settles, JS heap after a forced GC (CDP \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\`'s \`usedSize\`; beside it its \`backingStorageSize\`, the array buffers' memory outside that heap: typed arrays, such as the chart's columns and event records still waiting as bytes) and DOM node count (CDP \`Performance.getMetrics\`, \`Nodes\`); then ${ZOOM_STEPS} wheel-zoom steps (${ZOOM_STEPS / 2} in, ${ZOOM_STEPS / 2} out, ${ZOOM_FACTOR}x each, at the centre of the chart) and ${PAN_STEPS} drag-pan steps of ${PAN_STEP_PX} px (one drag, ${PAN_STEPS / 2} steps left then ${PAN_STEPS / 2} back), each input sent after the previous step has finished plus 50 ms. Then, for Stanceline, a first search: \`${SEARCH_QUERY}\` typed into the search field and submitted with Enter; its time runs from the Enter's \`timeStamp\` to the first count of matches in the field (a number, not "Searching…"), with the longest task (Long Tasks API, 50 ms or more) meanwhile. Then the search is cleared and five changes of the view are played, 1.5 s apart, each timed by the longest task from its input until the next: the Type filter's second value (call) ticked, the filters cleared, and the groupings by actor, by topic and back by country and actor; each makes the chart's plan anew, and the filters' counts follow.
6. A step is timed in the page by \`bench/probe.js\`, injected before any page script into every subject: from the input event's own \`timeStamp\` to the end of the frame that shows its effect (a \`requestAnimationFrame\` callback registered by a capture-phase listener on \`window\`, so it runs before the page's own frame callbacks, then a \`MessageChannel\` task, which runs once that frame's rendering work is done). Work the page defers out of that frame is followed: while the page has a frame callback waiting (asked for during the frame) or a timer of at most one frame pending, the step ends with the next frame instead, up to 4 more frames (the probe wraps \`requestAnimationFrame\` and \`setTimeout\` to know). Longer timers, such as recording a view once the user pauses, are not part of a step; if such work runs while steps are still coming, it lands in the step it collides with. A step's **cost** is that time minus the floor: the median of the same step on the empty page at the same size (the browser's own input and frame pipeline, not the page). The p95 of a run's ${ZOOM_STEPS} steps is nearest-rank (the second-largest step); the table gives the median of the runs' p95s.
7. The wheel: Stanceline and vis-timeline turn one wheel delta into different zooms (Stanceline zooms with Ctrl + wheel, as the bench sends it to it, by 2^(deltaY × 0.02) for pixel deltas up to √2 per event, so deltaY ≈ 13.2 gives ${ZOOM_FACTOR}x; its plain wheel scrolls; vis-timeline about ${ZOOM_FACTOR}x per notch of a plain wheel), so before the runs the bench starts from each library's model and checks it: it reads the subject's visible window before and after single wheel steps, waiting (up to 5 s) until the subject reports the new window, and corrects the deltaY in log space until a step zooms ${ZOOM_FACTOR}x within 0.002 (Stanceline's window is read from the \`data-window\` its chart writes once a gesture settles, vis-timeline's from \`getWindow()\`). The trials are listed above; if the window cannot be read, the model's deltaY is used and the note says so.

It is a benchmark, not a test: it never fails on speed, and none of it runs in \`npm test\`. Raw figures of every run are written to \`bench-data/results-*.json\`. Options: \`--sizes 1000,10000,100000\`, \`--parquet 1000000\` (sizes read from a Parquet events file, \`npm run gen -- --format parquet\`; 1,000,000 by default when \`--sizes\` is not given, \`none\` for none; vis-timeline is not run on them), \`--runs 3\`, \`--skip-vis\`, \`--vis-max 10000\`, \`--quick\` (1,000 events, one run, no vis-timeline unless \`--vis-max\` is given, the build reused when no source is newer, docs left alone: a check of the harness and a rough figure in a couple of minutes), \`--profile\` (adds a CPU profile of Stanceline at the largest size, from an unminified build), \`--no-build\` (reuse \`dist-bench/\`), \`--no-write\` (leave docs/performance.md alone).
`;
