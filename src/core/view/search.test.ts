import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './types';
import { filterEvents } from './filter';
import { EVENTS_PER_TEXT, foldForSearch, searchMatches, shownEvents, startSearch } from './search';
import type { EventRecord } from '../model/types';
import { makeDataset, seedLikeDataset } from './testing';

const dataset = seedLikeDataset();
const everything = filterEvents(dataset, EMPTY_FILTERS);
/** The ids of the matches, in time order. */
const searchEvents = (within: typeof dataset, query: string, candidates: readonly number[]) => searchMatches(within, query, candidates).ids;

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

describe('a search of many events', () => {
  // Several runs of kept texts, a word in some events only, two words together in fewer.
  const count = EVENTS_PER_TEXT * 2 + 300;
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
  const records: EventRecord[] = Array.from({ length: count }, (_, k) => ({
    id: `e${k}`,
    type: 'statement',
    // One event a day, so the model's time order is the order written.
    date: new Date(Date.UTC(2000, 0, 1) + k * 86_400_000).toISOString().slice(0, 10),
    actors: ['a'],
    title: `${words[k % 5]} number ${k}`,
    ...(k % 7 === 0 ? { summary: `Also ${words[(k + 1) % 5]}` } : {}),
  }));
  const many = makeDataset({ actors: [{ id: 'a', name: 'Ádám Öz' }], events: records });
  const all = filterEvents(many, EMPTY_FILTERS);
  const naive = (query: string, candidates: readonly number[]) => {
    const terms = query.toLowerCase().split(' ');
    return candidates.filter((index) => {
      const event = many.events[index]!;
      const text = `${event.title}\n${event.record.summary ?? ''}\nadam oz`.toLowerCase();
      return terms.every((term) => text.includes(term));
    }).map((index) => many.events[index]!.id);
  };

  it('finds what a plain scan of every event finds, across the runs of kept texts', () => {
    for (const query of ['bravo', 'bravo also', 'charlie number', 'number 4100', 'adam', 'delta ádám', 'zulu']) {
      expect(searchEvents(many, query, all)).toEqual(naive(query.normalize('NFD').replace(/\p{M}/gu, ''), all));
    }
    expect(searchEvents(many, 'bravo', all).length).toBeGreaterThan(EVENTS_PER_TEXT / 5);
  });

  it('looks only among the candidates, however sparse', () => {
    const sparse = all.filter((index) => index % 97 === 0 || index === count - 1);
    expect(searchEvents(many, 'number', sparse)).toEqual(sparse.map((index) => many.events[index]!.id));
    expect(searchEvents(many, 'echo', sparse)).toEqual(naive('echo', sparse));
  });

  it('counts a repeated word once, and finds a word that ends one event and starts the next in neither', () => {
    expect(searchEvents(many, 'alpha alpha', all)).toEqual(searchEvents(many, 'alpha', all));
    // "…number 0" then the next event's "bravo…": their join is a line break, which no term holds.
    expect(searchEvents(many, '0bravo', all)).toEqual([]);
  });

  it('places each match at its event when folding changes a text\'s length', () => {
    // Hangul syllables decompose into two or three letters each: the folded text is longer than the text.
    const mixed = makeDataset({
      events: [
        { id: 'seoul', type: 'statement', date: '2025-01-01', actors: ['a'], title: '대한민국 외교부 성명 nato' },
        { id: 'paris', type: 'statement', date: '2025-01-02', actors: ['a'], title: 'Paris' },
        { id: 'berlin', type: 'statement', date: '2025-01-03', actors: ['a'], title: 'Berlin meeting' },
      ],
    });
    const all = filterEvents(mixed, EMPTY_FILTERS);
    expect(foldForSearch('한국').length).toBeGreaterThan('한국'.length);
    // "nato" ends the first event's folded text, past where its text as written would end.
    expect(searchEvents(mixed, 'nato', all)).toEqual(['seoul']);
    expect(searchEvents(mixed, 'paris', all)).toEqual(['paris']);
    expect(searchEvents(mixed, 'meeting', all)).toEqual(['berlin']);
    expect(searchEvents(mixed, '외교부', all)).toEqual(['seoul']);
  });
});
