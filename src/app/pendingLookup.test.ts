import { describe, expect, it } from 'vitest';
import { PendingLookup } from './pendingLookup';

describe('a lookup by id made a step at a time', () => {
  it('takes items in steps, keeps the first of duplicate ids, and follows a list that grows', () => {
    const items = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'a', n: 3 }];
    const lookup = new PendingLookup(items);
    expect(lookup.addSome(2)).toBe(false);
    expect(lookup.addSome(2)).toBe(true);
    items.push({ id: 'c', n: 4 });
    expect([...lookup.values()].map((item) => item.n)).toEqual([1, 2, 4]);
  });

  it('finds one id before it is complete without adding the rest, the first of duplicates winning', () => {
    const items = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'b', n: 3 }, { id: 'c', n: 4 }];
    const lookup = new PendingLookup(items);
    expect(lookup.get('b')?.n).toBe(2);
    expect(lookup.has('c')).toBe(true);
    expect(lookup.has('z')).toBe(false);
    expect(lookup.get('z')).toBeUndefined();
    // Nothing was added by those reads: the steps still add every item, in order.
    expect(lookup.addSome(1)).toBe(false);
    expect(lookup.addSome(10)).toBe(true);
    expect([...lookup.keys()]).toEqual(['a', 'b', 'c']);
    expect(lookup.get('b')?.n).toBe(2);
  });

  it('is completed, not searched again and again, when many ids are read before it is (a search reads every match)', () => {
    const items = Array.from({ length: 100 }, (_, k) => ({ id: `e${k}` }));
    const lookup = new PendingLookup(items);
    for (let k = 99; k >= 0; k--) expect(lookup.get(`e${k}`)).toBe(items[k]);
    // Completed along the way: the steps have nothing left to add.
    expect(lookup.addSome(1)).toBe(true);
  });

  it('completes itself before anything reads all of it', () => {
    const items = [{ id: 'a' }, { id: 'b' }];
    expect(new PendingLookup(items).size).toBe(2);
    expect([...new PendingLookup(items)].map(([id]) => id)).toEqual(['a', 'b']);
    expect([...new PendingLookup(items).entries()].length).toBe(2);
    const seen: string[] = [];
    new PendingLookup(items).forEach((_, id) => seen.push(id));
    expect(seen).toEqual(['a', 'b']);
    expect(new Map(new PendingLookup(items))).toEqual(new Map(items.map((item) => [item.id, item])));
  });
});
