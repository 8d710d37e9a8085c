// The store's first-dataset path: a dataset's opening window ("view" in the file) is the
// first window when the address names none; the address wins; later data keeps the user's.
import { describe, expect, it } from 'vitest';
import { seedLikeDataset } from '../core/view/testing';
import { fitAll } from '../core/view/actions';
import type { Dataset } from '../core/model/types';
import { createViewStore } from './store';
import type { HistoryLike } from './store';

function fakeHistory(initial = ''): HistoryLike & { entries: string[] } {
  const entries = [initial];
  return {
    entries,
    get search() {
      return entries[entries.length - 1]!;
    },
    push: (search) => void entries.push(search),
    replace: (search) => void (entries[entries.length - 1] = search),
  };
}

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const WEEK: readonly [number, number] = [day('2025-02-10'), day('2025-02-18')];
const withOpening = (): Dataset => ({ ...seedLikeDataset(), openingWindow: WEEK });

describe('the opening window', () => {
  it('is the first window when the address has none, and goes into the address', () => {
    const history = fakeHistory('?data=x.json');
    const store = createViewStore(history);
    expect(store.getState().window).toBeNull();
    store.setDataset(withOpening());
    expect(store.getState().window).toEqual(WEEK);
    expect(store.shownWindow()).toEqual(WEEK);
    expect(history.entries).toEqual(['?data=x.json&from=2025-02-10&to=2025-02-18']);
  });

  it('gives way to a window in the address', () => {
    const store = createViewStore(fakeHistory('?from=2001-09-01&to=2001-10-01'));
    store.setDataset(withOpening());
    expect(store.getState().window).toEqual([day('2001-09-01'), day('2001-10-01')]);
  });

  it('is not applied again when the data reloads after the user chose "fit all"', () => {
    const store = createViewStore(fakeHistory(''));
    store.setDataset(withOpening());
    store.dispatch(fitAll());
    store.setDataset(withOpening());
    expect(store.getState().window).toBeNull();
  });

  it('leaves "fit all" as the first view of data without one', () => {
    const store = createViewStore(fakeHistory(''));
    store.setDataset(seedLikeDataset());
    expect(store.getState().window).toBeNull();
  });
});
