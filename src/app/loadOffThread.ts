// Loads the data file in a Web Worker when the page can start one, else on the main
// thread. Both paths run the same fetchDataset, so they give the same outcome; the
// worker only keeps the page responsive (and loadData's loader and importers out of the
// first chunk: the fallback imports them when it is needed).
import type { DatasetAssembler, IdleTime } from './datasetTransfer';
import type { Dataset } from '../core/model/types';
import type { FetchOutcome, ProgressListener } from './loadData';
import { DATA_TIMEOUT_MS, dataTimedOutMessage, INPUT_TELL_INTERVAL_MS } from './loadMessages';
import type { LoadRequest, LoadWorkerMessage, PageMessage } from './loadMessages';
import { askedInterfaceLanguage, interfaceLanguageReady } from './interfaceLanguage';
import { whenRecordsArrive } from '../core/model/recordsArrival';

async function loadOnMainThread(location: LoadRequest, onProgress?: ProgressListener): Promise<FetchOutcome> {
  const { fetchDataset } = await import('./loadData');
  // The messages are worded once, as the file is checked: in the page's language, which loads while the file downloads.
  return fetchDataset(location, { ...(onProgress ? { onProgress } : {}), wordsReady: interfaceLanguageReady() });
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
 * The dataset as soon as all of it has arrived from the worker, while the worker's last checks
 * (ids and references, schema, text lengths, quotes) still run: they only add problems, so the outcome that
 * follows holds this same dataset, or refuses it.
 */
export type ArrivedListener = (dataset: Dataset) => void;

/**
 * The data file fetched, parsed, validated and built into a dataset, off the main thread
 * where possible. A worker that cannot start or fails before it answers (blocked by the
 * page's origin or policy) falls back to the main thread, so loading always finishes.
 * `onArrived` hears of the dataset before the outcome when the worker sends it early.
 */
export function fetchDatasetOffThread(location: LoadRequest, onProgress?: ProgressListener, onArrived?: ArrivedListener): Promise<FetchOutcome> {
  const early = claimEarlyLoad(location.url);
  if (early) {
    early.listener = onProgress;
    early.arrivedListener = onArrived;
    if (early.lastProgress && onProgress) onProgress(...early.lastProgress);
    if (early.arrived && onArrived) onArrived(early.arrived);
    return early.outcome;
  }
  return startLoad(location, onProgress, onArrived);
}

/** A load started before the application rendered, waiting for the page to ask for its outcome. */
interface EarlyLoad {
  url: string;
  outcome: Promise<FetchOutcome>;
  /** The page's progress listener, once it has asked; the progress so far is replayed to it. */
  listener: ProgressListener | undefined;
  lastProgress: [loadedBytes: number, totalBytes: number | null] | null;
  /** The page's listener for the dataset's arrival, once it has asked; a dataset that arrived before is handed to it then. */
  arrivedListener: ArrivedListener | undefined;
  arrived: Dataset | null;
}

let earlyLoad: EarlyLoad | null = null;

/**
 * Starts loading the data file at once, from the entry module, so the worker's start-up
 * (hundreds of milliseconds on a busy machine), the fetch and the parse overlap the
 * evaluation of the application's code and its first render instead of following them.
 * The first fetchDatasetOffThread for the same address takes this load over; later ones
 * (reloads) start afresh.
 */
export function startLoadingEarly(location: LoadRequest): void {
  if (earlyLoad) return;
  const early: EarlyLoad = { url: location.url, outcome: Promise.resolve({ kind: 'failed', message: '' }), listener: undefined, lastProgress: null, arrivedListener: undefined, arrived: null };
  early.outcome = startLoad(
    location,
    (loadedBytes, totalBytes) => {
      early.lastProgress = [loadedBytes, totalBytes];
      early.listener?.(loadedBytes, totalBytes);
    },
    (dataset) => {
      early.arrived = dataset;
      early.arrivedListener?.(dataset);
    },
  );
  earlyLoad = early;
}

/** The early load for this address, once: whoever claims it gets its outcome and progress. */
function claimEarlyLoad(url: string): EarlyLoad | null {
  const early = earlyLoad;
  if (!early || early.url !== url) return null;
  earlyLoad = null;
  return early;
}

/**
 * Background work waits until this long after the reader's last input, or after the data was
 * shown, whichever is later (ms): it yields to zooming and panning. Its garbage is collected
 * later than it is made, so a shorter wait was not enough: at a million events, parsing
 * records from the first render on put major collections into the first zoom steps (p95 85 ms
 * against 42 ms without it, with 500 ms).
 */
const QUIET_MS = 2000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart'] as const;
/** When the page last changed under the reader: their input, or new data on screen. */
let lastActivityAt = -Infinity;
/** Idle work waiting to run; the input is watched only while there is some. */
let waitingWork = 0;
const noteActivity = () => (lastActivityAt = performance.now());

/** Hears the reader's input with `listener` (on), or stops (off). */
function watchInput(listener: () => void, on: boolean): void {
  if (typeof addEventListener !== 'function') return;
  for (const type of INPUT_EVENTS) {
    if (on) addEventListener(type, listener, { capture: true, passive: true });
    else removeEventListener(type, listener, { capture: true });
  }
}

/**
 * Runs `work` when the page is idle and the reader has not used it for a moment
 * (requestIdleCallback, never forced; a plain timeout where there is none, as in Safari).
 * Parsing records makes garbage, and a collection in the middle of a zoom is a dropped frame.
 */
function whenIdle(work: (idle: IdleTime) => void): void {
  if (waitingWork++ === 0) watchInput(noteActivity, true);
  const later = (run: (idle: IdleTime) => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
    else setTimeout(() => run({ timeRemaining: () => 0 }), 50);
  };
  const run = (idle: IdleTime) => {
    if (performance.now() - lastActivityAt < QUIET_MS) {
      setTimeout(() => later(run), QUIET_MS);
      return;
    }
    work(idle);
    // The work may have asked for more idle time: the input stays watched until none is waiting.
    if (--waitingWork === 0) watchInput(noteActivity, false);
  };
  later(run);
}

/**
 * Marked (performance.mark) when the first part of the page's first dataset (its tables) comes
 * from the loading worker: `npm run bench` splits first render there (bench/report.ts).
 */
export const DATA_ARRIVING_MARK = 'stanceline:data-arriving';

/** Whether a loading worker has begun sending a dataset: preparations made while the data loads (lazyViews.tsx) stop then. */
let datasetComing = false;
export function dataIsArriving(): boolean {
  return datasetComing;
}

/** The loading worker whose dataset, sent early, has gone to the page to be shown: it waits to hear so before its last checks. */
let waitingToBeShown: Worker | null = null;

function tellWorker(worker: Worker, message: PageMessage): void {
  worker.postMessage(message);
}

/** The loading worker writing its records and last checks behind the data on screen: it hears of the reader's input, and gives way to it. */
let tellingInput: Worker | null = null;
let lastToldInputAt = -Infinity;

function tellInput(): void {
  const now = performance.now();
  if (!tellingInput || now - lastToldInputAt < INPUT_TELL_INTERVAL_MS) return;
  lastToldInputAt = now;
  tellWorker(tellingInput, { kind: 'input' });
}

/** Tells `worker` of the reader's input from now on (PageMessage 'input'), or no worker (null). */
function tellInputTo(worker: Worker | null): void {
  const listening = tellingInput !== null;
  tellingInput = worker;
  if (listening !== (worker !== null)) watchInput(tellInput, worker !== null);
}

/**
 * Tells the loading worker that the dataset it sent early is on screen, or will not be shown
 * before the outcome, so its records and last checks may follow (PageMessage 'shown'). Called
 * by the application after the first frame that shows the data; calling it again does nothing.
 * While the data is on screen (`onScreen`), the worker then hears of the reader's input and
 * gives way to it; a view waiting for the records is not, and must not wait for a reader.
 */
export function dataShown(onScreen = true): void {
  if (waitingToBeShown) {
    if (onScreen) tellInputTo(waitingToBeShown);
    tellWorker(waitingToBeShown, { kind: 'shown' });
  }
  waitingToBeShown = null;
}

/** The worker's messages that go through the page's side of the handover, in the order they came. */
type HandedOver = Exclude<LoadWorkerMessage, { kind: 'progress' | 'arrived' }>;

function startLoad(location: LoadRequest, onProgress?: ProgressListener, onArrived?: ArrivedListener): Promise<FetchOutcome> {
  const worker = startWorker();
  if (!worker) return loadOnMainThread(location, onProgress);
  return new Promise<FetchOutcome>((resolve) => {
    // The page's side of the handover (datasetTransfer.ts) is a chunk of its own, asked for
    // with the worker and there long before the first part: in the first chunk it took the
    // initial JavaScript to 99.6 KB gzipped, against a budget of 100. Messages that come
    // before it wait, in order.
    let handover: { assembler: DatasetAssembler; transfer: typeof import('./datasetTransfer') } | null = null;
    const waiting: HandedOver[] = [];
    let settled = false;
    // The arrival deadline runs on the page's clock as well as in the worker, so a test's
    // fake clock (which does not reach workers) can make a server that never answers time out.
    const deadline = setTimeout(() => finish({ kind: 'failed', message: dataTimedOutMessage(location.file) }), DATA_TIMEOUT_MS);
    const finish = (outcome: Promise<FetchOutcome> | FetchOutcome) => {
      if (settled) return;
      settled = true;
      if (waitingToBeShown === worker) waitingToBeShown = null;
      if (tellingInput === worker) tellInputTo(null);
      clearTimeout(deadline);
      worker.terminate();
      resolve(outcome);
    };
    const receive = (data: HandedOver) => {
      if (!handover) {
        waiting.push(data);
        return;
      }
      const { assembler, transfer } = handover;
      if (data.kind === 'dataset') {
        assembler.add(data.part);
        const dataset = data.part.part === 'counts' ? assembler.result() : null;
        if (dataset && !settled) {
          // Without a listener nothing is shown before the outcome: the last checks may start at once.
          if (onArrived) waitingToBeShown = worker;
          else tellWorker(worker, { kind: 'shown' });
          onArrived?.(dataset);
          // The data going on screen starts the quiet the idle parsing waits for, as input does.
          noteActivity();
          transfer.parseRecordsWhenIdle(dataset, whenIdle);
        }
      }
      else if (data.kind === 'crashed') finish(loadOnMainThread(location, onProgress));
      else if (!data.datasetSent || data.outcome.kind !== 'loaded') finish(data.outcome);
      else {
        const dataset = assembler.result();
        // Parts lost on the way (records too, which come before the outcome) would be a bug here, not a problem in the data: load on the page instead.
        finish(dataset && !whenRecordsArrive(dataset) ? { ...data.outcome, result: { ...data.outcome.result, dataset } } : loadOnMainThread(location, onProgress));
      }
    };
    import('./datasetTransfer').then(
      (transfer) => {
        handover = { assembler: new transfer.DatasetAssembler(), transfer };
        for (const data of waiting.splice(0)) receive(data);
      },
      // The chunk could not load (the network went away): the main thread loads the file itself.
      () => finish(loadOnMainThread(location, onProgress)),
    );
    worker.onmessage = (message: MessageEvent<LoadWorkerMessage>) => {
      const data = message.data;
      if (data.kind === 'progress') onProgress?.(data.loadedBytes, data.totalBytes);
      else if (data.kind === 'arrived') clearTimeout(deadline);
      else {
        if (data.kind === 'dataset' && !datasetComing) {
          datasetComing = true;
          performance.mark(DATA_ARRIVING_MARK);
        }
        receive(data);
      }
    };
    // The worker script could not load or run (e.g. a file: page, a strict policy): load here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(loadOnMainThread(location, onProgress));
    };
    worker.onmessageerror = () => finish(loadOnMainThread(location, onProgress));
    // The interface's language, even while its chunks still load (English when it has none, as in the embed module).
    const lang = location.lang ?? askedInterfaceLanguage();
    const request: LoadRequest = { url: location.url, file: location.file, ...(location.mapping ? { mapping: location.mapping } : {}), ...(lang ? { lang } : {}) };
    tellWorker(worker, { kind: 'load', request });
  });
}
