// Who a dataset's facts come from, for its credit line: the first few publishers in file
// order and how many there are. Worked out once per sources list (a large import derives
// hundreds of thousands of sources, and the header, the embed and the pictures all credit them).
import type { SourceRecord } from '../model/types';

/** How many publishers a credit names before "and N more". */
export const PUBLISHERS_NAMED = 3;

export interface PublisherTally {
  /** The first distinct publishers (a source without one counts by its title), up to PUBLISHERS_NAMED. */
  named: readonly string[];
  /** Distinct publishers in all. */
  count: number;
}

/** Tallies publishers over sources given in file order, in as many calls as they arrive. */
export class PublisherCounter {
  private readonly seen = new Set<string>();
  private readonly named: string[] = [];

  add(sources: readonly SourceRecord[]): void {
    for (const source of sources) {
      const publisher = source.publisher ?? source.title;
      if (this.seen.has(publisher)) continue;
      this.seen.add(publisher);
      if (this.named.length < PUBLISHERS_NAMED) this.named.push(publisher);
    }
  }

  tally(): PublisherTally {
    return { named: [...this.named], count: this.seen.size };
  }
}

const tallies = new WeakMap<readonly SourceRecord[], PublisherTally>();

/** The publishers of these sources: a tally kept with them, or worked out now and kept. */
export function publishersOf(sources: readonly SourceRecord[]): PublisherTally {
  const known = tallies.get(sources);
  if (known) return known;
  const counter = new PublisherCounter();
  counter.add(sources);
  const tally = counter.tally();
  tallies.set(sources, tally);
  return tally;
}

/** Keeps a tally made elsewhere (as the sources arrived) for publishersOf. */
export function keepPublishers(sources: readonly SourceRecord[], tally: PublisherTally): void {
  tallies.set(sources, tally);
}
