import { describe, expect, it } from 'vitest';
import { IdAllocator } from './ids';

describe('IdAllocator', () => {
  it('numbers repeats from 2, skipping ids reserved or taken', () => {
    const ids = new IdAllocator();
    ids.reserve('source-3');
    expect(['source', 'source', 'source', 'source', 'source-2', 'other'].map((base) => ids.unique(base))).toEqual(['source', 'source-2', 'source-4', 'source-5', 'source-2-2', 'other']);
  });

  it('hands out 100,000 ids from one base without counting up from 2 each time (an export citing one host)', () => {
    const ids = new IdAllocator();
    const made = new Set<string>();
    for (let i = 0; i < 100_000; i++) made.add(ids.allocate('news.example.org', 'source'));
    expect(made.size).toBe(100_000);
    expect(made.has('news-example-org-100000')).toBe(true);
  });
});
