// The one place the view state lives. React reads it with useSyncExternalStore; the
// chart's per-frame window reports never reach React: they are kept aside and only a
// settled window becomes state (and a URL).
import { historyRecord, isTypingAction, reduceView, restore, setWindow } from '../core/view/actions';
import type { ViewAction } from '../core/view/actions';
import { withOpeningWindow } from '../core/view/opening';
import { decodeView, viewSearchString } from '../core/view/url';
import type { Dataset } from '../core/model/types';
import type { TimeWindow, ViewState } from '../core/view/types';

type Listener = () => void;

export interface ViewStore {
  getState(): ViewState;
  subscribe(listener: Listener): () => void;
  dispatch(action: ViewAction): void;
  /** The dataset on screen: lets actions pan to events and drops URL ids it does not know. */
  setDataset(dataset: Dataset | undefined): void;
  /** For the chart: every window it shows; only settled ones are recorded. */
  reportWindow(window: TimeWindow, settled: boolean): void;
  /** The window the chart shows right now, which may be ahead of the state during a gesture. */
  liveWindow(): TimeWindow | null;
  /** The next settled window comes from a button (zoom in/out), so it gets its own history entry. */
  expectWindowFromButton(): void;
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
}

/** The part of window.history and window.location the store uses (a fake one in tests). */
export interface HistoryLike {
  readonly search: string;
  push(search: string): void;
  replace(search: string): void;
}

export function browserHistory(win: Window): HistoryLike {
  return {
    get search() {
      return win.location.search;
    },
    push: (search) => win.history.pushState(null, '', search || win.location.pathname),
    replace: (search) => win.history.replaceState(null, '', search || win.location.pathname),
  };
}

export interface ViewStoreOptions {
  /**
   * How long a settled pan or zoom waits before it becomes state and a URL. Each wheel
   * notch settles on its own, so without this a run of notches would re-render React and
   * rewrite the URL once per notch; with it, once when the user pauses. 0 records at once.
   */
  settleDelayMs?: number;
}

export function createViewStore(history: HistoryLike, options: ViewStoreOptions = {}): ViewStore {
  const settleDelayMs = options.settleDelayMs ?? 0;
  let pendingSettle: ReturnType<typeof setTimeout> | undefined;
  let state = decodeView(new URLSearchParams(history.search));
  let dataset: Dataset | undefined;
  let opened = false;
  let live: TimeWindow | null = state.window;
  let lastRecorded: ViewAction['type'] | null = null;
  let windowFromButton = false;
  const listeners = new Set<Listener>();

  function notify(): void {
    for (const listener of listeners) listener();
  }

  function record(action: ViewAction): void {
    let how = historyRecord(action);
    if (how === 'none') {
      lastRecorded = null;
      return;
    }
    // Typing a search or a date writes one entry, not one per key.
    if (how === 'push' && isTypingAction(action) && lastRecorded === action.type) how = 'replace';
    lastRecorded = action.type;
    const search = viewSearchString(state, new URLSearchParams(history.search));
    if (search === history.search) return;
    if (how === 'push') history.push(search);
    else history.replace(search);
  }

  function dispatch(action: ViewAction): void {
    // A pan still waiting to be recorded is recorded first, in the current entry, so
    // Back from this change returns to the window the user was looking at.
    if (pendingSettle !== undefined && action.type !== 'setWindow') {
      clearTimeout(pendingSettle);
      pendingSettle = undefined;
      if (live) dispatch(setWindow(live, 'replace'));
    }
    const next = reduceView(state, action, dataset);
    if (next === state) return;
    state = next;
    if (action.type === 'fitAll' || action.type === 'restore' || action.type === 'stepMatch') live = state.window ?? live;
    record(action);
    notify();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    setDataset(next) {
      dataset = next;
      if (!next) return;
      // The first data opens at its own window when the address named none; later data
      // (a reload, another file) keeps the window the user has.
      const opening = opened ? state : withOpeningWindow(state, next);
      opened = true;
      if (opening !== state) live = opening.window;
      // Ids from a link that the data does not know are dropped, quietly, in place.
      const cleaned = decodeView(new URLSearchParams(viewSearchString(opening, new URLSearchParams())), next);
      if (JSON.stringify(cleaned) !== JSON.stringify(state)) {
        state = cleaned;
        history.replace(viewSearchString(state, new URLSearchParams(history.search)));
        notify();
      }
    },
    reportWindow(window, settled) {
      live = window;
      // The user moves again before a settled window was recorded: wait for the next
      // pause instead of re-rendering React and rewriting the URL in the middle of the
      // gesture (measured: 50-200 ms main-thread tasks landing in zoom steps).
      if (!settled && pendingSettle === undefined) return;
      if (pendingSettle !== undefined) clearTimeout(pendingSettle);
      pendingSettle = undefined;
      const commit = () => {
        pendingSettle = undefined;
        const how = windowFromButton ? 'push' : 'replace';
        windowFromButton = false;
        dispatch(setWindow(live ?? window, how));
      };
      // A button's step is one deliberate change: record it at once.
      if (settled && (settleDelayMs <= 0 || windowFromButton)) commit();
      else pendingSettle = setTimeout(commit, settleDelayMs);
    },
    liveWindow: () => live,
    expectWindowFromButton() {
      windowFromButton = true;
    },
    restoreFromHistory() {
      const before = state;
      dispatch(restore(decodeView(new URLSearchParams(history.search), dataset)));
      // The entry may differ only in parameters the view does not own (a story's step).
      if (state === before) notify();
    },
    search: () => history.search,
    showWithSearch(next, search, how) {
      dispatch(restore(next));
      if (search === history.search) return;
      if (how === 'push') history.push(search);
      else history.replace(search);
      notify();
    },
  };
}

