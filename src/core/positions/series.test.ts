import { describe, expect, it } from 'vitest';
import { buildPositionsModel } from './model';
import { stanceAt } from './series';
import { makeDataset } from './testing';

const UTC = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const actors = [
  { id: 'ana', name: 'Ana', country: 'AA' },
  { id: 'ben', name: 'Ben', country: 'AA' },
];
const countries = [{ id: 'AA', name: 'Aland' }];

function modelOf(events: Parameters<typeof makeDataset>[0]['events']) {
  return buildPositionsModel(makeDataset({ countries, actors, events }));
}

describe('the positions table', () => {
  it('lists positions sorted by date, then file order, whatever order the file has', () => {
    const model = modelOf([
      { id: 'late', date: '2025-03-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'oppose' }] },
      { id: 'early', date: '2024-01-05', positions: [{ actor: 'ben', topic: 'ukraine-nato', stance: 'support' }] },
    ]);
    const { table, dataset } = model;
    expect(table.length).toBe(2);
    expect(Array.from(table.value)).toEqual([2, -2]);
    expect(Array.from(table.event, (i) => dataset.events[i]!.id)).toEqual(['early', 'late']);
    expect(table.precision).toEqual(['day', 'day']);
  });

  it('keeps only positions of the included events', () => {
    const dataset = makeDataset({
      countries,
      actors,
      events: [
        { id: 'a', date: '2024-01-05', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'support' }] },
        { id: 'b', date: '2024-02-05', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'oppose' }] },
      ],
    });
    const model = buildPositionsModel(dataset, [dataset.eventById.get('b')!.index]);
    expect(model.table.length).toBe(1);
    expect(stanceAt(model.series('ana', 'ukraine-nato'), UTC(2024, 1, 20))).toEqual({ kind: 'unknown' });
  });
});

describe('the latest stance at a date', () => {
  const model = modelOf([
    { id: 'e1', date: '2024-01-10', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'support' }] },
    { id: 'e2', date: '2024-06-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'lean-oppose' }] },
    { id: 'e3', date: '2024-03-01', positions: [{ actor: 'ben', topic: 'ukraine-nato', stance: 'neutral' }] },
  ]);
  const ana = model.series('ana', 'ukraine-nato');

  it('is unknown before the actor’s first position', () => {
    expect(stanceAt(ana, UTC(2024, 1, 9)).kind).toBe('unknown');
  });

  it('counts a position on its own day', () => {
    expect(stanceAt(ana, UTC(2024, 1, 10))).toMatchObject({ kind: 'known', stance: 'support' });
    expect(stanceAt(ana, UTC(2024, 1, 10) + 23 * 3_600_000)).toMatchObject({ kind: 'known', stance: 'support' });
  });

  it('carries a position forward until a later one replaces it', () => {
    expect(stanceAt(ana, UTC(2024, 5, 31))).toMatchObject({ kind: 'known', stance: 'support' });
    expect(stanceAt(ana, UTC(2024, 6, 1))).toMatchObject({ kind: 'known', stance: 'lean-oppose' });
    expect(stanceAt(ana, UTC(2030, 1, 1))).toMatchObject({ kind: 'known', stance: 'lean-oppose' });
  });

  it('tells a neutral stance apart from an unknown one', () => {
    const ben = model.series('ben', 'ukraine-nato');
    expect(stanceAt(ben, UTC(2024, 2, 28))).toEqual({ kind: 'unknown' });
    expect(stanceAt(ben, UTC(2024, 3, 1))).toMatchObject({ kind: 'known', stance: 'neutral' });
    expect(stanceAt(model.series('ben', 'no-such-topic'), UTC(2024, 3, 1))).toEqual({ kind: 'unknown' });
  });

  it('points at the event that grounds the stance', () => {
    const state = stanceAt(ana, UTC(2024, 7, 1));
    if (state.kind !== 'known') throw new Error('expected a known stance');
    expect(model.dataset.events[model.table.event[state.step.mainRow]!]!.id).toBe('e2');
  });
});

describe('ties on the same day', () => {
  it('let the later position in file order stand for the day when they agree', () => {
    const model = modelOf([
      { id: 'second-in-time-first-in-file', date: '2025-02-12T18:00Z', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'oppose' }] },
      { id: 'last-in-file', date: '2025-02-12T09:00Z', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'oppose' }] },
    ]);
    const series = model.series('ana', 'ukraine-nato')!;
    expect(series.steps).toHaveLength(1);
    const state = stanceAt(series, UTC(2025, 2, 12));
    if (state.kind !== 'known') throw new Error('expected a known stance');
    expect(state.stance).toBe('oppose');
    expect(model.dataset.events[model.table.event[state.step.mainRow]!]!.id).toBe('last-in-file');
    expect(state.step.rows).toHaveLength(2);
  });

  it('report both stances as mixed when they disagree', () => {
    const model = modelOf([
      { id: 'morning', date: '2025-02-12', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'oppose' }] },
      { id: 'evening', date: '2025-02-12', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'lean-support' }] },
    ]);
    const state = stanceAt(model.series('ana', 'ukraine-nato'), UTC(2025, 2, 20));
    expect(state).toMatchObject({ kind: 'mixed', stances: ['oppose', 'lean-support'] });
  });

  it('do not mix different actors on the same day', () => {
    const model = modelOf([
      { id: 'both', date: '2025-02-12', positions: [
        { actor: 'ana', topic: 'ukraine-nato', stance: 'oppose' },
        { actor: 'ben', topic: 'ukraine-nato', stance: 'support' },
      ] },
    ]);
    expect(stanceAt(model.series('ana', 'ukraine-nato'), UTC(2025, 2, 12))).toMatchObject({ kind: 'known', stance: 'oppose' });
    expect(stanceAt(model.series('ben', 'ukraine-nato'), UTC(2025, 2, 12))).toMatchObject({ kind: 'known', stance: 'support' });
  });
});

describe('month- and year-precision dates', () => {
  const model = modelOf([
    { id: 'month', date: '2022-09', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'lean-support' }] },
    { id: 'day-later-that-month', date: '2022-09-20', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'support' }] },
    { id: 'year', date: '2021~', positions: [{ actor: 'ben', topic: 'ukraine-nato', stance: 'oppose' }] },
  ]);

  it('count a month-precision position from the first day of its month', () => {
    const ana = model.series('ana', 'ukraine-nato');
    expect(stanceAt(ana, UTC(2022, 8, 31)).kind).toBe('unknown');
    expect(stanceAt(ana, UTC(2022, 9, 1))).toMatchObject({ kind: 'known', stance: 'lean-support' });
  });

  it('let a day-precision position later in the same month replace the month one', () => {
    const ana = model.series('ana', 'ukraine-nato');
    expect(stanceAt(ana, UTC(2022, 9, 19))).toMatchObject({ kind: 'known', stance: 'lean-support' });
    expect(stanceAt(ana, UTC(2022, 9, 20))).toMatchObject({ kind: 'known', stance: 'support' });
  });

  it('count a year-precision position from 1 January', () => {
    const ben = model.series('ben', 'ukraine-nato');
    expect(stanceAt(ben, UTC(2020, 12, 31)).kind).toBe('unknown');
    expect(stanceAt(ben, UTC(2021, 1, 1))).toMatchObject({ kind: 'known', stance: 'oppose' });
    expect(model.table.precision[0]).toBe('year');
  });
});

describe('shifts', () => {
  const model = modelOf([
    { id: 's1', date: '2020-01-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'lean-support' }] },
    { id: 's2', date: '2020-05-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'lean-support' }] },
    { id: 's3', date: '2021-02-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'oppose' }] },
    { id: 's4', date: '2021-03-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'support' }] },
    { id: 's4b', date: '2021-03-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'neutral' }] },
    { id: 's5', date: '2022-01-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'oppose' }] },
    { id: 's6', date: '2023-01-01', positions: [{ actor: 'ana', topic: 'ukraine-nato', stance: 'neutral' }] },
  ]);
  const series = model.series('ana', 'ukraine-nato')!;
  const ids = (rows: readonly number[]) => rows.map((r) => model.dataset.events[model.table.event[r]!]!.id);

  it('record each change of stance with its from, to, day and events, ignoring repeats', () => {
    expect(series.shifts.map((s) => [s.from, s.to])).toEqual([
      ['lean-support', 'oppose'],
      ['oppose', 'neutral'],
    ]);
    const first = series.shifts[0]!;
    expect(first.day).toBe(UTC(2021, 2, 1));
    expect(ids(first.fromRows)).toEqual(['s2']);
    expect(ids(first.rows)).toEqual(['s3']);
    expect(first.delta).toBe(-3);
  });

  it('keep a mixed day as a step but do not count it as a shift', () => {
    expect(series.steps.map((s) => s.state.kind)).toEqual(['known', 'known', 'known', 'mixed', 'known', 'known']);
    // oppose → (mixed) → oppose is no shift; the next change is oppose → neutral.
    expect(series.shifts[1]!.day).toBe(UTC(2023, 1, 1));
  });
});

describe('positions whose actor is not among the event’s actors', () => {
  it('count for the actor named in the position, not the event’s speakers', () => {
    const model = modelOf([
      {
        id: 'ana-reports-ben',
        date: '2024-04-04',
        actors: ['ana'],
        positions: [{ actor: 'ben', topic: 'ukraine-nato', stance: 'lean-oppose' }],
      },
    ]);
    expect(stanceAt(model.series('ben', 'ukraine-nato'), UTC(2024, 4, 4))).toMatchObject({ kind: 'known', stance: 'lean-oppose' });
    expect(model.series('ana', 'ukraine-nato')).toBeUndefined();
    expect(model.groups.flatMap((g) => g.actors.map((a) => a.id))).toEqual(['ben']);
  });
});
