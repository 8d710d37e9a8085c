// npm run bench [-- --sizes 1000,10000,100000 --parquet 1000000 --runs 3 --skip-vis --vis-max 10000 --quick --profile --no-build --no-write]
// npm run bench -- --event-data [--rows 100000 --runs 3]   (an event-data export against a Stanceline file: bench/eventDataOpen.ts)
//
// Builds the app, generates datasets, serves everything on 127.0.0.1 and measures
// Stanceline, vis-timeline and an empty page in headless Chromium with one protocol
// (bench/driver.ts, bench/probe.js). Prints a table and writes docs/performance.md.
// A benchmark, not a test: it never fails on speed. See docs/performance.md, "Method".
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { calibrateWheel, launchBrowser, measureRun, profileSubject } from '../bench/driver';
import type { Calibration, ProfileSummary, RunFailure, RunResult, Subject } from '../bench/driver';
import { consoleTable, figuresFor, floorOf, GENERATED_BEGIN, GENERATED_END, generatedSection, isFailure, ms } from '../bench/report';
import type { BuildSize, Figures, Floor, Machine, Report } from '../bench/report';
import { startBenchServer } from '../bench/server';
import { runEventDataBench } from '../bench/eventDataOpen';
import { SourceMap } from '../bench/sourcemap';
import { parseInstant } from '../src/core/view/dates';
import { DEFAULT_GEN_OPTIONS, generateDataset, generateFile } from './gen';
import type { GenOptions } from './gen';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD_DIR = join(ROOT, 'dist-bench');
const PROFILE_BUILD_DIR = join(ROOT, 'dist-bench-profile');
const DATA_DIR = join(ROOT, 'bench-data');
const DOC = join(ROOT, 'docs', 'performance.md');
/**
 * Stanceline zooms with Ctrl + wheel (the plain wheel scrolls): 2^(0.02 × deltaY) for pixel
 * deltas, capped at √2 per event (src/core/view/window.ts), so log2(1.2) / 0.02 ≈ 13.2 zooms
 * 1.2x: calibration's first trial, and what it falls back to.
 */
const STANCELINE_ZOOM_DELTA = Math.log2(1.2) / 0.02;
/** vis-timeline zooms 1.2x per 120 units of wheelDelta (a deltaY of 100 in Chromium). */
const VIS_DEFAULT_DELTA = 100;

interface BenchOptions {
  sizes: number[];
  /** Sizes measured from a Parquet events file (its own load floor decodes the Parquet); none of them a JSON size. */
  parquetSizes: number[];
  runs: number;
  skipVis: boolean;
  visMax: number;
  profile: boolean;
  /** Build the app before measuring: always, only when the sources are newer than the build, or never. */
  build: 'always' | 'if-stale' | 'never';
  write: boolean;
}

function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      parquet: { type: 'string' },
      runs: { type: 'string' },
      'skip-vis': { type: 'boolean' },
      'vis-max': { type: 'string' },
      quick: { type: 'boolean' },
      profile: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      'no-write': { type: 'boolean' },
    },
    strict: true,
  });
  const quick = values.quick ?? false;
  const sizes = (values.sizes ?? (quick ? '1000' : '1000,10000,100000'))
    .split(',')
    .map((text) => Number(text.trim().replaceAll('_', '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < DEFAULT_GEN_OPTIONS.actors)) {
    throw new Error(`--sizes must be whole numbers of at least ${DEFAULT_GEN_OPTIONS.actors} (one event per actor).`);
  }
  // A million events only as Parquet: their JSON would pass the loader's 100 MB limit.
  const parquetText = values.parquet ?? (quick || values.sizes !== undefined ? '' : '1000000');
  const parquetSizes = parquetText === '' || parquetText === 'none' ? [] : parquetText.split(',').map((text) => Number(text.trim().replaceAll('_', '')));
  if (parquetSizes.some((size) => !Number.isInteger(size) || size < DEFAULT_GEN_OPTIONS.actors || sizes.includes(size))) {
    throw new Error(`--parquet must be whole numbers of at least ${DEFAULT_GEN_OPTIONS.actors}, none of them also in --sizes (or "none").`);
  }
  const runs = Number(values.runs ?? (quick ? 1 : 3));
  const write = !(values['no-write'] ?? false);
  const visMax = Number(values['vis-max'] ?? 10_000);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1.');
  if (!Number.isInteger(visMax) || visMax < 0) throw new Error('--vis-max must be a whole number.');
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    parquetSizes: [...new Set(parquetSizes)].sort((a, b) => a - b),
    runs,
    // --quick checks the harness and Stanceline: vis-timeline only when asked for by --vis-max.
    skipVis: (values['skip-vis'] ?? false) || (quick && values['vis-max'] === undefined),
    visMax,
    profile: values.profile ?? false,
    build: values['no-build'] ? 'never' : quick ? 'if-stale' : 'always',
    // A quick run is a check, not a measurement to publish.
    write: write && !quick,
  };
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

// ---------------------------------------------------------------------------
// Build and its size.

function viteBuild(outDir: string, minify: boolean): void {
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', '--manifest'];
  if (!minify) args.push('--minify', 'false');
  const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status}).`);
}

/** True when the build is missing or any input of it (sources, page, config, lock file) changed after it. */
function buildIsStale(outDir: string): boolean {
  const built = join(outDir, 'index.html');
  if (!existsSync(built) || !existsSync(join(outDir, MANIFEST))) return true;
  const builtAt = statSync(built).mtimeMs;
  const newer = (path: string): boolean => {
    if (!existsSync(path)) return false;
    const info = statSync(path);
    if (!info.isDirectory()) return info.mtimeMs > builtAt;
    return readdirSync(path).some((name) => newer(join(path, name)));
  };
  return ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].some((path) => newer(join(ROOT, path)));
}

/** Vite's build manifest (build.manifest): each chunk's file and the chunks it imports. */
interface ManifestChunk {
  file: string;
  /** A chunk made by a code-splitting group (vite.config.ts's start-up chunks) is named after it. */
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const MANIFEST = '.vite/manifest.json';
/**
 * The application's boot chunk: the entry imports it at once (after starting the data's worker),
 * so it counts as initial. The build groups src/app/boot.tsx and what it imports into a chunk
 * named `boot` (scripts/vite-startup-chunk.ts), listed in the manifest under that chunk's file.
 */
const BOOT_MODULE = 'src/app/boot.tsx';
const BOOT_CHUNK = 'boot';

/** The entry scripts of index.html, the boot chunk, and every chunk they import statically, gzipped. */
function measureBuild(outDir: string): BuildSize {
  // The chunk graph as Vite built it, rather than import statements scanned out of the code.
  const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as Record<string, ManifestChunk>;
  const isBoot = (key: string) => key === BOOT_MODULE || (manifest[key]!.name === BOOT_CHUNK && manifest[key]!.file.endsWith('.js'));
  const queue = Object.keys(manifest).filter((key) => manifest[key]!.isEntry || isBoot(key));
  if (!Object.keys(manifest).some(isBoot)) throw new Error(`Neither ${BOOT_MODULE} nor a chunk named ${BOOT_CHUNK} is in the build: the initial JavaScript would be undercounted.`);
  const seen = new Set<string>();
  let initial = 0;
  while (queue.length > 0) {
    const key = queue.shift()!;
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) continue;
    seen.add(chunk.file);
    initial += gzipSync(readFileSync(join(outDir, chunk.file))).length;
    queue.push(...(chunk.imports ?? []));
  }
  let all = 0;
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.m?js$/.test(entry.name)) all += gzipSync(readFileSync(path)).length;
    }
  };
  walk(outDir);
  return { initialJsGzip: initial, initialFiles: [...seen], allJsGzip: all };
}

// ---------------------------------------------------------------------------
// Datasets.

/** The generator's options for a dataset of `events` events: 200 actors in 40 countries, seed 1. */
const sized = (events: number): GenOptions => ({ ...DEFAULT_GEN_OPTIONS, events });
/** The file of a few events whose first render measures the application's start-up (the report's start-up table). */
const START_UP_OPTIONS: GenOptions = { ...DEFAULT_GEN_OPTIONS, events: 20, actors: 5, countries: 2 };

function datasetFile({ events, actors, countries, seed }: GenOptions, parquet = false): string {
  return `events-${events}-a${actors}-c${countries}-s${seed}.${parquet ? 'parquet' : 'json'}`;
}

/** Generates a dataset unless an up-to-date one (newer than the generator) is there; its size in bytes. */
async function ensureDataset(genOptions: GenOptions, parquet: boolean): Promise<number> {
  const name = datasetFile(genOptions, parquet);
  const path = join(DATA_DIR, name);
  const generator = Math.max(statSync(join(ROOT, 'scripts', 'gen.ts')).mtimeMs, statSync(join(ROOT, 'scripts', 'parquetEvents.ts')).mtimeMs);
  if (!existsSync(path) || statSync(path).mtimeMs < generator) {
    const started = performance.now();
    if (parquet) {
      // The events sheet's columns, as npm run gen -- --format parquet writes them.
      const { EventColumns } = await import('./parquetEvents');
      const columns = new EventColumns();
      generateDataset(genOptions, () => {}, (record) => columns.add(record));
      columns.write(path);
    } else {
      generateFile(genOptions, path);
    }
    log(`generated ${name} in ${ms(performance.now() - started)}`);
  }
  return statSync(path).size;
}

// ---------------------------------------------------------------------------
// Subjects.

const SUBJECTS: Readonly<Record<'stanceline' | 'visTimeline' | 'empty' | 'readFloor', Subject>> = {
  stanceline: {
    name: 'stanceline',
    path: (dataPath) => `/?data=${encodeURIComponent(dataPath)}`,
    // The chart's plot area (src/render/TimelineChart.ts), where its gestures listen.
    targets: ['.sl-chart__plot', '.sl-chart', 'main'],
    // The plain wheel scrolls the lanes; Ctrl + wheel zooms (core/view/keys.ts).
    zoomKey: 'Control',
    // The toolbar's search field (src/components/SearchBox.tsx) and its count of matches.
    search: { box: 'input[type="search"]', count: '.search-count' },
    // A filter, clearing it, and each grouping, back to the first: each makes the chart's plan anew.
    viewChanges: [
      { label: 'type filter', play: (page) => page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Type' }).getByRole('checkbox').nth(1).check() },
      { label: 'clear filters', play: (page) => page.getByRole('button', { name: 'Clear filters' }).first().click() },
      { label: 'by actor', play: (page) => page.getByRole('radio', { name: 'Actor', exact: true }).check() },
      { label: 'by topic', play: (page) => page.getByRole('radio', { name: 'Topic', exact: true }).check() },
      { label: 'by country', play: (page) => page.getByRole('radio', { name: 'Country › actor', exact: true }).check() },
    ],
    // The chart writes its window on its container once a gesture settles
    // (data-window="from,to" in ms, src/render/TimelineChart.ts); the URL follows later
    // (the store waits for a pause), so it is only the fallback.
    readWindow: async (page: Page) => {
      const written = await page.evaluate(() => document.querySelector<HTMLElement>('.timeline-chart')?.dataset.window ?? '');
      const [chartFrom, chartTo] = written.split(',').map(Number);
      if (chartFrom !== undefined && chartTo !== undefined && Number.isFinite(chartFrom) && chartTo > chartFrom) return [chartFrom, chartTo] as const;
      const params = new URL(page.url()).searchParams;
      const from = parseInstant(params.get('from') ?? '');
      const to = parseInstant(params.get('to') ?? '');
      return Number.isNaN(from) || Number.isNaN(to) ? null : [from, to];
    },
  },
  visTimeline: {
    name: 'vis-timeline',
    path: (dataPath) => `/bench/vis.html?data=${encodeURIComponent(dataPath)}`,
    targets: ['.vis-center', '#timeline'],
    readWindow: (page: Page) =>
      page.evaluate(() => {
        const timeline = (window as unknown as { __benchTimeline?: { getWindow(): { start: Date; end: Date } } }).__benchTimeline;
        if (!timeline) return null;
        const { start, end } = timeline.getWindow();
        return [start.getTime(), end.getTime()] as const;
      }),
  },
  empty: {
    name: 'empty',
    path: () => '/bench/empty.html',
    targets: ['#target'],
  },
  readFloor: {
    name: 'read-floor',
    path: (dataPath) => `/bench/read-floor.html?data=${encodeURIComponent(dataPath)}`,
    targets: ['#target'],
    gestures: false,
  },
};

const RENDER_TIMEOUT_MS: Readonly<Record<Subject['name'], number>> = {
  // A million events from Parquet take minutes on this machine under load.
  stanceline: 600_000,
  'vis-timeline': 180_000,
  empty: 30_000,
  'read-floor': 120_000,
};

// ---------------------------------------------------------------------------

function machine(chromiumVersion: string, loadAtStart: number): Machine {
  const cpuList = cpus();
  return {
    loadAverage: [loadAtStart, loadavg()[0]!],
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    memoryGB: totalmem() / 1024 ** 3,
    chromium: chromiumVersion,
    node: process.version,
    platform: `${platform()} ${release()}`,
  };
}

function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

function writeDoc(report: Report): void {
  const section = `${generatedSection(report)}`;
  let text: string;
  if (existsSync(DOC)) {
    const current = readFileSync(DOC, 'utf8');
    const begin = current.indexOf(GENERATED_BEGIN);
    const end = current.indexOf(GENERATED_END);
    text = begin >= 0 && end > begin
      ? current.slice(0, begin) + section + current.slice(end + GENERATED_END.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  } else {
    text = `# Performance\n\nMeasured by \`npm run bench\`; see issue 7 for the targets.\n\n${section}\n`;
  }
  mkdirSync(dirname(DOC), { recursive: true });
  writeFileSync(DOC, text);
}

async function main(): Promise<void> {
  if (process.argv.includes('--event-data')) {
    await runEventDataBench(process.argv.slice(2));
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  if (loadAtStart > cpus().length) log(`warning: the load average is ${loadAtStart.toFixed(1)} on ${cpus().length} cores; other work will inflate the figures`);
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

  if (options.build === 'always' || (options.build === 'if-stale' && buildIsStale(BUILD_DIR))) {
    log('building the app (vite build → dist-bench/)');
    viteBuild(BUILD_DIR, true);
  } else if (!existsSync(join(BUILD_DIR, 'index.html'))) {
    throw new Error('--no-build given but dist-bench/ holds no build.');
  } else {
    log(options.build === 'never' ? 'reusing dist-bench/ (--no-build)' : 'reusing dist-bench/ (no source is newer than it)');
  }
  const build = measureBuild(BUILD_DIR);
  log(`initial JavaScript: ${(build.initialJsGzip / 1024).toFixed(1)} KB gzipped (${build.initialFiles.join(', ')})`);

  mkdirSync(DATA_DIR, { recursive: true });
  const datasetBytes = new Map<number, number>();
  for (const size of options.sizes) datasetBytes.set(size, await ensureDataset(sized(size), false));
  for (const size of options.parquetSizes) datasetBytes.set(size, await ensureDataset(sized(size), true));
  await ensureDataset(START_UP_OPTIONS, false);

  const folders = {
    dist: BUILD_DIR,
    bench: join(ROOT, 'bench'),
    data: DATA_DIR,
    visTimeline: join(ROOT, 'node_modules', 'vis-timeline'),
    hyparquet: join(ROOT, 'node_modules', 'hyparquet', 'src'),
  };
  const server = await startBenchServer(folders);
  log(`serving on ${server.origin}`);
  const versionBrowser = await launchBrowser();
  const chromiumVersion = versionBrowser.version();
  await versionBrowser.close();

  const isParquet = (size: number) => options.parquetSizes.includes(size);
  const dataPath = (size: number) => `/bench-data/${datasetFile(sized(size), isParquet(size))}`;
  // vis-timeline reads JSON only.
  const withVis = (size: number) => !options.skipVis && size <= options.visMax && !isParquet(size);
  const allSizes = [...options.sizes, ...options.parquetSizes];
  const smallest = options.sizes[0]!;

  const calibrations: Calibration[] = [];
  try {
    calibrations.push(await calibrateWheel(SUBJECTS.stanceline, server.origin, dataPath(smallest), STANCELINE_ZOOM_DELTA));
    if (withVis(smallest)) calibrations.push(await calibrateWheel(SUBJECTS.visTimeline, server.origin, dataPath(smallest), VIS_DEFAULT_DELTA));
    for (const calibration of calibrations) {
      const trials = calibration.trials.map((t) => `deltaY ${t.wheelDelta.toFixed(1)} → ${t.factor.toFixed(3)}x`).join(', ');
      log(`wheel, ${calibration.subject}: ${calibration.note}${trials ? ` (trials: ${trials})` : ''}`);
    }
    const deltaFor = (subject: Subject) => calibrations.find((c) => c.subject === subject.name)?.wheelDelta ?? 100;

    const results: Array<RunResult | RunFailure> = [];
    /** One run of `subject` on the file at `path`, kept and logged. */
    const measure = async (subject: Subject, path: string, events: number, run: number, label: string): Promise<void> => {
      const result = await measureRun({ subject, origin: server.origin, dataPath: path, events, run, wheelDelta: deltaFor(subject), renderTimeoutMs: RENDER_TIMEOUT_MS[subject.name] });
      results.push(result);
      log(isFailure(result)
        ? `${label} ${subject.name} run ${run}: FAILED ${result.failure}`
        : `${label} ${subject.name} run ${run}: render ${ms(result.renderMs)}, heap ${(result.heapBytes / 1048576).toFixed(1)} MB, ${result.domNodes} nodes${result.errors.length ? `, page errors: ${result.errors.slice(0, 2).join(' | ')}` : ''}`);
    };
    for (const size of allSizes) {
      const subjects = [SUBJECTS.empty, SUBJECTS.readFloor, SUBJECTS.stanceline, ...(withVis(size) ? [SUBJECTS.visTimeline] : [])];
      for (let run = 1; run <= options.runs; run++) {
        // Subjects take turns within a run, so a slow drift of the machine hits all alike.
        for (const subject of subjects) await measure(subject, dataPath(size), size, run, String(size));
      }
    }

    // The start-up: Stanceline and the load floor on a file of a few events, first render only, after the sizes.
    const { search: _search, viewChanges: _viewChanges, ...plainStanceline } = SUBJECTS.stanceline;
    const startUpSubjects: Subject[] = [SUBJECTS.readFloor, { ...plainStanceline, gestures: false }];
    for (let run = 1; run <= options.runs; run++) {
      for (const subject of startUpSubjects) await measure(subject, `/bench-data/${datasetFile(START_UP_OPTIONS)}`, START_UP_OPTIONS.events, run, 'start-up');
    }

    const floors = new Map<number, Floor>();
    const figures: Figures[] = [];
    for (const size of allSizes) {
      const floor = floorOf(results, size);
      floors.set(size, floor);
      for (const subject of ['empty', 'read-floor', 'stanceline', 'vis-timeline'] as const) {
        const f = figuresFor(results, subject, size, floor);
        if (f) figures.push(f);
      }
    }
    for (const subject of ['read-floor', 'stanceline'] as const) {
      const f = figuresFor(results, subject, START_UP_OPTIONS.events, { zoomMs: Number.NaN, panMs: Number.NaN });
      if (f) figures.push(f);
    }

    let profiles: ProfileSummary[] = [];
    const largest = allSizes[allSizes.length - 1]!;
    if (options.profile) {
      log(`profiling Stanceline at ${largest} events (unminified build → dist-bench-profile/)`);
      viteBuild(PROFILE_BUILD_DIR, false);
      const profileServer = await startBenchServer({ ...folders, dist: PROFILE_BUILD_DIR });
      try {
        const maps = new Map<string, SourceMap | null>();
        const locate = (url: string, line: number, column: number): string | null => {
          // Injected scripts (the probe) have URLs that are not web addresses.
          const path = URL.canParse(url) ? new URL(url).pathname : '';
          if (!path.startsWith('/assets/')) return null;
          if (!maps.has(path)) maps.set(path, SourceMap.read(join(PROFILE_BUILD_DIR, `${path}.map`)));
          return maps.get(path)?.lookup(line, column) ?? null;
        };
        profiles = await profileSubject({
          subject: SUBJECTS.stanceline,
          origin: profileServer.origin,
          dataPath: dataPath(largest),
          events: largest,
          run: 0,
          wheelDelta: deltaFor(SUBJECTS.stanceline),
          renderTimeoutMs: RENDER_TIMEOUT_MS.stanceline,
        }, locate);
      } catch (error) {
        log(`profiling failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await profileServer.close();
      }
    }

    const report: Report = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      commit: gitDescription(),
      command,
      machine: machine(chromiumVersion, loadAtStart),
      build,
      sizes: allSizes,
      parquetSizes: options.parquetSizes,
      runs: options.runs,
      visMaxEvents: options.visMax,
      skipVis: options.skipVis,
      calibrations,
      floors,
      figures,
      profiles,
      profileEvents: options.profile ? largest : null,
      datasetBytes,
      startUpEvents: START_UP_OPTIONS.events,
    };
    console.log(consoleTable(report));
    for (const summary of profiles) {
      console.log(`\n${summary.phase} (${ms(summary.totalMs)} sampled):`);
      for (const entry of summary.top.slice(0, 10)) console.log(`  ${entry.selfMs.toFixed(1).padStart(8)} ms  ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.functionName}  ${entry.location}`);
    }
    const resultsPath = join(DATA_DIR, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(resultsPath, JSON.stringify({ ...report, floors: Object.fromEntries(floors), datasetBytes: Object.fromEntries(datasetBytes), results }, null, 2));
    log(`raw results: ${resultsPath}`);
    if (options.write) {
      writeDoc(report);
      log(`wrote ${DOC}`);
    }
    log(`done in ${ms(performance.now() - started)}`);
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
