// One copy of each repeated string in the event records the page receives. The loading
// worker sends each slice of records as JSON text (datasetTransfer.ts): the browser's
// JSON.stringify and JSON.parse are native, so they cost no warm-up in a fresh worker or
// page, where the former hand-written packing into string tables was slow cold code
// (measured in docs/performance.md). JSON.parse makes a new string for every value,
// though, and the same actor ids, days, types and tags recur in thousands of records
// (about a fifth of a 100,000-event dataset's heap), so the page maps those to one copy.
import type { EventRecord } from '../core/model/types';

/** One copy of each string: what `intern` gives back for a string equal to one it has seen. */
export type Interner = (text: string) => string;

/** An interner over a map kept for one dataset's assembly. */
export function makeInterner(): Interner {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
}

/** Fields whose values recur across records: a type, a day, a place. Titles, summaries and ids are unique and left alone. */
const REPEATED_SCALARS = ['type', 'status', 'date', 'end', 'location'] as const;
const REPEATED_LISTS = ['actors', 'tags'] as const;
/** Positions' and quotes' fields that name an actor, a topic or a stance (a quote's source is shared with the sources). */
const REPEATED_IN_ITEMS = ['actor', 'topic', 'stance'] as const;

/**
 * Source ids are shared with the dataset's own sources, already on the page, rather than
 * through the interner: a large import cites a source of its own per event (463,000 at a
 * million rows), which grew the interner's map by as many entries, each used once.
 */
export type SourceIds = ReadonlyMap<string, { id: string }>;

function shareSources(list: unknown, sources: SourceIds): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item === 'string') list[i] = sources.get(item)?.id ?? item;
  }
}

/** A list's strings replaced, in place, by the interner's copies; what is not a list, or not a string in it, is left as it came. */
export function shareList(list: unknown, intern: Interner): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item === 'string') list[i] = intern(item);
  }
}

function shareItems(items: unknown, intern: Interner, sources: SourceIds): void {
  if (!Array.isArray(items)) return;
  for (const item of items as unknown[]) {
    if (item === null || typeof item !== 'object') continue;
    const fields = item as Record<string, unknown>;
    for (const field of REPEATED_IN_ITEMS) {
      const value = fields[field];
      if (typeof value === 'string') fields[field] = intern(value);
    }
    const source = fields.source;
    if (typeof source === 'string') fields.source = sources.get(source)?.id ?? source;
  }
}

/**
 * The records with their repeated strings shared through `intern`, and their source ids with
 * `sources`, in place. Records are
 * checked by the loader before they are sent, but every field is tested for its type anyway:
 * this walk must never be the place a surprising value breaks the page.
 */
export function shareRepeatedStrings(records: readonly EventRecord[], intern: Interner, sources: SourceIds): void {
  for (const record of records) {
    if (record === null || typeof record !== 'object') continue;
    const fields = record as unknown as Record<string, unknown>;
    for (const field of REPEATED_SCALARS) {
      const value = fields[field];
      if (typeof value === 'string') fields[field] = intern(value);
    }
    for (const field of REPEATED_LISTS) shareList(fields[field], intern);
    shareSources(fields.sources, sources);
    shareItems(fields.positions, intern, sources);
    shareItems(fields.quotes, intern, sources);
  }
}
