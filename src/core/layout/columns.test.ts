import { describe, expect, it } from 'vitest';
import { buildLaneColumns, lowerBound, MARK_FLAG, positionInColumn, upperBound, visibleRange } from './columns';
import { computeLanes } from './lanes';
import { layoutTestDate, makeLayoutDataset, sampleSpec } from './testing';

const day = (text: string) => layoutTestDate(text).start;

describe('lane columns', () => {
  const dataset = makeLayoutDataset(sampleSpec());
  const model = computeLanes(dataset, 'country-actor', []);
  const columns = buildLaneColumns(dataset, model);

  it('holds each lane\'s events sorted by mark time', () => {
    const trump = columns[model.laneIndexById.get('trump')!]!;
    expect([...trump.eventIndex].map((e) => dataset.events[e]!.id)).toEqual(['trump-putin-call', 'summit']);
    for (const column of columns) {
      for (let i = 1; i < column.markTime.length; i++) expect(column.markTime[i]!).toBeGreaterThanOrEqual(column.markTime[i - 1]!);
    }
  });

  it('places an imprecise month at the middle of its month and a span at its start', () => {
    const allies = columns[model.laneIndexById.get('allies')!]!;
    expect(allies.markTime[0]).toBe((day('2025-01') + day('2025-02')) / 2);
    expect(allies.flags[0]! & MARK_FLAG.imprecise).toBeTruthy();
    expect(allies.flags[0]! & MARK_FLAG.qualified).toBeTruthy();
    const rutte = columns[model.laneIndexById.get('rutte')!]!;
    expect(rutte.markTime[0]).toBe(day('2025-02-14'));
    expect(rutte.end[0]).toBe(day('2025-02-17'));
    expect(rutte.flags[0]! & MARK_FLAG.span).toBeTruthy();
  });

  it('places a day-precision event at the middle of its day, flagged as an interval like a month', () => {
    const hegseth = columns[model.laneIndexById.get('hegseth')!]!;
    const event = dataset.events[hegseth.eventIndex[0]!]!;
    expect(event.date.precision).toBe('day');
    expect(hegseth.markTime[0]).toBe(event.start + 43_200_000);
    expect(hegseth.flags[0]! & MARK_FLAG.imprecise).toBeTruthy();
    expect(hegseth.flags[0]! & MARK_FLAG.span).toBeFalsy();
  });

  it('flags planned events', () => {
    const putin = columns[model.laneIndexById.get('putin')!]!;
    expect(putin.flags[1]! & MARK_FLAG.planned).toBeTruthy();
    expect(positionInColumn(putin, dataset.eventById.get('putin-planned')!.index, putin.markTime[1]!)).toBe(1);
  });
});

describe('binary search', () => {
  const values = Float64Array.from([1, 2, 2, 2, 5]);
  it('lowerBound finds the first value not below the target', () => {
    expect(lowerBound(values, 2)).toBe(1);
    expect(lowerBound(values, 0)).toBe(0);
    expect(lowerBound(values, 6)).toBe(5);
  });
  it('upperBound finds the first value above the target', () => {
    expect(upperBound(values, 2)).toBe(4);
    expect(upperBound(values, 5)).toBe(5);
  });
});

describe('visibleRange', () => {
  // A lane with a long year-long bar early, then daily statements through 2025.
  const events = [{ id: 'year', date: '2024', actors: ['a'] }];
  for (let d = 1; d <= 28; d++) events.push({ id: `d${d}`, date: `2025-02-${String(d).padStart(2, '0')}`, actors: ['a'] });
  events.push({ id: 'span', date: '2023-01-01', end: '2025-12-31', actors: ['a'] } as never);
  const dataset = makeLayoutDataset({ actors: [{ id: 'a', name: 'A' }], events });
  const column = buildLaneColumns(dataset, computeLanes(dataset, 'actor', []))[0]!;

  const idsIn = ([from, to]: [number, number], t0: number, t1: number) =>
    [...column.eventIndex.subarray(from, to)]
      .filter((e, k) => column.end[from + k]! >= t0 && column.start[from + k]! <= t1)
      .map((e) => dataset.events[e]!.id);

  it('includes every event whose mark lies in the window', () => {
    const t0 = day('2025-02-10');
    const t1 = day('2025-02-12');
    expect(idsIn(visibleRange(column, t0, t1), t0, t1)).toEqual(expect.arrayContaining(['d10', 'd11', 'd12']));
  });

  it('includes a long bar that starts well before the window', () => {
    const t0 = day('2025-02-10');
    const t1 = day('2025-02-12');
    expect(idsIn(visibleRange(column, t0, t1), t0, t1)).toContain('span');
  });

  it('is empty for a window after everything', () => {
    const [from, to] = visibleRange(column, day('2030-01-01'), day('2031-01-01'));
    expect(to - from).toBe(0);
  });

  it('never misses an intersecting event (checked against a scan)', () => {
    for (let start = day('2022-06-01'); start < day('2026-03-01'); start += 17 * 86_400_000) {
      const end = start + 9 * 86_400_000;
      const [from, to] = visibleRange(column, start, end);
      for (let i = 0; i < column.start.length; i++) {
        const meets = column.end[i]! >= start && column.start[i]! <= end;
        if (meets) expect(i >= from && i < to).toBe(true);
      }
    }
  });
});
