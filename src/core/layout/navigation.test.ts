import { describe, expect, it } from 'vitest';
import { eventColumnsOf, markOrderOf } from './eventColumns';
import { buildLaneColumns } from './columns';
import { computeLanes } from './lanes';
import {
  adjacentNonEmptyLane,
  connectorsOf,
  type MarkPoint,
  JoinedNudges,
  joinedEventsOf,
  constrainWindow,
  fitWindow,
  MAX_WINDOW_MS,
  MIN_WINDOW_MS,
  nearestInColumn,
  panToReveal,
} from './navigation';
import { verticalLayout, visibleLanes } from './rows';
import { layoutTestDate, makeLayoutDataset, sampleSpec } from './testing';

const dataset = makeLayoutDataset(sampleSpec());
const model = computeLanes(dataset, 'country-actor', []);
const columns = buildLaneColumns(model, eventColumnsOf(dataset));
const day = (text: string) => layoutTestDate(text).start;
/** Mark times by event index, with their order, as the event columns hold them. */
const markTimes = (times: readonly number[]) => {
  const markTime = Float64Array.from(times);
  return { markTime, markOrder: markOrderOf(markTime) };
};

describe('keyboard movement', () => {
  it('finds the event nearest in time in another lane', () => {
    const putin = columns[model.laneIndexById.get('putin')!]!;
    expect(dataset.events[putin.eventIndex[nearestInColumn(putin, day('2025-02-25'))]!]!.id).toBe('putin-planned');
    expect(dataset.events[putin.eventIndex[nearestInColumn(putin, day('2025-02-13'))]!]!.id).toBe('trump-putin-call');
  });

  it('skips empty lanes when moving up or down', () => {
    const empty = makeLayoutDataset({ ...sampleSpec(), events: sampleSpec().events.filter((e) => e.id !== 'hegseth-remarks' && e.id !== 'summit') });
    const m = computeLanes(empty, 'country-actor', []);
    const cols = buildLaneColumns(m, eventColumnsOf(empty));
    expect(m.lanes[adjacentNonEmptyLane(cols, 0, 1)]!.id).toBe('putin');
    expect(adjacentNonEmptyLane(cols, 0, -1)).toBe(-1);
  });
});

describe('windows', () => {
  it('fits a dataset with a small margin', () => {
    const [start, end] = fitWindow(dataset.extent);
    expect(start).toBeLessThan(dataset.extent[0]);
    expect(end).toBeGreaterThan(dataset.extent[1]);
  });

  it('pads a fitted window by 4% of the extent on each side', () => {
    const [start, end] = fitWindow([0, 1_000_000_000], 1000, 6);
    expect(start).toBeCloseTo(-40_000_000);
    expect(end).toBeCloseTo(1_040_000_000);
  });

  it('keeps at least the edge room in pixels on a narrow plot', () => {
    const width = 278;
    const edge = 16;
    const [start, end] = fitWindow([0, 1_000_000_000], width, edge);
    const pxPerMs = width / (end - start);
    expect((0 - start) * pxPerMs).toBeCloseTo(edge);
    expect((end - 1_000_000_000) * pxPerMs).toBeCloseTo(edge);
  });

  it('fits a single instant with a window of at least the minimum span', () => {
    const [start, end] = fitWindow([1000, 1000]);
    expect(end - start).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
    expect(start).toBeLessThan(1000);
  });

  it('does not move a window that already shows the target', () => {
    expect(panToReveal([0, 100], 10, 20)).toEqual([0, 100]);
  });

  it('pans just enough to reveal a target on the right, keeping the span', () => {
    const [start, end] = panToReveal([0, 100], 150, 150);
    expect(end - start).toBe(100);
    expect(end).toBe(160);
  });

  it('keeps windows between an hour and a thousand years', () => {
    const [a, b] = constrainWindow([0, 1000]);
    expect(b - a).toBe(MIN_WINDOW_MS);
    const [c, d] = constrainWindow([0, MAX_WINDOW_MS * 5]);
    expect(d - c).toBe(MAX_WINDOW_MS);
  });
});

describe('connectorsOf', () => {
  it('ties one event drawn in two lanes with one connector from the top mark to the bottom mark', () => {
    const connectors = connectorsOf([
      { eventIndex: 7, x: 50, y: 120 },
      { eventIndex: 3, x: 10, y: 20 },
      { eventIndex: 7, x: 50, y: 20 },
      { eventIndex: 7, x: 50, y: 60 },
    ]);
    expect(connectors).toHaveLength(1);
    expect(connectors[0]).toMatchObject({ eventIndex: 7, x: 50, y0: 20, y1: 120 });
  });

  it('cuts a connector into mark-to-mark stretches and flags those that pass other lanes', () => {
    const [connector] = connectorsOf([
      { eventIndex: 2, x: 50, y: 300, lane: 6 },
      { eventIndex: 2, x: 50, y: 20, lane: 0 },
      { eventIndex: 2, x: 50, y: 70, lane: 1 },
    ]);
    expect(connector!.segments).toEqual([
      { y0: 20, y1: 70, crossing: false },
      { y0: 70, y1: 300, crossing: true },
    ]);
  });
});

describe('connectorsOf, against a plain grouping', () => {
  /** The connectors by the definition: each event's points, top to bottom (ties in order), one connector when they span some height. */
  function plainConnectors(points: readonly MarkPoint[]) {
    const byEvent = new Map<number, MarkPoint[]>();
    for (const p of points) byEvent.set(p.eventIndex, [...(byEvent.get(p.eventIndex) ?? []), p]);
    return [...byEvent]
      .map(([eventIndex, marks]) => ({ eventIndex, marks: [...marks].sort((a, b) => a.y - b.y) }))
      .filter(({ marks }) => marks.length >= 2 && marks[marks.length - 1]!.y > marks[0]!.y)
      .map(({ eventIndex, marks }) => ({
        eventIndex,
        x: marks[0]!.x,
        y0: marks[0]!.y,
        y1: marks[marks.length - 1]!.y,
        segments: marks.slice(1).flatMap((below, k) => {
          const above = marks[k]!;
          if (below.y === above.y) return [];
          return [{ y0: above.y, y1: below.y, crossing: above.lane !== undefined && below.lane !== undefined && Math.abs(below.lane - above.lane) > 1 }];
        }),
      }))
      .sort((a, b) => a.eventIndex - b.eventIndex);
  }

  it('gives every connector, mark to mark, for points in any order, with repeated heights and lanes unknown', () => {
    let state = 7;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const points: MarkPoint[] = Array.from({ length: Math.floor(random() * 60) }, (_, k) => ({
        eventIndex: Math.floor(random() * 15),
        // Ties in height (and so which of two marks at one height gives the x) are common.
        x: k,
        y: Math.floor(random() * 8) * 20,
        ...(random() < 0.8 ? { lane: Math.floor(random() * 8) } : {}),
      }));
      expect(connectorsOf(points)).toEqual(plainConnectors(points));
    }
  });
});

describe('JoinedNudges', () => {
  const HOUR = 3_600_000;
  const joined = joinedEventsOf([0, 2, 3, 5, 7, 9], markTimes([10, 10, 10, 10, 40].map((hours) => hours * HOUR)));
  const options = { gap: 6, maxSpread: 30, maxEvents: 250 };
  const nudgesOf = (events: typeof joined, t0 = 0, counted: [number, number] = [0, 1000]) => {
    const nudges = new JoinedNudges();
    nudges.reset(events, t0, 10 / HOUR, counted, options);
    return nudges;
  };

  it('lists only events drawn in two or more lanes, by mark time', () => {
    expect([...joined.eventIndex]).toEqual([0, 2, 3, 4]);
  });

  it('spreads joined events at one x around it in event order, one gap apart, and leaves lone ones alone', () => {
    const nudges = nudgesOf(joined);
    expect(nudges.of(0, 10 * HOUR)).toBeCloseTo(-6);
    expect(nudges.of(2, 10 * HOUR)).toBeCloseTo(0);
    expect(nudges.of(3, 10 * HOUR)).toBeCloseTo(6);
    expect(nudges.of(4, 40 * HOUR)).toBe(0);
    // An event that joins no lanes is not nudged.
    expect(nudges.of(1, 10 * HOUR)).toBe(0);
  });

  it('dodges nothing when events are further apart than the gap', () => {
    const apart = joinedEventsOf([0, 2, 4], markTimes([0, HOUR]));
    const nudges = nudgesOf(apart);
    expect(nudges.of(0, 0)).toBe(0);
    expect(nudges.of(1, HOUR)).toBe(0);
  });

  it('narrows the gap rather than spread a long run past the limit', () => {
    const many = joinedEventsOf(Array.from({ length: 22 }, (_, k) => 2 * k), markTimes(Array.from({ length: 21 }, () => 5 * HOUR)));
    const nudges = nudgesOf(many);
    const values = Array.from({ length: 21 }, (_, k) => nudges.of(k, 5 * HOUR));
    expect(Math.max(...values) - Math.min(...values)).toBeCloseTo(30);
  });

  it('gives an event the same nudge wherever the window starts, even one before it', () => {
    // A run of five, 2 px apart at this scale, across the window's start in one view and inside it in the other.
    const run = joinedEventsOf(Array.from({ length: 6 }, (_, k) => 2 * k), markTimes([0, 0.2, 0.4, 0.6, 0.8].map((h) => (50 + h) * HOUR)));
    const inside = nudgesOf(run, 0);
    const cut = nudgesOf(run, 50.5 * HOUR);
    for (let k = 0; k < 5; k++) expect(cut.of(k, (50 + 0.2 * k) * HOUR)).toBeCloseTo(inside.of(k, (50 + 0.2 * k) * HOUR), 9);
    expect(inside.of(0, 50 * HOUR)).toBeLessThan(-5);
  });

  it('nudges nothing when too many joined events are in the counted part of the view', () => {
    const crowd = joinedEventsOf(Array.from({ length: 601 }, (_, k) => 2 * k), markTimes(Array.from({ length: 300 }, (_, k) => k * 0.1 * HOUR)));
    expect(nudgesOf(crowd).any).toBe(false);
    // Counted in a part of the view with fewer of them, they are dodged.
    expect(nudgesOf(crowd, 0, [0, 100]).any).toBe(true);
  });
});

describe('verticalLayout', () => {
  const layout = verticalLayout(model, { laneHeight: 40, groupHeaderHeight: 24 });

  it('puts each group header above its lanes', () => {
    expect([...layout.groupTop]).toEqual([0, 104, 168, 232]);
    expect([...layout.laneTop]).toEqual([24, 64, 128, 192, 256]);
    expect(layout.totalHeight).toBe(296);
  });

  it('finds the lanes that meet a scrolled band', () => {
    expect(visibleLanes(layout, 100, 60)).toEqual([1, 3]);
    expect(visibleLanes(layout, 0, 1000)).toEqual([0, 5]);
  });
});
