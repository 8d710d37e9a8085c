// The view store's contract: what the application, the chart and the exports may ask of
// the one place the view lives. The implementation (with timers and the browser's history)
// is in app/store.ts; the layers below the app depend only on this.
import type { Dataset } from '../model/types';
import type { ViewAction } from './actions';
import type { TimeWindow, ViewState } from './types';

type Listener = () => void;

/**
 * The time window's one owner. The state holds the recorded window (null: fit all); during
 * a gesture the store also holds the live window, ahead of the state, which only the chart
 * hears about, so React never runs per frame.
 */
export interface WindowOwner {
  /** The window on screen: the live one mid-gesture, else the state's, else fit-all (null until known). */
  shownWindow(): TimeWindow | null;
  /** Called on every change of the shown window, gestures included. */
  subscribeWindow(listener: Listener): () => void;
  /** A gesture's window; `settled` when the gesture ends, which records it (after a pause). */
  moveWindow(window: TimeWindow, settled: boolean): void;
  /** What "fit all" shows at the chart's width: a fact about the plot, not a window choice. */
  setFitWindow(window: TimeWindow | null): void;
  dispatch(action: ViewAction): void;
}

export interface ViewStore extends WindowOwner {
  getState(): ViewState;
  subscribe(listener: Listener): () => void;
  /** The dataset on screen: lets actions pan to events and drops URL ids it does not know. */
  setDataset(dataset: Dataset | undefined): void;
  /** Back and forward: the URL is the record, so the state is read back from it. */
  restoreFromHistory(): void;
  /** The address's query as the history holds it, with the parameters the view does not own (story, step, embed…). */
  search(): string;
  /**
   * Shows a view and writes `search` (its query, built by the caller with parameters of its
   * own, such as a story's step) as one history entry. Listeners hear of it even when only
   * those other parameters change.
   */
  showWithSearch(state: ViewState, search: string, how: 'push' | 'replace'): void;
  /**
   * Whether a change waits for the dataset's records, which are still arriving
   * (model/recordsArrival.ts): one that shows a view reading them is made once they are in.
   * Listeners hear when this starts and ends.
   */
  waitingForRecords(): boolean;
}

/** The part of window.history and window.location the store uses (a fake one in tests). */
export interface HistoryLike {
  readonly search: string;
  push(search: string): void;
  replace(search: string): void;
}
