// The data file's fetch, parse, validation and model building, off the main thread so a
// large file never freezes the page. The loader is pure TypeScript and runs here as is;
// the page receives progress, then the dataset in parts it can take in small tasks
// (datasetTransfer.ts), then the outcome (see loadOffThread.ts).
import { chartParts, detailParts } from './datasetTransfer';
import { fetchDataset } from './loadData';
import type { FetchOutcome } from './loadData';
import { READER_QUIET_MS, SHOWN_WAIT_MS } from './loadMessages';
import { ReaderQuiet } from './readerQuiet';
import type { LoadWorkerMessage, PageMessage } from './loadMessages';
import type { Dataset } from '../core/model/types';
import { ENGLISH, matchLanguage } from '../core/i18n/languages';

/** Progress messages at most this often (ms): each one re-renders the loading view. */
const PROGRESS_INTERVAL_MS = 50;

const scope = self as unknown as {
  onmessage: ((message: MessageEvent<PageMessage>) => void) | null;
  postMessage(message: LoadWorkerMessage, transfer?: Transferable[]): void;
};

function post(message: LoadWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/**
 * Makes the page's interface language active here too, so the loader's and the validator's
 * messages come in it. English needs nothing; another language's catalogue and date locale
 * are the same lazy chunks the page loads (cached by then, or fetched once).
 */
async function useLanguage(code: string | undefined): Promise<void> {
  const language = matchLanguage(code);
  if (!language || language === ENGLISH) return;
  const { loadLanguage } = await import('../core/i18n/load');
  await loadLanguage(language);
}

/** The page's reader, whose input the work after the first render gives way to. */
const reader = new ReaderQuiet(READER_QUIET_MS);

/** A turn of the worker's event loop, so the page's messages (its reader's input) are heard; a MessageChannel, as setTimeout's nesting would clamp it to 4 ms. */
const turn = new MessageChannel();
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    turn.port1.onmessage = () => resolve();
    turn.port2.postMessage(null);
  });
}

/** Slices of records written between two looks at the reader's input (about a millisecond each at a million events). */
const RECORD_SLICES_PER_LOOK = 8;

/** Waits until the page's reader has left it alone for a moment (READER_QUIET_MS). */
async function whenReaderIsQuiet(): Promise<void> {
  await nextTurn();
  await reader.quiet();
}

/**
 * Posts the dataset's parts; the page assembles them as they come (datasetTransfer.ts). The
 * records, which come last, wait for `recordsAfter` when there is one: writing them while the
 * page takes in the rest and draws the chart took a core from it (on two cores). They then give
 * way to the reader's zooming and panning, and so do the last checks that follow them. Records
 * whose details are read after the chart (`completeRecords`, a Parquet file's) are completed
 * first, and their sources, derived from those details, come with them.
 */
async function postDataset(dataset: Dataset, recordsAfter?: Promise<void>, completeRecords?: () => Promise<void>): Promise<void> {
  const options = { sourcesWithRecords: completeRecords !== undefined };
  for (const { message: part, transfer } of chartParts(dataset, options)) post({ kind: 'dataset', part }, transfer);
  const paced = recordsAfter !== undefined;
  await recordsAfter;
  await completeRecords?.();
  let slices = 0;
  for (const { message: part, transfer } of detailParts(dataset, options)) {
    if (part.part === 'records' && paced && slices++ % RECORD_SLICES_PER_LOOK === 0) await whenReaderIsQuiet();
    post({ kind: 'dataset', part }, transfer);
  }
}

/**
 * From this many events the last checks wait for the page to show the data; below it they take
 * a few milliseconds, and a file they refuse goes straight to its problems, no chart shown first.
 */
const WAIT_FOR_PAGE_FROM = 10_000;

/** Whether the work after `dataset`'s chart waits for the page to show it, and then gives way to the reader. */
const waitsForPage = (dataset: Dataset): boolean => dataset.events.length >= WAIT_FOR_PAGE_FROM;

/** Resolves the wait of pageHasShown when the page says 'shown'. */
let heardShown: (() => void) | null = null;

/**
 * Resolves when the page says the dataset sent early is on screen (or will not be shown before
 * the outcome), or after SHOWN_WAIT_MS. The last checks wait for it: on two cores they took one
 * from the page while it took in the last parts and drew the chart (first render at 10,000 and
 * 100,000 events 5–7% later, docs/performance.md).
 */
function pageHasShown(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, SHOWN_WAIT_MS);
    heardShown = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}

scope.onmessage = (message) => {
  if (message.data.kind === 'shown') {
    heardShown?.();
    heardShown = null;
    return;
  }
  if (message.data.kind === 'input') {
    reader.heardInput();
    return;
  }
  const { url, file, mapping, lang } = message.data.request;
  let lastPost = 0;
  void (async () => {
    let outcome: FetchOutcome;
    // The dataset is sent as soon as its model is built, and the page takes it in while the
    // last checks (ids and references, schema, text lengths, quotes) run here; the outcome says whether it stands.
    let sentEarly: Dataset | null = null;
    try {
      // The language loads while the file downloads; a catalogue that cannot load leaves the messages in English.
      const wordsReady = useLanguage(lang).catch(() => undefined);
      outcome = await fetchDataset({ url, file, ...(mapping ? { mapping } : {}) }, {
        onProgress: (loadedBytes, totalBytes) => {
          const now = performance.now();
          if (now - lastPost < PROGRESS_INTERVAL_MS && loadedBytes !== totalBytes) return;
          lastPost = now;
          post({ kind: 'progress', loadedBytes, totalBytes });
        },
        onArrived: () => post({ kind: 'arrived' }),
        wordsReady,
        // A large dataset's last checks, like its records, give way to the reader of the data on screen.
        giveWay: () => (sentEarly && waitsForPage(sentEarly) ? whenReaderIsQuiet() : Promise.resolve()),
        onEarlyDataset: (dataset, completeRecords) => {
          sentEarly = dataset;
          const shown = waitsForPage(dataset) ? pageHasShown() : undefined;
          return postDataset(dataset, shown, completeRecords);
        },
      });
    } catch (error) {
      post({ kind: 'crashed', reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    const dataset = outcome.kind === 'loaded' ? outcome.result.dataset : undefined;
    if (outcome.kind === 'loaded' && dataset) {
      // Sent again only if it is not the one sent early: 'tables' starts a dataset afresh on the page.
      if (dataset !== sentEarly) await postDataset(dataset);
      const { dataset: _sent, ...rest } = outcome.result;
      post({ kind: 'done', outcome: { ...outcome, result: rest }, datasetSent: true });
    } else {
      post({ kind: 'done', outcome, datasetSent: false });
    }
  })();
};
