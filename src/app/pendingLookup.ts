// The page's lookups by id of an assembled dataset (Dataset.eventById and sourceById), made
// after the data is shown, a step at a time in the page's idle time. Nothing on the way to the
// first render needs all of them, and at a million events, with 463,000 derived sources, the
// two maps grown while the parts arrived made the page's garbage collections long enough to be
// its longest task (216 against 147 ms, docs/performance.md). Made in one piece when first
// read, the events' map was a 600 ms task of its own when the address named an event (?sel=).

/** Reads of one id looked for among the items not yet added, before the lookup is completed instead. */
const MAX_SEEKS = 16;

/**
 * A Map by id over a list that may still be growing, filled by `addSome` steps; the first of
 * duplicate ids wins, as in the loader's model. Before it is complete, `get` and `has` look
 * through the items not yet added (a few milliseconds at a million), so reading one id never
 * waits for the whole map; after MAX_SEEKS such reads it is completed instead, and anything
 * that reads all of it (size, iteration) completes it first.
 */
export class PendingLookup<T extends { id: string }> extends Map<string, T> {
  private next = 0;
  private seeks = 0;
  /** Items found by looking through the rest, so a second read of the same id is a lookup too. */
  private readonly found = new Map<string, T>();

  constructor(private readonly items: readonly T[]) {
    super();
  }

  /** Adds the next `count` items; true once every item the list holds now is in. */
  addSome(count: number): boolean {
    const { items } = this;
    const end = Math.min(items.length, this.next + count);
    for (let index = this.next; index < end; index++) {
      const item = items[index]!;
      if (!super.has(item.id)) super.set(item.id, item);
    }
    this.next = end;
    if (end === items.length) this.found.clear();
    return end === items.length;
  }

  /** The lookup with every item in. */
  complete(): this {
    this.addSome(Infinity);
    return this;
  }

  override get(id: string): T | undefined {
    const known = super.get(id) ?? this.found.get(id);
    if (known !== undefined || this.next === this.items.length) return known;
    if (++this.seeks > MAX_SEEKS) return this.complete().get(id);
    return this.seek(id);
  }

  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  override get size(): number {
    this.complete();
    return super.size;
  }

  override forEach(callback: (value: T, key: string, map: Map<string, T>) => void, thisArg?: unknown): void {
    this.complete();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<string> {
    this.complete();
    return super.keys();
  }

  override values(): MapIterator<T> {
    this.complete();
    return super.values();
  }

  override entries(): MapIterator<[string, T]> {
    this.complete();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  /** The first item not yet added whose id is `id`, looked for without adding the rest. */
  private seek(id: string): T | undefined {
    const { items } = this;
    for (let index = this.next; index < items.length; index++) {
      const item = items[index]!;
      if (item.id !== id) continue;
      this.found.set(id, item);
      return item;
    }
    return undefined;
  }
}
