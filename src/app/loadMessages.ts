// The messages between the page and the loading worker (loadWorker.ts).
import { t } from '../core/i18n/translate';
import type { DatasetPart } from './datasetTransfer';
import type { LoadResult } from '../core/model/types';
import type { ColumnMapping } from '../core/convert/columnMapping';
import type { TableSample } from '../core/convert/mappedTable';

/** What fetching and loading a data file came to: the loader's result (with import notes and the address the answer came from), or why it failed. */
export type FetchOutcome =
  | {
      kind: 'loaded';
      result: LoadResult;
      notes: string[];
      fetchedUrl: string;
      /** A table of no known format: its start, for the column-mapping dialog (src/components/ColumnMappingDialog.tsx). */
      table?: TableSample;
    }
  | { kind: 'failed'; message: string };

export interface LoadRequest {
  url: string;
  file: string;
  /** Read the file as a table through this column mapping (chosen in the mapping dialog). */
  mapping?: ColumnMapping;
  /** The interface language's code (`fr`): the worker words the loader's and validator's messages in it. English when absent or unknown. */
  lang?: string;
}

/**
 * What the page tells the loading worker: the file to load, then (for a dataset sent early)
 * that the data is on screen, or will not be shown before the outcome, so the records and the
 * last checks may follow; then, while they do, that the reader is using the page ('input').
 */
export type PageMessage = { kind: 'load'; request: LoadRequest } | { kind: 'shown' } | { kind: 'input' };

/**
 * The worker's work after the data is shown (writing the records, then the last checks) waits
 * until the reader has left the page alone this long (ms): on two cores it took one from the
 * page's zooming and panning.
 */
export const READER_QUIET_MS = 300;

/** The page tells the worker of the reader's input at most this often (ms). */
export const INPUT_TELL_INTERVAL_MS = 100;

/**
 * How long the worker waits to hear that the data is shown before it runs the last checks
 * anyway (ms): a page that never says so must still get its outcome.
 */
export const SHOWN_WAIT_MS = 5_000;

/**
 * How long a data file may take to arrive, headers and body together (30 s): a server that
 * never answers must not leave the page loading for ever.
 */
export const DATA_TIMEOUT_MS = 30_000;

export function dataTimedOutMessage(file: string): string {
  return t('{file} did not arrive within {seconds} seconds, so loading stopped. The server may be down or very slow; try again later, or load a copy from a nearer place.', { file, seconds: DATA_TIMEOUT_MS / 1000 });
}

export type LoadWorkerMessage =
  | { kind: 'progress'; loadedBytes: number; totalBytes: number | null }
  /** The whole file has arrived (reading it may take a while yet): the page stops its arrival deadline. */
  | { kind: 'arrived' }
  /** A part of the loaded dataset (datasetTransfer.ts); all parts come before 'done'. */
  | { kind: 'dataset'; part: DatasetPart }
  /** The outcome; when `datasetSent`, its dataset was sent in parts and is left out here. */
  | { kind: 'done'; outcome: FetchOutcome; datasetSent: boolean }
  /** The worker itself failed (not the data): the page loads on the main thread instead. */
  | { kind: 'crashed'; reason: string };
