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

/** Events whose texts are folded and kept together, as one string. */
export const EVENTS_PER_TEXT = 2048;

/**
 * The folded texts of EVENTS_PER_TEXT events in a row, one after another, a line break
 * between each. Kept per dataset once made (a dataset never changes). One string per two
 * thousand events rather than one per event: a million events' texts kept as a million
 * strings (each made in several copies on the way) took the page's garbage collector 1.6 s
 * over a first search, 0.7 s now, and each word is looked for with one native `indexOf`
 * over a whole run.
 */
interface FoldedTexts {
  text: string;
  /** Where each event's text starts in `text`, and where the next run's would (the last entry). */
  starts: Int32Array;
}

const foldedTextsCache = new WeakMap<Dataset, (FoldedTexts | undefined)[]>();

/** An event's searchable text as written: title, summary, place, declared type's label, codes, quotes and actors' names, a line between each. */
function eventText(dataset: Dataset, index: number): string {
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
  for (const actorId of event.actorIds) {
    const name = dataset.actorById.get(actorId)?.name;
    if (name) parts.push(name);
  }
  // A line break, which no folded query term contains, keeps words of different fields apart.
  return parts.join('\n');
}

function foldedTexts(dataset: Dataset, run: number): FoldedTexts {
  let runs = foldedTextsCache.get(dataset);
  if (!runs) foldedTextsCache.set(dataset, (runs = []));
  const cached = runs[run];
  if (cached) return cached;
  const first = run * EVENTS_PER_TEXT;
  const end = Math.min(dataset.events.length, first + EVENTS_PER_TEXT);
  const starts = new Int32Array(end - first + 1);
  const folded: string[] = [];
  let offset = 0;
  for (let index = first; index < end; index++) {
    // Folded one by one, not joined first: folding can change a text's length (Hangul
    // decomposes), and a whole run would be decomposed for one accented name in it.
    const text = foldForSearch(eventText(dataset, index));
    starts[index - first] = offset;
    folded.push(text);
    offset += text.length + 1;
  }
  starts[end - first] = offset;
  const texts = { text: folded.join('\n'), starts };
  runs[run] = texts;
  return texts;
}

/** Which events of a run of texts hold every term: 1 for each that does. */
function runMatches({ text, starts }: FoldedTexts, terms: readonly string[]): Uint8Array {
  const count = starts.length - 1;
  const found = new Uint8Array(count);
  const lastTerm = new Int32Array(count).fill(-1);
  terms.forEach((term, k) => {
    let event = 0;
    for (let at = text.indexOf(term); at >= 0; ) {
      while (event < count - 1 && starts[event + 1]! <= at) event++;
      // A term holds no line break, so an occurrence never runs into the next event's text.
      if (lastTerm[event] === k - 1) {
        lastTerm[event] = k;
        if (k === terms.length - 1) found[event] = 1;
      }
      at = text.indexOf(term, Math.max(at + 1, starts[event + 1]!));
    }
  });
  return found;
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
  const terms = [...new Set(queryTerms(query))];
  const found: number[] = [];
  let next = terms.length === 0 ? candidates.length : 0;
  // The matches of the run of texts the last candidate was in.
  let matchesRun = -1;
  let matches: Uint8Array | undefined;
  let result: SearchMatches | undefined;
  return {
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
        if (!(index >= 0 && index < dataset.events.length)) continue;
        const run = Math.floor(index / EVENTS_PER_TEXT);
        if (run !== matchesRun) {
          matches = runMatches(foldedTexts(dataset, run), terms);
          matchesRun = run;
        }
        if (matches![index - run * EVENTS_PER_TEXT]) found.push(index);
      }
      return next >= candidates.length;
    },
    result() {
      if (next < candidates.length) throw new Error('startSearch: result() asked for before the search was done');
      result ??= found.length === 0 ? NO_MATCHES : { indices: found, ids: found.map((index) => dataset.events[index]!.id) };
      return result;
    },
  };
}

/** The matches of a search, found at once (exports, a step asked for before the view has rendered, tests). */
export function searchMatches(dataset: Dataset, query: string, candidates: readonly number[]): SearchMatches {
  const run = startSearch(dataset, query, candidates);
  run.step(candidates.length);
  return run.result();
}

/**
 * The events a view shows: those passing the filters, narrowed to the search's matches
 * when the search is a filter ("Show only matches") and the query has words.
 */
export function shownEvents(included: readonly number[], matches: SearchMatches, query: string, onlyMatches: boolean): readonly number[] {
  if (!onlyMatches || queryTerms(query).length === 0) return included;
  return matches.indices;
}
