// Which events match the search. A search can run in steps (startSearch), so the page can
// search a million events without holding its main thread for seconds: the first search of
// a large dataset reads every event's record and folds its text, which takes a few seconds
// there. Results are indices into Dataset.events, which is sorted by time, so they come out
// in time order without sorting, and no lookup by id is needed to place them.
import type { Dataset } from '../model/types';

/** Lower case without diacritics, so "zelenskyy" finds "Zelenskyy" and "barrot" finds "Barrôt". */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Decomposing is the expensive part; plain ASCII (most text) has nothing to strip.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
}

const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_MARKS = /\p{M}/gu;

/** The words of a query, folded; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/** Each event's searchable text, folded when first needed and kept (a dataset never changes). */
interface SearchTexts {
  readonly texts: (string | undefined)[];
  /** Actor names repeat across many events: each is folded once. */
  readonly actorNames: ReadonlyMap<string, string>;
}

const searchTextCache = new WeakMap<Dataset, SearchTexts>();

function searchTextsOf(dataset: Dataset): SearchTexts {
  let cached = searchTextCache.get(dataset);
  if (!cached) {
    const actorNames = new Map<string, string>();
    for (const actor of dataset.actors) actorNames.set(actor.id, foldForSearch(actor.name));
    cached = { texts: new Array<string | undefined>(dataset.events.length), actorNames };
    searchTextCache.set(dataset, cached);
  }
  return cached;
}

/** The folded text of the event at `index`: its title, summary, place, declared type's label, codes, quotes and actors' names. */
export function searchTextAt(dataset: Dataset, index: number): string {
  const cache = searchTextsOf(dataset);
  const cached = cache.texts[index];
  if (cached !== undefined) return cached;
  const event = dataset.events[index]!;
  const { record } = event;
  const parts: string[] = [event.title];
  if (record.summary) parts.push(record.summary);
  if (record.location) parts.push(record.location);
  // A declared type is found by its label ("assault"), a record by its original id or code.
  const declared = dataset.typeById.get(event.typeId);
  if (declared) parts.push(declared.label);
  if (record.codes) parts.push(...Object.values(record.codes));
  for (const quote of record.quotes ?? []) parts.push(quote.text);
  // A line break, which no folded query term contains, keeps words of different fields apart.
  let text = foldForSearch(parts.join('\n'));
  for (const actorId of event.actorIds) {
    const name = cache.actorNames.get(actorId);
    if (name) text += `\n${name}`;
  }
  cache.texts[index] = text;
  return text;
}

/** The events that match a search, in time order. */
export interface SearchMatches {
  /** Positions in Dataset.events, ascending. */
  readonly indices: readonly number[];
  /** The same events' ids, in the same order. */
  readonly ids: readonly string[];
}

export const NO_MATCHES: SearchMatches = { indices: [], ids: [] };

/** A search under way: `step` looks through up to `count` more candidates and says whether it is done. */
export interface SearchRun {
  readonly query: string;
  readonly done: boolean;
  /** How many of the candidates have been looked through. */
  readonly searched: number;
  readonly total: number;
  step(count: number): boolean;
  /** The matches; only once done (the same object every time). */
  result(): SearchMatches;
}

/** Starts a search of `candidates` (ascending indices into Dataset.events) for events holding every word of `query`. */
export function startSearch(dataset: Dataset, query: string, candidates: readonly number[]): SearchRun {
  const terms = queryTerms(query);
  const found: number[] = [];
  let next = terms.length === 0 ? candidates.length : 0;
  let matches: SearchMatches | undefined;
  return {
    query,
    get done() {
      return next >= candidates.length;
    },
    get searched() {
      return next;
    },
    total: candidates.length,
    step(count) {
      const end = Math.min(candidates.length, next + Math.max(1, count));
      for (; next < end; next++) {
        const index = candidates[next]!;
        if (index < 0 || index >= dataset.events.length) continue;
        const text = searchTextAt(dataset, index);
        if (terms.every((term) => text.includes(term))) found.push(index);
      }
      return next >= candidates.length;
    },
    result() {
      if (next < candidates.length) throw new Error('startSearch: result() asked for before the search was done');
      matches ??= found.length === 0 ? NO_MATCHES : { indices: found, ids: found.map((index) => dataset.events[index]!.id) };
      return matches;
    },
  };
}

/** The matches of a search, found at once (exports, stepping, tests). */
export function searchMatches(dataset: Dataset, query: string, candidates: readonly number[]): SearchMatches {
  const run = startSearch(dataset, query, candidates);
  run.step(candidates.length);
  return run.result();
}

/**
 * Ids of the events among `candidates` (ascending indices) whose titles, summaries,
 * quotes, locations or actor names contain every word of the query, in time order.
 */
export function searchEvents(dataset: Dataset, query: string, candidates: readonly number[]): readonly string[] {
  return searchMatches(dataset, query, candidates).ids;
}

/**
 * The events a view shows: those passing the filters, narrowed to the search's matches
 * when the search is a filter ("Show only matches") and the query has words.
 */
export function shownEvents(included: readonly number[], matches: SearchMatches, query: string, onlyMatches: boolean): readonly number[] {
  if (!onlyMatches || queryTerms(query).length === 0) return included;
  return matches.indices;
}
