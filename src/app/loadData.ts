// Fetching the data file: where it is (the default or the ?data= option), reading it
// with progress, and handing the text to the validating loader. Failures become plain
// sentences for the error view, never exceptions that blank the page.
import { loadDataset } from '../core/data';
import type { LoadOptions } from '../core/data';
import { formatMegabytes, MAX_DATA_BYTES } from '../core/data/limits';
import type { Dataset, LoadResult } from '../core/model/types';
import { refuseDataOrigin } from '../core/data/origin';
import { t } from '../core/i18n/translate';

// Where the file is lives apart, so the first chunk need not carry the loader.
export { DEFAULT_DATA_PATH, locateData } from '../core/data/location';
export type { DataLocation } from '../core/data/location';

import { DATA_TIMEOUT_MS, dataTimedOutMessage } from './loadMessages';
import type { LoadRequest } from './loadMessages';
import { mappingFileName } from '../core/convert/columnMapping';
import type { ColumnMapping } from '../core/convert/columnMapping';
import type { TableSample } from '../core/convert/mappedTable';

export { DATA_TIMEOUT_MS } from './loadMessages';

/** The importers (TimelineJS3, CSV), loaded only for a file that is not Stanceline JSON: the usual load never parses their code. */
const importers = () => import('../core/convert/index');

/** `fetchedUrl`: the address the data finally came from, after any redirects (dataOrigin.ts names its site when it is not this one). */
export type { FetchOutcome } from './loadMessages';
import type { FetchOutcome } from './loadMessages';

export type ProgressListener = (loadedBytes: number, totalBytes: number | null) => void;

class TooLarge extends Error {}

function tooLargeMessage(file: string, bytes: number, exact: boolean): string {
  const values = { file, size: formatMegabytes(bytes), limit: formatMegabytes(MAX_DATA_BYTES) };
  return exact
    ? t('{file} is {size}, over the {limit} Stanceline reads, so it was not loaded. Split it into smaller files (for example one per year or per country).', values)
    : t('{file} is more than {size}, over the {limit} Stanceline reads, so it was not loaded. Split it into smaller files (for example one per year or per country).', values);
}

/** Reads the body as text, stopping as soon as it passes the size limit. */
async function readLimited(response: Response, onProgress?: ProgressListener): Promise<string> {
  return new TextDecoder().decode(await readBytesLimited(response, onProgress));
}

/** Reads the body's bytes, stopping as soon as it passes the size limit. */
async function readBytesLimited(response: Response, onProgress?: ProgressListener): Promise<Uint8Array> {
  const total = Number(response.headers.get('Content-Length')) || null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  // Chunks are kept and decoded once: concatenating strings per chunk is quadratic in the worst case.
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > MAX_DATA_BYTES) {
      void reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
    onProgress?.(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Reads a local source copy named by a source's `text`, relative to the data file; undefined when unavailable. */
function sourceTextReader(dataUrl: string): (path: string) => Promise<string | undefined> {
  return async (path) => {
    try {
      const url = new URL(path, dataUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(DATA_TIMEOUT_MS) });
      return response.ok ? await readLimited(response) : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Why a fetch that never got an answer failed, as far as a page can tell. */
function unreachableMessage(location: { url: string; file: string }, reason: string): string {
  // globalThis.location is the page's, or in the loading worker the worker's (same origin as the page).
  const pageOrigin = typeof globalThis.location === 'undefined' ? null : globalThis.location.origin;
  const crossOrigin = pageOrigin !== null && new URL(location.url).origin !== pageOrigin;
  // Browsers hide the cause on purpose; a refused CORS request looks like a network failure.
  return crossOrigin
    ? t('Could not reach {file} ({reason}). If the address opens in a browser tab, its server does not let other sites read it (no Access-Control-Allow-Origin header): ask its owner to allow it, or put a copy of the file next to this page.', { file: location.file, reason })
    : t('Could not reach {file} ({reason}). Check the address and your connection.', { file: location.file, reason });
}

/** How the import note names what was imported. */
function importedKind(format: string): string {
  if (format === 'stanceline-csv') return t('a Stanceline events sheet');
  if (format.startsWith('timelinejs')) return t('a TimelineJS3 file');
  if (format === 'mapped-table') return t('a table read through your column mapping');
  if (format === 'icews') return t('an ICEWS export');
  if (format === 'gdelt') return t('a GDELT 2.0 events export');
  if (format === 'acled') return t('an ACLED export');
  if (format === 'plover') return t('a PLOVER/POLECAT export');
  if (format === 'polecat') return t('a POLECAT export (tab-separated)');
  return t('another format');
}

/** What the loader is given besides the file's name, whatever the format: how to read sources' text copies, and whom to hand the model early. */
type CheckOptions = Omit<LoadOptions, 'file'>;

/**
 * The text as a loaded dataset: Stanceline JSON through the loader, and the formats
 * Stanceline can import (TimelineJS3 JSON or CSV, a Stanceline events sheet) converted first.
 */
async function loadText(
  text: string,
  file: string,
  checks: CheckOptions,
  mapping?: ColumnMapping,
): Promise<{ result: LoadResult; notes: string[]; table?: TableSample }> {
  if (mapping) return importWith(text, file, checks, mapping);
  // Stanceline files go straight to the loader; only other formats pay for detection. A
  // Stanceline file is an object, never an array: a JSON array (a PLOVER export) is recognised
  // first rather than parsed whole, refused and then placed by the loader's position finder.
  const startsLikeObject = /^\uFEFF?\s*\{/.test(text);
  if (startsLikeObject || /^\uFEFF?\s*(<|$)/.test(text)) {
    const result = await loadDataset(text, { ...checks, file });
    const otherFormat = result.problems.some((problem) => problem.rule === 'timelinejs3-file')
      // PLOVER records are JSON too: only a file the loader refuses pays for asking.
      || (result.dataset === undefined && (await importers()).detectFormat(text, file) === 'plover');
    if (!otherFormat) return { result, notes: [] };
  } else {
    const { detectFormat, sniffDelimiter } = await importers();
    // Not a table either (which the mapping dialog could read): the loader says where the text stops being JSON.
    if (detectFormat(text, file) === 'unknown' && sniffDelimiter(text) === undefined) return { result: await loadDataset(text, { ...checks, file }), notes: [] };
  }
  return importWith(text, file, checks);
}

/** Any format but Stanceline JSON, converted, with a note saying so (and a table of no known format offered for mapping). */
async function importWith(
  text: string,
  file: string,
  checks: CheckOptions,
  mapping?: ColumnMapping,
): Promise<{ result: LoadResult; notes: string[]; table?: TableSample }> {
  const imported = await (await importers()).importText(text, file, { ...checks, ...(mapping ? { mapping } : {}) });
  const notes = imported.dataset
    ? [t('{file} is {kind}; it was imported. To keep it as a Stanceline file, convert it with: {command}', { file, kind: importedKind(imported.format), command: `npm run convert -- ${mapping ? `--mapping ${mappingFileName(file)} ` : ''}${file} --out data/converted.json` }), ...imported.report]
    : [];
  // A table whose mapping gave nothing to open is offered for mapping again.
  const table = imported.table ?? (mapping && !imported.dataset ? (await importers()).tableSample(text) : undefined);
  return { result: { problems: imported.problems, ...(imported.dataset ? { dataset: imported.dataset } : {}) }, notes, ...(table ? { table } : {}) };
}

/**
 * "PAR1" at both ends: a Parquet file, whatever it is called (a text starting with those
 * letters still goes to the text loaders). Checked here so the Parquet chunk loads only for one.
 */
function looksLikeParquet(bytes: Uint8Array): boolean {
  const n = bytes.length;
  const par1 = (at: number) => bytes[at] === 0x50 && bytes[at + 1] === 0x41 && bytes[at + 2] === 0x52 && bytes[at + 3] === 0x31;
  return n >= 12 && par1(0) && par1(n - 4);
}

/** A Parquet events file through its importer (hyparquet is loaded only now); anything else as text. */
async function loadBytes(
  bytes: Uint8Array,
  file: string,
  checks: CheckOptions,
  mapping?: ColumnMapping,
): Promise<{ result: LoadResult; notes: string[]; table?: TableSample }> {
  if (!looksLikeParquet(bytes)) return loadText(new TextDecoder().decode(bytes), file, checks, mapping);
  const { importParquet } = await import('../core/convert/parquet');
  const imported = await importParquet(bytes, file, checks);
  const notes = imported.dataset
    ? [t('{file} is {kind}; it was imported. To keep it as a Stanceline file, convert it with: {command}', { file, kind: t('a Parquet events file'), command: `npm run convert -- ${file} --out data/converted.json` }), ...imported.report]
    : [];
  return { result: { problems: imported.problems, ...(imported.dataset ? { dataset: imported.dataset } : {}) }, notes };
}

/** The file's bytes and where they finally came from, or why they could not be had (worded when asked: see fetchDataset). */
type Fetched = { bytes: Uint8Array; fetchedUrl: string } | { failure: () => string };

async function fetchBytes(location: LoadRequest, onProgress?: ProgressListener): Promise<Fetched> {
  const controller = new AbortController();
  // One time-out for the answer and the whole body; a plain timer so it can be tested with a fake clock.
  const timer = setTimeout(() => controller.abort(), DATA_TIMEOUT_MS);
  const timedOut = () => dataTimedOutMessage(location.file);
  try {
    let response: Response;
    try {
      response = await fetch(location.url, { cache: 'no-store', signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return { failure: timedOut };
      const reason = error instanceof Error ? error.message : String(error);
      return { failure: () => unreachableMessage(location, reason) };
    }
    // A redirect can lead elsewhere: the allow-list holds for where the data came from.
    const fetchedUrl = response.url || location.url;
    const pageOrigin = typeof globalThis.location === 'undefined' ? null : globalThis.location.origin;
    // The refusal is worded again when asked, in the language loaded by then.
    const refusal = () => (pageOrigin === null || fetchedUrl.startsWith('blob:') ? null : refuseDataOrigin(fetchedUrl, pageOrigin));
    if (refusal()) {
      controller.abort();
      return { failure: () => t('{file} was not loaded: {reason}', { file: location.file, reason: refusal() ?? '' }) };
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      const values = { file: location.file, status };
      return {
        failure: () => response.status === 404
          ? t('Could not load {file}: the server answered {status}. The file is not where the page looked for it: check the name and the path.', values)
          : t('Could not load {file}: the server answered {status}.', values),
      };
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > MAX_DATA_BYTES) {
      controller.abort();
      return { failure: () => tooLargeMessage(location.file, declared, true) };
    }
    try {
      return { bytes: await readBytesLimited(response, onProgress), fetchedUrl };
    } catch (error) {
      if (error instanceof TooLarge) return { failure: () => tooLargeMessage(location.file, MAX_DATA_BYTES, false) };
      if (controller.signal.aborted) return { failure: timedOut };
      const reason = error instanceof Error ? error.message : String(error);
      return { failure: () => t('Loading {file} stopped part way ({reason}). Try again.', { file: location.file, reason }) };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** What a caller of fetchDataset may follow of the load as it goes. */
export interface FetchHooks {
  onProgress?: ProgressListener;
  /** Called once the whole body is in, before it is parsed: the loading worker tells the page, whose own deadline (on the page's clock) then stops. */
  onArrived?: () => void;
  /** The reader's language being loaded (the worker's own copy of its catalogue), awaited before any message is worded, so the download does not wait for it. */
  wordsReady?: Promise<unknown>;
  /** The dataset before its last checks have run, whatever the format, and how to complete its records when they come later (LoadOptions.onEarlyDataset: the outcome decides whether it stands). */
  onEarlyDataset?: LoadOptions['onEarlyDataset'];
  /** Awaited before and between the steps of the last checks after the early dataset (LoadOptions.giveWay). */
  giveWay?: () => Promise<void>;
}

/** Fetches and reads the data file. */
export async function fetchDataset(location: LoadRequest, { onProgress, onArrived, wordsReady, onEarlyDataset, giveWay }: FetchHooks = {}): Promise<FetchOutcome> {
  const fetched = await fetchBytes(location, onProgress);
  if ('bytes' in fetched) onArrived?.();
  await wordsReady;
  if ('failure' in fetched) return { kind: 'failed', message: fetched.failure() };
  const { bytes, fetchedUrl } = fetched;
  try {
    const checks: CheckOptions = { readSourceText: sourceTextReader(location.url), ...(onEarlyDataset ? { onEarlyDataset } : {}), ...(giveWay ? { giveWay } : {}) };
    const { result, notes, table } = await loadBytes(bytes, location.file, checks, location.mapping);
    return { kind: 'loaded', result, notes, fetchedUrl, ...(table ? { table } : {}) };
  } catch (error) {
    // The loader reports problems rather than throwing; this is the last line of defence.
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: t('Reading {file} failed unexpectedly: {reason}.', { file: location.file, reason }) };
  }
}
