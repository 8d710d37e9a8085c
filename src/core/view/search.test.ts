import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './types';
import { filterEvents } from './filter';
import { foldForSearch, searchEvents, searchMatches, shownEvents, startSearch } from './search';
import { makeDataset, seedLikeDataset } from './testing';

const dataset = seedLikeDataset();
const everything = filterEvents(dataset, EMPTY_FILTERS);

describe('searchEvents', () => {
  it('finds words in titles, summaries, quotes, locations and actor names, in time order', () => {
    expect(searchEvents(dataset, 'nato', everything)).toEqual(['hegseth-nato-remarks']);
    expect(searchEvents(dataset, 'realistic outcome', everything)).toEqual(['hegseth-nato-remarks']);
    expect(searchEvents(dataset, 'negotiations', everything)).toEqual(['trump-putin-call']);
    expect(searchEvents(dataset, 'white house', everything)).toEqual(['zelenskyy-trump-meeting']);
    expect(searchEvents(dataset, 'Donald', everything)).toEqual(['trump-putin-call', 'zelenskyy-trump-meeting']);
  });

  it('ignores case and diacritics on both sides', () => {
    expect(searchEvents(dataset, 'NOËL', everything)).toEqual(['barrot-remarks']);
    expect(searchEvents(dataset, 'europeens', everything)).toEqual(['barrot-remarks']);
    expect(foldForSearch('Zelénskyy ÉTÉ')).toBe('zelenskyy ete');
  });

  it('requires every word of the query', () => {
    expect(searchEvents(dataset, 'trump putin', everything)).toEqual(['trump-putin-call']);
    expect(searchEvents(dataset, 'trump nobody', everything)).toEqual([]);
  });

  it('searches only the candidates it is given', () => {
    const callsOnly = filterEvents(dataset, { ...EMPTY_FILTERS, types: ['meeting'] });
    expect(searchEvents(dataset, 'trump', callsOnly)).toEqual(['zelenskyy-trump-meeting']);
  });

  it('returns nothing for a blank query', () => {
    expect(searchEvents(dataset, '   ', everything)).toEqual([]);
  });

  it('handles an empty dataset', () => {
    const empty = makeDataset({ events: [] });
    expect(filterEvents(empty, EMPTY_FILTERS)).toEqual([]);
    expect(searchEvents(empty, 'x', [])).toEqual([]);
  });
});

describe('startSearch', () => {
  it('finds in steps what one search finds, whatever the step', () => {
    for (const query of ['trump', 'nato', 'Donald', 'europeens', 'nobody']) {
      const whole = searchMatches(dataset, query, everything);
      for (const count of [1, 2, 3, 100]) {
        const run = startSearch(dataset, query, everything);
        let steps = 0;
        while (!run.step(count)) steps++;
        expect(steps).toBe(Math.ceil(everything.length / count) - 1);
        expect(run.result()).toEqual(whole);
      }
    }
  });

  it('says how far it has looked, and gives no result before it is done', () => {
    const run = startSearch(dataset, 'trump', everything);
    expect([run.done, run.searched, run.total]).toEqual([false, 0, 4]);
    expect(run.step(3)).toBe(false);
    expect(run.searched).toBe(3);
    expect(() => run.result()).toThrow(/before the search was done/);
    expect(run.step(3)).toBe(true);
    expect(run.done).toBe(true);
    // One result object, so a view that shows it does not redraw for a new array of the same matches.
    expect(run.result()).toBe(run.result());
  });

  it('gives matches as positions in time order, with their ids', () => {
    const { indices, ids } = searchMatches(dataset, 'Donald', everything);
    expect(ids).toEqual(['trump-putin-call', 'zelenskyy-trump-meeting']);
    expect(indices.map((index) => dataset.events[index]!.id)).toEqual(ids);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
  });

  it('is done at once for a blank query', () => {
    const run = startSearch(dataset, '  ', everything);
    expect(run.done).toBe(true);
    expect(run.result().indices).toEqual([]);
  });
});

describe('shownEvents', () => {
  const matches = searchMatches(dataset, 'trump', everything);
  it('narrows the filtered events to the matches only when the search is a filter and has words', () => {
    expect(shownEvents(everything, matches, 'trump', true)).toEqual(matches.indices);
    expect(shownEvents(everything, matches, 'trump', false)).toBe(everything);
    expect(shownEvents(everything, matches, '  ', true)).toBe(everything);
  });
});
