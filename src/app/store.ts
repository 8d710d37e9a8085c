// The one place the view state lives, and the time window's one owner. React reads the
// state with useSyncExternalStore; a gesture's per-frame windows never reach React: they
// are kept as the live window, heard only by the chart, and a settled one becomes state
// (and a URL) once the user pauses.
import { historyRecord, isTypingAction, reduceView, restore, setWindow } from '../core/view/actions';
import type { ViewAction } from '../core/view/actions';
import { withOpeningWindow } from '../core/view/opening';
import { viewReadsRecords } from '../core/view/readsRecords';
import { whenRecordsArrive } from '../core/model/recordsArrival';
import { decodeView, viewSearchString } from '../core/view/url';
import { constrainWindow } from '../core/layout/navigation';
import type { Dataset } from '../core/model/types';
import type { HistoryLike, ViewStore } from '../core/view/store';
import type { TimeWindow, ViewState } from '../core/view/types';

export type { HistoryLike, ViewStore } from '../core/view/store';

type Listener = () => void;

/** Actions that set the window, so a live gesture window gives way to theirs. */
const WINDOW_ACTIONS: ReadonlySet<ViewAction['type']> = new Set(['setWindow', 'fitAll', 'zoom', 'pan', 'revealEvent', 'zoomToSpan', 'restore']);

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
  /** A gesture's window not yet recorded, or null when the state's window is what shows. */
  let live: TimeWindow | null = null;
  let fit: TimeWindow | null = null;
  let lastRecorded: ViewAction['type'] | null = null;
  const listeners = new Set<Listener>();
  const windowListeners = new Set<Listener>();
  let lastShown: TimeWindow | null = null;
  /** The dataset's records while they are still arriving (model/recordsArrival.ts), else null. */
  let recordsArriving: Promise<void> | null = null;
  /**
   * Changes to views that read records, made while they were arriving: made again, in order,
   * once they are in. After a held change that shows a whole view (a story's step, Back), the
   * reader's own changes made meanwhile are queued too (`again`), to be made once more after
   * it, so that it does not undo a filter or a zoom chosen while it waited.
   */
  const heldForRecords: { change: () => void; kind: 'view' | 'whole view' | 'again' }[] = [];
  const wholeViewHeld = () => heldForRecords.some(({ kind }) => kind === 'whole view');
  /** Changes made again after a whole view: the address is written once, after them. */
  let makingAgain = false;

  /** Whether showing `view` must wait for the records; if so, `change` is made again once they are in. */
  function holdForRecords(view: ViewState, change: () => void, wholeView: boolean): boolean {
    if (!recordsArriving || !viewReadsRecords(view)) return false;
    heldForRecords.push({ change, kind: wholeView ? 'whole view' : 'view' });
    // The first change held: the page says it is waiting.
    if (heldForRecords.length === 1) notify();
    return true;
  }

  /** Makes the changes held for the records, in order, and says the waiting is over. */
  function makeHeldChanges(): void {
    if (heldForRecords.length === 0) return;
    const held = heldForRecords.splice(0);
    for (const { change, kind } of held) {
      makingAgain = kind === 'again';
      change();
      makingAgain = false;
    }
    if (held.some(({ kind }) => kind === 'again')) {
      const search = viewSearchString(state, new URLSearchParams(history.search));
      if (search !== history.search) history.replace(search);
    }
    notify();
  }

  function awaitRecords(next: Dataset | undefined): void {
    const arriving = whenRecordsArrive(next);
    recordsArriving = arriving;
    // Other data replaced the one whose records were awaited: what was held is made now, against it.
    if (!arriving) {
      makeHeldChanges();
      return;
    }
    void arriving.then(() => {
      if (recordsArriving !== arriving) return;
      recordsArriving = null;
      makeHeldChanges();
    });
  }

  const shownWindow = (): TimeWindow | null => live ?? state.window ?? fit;

  function notify(): void {
    for (const listener of listeners) listener();
    notifyWindow();
  }

  /** Tells the chart when what it should show moved. */
  function notifyWindow(): void {
    const shown = shownWindow();
    if (shown === lastShown || (shown && lastShown && shown[0] === lastShown[0] && shown[1] === lastShown[1])) return;
    lastShown = shown;
    for (const listener of windowListeners) listener();
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
    if (pendingSettle !== undefined) {
      clearTimeout(pendingSettle);
      pendingSettle = undefined;
      if (live && action.type !== 'setWindow') dispatch(setWindow(live, 'replace'));
    }
    const shown = shownWindow();
    const next = reduceView(state, action, { dataset, shownWindow: shown });
    // A window action ends the gesture it follows: the state's window shows from now on.
    // Other actions (a selection, a filter) leave a gesture under way alone.
    if (live !== null && (WINDOW_ACTIONS.has(action.type) || next.window !== state.window)) live = null;
    if (next === state) {
      notifyWindow();
      return;
    }
    if (holdForRecords(next, () => dispatch(action), action.type === 'restore')) {
      notifyWindow();
      return;
    }
    state = next;
    if (!makingAgain) record(action);
    // A whole view held for the records would undo this when it is made: this is made again after it.
    if (wholeViewHeld()) heldForRecords.push({ change: () => dispatch(action), kind: 'again' });
    notify();
  }

  function showWithSearch(next: ViewState, search: string, how: 'push' | 'replace'): void {
    // A story's step that shows records waits for them, and its address with it.
    if (holdForRecords(next, () => showWithSearch(next, search, how), true)) return;
    dispatch(restore(next));
    if (search === history.search) return;
    if (how === 'push') history.push(search);
    else history.replace(search);
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
      awaitRecords(next);
      if (!next) return;
      // The first data opens at its own window when the address named none; later data
      // (a reload, another file) keeps the window the user has.
      const opening = opened ? state : withOpeningWindow(state, next);
      opened = true;
      // Ids from a link that the data does not know are dropped, quietly, in place.
      const cleaned = decodeView(new URLSearchParams(viewSearchString(opening, new URLSearchParams())), next);
      if (JSON.stringify(cleaned) !== JSON.stringify(state)) {
        state = cleaned;
        history.replace(viewSearchString(state, new URLSearchParams(history.search)));
        notify();
      }
    },
    shownWindow,
    subscribeWindow(listener) {
      windowListeners.add(listener);
      return () => windowListeners.delete(listener);
    },
    moveWindow(window, settled) {
      const [start, end] = window;
      if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return;
      live = constrainWindow(window);
      notifyWindow();
      // The user moves again before a settled window was recorded: wait for the next
      // pause instead of re-rendering React and rewriting the URL in the middle of the
      // gesture (measured: 50-200 ms main-thread tasks landing in zoom steps).
      if (!settled && pendingSettle === undefined) return;
      if (pendingSettle !== undefined) clearTimeout(pendingSettle);
      pendingSettle = undefined;
      const commit = () => {
        pendingSettle = undefined;
        if (live) dispatch(setWindow(live, 'replace'));
      };
      if (settled && settleDelayMs <= 0) commit();
      else pendingSettle = setTimeout(commit, settleDelayMs);
    },
    setFitWindow(window) {
      fit = window;
      notifyWindow();
    },
    restoreFromHistory() {
      const before = state;
      dispatch(restore(decodeView(new URLSearchParams(history.search), dataset)));
      // The entry may differ only in parameters the view does not own (a story's step).
      if (state === before) notify();
    },
    search: () => history.search,
    showWithSearch,
    waitingForRecords: () => heldForRecords.some(({ kind }) => kind !== 'again'),
  };
}
