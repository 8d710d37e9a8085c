// The page's lookups by id of an assembled dataset (Dataset.eventById and sourceById), made
// after the data is shown: a step at a time in the page's idle time, or all at once when first
// read. Nothing on the way to the first render reads them, and at a million events, with
// 463,000 derived sources, the two maps grown while the parts arrived made the page's garbage
// collections long enough to be its longest task (216 against 147 ms, docs/performance.md).

/** A lookup by id over a list that may still be growing; the first of duplicate ids wins, as in the loader's model. */
export class PendingLookup<T extends { id: string }> {
  private readonly lookup = new Map<string, T>();
  private next = 0;

  constructor(private readonly items: readonly T[]) {}

  /** Adds the next `count` items; true once every item the list holds now is in. */
  addSome(count: number): boolean {
    const { items, lookup } = this;
    const end = Math.min(items.length, this.next + count);
    for (let index = this.next; index < end; index++) {
      const item = items[index]!;
      if (!lookup.has(item.id)) lookup.set(item.id, item);
    }
    this.next = end;
    return end === items.length;
  }

  /** The lookup with every item in. */
  complete(): Map<string, T> {
    this.addSome(Infinity);
    return this.lookup;
  }
}

/**
 * `model` with each of `lookups` as a property read through its pending lookup: the first
 * read completes it and leaves it as a plain property.
 */
export function withPendingLookups<M extends object, L extends Record<string, PendingLookup<{ id: string }>>>(model: M, lookups: L): M & { [K in keyof L]: ReturnType<L[K]['complete']> } {
  for (const [key, pending] of Object.entries(lookups)) {
    Object.defineProperty(model, key, {
      configurable: true,
      enumerable: true,
      get() {
        const lookup = pending.complete();
        Object.defineProperty(model, key, { value: lookup, configurable: true, enumerable: true, writable: true });
        return lookup;
      },
    });
  }
  return model as M & { [K in keyof L]: ReturnType<L[K]['complete']> };
}
