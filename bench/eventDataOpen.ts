// npm run bench -- --event-data [--rows 100000] [--runs 3]
//
// Opening a researchers' export against opening a Stanceline file of as many events, in one
// run: a synthetic GDELT 2.0 export (bench/eventDataGen.ts) read by importText (recognise,
// convert, check the converted records, build the model) and a generated Stanceline
// file (scripts/gen.ts) read by loadDataset, the two calls the loading worker makes for each
// (src/app/loadData.ts). Measured in Node, alternating the two, and the medians compared:
// the page's own work after loading (taking the dataset in, drawing the chart) is the same
// for both and is measured by the browser bench. Prints the ratio; never fails on speed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importText } from '../src/core/convert/index';
import { loadDataset } from '../src/core/data/index';
import { DEFAULT_GEN_OPTIONS, generateFile } from '../scripts/gen';
import { gdeltExport } from './eventDataGen';

const ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = join(ROOT, 'bench-data');

function log(message: string): void {
  console.error(`[bench:event-data] ${message}`);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** The generated file at `path`, made unless it is there and newer than its generator. */
function ensure(path: string, generator: string, make: () => void): string {
  if (!existsSync(path) || statSync(path).mtimeMs < statSync(generator).mtimeMs) make();
  return readFileSync(path, 'utf8');
}

export interface EventDataBenchResult {
  rows: number;
  exportMs: number[];
  stancelineMs: number[];
  events: number;
  ratio: number;
}

export async function runEventDataBench(argv: readonly string[]): Promise<EventDataBenchResult> {
  const { values } = parseArgs({ args: [...argv], options: { 'event-data': { type: 'boolean' }, rows: { type: 'string' }, runs: { type: 'string' } }, strict: true });
  const rows = Number((values.rows ?? '100000').replaceAll('_', ''));
  const runs = Number(values.runs ?? '3');
  if (!Number.isInteger(rows) || rows < DEFAULT_GEN_OPTIONS.actors) throw new Error(`--rows must be a whole number of at least ${DEFAULT_GEN_OPTIONS.actors}.`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1.');
  mkdirSync(DATA_DIR, { recursive: true });

  const exportName = `gdelt-${rows}.export.CSV`;
  const exportText = ensure(join(DATA_DIR, exportName), join(ROOT, 'bench', 'eventDataGen.ts'), () => writeFileSync(join(DATA_DIR, exportName), gdeltExport(rows)));
  // As many events as the export gives after merging its mirrored rows, so both files hold the same number.
  const probe = await importText(exportText, exportName);
  const events = probe.dataset?.events.length;
  if (events === undefined) throw new Error(`the generated export did not open: ${probe.problems.slice(0, 3).map((problem) => problem.message).join(' / ')}`);
  const stancelineName = `event-data-stanceline-${events}.json`;
  const stancelineText = ensure(join(DATA_DIR, stancelineName), join(ROOT, 'scripts', 'gen.ts'), () => generateFile({ ...DEFAULT_GEN_OPTIONS, events }, join(DATA_DIR, stancelineName)));
  log(`${exportName}: ${rows} rows, ${megabytes(Buffer.byteLength(exportText))}, ${events} events after merging mirrors; ${stancelineName}: ${megabytes(Buffer.byteLength(stancelineText))}`);

  const exportMs: number[] = [];
  const stancelineMs: number[] = [];
  const openExport = async () => {
    const started = performance.now();
    const opened = await importText(exportText, exportName);
    exportMs.push(performance.now() - started);
    if (!opened.dataset) throw new Error('the export did not open');
  };
  const openStanceline = async () => {
    const started = performance.now();
    const opened = await loadDataset(stancelineText, { file: stancelineName });
    stancelineMs.push(performance.now() - started);
    if (!opened.dataset) throw new Error('the Stanceline file did not open');
  };
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first, so neither always meets the other's garbage.
    if (run % 2 === 0) {
      await openExport();
      await openStanceline();
    } else {
      await openStanceline();
      await openExport();
    }
    log(`run ${run + 1}/${runs}: export ${seconds(exportMs.at(-1)!)}, Stanceline file ${seconds(stancelineMs.at(-1)!)}`);
  }
  const ratio = median(exportMs) / median(stancelineMs);
  console.log(`Opening a ${rows}-row GDELT export: ${seconds(median(exportMs))} (median of ${runs}); a ${events}-event Stanceline file: ${seconds(median(stancelineMs))}; ratio ${ratio.toFixed(2)}×`);
  return { rows, exportMs, stancelineMs, events, ratio };
}
