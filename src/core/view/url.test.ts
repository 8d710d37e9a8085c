import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_STATUSES, EVENT_TYPES, STANCES } from '../model/types';
import { quantiseWindow } from './dates';
import { decodeView, encodeView, viewSearchString } from './url';
import { INITIAL_VIEW } from './types';
import type { ViewState } from './types';
import { makeDataset, seedLikeDataset } from './testing';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const decode = (query: string) => decodeView(new URLSearchParams(query));

describe('encodeView', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(INITIAL_VIEW).toString()).toBe('');
  });

  it('writes short readable parameters for what differs from the default', () => {
    const state: ViewState = {
      ...INITIAL_VIEW,
      window: [day('2025-02-10'), day('2025-02-14')],
      grouping: 'actor',
      collapsed: ['US'],
      filters: { ...INITIAL_VIEW.filters, types: ['call', 'meeting'], actors: ['trump'] },
      search: 'nato',
      selected: 'trump-putin-call',
    };
    expect(viewSearchString(state, new URLSearchParams())).toBe(
      '?from=2025-02-10&to=2025-02-14&group=actor&collapsed=US&type=call,meeting&actor=trump&q=nato&sel=trump-putin-call',
    );
  });

  it('writes window edges at the precision they have', () => {
    const params = encodeView({ ...INITIAL_VIEW, window: [Date.parse('2025-02-12T10:30:00Z'), Date.parse('2025-02-12T10:30:05.250Z')] });
    expect(params.get('from')).toBe('2025-02-12T10:30Z');
    expect(params.get('to')).toBe('2025-02-12T10:30:05.250Z');
  });

  it('keeps parameters it does not own, such as the data file', () => {
    const current = new URLSearchParams('data=tests/x.json&type=call');
    expect(viewSearchString({ ...INITIAL_VIEW, mode: 'list' }, current)).toBe('?data=tests%2Fx.json&view=list');
  });
});

describe('decodeView', () => {
  it('reads what encodeView writes', () => {
    const state = decode('view=list&from=2025-02-10&to=2025-02-14T06:00Z&group=topic&collapsed=US,NATO&type=call&status=planned&country=US&actor=trump,putin&topic=t1&stance=oppose,lean-oppose&since=2025-02&until=2025&q=Nato%20allies&match=e1&sel=e2&pos=t1&color=t2&actormatch=all&at=2025-02-12&only=matches&axis=rtl');
    expect(state).toEqual({
      mode: 'list',
      window: [day('2025-02-10'), Date.parse('2025-02-14T06:00:00Z')],
      grouping: 'topic',
      collapsed: ['US', 'NATO'],
      filters: {
        types: ['call'],
        statuses: ['planned'],
        countries: ['US'],
        actors: ['trump', 'putin'],
        countriesMatch: 'any',
        actorsMatch: 'all',
        topics: ['t1'],
        stances: ['oppose', 'lean-oppose'],
        from: '2025-02',
        to: '2025',
      },
      search: 'Nato allies',
      currentMatch: 'e1',
      selected: 'e2',
      topic: 't1',
      colorTopic: 't2',
      alignDate: '2025-02-12',
      onlyMatches: true,
      axis: 'rtl',
    });
  });

  it('drops garbage values and keeps the good ones', () => {
    const state = decode('view=map&group=planet&type=call,party,,%00&stance=maybe&from=2025-02-30&to=2025-03-01&since=soon&until=2025-13&actor=trump,<script>&sel=a%20b&collapsed=,,');
    expect(state.mode).toBe('timeline');
    expect(state.grouping).toBe('country-actor');
    // Without the dataset an id-like value may be a declared type, so it is kept until the data is known.
    expect(state.filters.types).toEqual(['call', 'party']);
    expect(state.filters.stances).toEqual([]);
    expect(state.window).toBeNull();
    expect(state.filters.from).toBeNull();
    expect(state.filters.to).toBeNull();
    expect(state.filters.actors).toEqual(['trump']);
    expect(state.selected).toBeNull();
    expect(state.collapsed).toEqual([]);
  });

  it('keeps a type filter naming a type the dataset declares, and drops one it does not', () => {
    const dataset = makeDataset({
      actors: [{ id: 'a', name: 'A' }],
      types: [{ id: 'cameo-18', label: 'Assault', kind: 'act' }],
      events: [{ id: 'e', type: 'cameo-18', date: '2024-03-01', actors: ['a'], title: 'E' }],
    });
    expect(decodeView(new URLSearchParams('type=cameo-18,statement,cameo-19'), dataset).filters.types).toEqual(['cameo-18', 'statement']);
  });

  it('drops a reversed window', () => {
    expect(decode('from=2025-02-14&to=2025-02-10').window).toBeNull();
  });

  it('drops ids the dataset does not know', () => {
    const dataset = seedLikeDataset();
    const state = decodeView(new URLSearchParams('actor=trump,ghost&country=RU,XX&topic=nope&sel=ghost-event&pos=ukraine-nato-membership'), dataset);
    expect(state.filters.actors).toEqual(['trump']);
    expect(state.filters.countries).toEqual(['RU']);
    expect(state.filters.topics).toEqual([]);
    expect(state.selected).toBeNull();
    expect(state.topic).toBe('ukraine-nato-membership');
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const state = decode(query);
        expect(decodeView(encodeView(state))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const ids = fc.uniqueArray(id, { maxLength: 4 });
const calendarDate = fc.constantFrom(null, '2025', '2025-02', '2025-02-12', '1914-07-28');
const instant = fc.integer({ min: day('1900-01-01'), max: day('2100-01-01') });
const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    mode: fc.constantFrom('timeline', 'list', 'positions'),
    window: fc.option(fc.tuple(instant, fc.integer({ min: 1, max: 400 * 365 * 86_400_000 }))),
    grouping: fc.constantFrom('country-actor', 'actor', 'topic'),
    collapsed: ids,
    types: fc.subarray([...EVENT_TYPES]),
    statuses: fc.subarray([...EVENT_STATUSES]),
    countries: ids,
    actors: ids,
    topics: ids,
    stances: fc.subarray([...STANCES]),
    from: calendarDate,
    to: calendarDate,
    search: fc.string({ maxLength: 30 }),
    currentMatch: fc.option(id),
    selected: fc.option(id),
    topic: fc.option(id),
    colorTopic: fc.option(id),
    countriesMatch: fc.constantFrom('any', 'all'),
    actorsMatch: fc.constantFrom('any', 'all'),
    alignDate: fc.constantFrom(null, '2025-02-12', '1914-07-28'),
    onlyMatches: fc.boolean(),
    axis: fc.constantFrom('ltr' as const, 'rtl' as const),
  })
  .map(
    (r): ViewState => ({
      mode: r.mode,
      window: r.window ? quantiseWindow([r.window[0], r.window[0] + r.window[1]]) : null,
      grouping: r.grouping,
      collapsed: r.collapsed,
      filters: {
        types: r.types,
        statuses: r.statuses,
        countries: r.countries,
        actors: r.actors,
        countriesMatch: r.countriesMatch,
        actorsMatch: r.actorsMatch,
        topics: r.topics,
        stances: r.stances,
        from: r.from,
        to: r.to,
      },
      search: r.search,
      currentMatch: r.search ? r.currentMatch : null,
      selected: r.selected,
      topic: r.topic,
      colorTopic: r.colorTopic,
      alignDate: r.alignDate,
      onlyMatches: r.onlyMatches,
      axis: r.axis,
    }),
  );

describe('URL round trip', () => {
  it('decodes every encoded view state to exactly the same state', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const url = viewSearchString(state, new URLSearchParams());
        expect(decodeView(new URLSearchParams(url))).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });
});
