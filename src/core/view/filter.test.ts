import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './types';
import type { Filters } from './types';
import { facetCounts, filterEvents } from './filter';
import { makeDataset, seedLikeDataset } from './testing';

const dataset = seedLikeDataset();
const ids = (indices: readonly number[]) => indices.map((index) => dataset.events[index]!.id);
const filtered = (filters: Partial<Filters>) => ids(filterEvents(dataset, { ...EMPTY_FILTERS, ...filters }));
const everything = filterEvents(dataset, EMPTY_FILTERS);

describe('filterEvents', () => {
  it('includes every event, in time order, when no filter is set', () => {
    expect(filtered({})).toEqual(['barrot-remarks', 'trump-putin-call', 'hegseth-nato-remarks', 'zelenskyy-trump-meeting']);
  });

  it('keeps only the chosen event types', () => {
    expect(filtered({ types: ['call', 'meeting'] })).toEqual(['trump-putin-call', 'zelenskyy-trump-meeting']);
  });

  it('keeps only the chosen statuses', () => {
    expect(filtered({ statuses: ['planned'] })).toEqual(['zelenskyy-trump-meeting']);
  });

  it('matches a country when any of the actors is from it', () => {
    expect(filtered({ countries: ['RU'] })).toEqual(['trump-putin-call']);
    expect(filtered({ countries: ['UA', 'FR'] })).toEqual(['barrot-remarks', 'zelenskyy-trump-meeting']);
  });

  it('with "all of", keeps only events between every chosen country or actor', () => {
    expect(filtered({ countries: ['US', 'RU'], countriesMatch: 'all' })).toEqual(['trump-putin-call']);
    expect(filtered({ countries: ['US', 'RU'], countriesMatch: 'any' })).toEqual(['trump-putin-call', 'hegseth-nato-remarks', 'zelenskyy-trump-meeting']);
    expect(filtered({ actors: ['trump', 'zelenskyy'], actorsMatch: 'all' })).toEqual(['zelenskyy-trump-meeting']);
    expect(filtered({ actors: ['trump', 'barrot'], actorsMatch: 'all' })).toEqual([]);
  });

  it('counts each facet value as the view would show it with that value chosen too', () => {
    const types = facetCounts(dataset, { ...EMPTY_FILTERS, countries: ['US'] }, 'types');
    expect(Object.fromEntries(types)).toEqual({ call: 1, statement: 1, meeting: 1 });
    // The facet's own choice is set aside in "any of" mode, so the other countries keep their counts…
    const anyCountries = facetCounts(dataset, { ...EMPTY_FILTERS, countries: ['US'], types: ['call'] }, 'countries');
    expect(Object.fromEntries(anyCountries)).toEqual({ US: 1, RU: 1 });
    // …and in "all of" mode each count is what adding the value would leave.
    const allCountries = facetCounts(dataset, { ...EMPTY_FILTERS, countries: ['US'], countriesMatch: 'all' }, 'countries');
    expect(allCountries.get('RU')).toBe(1);
    expect(allCountries.get('UA')).toBe(1);
    expect(allCountries.get('FR')).toBeUndefined();
  });

  it('matches an actor taking part in any role', () => {
    expect(filtered({ actors: ['trump'] })).toEqual(['trump-putin-call', 'zelenskyy-trump-meeting']);
  });

  it('matches topics and stances through the positions', () => {
    expect(filtered({ topics: ['ukraine-nato-membership'] })).toEqual(['barrot-remarks', 'hegseth-nato-remarks']);
    expect(filtered({ stances: ['oppose'] })).toEqual(['hegseth-nato-remarks']);
    expect(filtered({ stances: ['support'] })).toEqual([]);
  });

  it('combines filters of different kinds with "and"', () => {
    expect(filtered({ actors: ['trump'], types: ['meeting'] })).toEqual(['zelenskyy-trump-meeting']);
  });

  it('keeps events whose interval overlaps an inclusive date range at any precision', () => {
    // The month-precision statement covers all of February, so it overlaps a single day in it.
    expect(filtered({ from: '2025-02-12', to: '2025-02-12' })).toEqual(['barrot-remarks', 'trump-putin-call', 'hegseth-nato-remarks']);
    expect(filtered({ from: '2025-02-13' })).toEqual(['barrot-remarks', 'zelenskyy-trump-meeting']);
    expect(filtered({ to: '2025-01' })).toEqual([]);
    expect(filtered({ from: '2025', to: '2025' })).toHaveLength(4);
  });

  it('ignores date bounds that do not parse instead of hiding everything', () => {
    expect(filtered({ from: 'yesterday', to: '2025-02-30' })).toHaveLength(4);
  });
});
