// Stepping to the next or previous search match (the search box's arrows and Enter). A step
// asks for the matches of the latest query, which may be newer than the render's: SearchBox
// steps after Enter from a timer set before the new query rendered. The rendered matches are
// used when they are that query's; else they are found here if that is quick. A step asked for
// while the search still runs waits for it to finish, and is dropped if the reader moves on to
// another query or other filters meanwhile.
import { useEffect, useRef } from 'react';
import type { Dataset } from '../core/model/types';
import { nextMatch, prevMatch } from '../core/view/actions';
import { filterEvents } from '../core/view/filter';
import { startSearch } from '../core/view/search';
import type { ViewStore } from '../core/view/store';
import type { Filters, ViewState } from '../core/view/types';
import { FIRST_STEP_MS, searchFor } from './useSearch';
import type { SearchState } from './useSearch';

/** The action that steps to the next (1) or previous (-1) of `ids`. */
const matchStep = (direction: 1 | -1, ids: readonly string[]) => (direction === 1 ? nextMatch(ids) : prevMatch(ids));

/** `view` and `search` are the render's view and its search state; returns the step to give the search box. */
export function useMatchStepping(store: ViewStore, dataset: Dataset, view: Pick<ViewState, 'search' | 'filters'>, search: SearchState): (direction: 1 | -1) => void {
  const pendingStep = useRef<{ direction: 1 | -1; search: string; filters: Filters } | null>(null);
  const matchIds = search.matches.ids;

  useEffect(() => {
    const pending = pendingStep.current;
    if (!pending) return;
    const latest = store.getState();
    // The reader has moved on to another query or other filters: the step was for the old ones.
    if (latest.search !== pending.search || latest.filters !== pending.filters) {
      pendingStep.current = null;
      return;
    }
    if (search.searching || pending.search !== view.search || pending.filters !== view.filters) return;
    pendingStep.current = null;
    store.dispatch(matchStep(pending.direction, matchIds));
  }, [search.searching, matchIds, view.search, view.filters, store]);

  return (direction) => {
    const latest = store.getState();
    if (latest.search === view.search && latest.filters === view.filters) {
      if (!search.searching) store.dispatch(matchStep(direction, matchIds));
      else pendingStep.current = { direction, search: latest.search, filters: latest.filters };
      return;
    }
    const run = startSearch(dataset, latest.search, filterEvents(dataset, latest.filters));
    if (searchFor(run, FIRST_STEP_MS)) store.dispatch(matchStep(direction, run.result().ids));
    else pendingStep.current = { direction, search: latest.search, filters: latest.filters };
  };
}
