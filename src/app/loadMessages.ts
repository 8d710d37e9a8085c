// The messages between the page and the loading worker (loadWorker.ts).
import type { DatasetPart } from './datasetTransfer';
import type { FetchOutcome } from './loadData';

export interface LoadRequest {
  url: string;
  file: string;
}

export type LoadWorkerMessage =
  | { kind: 'progress'; loadedBytes: number; totalBytes: number | null }
  /** A part of the loaded dataset (datasetTransfer.ts); all parts come before 'done'. */
  | { kind: 'dataset'; part: DatasetPart }
  /** The outcome; when `datasetSent`, its dataset was sent in parts and is left out here. */
  | { kind: 'done'; outcome: FetchOutcome; datasetSent: boolean }
  /** The worker itself failed (not the data): the page loads on the main thread instead. */
  | { kind: 'crashed'; reason: string };
