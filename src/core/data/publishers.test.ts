import { describe, expect, it } from 'vitest';
import { keepPublishers, PublisherCounter, publishersOf } from './publishers';

const sources = [
  { id: 'a', title: 'First report', publisher: 'Reuters' },
  { id: 'b', title: 'Second report', publisher: 'Reuters' },
  { id: 'c', title: 'Untitled wire' },
  { id: 'd', title: 'Third', publisher: 'AP' },
  { id: 'e', title: 'Fourth', publisher: 'BBC' },
];

describe('the publishers a credit names', () => {
  it('names the first three distinct publishers in file order, a source without one by its title, and counts them all', () => {
    expect(publishersOf(sources)).toEqual({ named: ['Reuters', 'Untitled wire', 'AP'], count: 4 });
    expect(publishersOf([])).toEqual({ named: [], count: 0 });
  });

  it('tallies the same over sources given in parts as over the whole list', () => {
    const counter = new PublisherCounter();
    counter.add(sources.slice(0, 2));
    counter.add(sources.slice(2));
    expect(counter.tally()).toEqual(publishersOf(sources));
  });

  it('uses a tally kept for a list instead of counting again', () => {
    const list = sources.slice();
    keepPublishers(list, { named: ['Kept'], count: 1 });
    expect(publishersOf(list)).toEqual({ named: ['Kept'], count: 1 });
  });
});
