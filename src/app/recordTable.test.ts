import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from './recordTable';

const through = <T extends object>(records: T[]) => unpackRecords<T>(structuredClone(packRecords(records)));

describe('flat records as columns', () => {
  it('sends derived sources as columns, a title that repeats the id as a reference to it', () => {
    const sources = [
      { id: 'ap-1', title: 'ap-1' },
      { id: 'ap-2', title: 'ap-2' },
    ];
    const packed = packRecords(sources);
    expect(packed).toEqual({ table: { keys: ['id', 'title'], columns: [['ap-1', 'ap-2'], 0] } });
    expect(through(sources)).toEqual(sources);
  });

  it('keeps each record\'s keys in their order', () => {
    const sources = [
      { id: 'a', publisher: 'AP', title: 'One' },
      { id: 'b', publisher: 'Reuters', title: 'Two' },
    ];
    const [first] = through(sources);
    expect(Object.keys(first!)).toEqual(['id', 'publisher', 'title']);
    expect(through(sources)).toEqual(sources);
  });

  it('sends records as they are when their keys differ, or a value is not a string', () => {
    const mixed = [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', url: 'https://example.org/b' }];
    const missing = [{ id: 'a', title: 'A', url: 'https://example.org/a' }, { id: 'b', title: 'B' }];
    const reordered = [{ id: 'a', title: 'A' }, { title: 'B', id: 'b' }];
    const numeric = [{ id: 'a', title: 'A' }, { id: 'b', title: 7 }];
    for (const records of [mixed, missing, reordered, numeric] as object[][]) {
      expect('records' in packRecords(records)).toBe(true);
      expect(through(records)).toEqual(records);
    }
  });

  it('never sets a prototype from a key named __proto__, and keeps empty records', () => {
    const hostile = JSON.parse('[{"id":"a","__proto__":"x"},{"id":"b","__proto__":"y"}]') as object[];
    const received = through(hostile);
    expect(received).toEqual(hostile);
    expect(Object.getPrototypeOf(received[0])).toBe(Object.prototype);
    expect(through([{}, {}])).toEqual([{}, {}]);
    expect(through([])).toEqual([]);
  });
});
