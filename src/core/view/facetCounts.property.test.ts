// allFacetCounts (one pass, used by the filter panel) against facetCounts (one filtering
// pass per facet, the definition) for any combination of filters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allFacetCounts, facetCounts } from './filter';
import type { CountedFacet } from './filter';
import { EMPTY_FILTERS } from './types';
import type { Filters } from './types';
import { seedLikeDataset } from './testing';

const dataset = seedLikeDataset();
const used = <T,>(pick: (event: (typeof dataset.events)[number]) => readonly T[]) => [...new Set(dataset.events.flatMap(pick))];
const someOf = <T,>(values: readonly T[]) => fc.subarray([...values]);

const filters: fc.Arbitrary<Filters> = fc.record({
  // A value no event has (a type nobody uses) as well as the used ones.
  types: someOf([...used((event) => [event.typeId]), 'unused-type']),
  statuses: someOf(used((event) => [event.status])),
  countries: someOf(used((event) => event.countryIds)),
  countriesMatch: fc.constantFrom('any' as const, 'all' as const),
  actors: someOf(used((event) => event.actorIds)),
  actorsMatch: fc.constantFrom('any' as const, 'all' as const),
  topics: someOf(used((event) => event.topicIds)),
  stances: someOf(used((event) => (event.record.positions ?? []).map((position) => position.stance))),
  from: fc.constantFrom(null, '2025', '2025-02-12', '2025-03'),
  to: fc.constantFrom(null, '2025-02', '2025-02-12', '2026'),
}).map((chosen) => ({ ...EMPTY_FILTERS, ...chosen }) as Filters);

const FACETS: readonly CountedFacet[] = ['types', 'statuses', 'countries', 'actors', 'topics'];

describe('allFacetCounts', () => {
  it('gives every facet the counts facetCounts gives it, for any filters', () => {
    fc.assert(
      fc.property(filters, (chosen) => {
        const all = allFacetCounts(dataset, chosen);
        for (const facet of FACETS) expect(Object.fromEntries(all[facet]), facet).toEqual(Object.fromEntries(facetCounts(dataset, chosen, facet)));
      }),
      { numRuns: 400 },
    );
  });

  it('counts every event once per facet value when nothing is filtered', () => {
    const all = allFacetCounts(dataset, EMPTY_FILTERS);
    expect([...all.types.values()].reduce((sum, count) => sum + count, 0)).toBe(dataset.events.length);
    expect(all.actors.get('trump')).toBe(2);
  });
});
