// Loads the data file in a Web Worker when the page can start one, else on the main
// thread. Both paths run the same fetchDataset, so they give the same outcome; the
// worker only keeps the page responsive (and loadData's loader and importers out of the
// first chunk: the fallback imports them when it is needed).
import { DatasetAssembler } from './datasetTransfer';
import type { FetchOutcome, ProgressListener } from './loadData';
import type { LoadRequest, LoadWorkerMessage } from './loadMessages';

async function loadOnMainThread(location: LoadRequest, onProgress?: ProgressListener): Promise<FetchOutcome> {
  const { fetchDataset } = await import('./loadData');
  return fetchDataset(location, onProgress);
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module', name: 'stanceline-load' });
  } catch {
    // A page opened from file:// (a single-file export) may not start module workers.
    return null;
  }
}

/**
 * The data file fetched, parsed, validated and built into a dataset, off the main thread
 * where possible. A worker that cannot start or fails before it answers (blocked by the
 * page's origin or policy) falls back to the main thread, so loading always finishes.
 */
export function fetchDatasetOffThread(location: LoadRequest, onProgress?: ProgressListener): Promise<FetchOutcome> {
  const worker = startWorker();
  if (!worker) return loadOnMainThread(location, onProgress);
  return new Promise<FetchOutcome>((resolve) => {
    const assembler = new DatasetAssembler();
    let settled = false;
    const finish = (outcome: Promise<FetchOutcome> | FetchOutcome) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (message: MessageEvent<LoadWorkerMessage>) => {
      const data = message.data;
      if (data.kind === 'progress') onProgress?.(data.loadedBytes, data.totalBytes);
      else if (data.kind === 'dataset') assembler.add(data.part);
      else if (data.kind === 'crashed') finish(loadOnMainThread(location, onProgress));
      else if (!data.datasetSent || data.outcome.kind !== 'loaded') finish(data.outcome);
      else {
        const dataset = assembler.result();
        // Parts lost on the way would be a bug here, not a problem in the data: load on the page instead.
        finish(dataset ? { ...data.outcome, result: { ...data.outcome.result, dataset } } : loadOnMainThread(location, onProgress));
      }
    };
    // The worker script could not load or run (e.g. a file: page, a strict policy): load here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(loadOnMainThread(location, onProgress));
    };
    worker.onmessageerror = () => finish(loadOnMainThread(location, onProgress));
    const request: LoadRequest = { url: location.url, file: location.file };
    worker.postMessage(request);
  });
}
