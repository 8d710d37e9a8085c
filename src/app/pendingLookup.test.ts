import { describe, expect, it } from 'vitest';
import { PendingLookup, withPendingLookups } from './pendingLookup';

describe('a lookup by id made a step at a time', () => {
  it('takes items in steps, keeps the first of duplicate ids, and follows a list that grows', () => {
    const items = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'a', n: 3 }];
    const pending = new PendingLookup(items);
    expect(pending.addSome(2)).toBe(false);
    expect(pending.addSome(2)).toBe(true);
    items.push({ id: 'c', n: 4 });
    const lookup = pending.complete();
    expect([...lookup.values()].map((item) => item.n)).toEqual([1, 2, 4]);
  });

  it('is completed by the first read of its property, which then holds the map', () => {
    const pending = new PendingLookup([{ id: 'x' }]);
    const model = withPendingLookups({ title: 't' }, { byId: pending });
    expect(Object.getOwnPropertyDescriptor(model, 'byId')?.get).toBeTypeOf('function');
    const lookup = model.byId;
    expect(lookup.has('x')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(model, 'byId')?.value).toBe(lookup);
    expect(Object.keys(model)).toEqual(['title', 'byId']);
  });
});
