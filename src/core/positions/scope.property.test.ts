// Properties over generated positions: the stance-line rule (an actor's line under any
// filter is the line of all its positions, and only the chosen actors are drawn) and
// the split rule (a country is split only when its actors stand on different sides).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventType, Stance } from '../model/types';
import { EVENT_TYPES, STANCES } from '../model/types';
import { filterEvents } from '../view/filter';
import { EMPTY_FILTERS } from '../view/types';
import type { Filters } from '../view/types';
import { aggregateStances, sideOf } from './aggregate';
import { layoutPositions } from './layout';
import { buildPositionsModel } from './model';
import { positionsScope } from './scope';
import type { StanceAt } from './series';
import { stanceAt } from './series';
import { datasetFromRecords } from '../data/testing';
import { NATO_TOPIC } from './testing';
import { verdictWords } from './wording';

const TOPIC = NATO_TOPIC.id;
const OTHER_TOPIC = { id: 'tariffs', label: 'Tariffs', support: 'raise', oppose: 'lower' };
const countries = [
  { id: 'AA', name: 'Aland' },
  { id: 'BB', name: 'Borduria' },
];
const actors = [
  { id: 'ana', name: 'Ana', country: 'AA' },
  { id: 'ben', name: 'Ben', country: 'AA' },
  { id: 'cy', name: 'Cy', country: 'BB' },
  { id: 'dee', name: 'Dee', country: 'BB' },
  { id: 'eve', name: 'Eve' },
];
const actorIds = actors.map((a) => a.id);

interface GenPosition {
  actor: string;
  topic: string;
  stance: Stance;
}
interface GenEvent {
  date: string;
  type: EventType;
  actors: string[];
  positions: GenPosition[];
}

const genDate = fc.oneof(
  fc.record({ y: fc.integer({ min: 2019, max: 2022 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(
    ({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.record({ y: fc.integer({ min: 2019, max: 2022 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
  fc.integer({ min: 2019, max: 2022 }).map(String),
);
const genPosition = fc.record({
  actor: fc.constantFrom(...actorIds),
  topic: fc.constantFrom(TOPIC, OTHER_TOPIC.id),
  stance: fc.constantFrom(...STANCES),
});
const genEvent: fc.Arbitrary<GenEvent> = fc
  .record({
    date: genDate,
    type: fc.constantFrom(...EVENT_TYPES),
    extraActors: fc.subarray(actorIds, { maxLength: 3 }),
    positions: fc.array(genPosition, { maxLength: 3 }),
  })
  .map(({ date, type, extraActors, positions }) => ({
    date,
    type,
    positions,
    actors: [...new Set([...positions.map((p) => p.actor), ...extraActors])],
  }));
const genFilters: fc.Arbitrary<Filters> = fc.record({
  actors: fc.subarray(actorIds),
  countries: fc.subarray(['AA', 'BB']),
  types: fc.subarray([...EVENT_TYPES]),
  stances: fc.subarray([...STANCES], { maxLength: 2 }),
}).map((f) => ({ ...EMPTY_FILTERS, ...f }));

function datasetOf(events: readonly GenEvent[]) {
  return datasetFromRecords({
    countries,
    actors,
    topics: [NATO_TOPIC, OTHER_TOPIC],
    events: events.map((e, i) => ({
      id: `e${i}`,
      type: e.type,
      date: e.date,
      title: `e${i}`,
      actors: e.actors.length > 0 ? e.actors : ['ana'],
      positions: e.positions,
    })),
  });
}

/** The UTC day a date text counts from: its first day, read by hand rather than by the loader. */
function dayOfText(text: string): number {
  const [y, m = '01', d = '01'] = text.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** The stance of `actor` on TOPIC on `day`, from the raw generated events, by the README's counting rule. */
function expectedStance(events: readonly GenEvent[], actor: string, day: number): StanceAt['kind'] | Stance | string {
  let latest = -Infinity;
  let stances: Stance[] = [];
  events.forEach((event) => {
    const eventDay = dayOfText(event.date);
    if (eventDay > day) return;
    for (const p of event.positions) {
      if (p.actor !== actor || p.topic !== TOPIC) continue;
      if (eventDay > latest) {
        latest = eventDay;
        stances = [p.stance];
      } else if (eventDay === latest && !stances.includes(p.stance)) stances.push(p.stance);
    }
  });
  if (stances.length === 0) return 'unknown';
  return stances.length === 1 ? stances[0]! : `mixed:${[...stances].sort().join(',')}`;
}

function shownStance(state: StanceAt): string {
  if (state.kind === 'unknown') return 'unknown';
  if (state.kind === 'known') return state.stance;
  return `mixed:${[...state.stances].sort().join(',')}`;
}

describe('the stance-line rule (property)', () => {
  it('draws exactly the chosen actors, each with every position it took on the topic, whatever the other filters', () => {
    fc.assert(
      fc.property(fc.array(genEvent, { minLength: 1, maxLength: 25 }), genFilters, fc.integer({ min: Date.UTC(2018, 11, 1), max: Date.UTC(2023, 1, 1) }), (events, filters, probe) => {
        const dataset = datasetOf(events);
        const included = filterEvents(dataset, filters);
        const scope = positionsScope(dataset, filters, included);
        const model = buildPositionsModel(dataset, undefined, scope.actorIds);
        const layout = layoutPositions(model, TOPIC, { width: 600, window: null, emphasised: scope.emphasised });

        const spokeOnTopic = new Set(events.flatMap((e) => e.positions.filter((p) => p.topic === TOPIC).map((p) => p.actor)));
        const chosen =
          filters.actors.length > 0
            ? new Set(filters.actors)
            : filters.countries.length > 0
              ? new Set(actors.filter((a) => a.country && filters.countries.includes(a.country)).map((a) => a.id))
              : new Set(actorIds);
        const expectedActors = actorIds.filter((id) => chosen.has(id) && spokeOnTopic.has(id));
        expect(layout.tracks.map((t) => t.actor.id).sort()).toEqual(expectedActors.sort());

        const includedSet = new Set(included);
        for (const track of layout.tracks) {
          expect(shownStance(stanceAt(track.series, probe))).toBe(expectedStance(events, track.actor.id, Math.floor(probe / 86_400_000) * 86_400_000));
          // Every position of the actor on the topic is drawn; a mark is faded exactly when its events are all filtered out.
          expect(track.marks.reduce((n, m) => n + m.rows.length, 0)).toBe(
            events.reduce((n, e) => n + e.positions.filter((p) => p.actor === track.actor.id && p.topic === TOPIC).length, 0),
          );
          for (const mark of track.marks) {
            expect(mark.faded).toBe(mark.rows.every((row) => !includedSet.has(model.table.event[row]!)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

const genState: fc.Arbitrary<StanceAt> = fc.oneof(
  fc.constant<StanceAt>({ kind: 'unknown' }),
  fc.constantFrom(...STANCES).map((stance): StanceAt => ({ kind: 'known', stance, step: null! })),
  fc.uniqueArray(fc.constantFrom(...STANCES), { minLength: 2, maxLength: 3 }).map((stances): StanceAt => ({ kind: 'mixed', stances, step: null! })),
);

describe('the split rule (property)', () => {
  it('calls a country split exactly when its actors stand on different sides, and otherwise gives the side with its range', () => {
    fc.assert(
      fc.property(fc.array(genState, { maxLength: 6 }), (states) => {
        const held = new Set(states.flatMap((s) => (s.kind === 'known' ? [s.stance] : s.kind === 'mixed' ? s.stances : [])));
        const sides = new Set([...held].map(sideOf));
        const { verdict } = aggregateStances(states);
        const words = verdictWords(verdict);
        if (held.size === 0) expect(verdict.kind).toBe('unknown');
        else if (held.size === 1) expect(verdict).toEqual({ kind: 'unanimous', stance: [...held][0] });
        else if (sides.size > 1) {
          expect(verdict.kind).toBe('split');
          expect(words.startsWith('split (')).toBe(true);
        } else {
          expect(verdict.kind).toBe('side');
          const side = [...sides][0]!;
          expect(words.startsWith(`${side}: `)).toBe(true);
          if (verdict.kind === 'side') expect(new Set(verdict.stances)).toEqual(held);
        }
        expect(words.startsWith('split') && sides.size < 2).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
