import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  fitAll,
  historyRecord,
  nextMatch,
  prevMatch,
  reduceView,
  restore,
  select,
  setAlignmentDate,
  setCollapsedGroups,
  setDateRange,
  setFacetMatch,
  setFilter,
  setGrouping,
  setMode,
  setSearch,
  setTopic,
  setWindow,
  toggleFilterValue,
  toggleGroup,
} from './actions';
import { INITIAL_VIEW } from './types';
import type { ViewState } from './types';
import { seedLikeDataset } from './testing';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('reduceView', () => {
  it('switches the grouping and keeps the state object when it is already set', () => {
    const byActor = reduceView(INITIAL_VIEW, setGrouping('actor'));
    expect(byActor.grouping).toBe('actor');
    expect(reduceView(byActor, setGrouping('actor'))).toBe(byActor);
  });

  it('collapses a group and expands it again', () => {
    const collapsed = reduceView(INITIAL_VIEW, toggleGroup('US'));
    expect(collapsed.collapsed).toEqual(['US']);
    expect(reduceView(collapsed, toggleGroup('US')).collapsed).toEqual([]);
  });

  it('toggles filter values one by one and replaces lists without duplicates', () => {
    let state = reduceView(INITIAL_VIEW, toggleFilterValue('types', 'call'));
    state = reduceView(state, toggleFilterValue('types', 'meeting'));
    expect(state.filters.types).toEqual(['call', 'meeting']);
    state = reduceView(state, toggleFilterValue('types', 'call'));
    expect(state.filters.types).toEqual(['meeting']);
    state = reduceView(state, setFilter('actors', ['trump', 'putin', 'trump']));
    expect(state.filters.actors).toEqual(['trump', 'putin']);
  });

  it('sets a date range, treating blank bounds as open', () => {
    const state = reduceView(INITIAL_VIEW, setDateRange('2025-02', '  '));
    expect(state.filters.from).toBe('2025-02');
    expect(state.filters.to).toBeNull();
  });

  it('clears every filter at once but keeps the search', () => {
    let state = reduceView(INITIAL_VIEW, setFilter('countries', ['US']));
    state = reduceView(state, setSearch('nato'));
    state = reduceView(state, clearFilters());
    expect(state.filters).toEqual(INITIAL_VIEW.filters);
    expect(state.search).toBe('nato');
  });

  it('forgets the current match when the search changes', () => {
    let state: ViewState = { ...INITIAL_VIEW, search: 'nato', currentMatch: 'a' };
    state = reduceView(state, setSearch('trump'));
    expect(state.currentMatch).toBeNull();
  });

  it('steps through matches forwards and backwards, wrapping around', () => {
    const matches = ['a', 'b', 'c'];
    let state = reduceView(INITIAL_VIEW, nextMatch(matches));
    expect(state.currentMatch).toBe('a');
    state = reduceView(state, nextMatch(matches));
    state = reduceView(state, nextMatch(matches));
    expect(state.currentMatch).toBe('c');
    state = reduceView(state, nextMatch(matches));
    expect(state.currentMatch).toBe('a');
    state = reduceView(state, prevMatch(matches));
    expect(state.currentMatch).toBe('c');
    expect(reduceView(INITIAL_VIEW, prevMatch(matches)).currentMatch).toBe('c');
  });

  it('pans the window to a match outside it, keeping the span', () => {
    const dataset = seedLikeDataset();
    const window = [day('2025-03-01'), day('2025-03-11')] as const;
    const state = reduceView({ ...INITIAL_VIEW, window }, nextMatch(['trump-putin-call']), { dataset });
    const [start, end] = state.window!;
    expect(end - start).toBe(window[1] - window[0]);
    expect(start).toBeLessThanOrEqual(day('2025-02-12'));
    expect(end).toBeGreaterThanOrEqual(day('2025-02-13'));
  });

  it('leaves the window alone when the match is already visible', () => {
    const dataset = seedLikeDataset();
    const window = [day('2025-02-01'), day('2025-03-01')] as const;
    const state = reduceView({ ...INITIAL_VIEW, window }, nextMatch(['trump-putin-call']), { dataset });
    expect(state.window).toBe(window);
  });

  it('selects and deselects events', () => {
    const selected = reduceView(INITIAL_VIEW, select('trump-putin-call'));
    expect(selected.selected).toBe('trump-putin-call');
    expect(reduceView(selected, select(null)).selected).toBeNull();
  });

  it('rounds a window to a precision that keeps its URL short', () => {
    const state = reduceView(INITIAL_VIEW, setWindow([day('2025-02-10') + 1234.5, day('2025-02-14') + 17]));
    expect(state.window).toEqual([day('2025-02-10'), day('2025-02-14')]);
  });

  it('keeps the state object when a reported window rounds to the current one', () => {
    const state = reduceView(INITIAL_VIEW, setWindow([day('2025-02-10'), day('2025-02-14')]));
    expect(reduceView(state, setWindow([day('2025-02-10') + 3, day('2025-02-14') - 3]))).toBe(state);
  });

  it('refuses empty, reversed and non-finite windows', () => {
    expect(reduceView(INITIAL_VIEW, setWindow([5, 5]))).toBe(INITIAL_VIEW);
    expect(reduceView(INITIAL_VIEW, setWindow([10, 5]))).toBe(INITIAL_VIEW);
    expect(reduceView(INITIAL_VIEW, setWindow([Number.NaN, 5]))).toBe(INITIAL_VIEW);
  });

  it('fits everything by forgetting the window', () => {
    const state = reduceView(INITIAL_VIEW, setWindow([day('2025-02-10'), day('2025-02-14')]));
    expect(reduceView(state, fitAll()).window).toBeNull();
  });

  it('switches mode and positions topic', () => {
    const state = reduceView(reduceView(INITIAL_VIEW, setMode('positions')), setTopic('ukraine-nato-membership'));
    expect(state.mode).toBe('positions');
    expect(state.topic).toBe('ukraine-nato-membership');
  });

  it('sets the alignment date and the "all of" switch of a facet, and clearing filters resets the switch', () => {
    const dated = reduceView(INITIAL_VIEW, setAlignmentDate('2023-01-01'));
    expect(dated.alignDate).toBe('2023-01-01');
    expect(reduceView(dated, setAlignmentDate('2023-01-01'))).toBe(dated);
    const allOf = reduceView(INITIAL_VIEW, setFacetMatch('countries', 'all'));
    expect(allOf.filters.countriesMatch).toBe('all');
    expect(allOf.filters.actorsMatch).toBe('any');
    expect(reduceView(allOf, clearFilters()).filters.countriesMatch).toBe('any');
  });

  it('collapses every group and expands them all again in one step each', () => {
    const all = reduceView(INITIAL_VIEW, setCollapsedGroups(['US', 'RU', 'US']));
    expect(all.collapsed).toEqual(['US', 'RU']);
    expect(reduceView(all, setCollapsedGroups(['RU', 'US']))).toBe(all);
    expect(reduceView(all, setCollapsedGroups([])).collapsed).toEqual([]);
  });

  it('restores a whole state from history', () => {
    const other: ViewState = { ...INITIAL_VIEW, mode: 'list' };
    expect(reduceView(INITIAL_VIEW, restore(other))).toBe(other);
  });
});

describe('historyRecord', () => {
  it('pushes meaningful changes, replaces settled windows and writes nothing when restoring', () => {
    expect(historyRecord(setFilter('types', ['call']))).toBe('push');
    expect(historyRecord(select('x'))).toBe('push');
    expect(historyRecord(fitAll())).toBe('push');
    expect(historyRecord(setWindow([0, 1]))).toBe('replace');
    expect(historyRecord(setWindow([0, 1], 'push'))).toBe('push');
    expect(historyRecord(restore(INITIAL_VIEW))).toBe('none');
  });
});
