// A dataset whose events' records are still on their way. The loading worker sends what the
// chart draws (the events' summaries) first and their records after it, so the chart is drawn
// while the worker still writes the records (about 2 s at a million events). Until they have
// arrived an event's `record` cannot be read; whoever reads records waits for this instead.
import type { Dataset } from './types';

const arriving = new WeakMap<Dataset, Promise<void>>();

/**
 * Says `dataset`'s records are still to come (app/datasetTransfer.ts); the function returned
 * is called once they are all in, and from then on they may be read.
 */
export function recordsToCome(dataset: Dataset): () => void {
  let arrived = () => {};
  arriving.set(dataset, new Promise<void>((resolve) => (arrived = resolve)));
  return () => {
    arriving.delete(dataset);
    arrived();
  };
}

/** Resolves when every record of `dataset` can be read; null when they already can (or always could). */
export function whenRecordsArrive(dataset: Dataset | undefined): Promise<void> | null {
  return dataset ? (arriving.get(dataset) ?? null) : null;
}
