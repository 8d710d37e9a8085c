import { describe, expect, it } from 'vitest';
import { EventColumnsBuilder, eventColumnsOf, markOrderOf } from './eventColumns';
import { buildLaneColumns, lowerBound, positionInColumn, upperBound, visibleRange } from './columns';
import type { LaneColumn } from './columns';
import { MARK_FLAG, markFlags, markTimeOf, TYPE_CODE } from './marks';
import { computeLanes, lanesOfEvent } from './lanes';
import { layoutTestDate, makeLayoutDataset, sampleSpec } from './testing';
import type { LayoutTestEvent } from './testing';

const day = (text: string) => layoutTestDate(text).start;

/** A column's values as plain lists (a column gathers them when read, so they are not its own fields). */
const valuesOf = (column: LaneColumn) => Object.fromEntries(
  (['eventIndex', 'markTime', 'start', 'end', 'prefixMaxEnd', 'suffixMinStart', 'type', 'flags'] as const).map((key) => [key, [...column[key]]]),
);

describe('lane columns', () => {
  const dataset = makeLayoutDataset(sampleSpec());
  const model = computeLanes(dataset, 'country-actor', []);
  const columns = buildLaneColumns(model, eventColumnsOf(dataset));

  it('are the same from event columns made slice by slice, as the page makes them while a dataset arrives', () => {
    const builder = new EventColumnsBuilder(dataset, dataset.events.length);
    for (let from = 0; from < dataset.events.length; from += 2) builder.add(dataset.events.slice(from, from + 2));
    const sliced = builder.result();
    expect(sliced).toEqual(eventColumnsOf(dataset));
    expect(buildLaneColumns(model, sliced).map(valuesOf)).toEqual(columns.map(valuesOf));
  });

  it('gather a lane\'s values once, when first read, in the lane\'s order', () => {
    const events = eventColumnsOf(dataset);
    const fresh = buildLaneColumns(model, events);
    fresh.forEach((column) => {
      const markTime = column.markTime;
      expect(column.markTime).toBe(markTime);
      expect(column.prefixMaxEnd).toBe(column.prefixMaxEnd);
      expect([...markTime]).toEqual([...column.eventIndex].map((e) => events.markTime[e]));
      expect([...column.flags]).toEqual([...column.eventIndex].map((e) => events.flags[e]));
    });
  });

  it('read each event\'s mark time, flags and actors from the event columns', () => {
    const events = eventColumnsOf(dataset);
    dataset.events.forEach((event, e) => {
      expect(events.markTime[e]).toBe(markTimeOf(event));
      expect(events.flags[e]).toBe(markFlags(event));
      const actors = [...events.actorIndex.subarray(events.actorOffsets[e], events.actorOffsets[e + 1])].map((position) => dataset.actors[position]?.id);
      expect(actors).toEqual(event.actorIds);
    });
  });

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

/** Many events of every kind in a few lanes, from a fixed seed: ties, spans, months, years, minutes. */
function manyEventsDataset() {
  let state = 7;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const actors = Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, country: i < 6 ? `c${i % 2}` : 'c2' }));
  const countries = [0, 1, 2].map((i) => ({ id: `c${i}`, name: `Country ${i}` }));
  const pad = (n: number) => String(n).padStart(2, '0');
  const events = Array.from({ length: 400 }, (_, i): LayoutTestEvent => {
    const year = 2020 + next(3);
    const month = 1 + next(12);
    const day = 1 + next(28);
    const form = next(6);
    const date = form === 0 ? `${year}` : form === 1 ? `${year}-${pad(month)}~` : form === 2 ? `${year}-${pad(month)}-${pad(day)}T${pad(next(24))}:30Z` : `${year}-${pad(month)}-${pad(day)}`;
    const event: LayoutTestEvent = { id: `e${i}`, date, actors: [...new Set([`a${next(9)}`, ...(next(3) === 0 ? [`a${next(9)}`, `a${next(9)}`] : [])])] };
    if (form === 3 && next(2) === 0) event.end = `${year + 1}-01-0${1 + next(9)}`;
    if (next(5) === 0) event.type = 'call';
    if (next(7) === 0) event.status = 'planned';
    return event;
  });
  return makeLayoutDataset({ countries, actors, events });
}

describe('lane columns of many events', () => {
  const dataset = manyEventsDataset();
  // Some events filtered out (in no lane) and one group collapsed (its actors share a lane).
  const included = dataset.events.map((event) => event.index).filter((index) => index % 5 !== 0);
  const model = computeLanes(dataset, 'country-actor', ['c1'], included);
  const columns = buildLaneColumns(model, eventColumnsOf(dataset));

  it('holds in each lane exactly its events, by mark time then event order, with their values', () => {
    model.lanes.forEach((_, lane) => {
      const expected = included.filter((e) => lanesOfEvent(model, e).includes(lane));
      expected.sort((a, b) => markTimeOf(dataset.events[a]!) - markTimeOf(dataset.events[b]!) || a - b);
      const column = columns[lane]!;
      expect([...column.eventIndex]).toEqual(expected);
      expected.forEach((e, i) => {
        const event = dataset.events[e]!;
        expect([column.markTime[i], column.start[i], column.end[i], column.type[i], column.flags[i]]).toEqual([
          markTimeOf(event),
          event.start,
          event.end,
          TYPE_CODE[event.type],
          markFlags(event),
        ]);
        expect(column.prefixMaxEnd[i]).toBe(Math.max(...expected.slice(0, i + 1).map((k) => dataset.events[k]!.end)));
        expect(column.suffixMinStart[i]).toBe(Math.min(...expected.slice(i).map((k) => dataset.events[k]!.start)));
      });
    });
    expect(columns.reduce((sum, column) => sum + column.eventIndex.length, 0)).toBe(model.laneIndices.length);
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
  const column = buildLaneColumns(computeLanes(dataset, 'actor', []), eventColumnsOf(dataset))[0]!;

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

describe('the events in mark-time order', () => {
  it('orders by time, ties by event index, as a comparator sort would', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    // Few distinct times, so most events tie with others.
    const times = Float64Array.from({ length: 2000 }, () => Math.floor(random() * 50) * 1000 + (random() < 0.1 ? 0.5 : 0));
    const expected = Array.from(times.keys()).sort((a, b) => times[a]! - times[b]! || a - b);
    expect([...markOrderOf(times)]).toEqual(expected);
    expect([...markOrderOf(new Float64Array(0))]).toEqual([]);
  });
});
