import { describe, expect, it } from 'vitest';
import { buildLaneColumns } from './columns';
import { computeLanes } from './lanes';
import {
  adjacentNonEmptyLane,
  connectorsOf,
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
const columns = buildLaneColumns(dataset, model);
const day = (text: string) => layoutTestDate(text).start;

describe('keyboard movement', () => {
  it('finds the event nearest in time in another lane', () => {
    const putin = columns[model.laneIndexById.get('putin')!]!;
    expect(dataset.events[putin.eventIndex[nearestInColumn(putin, day('2025-02-25'))]!]!.id).toBe('putin-planned');
    expect(dataset.events[putin.eventIndex[nearestInColumn(putin, day('2025-02-13'))]!]!.id).toBe('trump-putin-call');
  });

  it('skips empty lanes when moving up or down', () => {
    const empty = makeLayoutDataset({ ...sampleSpec(), events: sampleSpec().events.filter((e) => e.id !== 'hegseth-remarks' && e.id !== 'summit') });
    const m = computeLanes(empty, 'country-actor', []);
    const cols = buildLaneColumns(empty, m);
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
    expect(connectors).toEqual([{ eventIndex: 7, x: 50, y0: 20, y1: 120 }]);
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
