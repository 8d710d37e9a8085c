// A view's search, found in steps between frames: the first search of a million events reads
// and folds every record (seconds of work), which in one task held the page still and
// unresponsive. A search that finishes within its first few milliseconds (the seed, and
// tens of thousands of events once their texts are folded) is answered in the same render.
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../core/model/types';
import { NO_MATCHES, startSearch } from '../core/view/search';
import type { SearchMatches, SearchRun } from '../core/view/search';

/** Candidates looked through between two looks at the clock: a few milliseconds when their texts are first folded. */
const EVENTS_PER_STEP = 2_000;
/** The first step, in the render that asks: enough for a small dataset to be answered at once. */
export const FIRST_STEP_MS = 16;
/** Each later step: short enough that a key or a frame waits at most this long. */
const STEP_MS = 20;

/** Searches for up to `budgetMs`; says whether the search is done. */
export function searchFor(run: SearchRun, budgetMs: number): boolean {
  const started = performance.now();
  while (!run.done && performance.now() - started < budgetMs) run.step(EVENTS_PER_STEP);
  return run.done;
}

export interface SearchState {
  /** The matches, or none while `searching`. */
  matches: SearchMatches;
  /** The search has not yet looked through every candidate: a status says so, and none of its matches is shown yet. */
  searching: boolean;
}

/** The matches of `query` among `candidates` (ascending indices into Dataset.events). */
export function useSearch(dataset: Dataset, query: string, candidates: readonly number[]): SearchState {
  const run = useMemo(() => {
    const started = startSearch(dataset, query, candidates);
    searchFor(started, FIRST_STEP_MS);
    return started;
  }, [dataset, query, candidates]);
  // Bumped when a search finishes between renders, so the view shows its matches.
  const [, setFinished] = useState(0);
  useEffect(() => {
    if (run.done) return;
    // A message to itself, not a timer: nested timers wait at least 4 ms each, a quarter of a step.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (searchFor(run, STEP_MS)) setFinished((count) => count + 1);
      else channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }, [run]);
  return run.done ? { matches: run.result(), searching: false } : { matches: NO_MATCHES, searching: true };
}
