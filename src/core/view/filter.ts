// Which events the view shows (filters; the search is search.ts). Filters work on index
// arrays over Dataset.events, which is already sorted by time, so results come out in time
// order without sorting.
import type { Dataset, TimelineEvent } from '../model/types';
import { calendarInterval } from './dates';
import { range } from '../data/eventFields';
import type { Filters } from './types';

/** True when no filter restricts anything. */
export function filtersAreEmpty(filters: Filters): boolean {
  return (
    filters.types.length === 0 &&
    filters.statuses.length === 0 &&
    filters.countries.length === 0 &&
    filters.actors.length === 0 &&
    filters.topics.length === 0 &&
    filters.stances.length === 0 &&
    !filters.from &&
    !filters.to
  );
}

function anyIn(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

function allIn(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  let found = 0;
  for (const value of new Set(values)) if (wanted.has(value)) found++;
  return found === wanted.size;
}

type EventTest = (event: TimelineEvent) => boolean;

/**
 * One test per active filter; inactive filters add no work per event. `facet` names the
 * counted facet a test belongs to when the facet's counts set it aside (facetCounts); a
 * facet matched "all of" keeps its own choice, so its test is tagged like the others, null.
 */
function taggedEventTests(filters: Filters): { facet: CountedFacet | null; test: EventTest }[] {
  const tests: { facet: CountedFacet | null; test: EventTest }[] = [];
  if (filters.types.length > 0) {
    const types = new Set<string>(filters.types);
    tests.push({ facet: 'types', test: (event) => types.has(event.typeId) });
  }
  if (filters.statuses.length > 0) {
    const statuses = new Set<string>(filters.statuses);
    tests.push({ facet: 'statuses', test: (event) => statuses.has(event.status) });
  }
  if (filters.countries.length > 0) {
    const countries = new Set(filters.countries);
    const allOf = filters.countriesMatch === 'all';
    const matches = allOf ? allIn : anyIn;
    tests.push({ facet: allOf ? null : 'countries', test: (event) => matches(event.countryIds, countries) });
  }
  if (filters.actors.length > 0) {
    const actors = new Set(filters.actors);
    const allOf = filters.actorsMatch === 'all';
    const matches = allOf ? allIn : anyIn;
    tests.push({ facet: allOf ? null : 'actors', test: (event) => matches(event.actorIds, actors) });
  }
  if (filters.topics.length > 0) {
    const topics = new Set(filters.topics);
    tests.push({ facet: 'topics', test: (event) => anyIn(event.topicIds, topics) });
  }
  if (filters.stances.length > 0) {
    const stances = new Set<string>(filters.stances);
    tests.push({ facet: null, test: (event) => anyIn(event.stances, stances) });
  }
  // Bounds that do not parse are ignored rather than hiding everything.
  const from = filters.from ? calendarInterval(filters.from) : null;
  const to = filters.to ? calendarInterval(filters.to) : null;
  if (from) tests.push({ facet: null, test: (event) => event.end > from.start });
  if (to) tests.push({ facet: null, test: (event) => event.start < to.end });
  return tests;
}

function eventTests(filters: Filters): EventTest[] {
  return taggedEventTests(filters).map(({ test }) => test);
}

/** Ascending indices into dataset.events of the events that pass every active filter. */
export function filterEvents(dataset: Dataset, filters: Filters): number[] {
  const tests = eventTests(filters);
  const { events } = dataset;
  if (tests.length === 0) return range(0, events.length);
  const included: number[] = [];
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    let passes = true;
    for (const test of tests) {
      if (!test(event)) {
        passes = false;
        break;
      }
    }
    if (passes) included.push(index);
  }
  return included;
}

/** The facets whose options carry counts. */
export type CountedFacet = 'types' | 'statuses' | 'countries' | 'actors' | 'topics';

/**
 * For each value of a facet, how many events the view would show with that value chosen
 * as well: the events that pass every other filter and hold the value (and, in "all of"
 * mode, the values already chosen). So each count follows the other filters. This is the
 * definition, one filtering pass per facet; the app counts with allFacetCounts (one pass
 * for all), which the property tests hold to it.
 */
export function facetCounts(dataset: Dataset, filters: Filters, facet: CountedFacet): Map<string, number> {
  const allOf = (facet === 'actors' && filters.actorsMatch === 'all') || (facet === 'countries' && filters.countriesMatch === 'all');
  // In "all of" mode the chosen values still apply; otherwise the facet's own choice is set aside.
  const others = allOf ? filters : { ...filters, [facet]: [] };
  const counts = new Map<string, number>();
  const bump = (value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const index of filterEvents(dataset, others)) {
    const event = dataset.events[index]!;
    switch (facet) {
      case 'types':
        bump(event.typeId);
        break;
      case 'statuses':
        bump(event.status);
        break;
      case 'countries':
        for (const id of new Set(event.countryIds)) bump(id);
        break;
      case 'actors':
        for (const id of new Set(event.actorIds)) bump(id);
        break;
      case 'topics':
        for (const id of new Set(event.topicIds)) bump(id);
        break;
    }
  }
  return counts;
}

/** Every counted facet's counts, as facetCounts gives them one by one. */
export type AllFacetCounts = Readonly<Record<CountedFacet, Map<string, number>>>;

/**
 * facetCounts for every counted facet in one pass over the events, rather than one
 * filtering pass per facet (five at the first render, where the filter panel is open). An
 * event counts for a facet when it passes every filter but, at most, that facet's own:
 * one that passes all counts for every facet, one that fails only facet F's choice counts
 * for F alone, one that fails two filters counts nowhere.
 */
export function allFacetCounts(dataset: Dataset, filters: Filters): AllFacetCounts {
  const counts: Record<CountedFacet, Map<string, number>> = {
    types: new Map(), statuses: new Map(), countries: new Map(), actors: new Map(), topics: new Map(),
  };
  const tests = taggedEventTests(filters);
  const bump = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
  if (tests.length === 0) {
    // Nothing filtered (the first view): every event counts for every facet, and the model
    // already holds each actor's, country's and topic's count of events.
    for (const event of dataset.events) {
      bump(counts.types, event.typeId);
      bump(counts.statuses, event.status);
    }
    for (const [facet, modelCounts] of [['actors', dataset.eventCountByActor], ['countries', dataset.eventCountByCountry], ['topics', dataset.eventCountByTopic]] as const) {
      for (const [id, count] of modelCounts) if (count > 0) counts[facet].set(id, count);
    }
    return counts;
  }
  // An event names an actor, country or topic at most once in its counts.
  const bumpEach = (map: Map<string, number>, values: readonly string[]) => {
    for (let i = 0; i < values.length; i++) if (values.indexOf(values[i]!) === i) bump(map, values[i]!);
  };
  const bumpFacet = (facet: CountedFacet, event: TimelineEvent) => {
    if (facet === 'types') bump(counts.types, event.typeId);
    else if (facet === 'statuses') bump(counts.statuses, event.status);
    else if (facet === 'countries') bumpEach(counts.countries, event.countryIds);
    else if (facet === 'actors') bumpEach(counts.actors, event.actorIds);
    else bumpEach(counts.topics, event.topicIds);
  };
  for (const event of dataset.events) {
    let failed: CountedFacet | null = null;
    let failures = 0;
    for (const { facet, test } of tests) {
      if (test(event)) continue;
      failures++;
      failed = facet;
      // A second failure, or one no facet sets aside: the event counts nowhere.
      if (failures > 1 || facet === null) break;
    }
    if (failures === 0) for (const facet of COUNTED_FACETS) bumpFacet(facet, event);
    else if (failures === 1 && failed !== null) bumpFacet(failed, event);
  }
  return counts;
}

const COUNTED_FACETS: readonly CountedFacet[] = ['types', 'statuses', 'countries', 'actors', 'topics'];
