import { describe, expect, it, vi } from 'vitest';
import { fitAll, select, setFilter, setMode, setSearch, setWindow, zoom } from '../core/view/actions';
import { recordsToCome } from '../core/model/recordsArrival';
import { seedLikeDataset } from '../core/view/testing';
import { createViewStore } from './store';
import type { HistoryLike } from './store';

function fakeHistory(initial = '') {
  const entries = [initial];
  let at = 0;
  const history: HistoryLike & { entries: string[]; back(): void } = {
    entries,
    get search() {
      return entries[at]!;
    },
    push(search) {
      entries.splice(at + 1);
      entries.push(search);
      at = entries.length - 1;
    },
    replace(search) {
      entries[at] = search;
    },
    back() {
      at = Math.max(0, at - 1);
    },
  };
  return history;
}

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

/**
 * A store that records a settled window after a 300 ms pause, with a count of its
 * notifications, run under fake timers (restored afterwards, even when the test fails).
 */
function withSettlingStore(run: (setup: { history: ReturnType<typeof fakeHistory>; store: ReturnType<typeof createViewStore>; notified: () => number }) => void): void {
  vi.useFakeTimers();
  try {
    const history = fakeHistory();
    const store = createViewStore(history, { settleDelayMs: 300 });
    let notified = 0;
    store.subscribe(() => notified++);
    run({ history, store, notified: () => notified });
  } finally {
    vi.useRealTimers();
  }
}

describe('the view store', () => {
  it('starts from the URL', () => {
    const store = createViewStore(fakeHistory('?group=actor&sel=trump-putin-call'));
    expect(store.getState().grouping).toBe('actor');
    expect(store.getState().selected).toBe('trump-putin-call');
  });

  it('pushes a history entry for each meaningful change and keeps foreign parameters', () => {
    const history = fakeHistory('?data=x.json');
    const store = createViewStore(history);
    store.dispatch(setFilter('types', ['call']));
    store.dispatch(select('trump-putin-call'));
    expect(history.entries).toEqual(['?data=x.json', '?data=x.json&type=call', '?data=x.json&type=call&sel=trump-putin-call']);
  });

  it('writes one entry while a search is typed', () => {
    const history = fakeHistory();
    const store = createViewStore(history);
    for (const query of ['n', 'na', 'nat', 'nato']) store.dispatch(setSearch(query));
    expect(history.entries).toEqual(['', '?q=nato']);
  });

  it('keeps gesture windows out of the state and replaces the entry once the gesture settles', () => {
    const history = fakeHistory('?type=call');
    const store = createViewStore(history);
    let notified = 0;
    store.subscribe(() => notified++);
    store.moveWindow([day('2025-02-01'), day('2025-02-20')], false);
    store.moveWindow([day('2025-02-02'), day('2025-02-21')], false);
    expect(notified).toBe(0);
    expect(store.getState().window).toBeNull();
    expect(store.shownWindow()).toEqual([day('2025-02-02'), day('2025-02-21')]);
    store.moveWindow([day('2025-02-03'), day('2025-02-22')], true);
    expect(notified).toBe(1);
    expect(history.entries).toEqual(['?from=2025-02-03&to=2025-02-22&type=call']);
  });

  it('records a run of settled wheel steps once, when the user pauses', () => {
    withSettlingStore(({ history, store, notified }) => {
      store.moveWindow([day('2025-02-01'), day('2025-02-20')], true);
      vi.advanceTimersByTime(100);
      store.moveWindow([day('2025-02-03'), day('2025-02-22')], true);
      vi.advanceTimersByTime(299);
      expect(notified()).toBe(0);
      vi.advanceTimersByTime(1);
      expect(notified()).toBe(1);
      expect(history.entries).toEqual(['?from=2025-02-03&to=2025-02-22']);
    });
  });

  it('postpones a settled window while the user keeps moving, and records where they stop', () => {
    withSettlingStore(({ history, store, notified }) => {
      store.moveWindow([day('2025-02-01'), day('2025-02-20')], true);
      // A new gesture starts before the pause is over: its frames push the record back.
      for (let frame = 0; frame < 10; frame++) {
        vi.advanceTimersByTime(100);
        store.moveWindow([day('2025-02-02'), day(`2025-02-${21 + (frame % 2)}`)], false);
      }
      expect(notified()).toBe(0);
      expect(history.entries).toEqual(['']);
      vi.advanceTimersByTime(300);
      expect(notified()).toBe(1);
      expect(history.entries).toEqual(['?from=2025-02-02&to=2025-02-22']);
      // Frames of a gesture with nothing waiting record nothing.
      store.moveWindow([day('2025-02-05'), day('2025-02-25')], false);
      vi.advanceTimersByTime(1000);
      expect(notified()).toBe(1);
    });
  });

  it('puts a pan still waiting to be recorded under the next change', () => {
    withSettlingStore(({ history, store }) => {
      store.moveWindow([day('2025-02-03'), day('2025-02-22')], true);
      store.dispatch(select('trump-putin-call'));
      expect(history.entries).toEqual(['?from=2025-02-03&to=2025-02-22', '?from=2025-02-03&to=2025-02-22&sel=trump-putin-call']);
      vi.advanceTimersByTime(1000);
      expect(history.entries).toHaveLength(2);
    });
  });

  it('pushes the window a zoom button produces, zooming from the fitted window when the state has none', () => {
    const history = fakeHistory();
    const store = createViewStore(history);
    store.setFitWindow([day('2025-02-01'), day('2025-02-21')]);
    store.dispatch(zoom(2));
    expect(history.entries).toEqual(['', '?from=2025-02-06&to=2025-02-16']);
    expect(store.shownWindow()).toEqual([day('2025-02-06'), day('2025-02-16')]);
  });

  it('tells window listeners about every shown window, and React only about recorded ones', () => {
    const store = createViewStore(fakeHistory());
    let windows = 0;
    let states = 0;
    store.subscribeWindow(() => windows++);
    store.subscribe(() => states++);
    store.setFitWindow([day('2025-02-01'), day('2025-02-21')]);
    store.moveWindow([day('2025-02-02'), day('2025-02-22')], false);
    store.moveWindow([day('2025-02-03'), day('2025-02-23')], false);
    expect([windows, states]).toEqual([3, 0]);
    store.moveWindow([day('2025-02-03'), day('2025-02-23')], true);
    expect(states).toBe(1);
    store.dispatch(fitAll());
    expect(store.shownWindow()).toEqual([day('2025-02-01'), day('2025-02-21')]);
  });

  it('restores the state of the entry it goes back to', () => {
    const history = fakeHistory();
    const store = createViewStore(history);
    store.dispatch(setFilter('types', ['call']));
    store.dispatch(setFilter('types', ['call', 'meeting']));
    history.back();
    store.restoreFromHistory();
    expect(store.getState().filters.types).toEqual(['call']);
    expect(history.entries).toHaveLength(3);
  });

  it('drops ids from the link that the loaded data does not know', () => {
    const history = fakeHistory('?actor=trump,ghost&sel=nothing');
    const store = createViewStore(history);
    store.setDataset(seedLikeDataset());
    expect(store.getState().filters.actors).toEqual(['trump']);
    expect(store.getState().selected).toBeNull();
    expect(history.entries).toEqual(['?actor=trump']);
  });
});

describe('the store with parameters it does not own (a story step)', () => {
  it('shows a view and writes the caller\'s query as one entry, and keeps those parameters on later changes', () => {
    const history = fakeHistory('?embed=1');
    const store = createViewStore(history);
    let notified = 0;
    store.subscribe(() => notified++);
    const step = { ...store.getState(), selected: 'e1' };
    store.showWithSearch(step, '?embed=1&sel=e1&story=tour&step=2', 'push');
    expect(store.getState().selected).toBe('e1');
    expect(history.entries).toEqual(['?embed=1', '?embed=1&sel=e1&story=tour&step=2']);
    expect(store.search()).toBe('?embed=1&sel=e1&story=tour&step=2');
    expect(notified).toBeGreaterThan(0);
    // A change of the view keeps the story's place in the address.
    store.dispatch(setSearch('nato'));
    expect(history.search).toContain('story=tour&step=2');
  });

  it('tells listeners when only those parameters change, as on Back between two steps of one view', () => {
    const history = fakeHistory('?story=tour&step=1');
    const store = createViewStore(history);
    history.push('?story=tour&step=2');
    let notified = 0;
    store.subscribe(() => notified++);
    store.restoreFromHistory();
    expect(notified).toBe(1);
    expect(store.search()).toBe('?story=tour&step=2');
  });
});

/** A store showing a dataset whose records are still to come, and the call that says they are in. */
function storeAwaitingRecords() {
  const history = fakeHistory();
  const store = createViewStore(history);
  const dataset = seedLikeDataset();
  const recordsIn = recordsToCome(dataset);
  store.setDataset(dataset);
  return { history, store, recordsIn };
}

describe('the store while the dataset\'s records are still arriving', () => {
  it('holds changes to views that read records until they are in, then makes them in order; pans and filters go through', async () => {
    const { history, store, recordsIn } = storeAwaitingRecords();
    let notified = 0;
    store.subscribe(() => notified++);
    // A story's step shows a whole view (marks coloured by stance), then the reader goes on.
    store.showWithSearch({ ...store.getState(), colorTopic: 'ukraine' }, '?story=tour&step=1', 'push');
    store.dispatch(select('trump-putin-call'));
    store.dispatch(setMode('list'));
    store.dispatch(setFilter('types', ['call']));
    store.dispatch(setSearch('putin'));
    expect(store.waitingForRecords()).toBe(true);
    // Only the filter, which reads no record, is made (and listeners hear that the store waits).
    expect(notified).toBe(2);
    expect(store.getState()).toMatchObject({ selected: null, mode: 'timeline', search: '', colorTopic: null });
    expect(store.getState().filters.types).toEqual(['call']);
    expect(history.entries).toEqual(['', '?type=call']);
    expect(store.waitingForRecords()).toBe(true);
    recordsIn();
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ selected: 'trump-putin-call', mode: 'list', search: 'putin', colorTopic: 'ukraine' });
    // The step's whole view, made after the filter chosen meanwhile, keeps it.
    expect(store.getState().filters.types).toEqual(['call']);
    expect(store.waitingForRecords()).toBe(false);
    expect(history.search).toContain('story=tour&step=1');
    expect(history.search).toContain('type=call');
    // From then on a change is made at once.
    store.dispatch(select(null));
    expect(store.getState().selected).toBeNull();
  });

  it('keeps what the reader changed while a whole view waited for the records: made after it, in order, the address written once', async () => {
    const { history, store, recordsIn } = storeAwaitingRecords();
    // Back to an entry that selected an event (read from its record): held.
    history.push('?sel=trump-putin-call&type=statement');
    store.restoreFromHistory();
    expect(store.getState().selected).toBeNull();
    // Meanwhile the reader zooms (a settled window) and filters: made at once.
    const window: [number, number] = [Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 14)];
    store.dispatch(setWindow(window, 'replace'));
    store.dispatch(setFilter('types', ['call']));
    expect(store.getState().filters.types).toEqual(['call']);
    const entries = history.entries.length;
    recordsIn();
    await Promise.resolve();
    // The entry's selection is made; the reader's window and filter, chosen after it, stay.
    expect(store.getState().selected).toBe('trump-putin-call');
    expect(store.getState().window).toEqual(window);
    expect(store.getState().filters.types).toEqual(['call']);
    expect(history.search).toContain('sel=trump-putin-call');
    expect(history.search).toContain('type=call');
    // Made again, the reader's changes add no entries of their own.
    expect(history.entries.length).toBe(entries);
    // Nothing is held any more: a change is made once.
    store.dispatch(setFilter('types', []));
    expect(store.getState().filters.types).toEqual([]);
  });

  it('makes what it held at once when other data replaces the one whose records it awaited', () => {
    const store = createViewStore(fakeHistory());
    const waiting = seedLikeDataset();
    recordsToCome(waiting);
    store.setDataset(waiting);
    store.dispatch(select('trump-putin-call'));
    expect(store.getState().selected).toBeNull();
    store.setDataset(seedLikeDataset());
    expect(store.getState().selected).toBe('trump-putin-call');
  });
});
