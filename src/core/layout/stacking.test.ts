import { describe, expect, it } from 'vitest';
import { eventColumnsOf } from './eventColumns';
import { buildLaneColumns } from './columns';
import { computeLanes } from './lanes';
import { DEFAULT_STACKING, densityColumns, LaneFrame, layoutLane } from './stacking';
import { layoutTestDate, makeLayoutDataset } from './testing';

const DAY = 86_400_000;
const t0 = layoutTestDate('2025-02-01').start;

function laneWith(dates: string[]) {
  const dataset = makeLayoutDataset({
    actors: [{ id: 'a', name: 'A' }],
    events: dates.map((date, i) => ({ id: `e${i}`, date, actors: ['a'] })),
  });
  return buildLaneColumns(computeLanes(dataset, 'actor', []), eventColumnsOf(dataset))[0]!;
}

// One day is 20 px: marks need 12 px, so events a day apart never collide.
const view = { t0, pxPerMs: 20 / DAY, width: 600 };

describe('layoutLane', () => {
  it('keeps events a day apart in the first sub-row', () => {
    const frame = new LaneFrame();
    layoutLane(laneWith(['2025-02-02', '2025-02-03', '2025-02-04']), view, DEFAULT_STACKING, frame);
    expect(frame.mode).toBe('marks');
    expect([...frame.markRow.subarray(0, frame.markCount)]).toEqual([0, 0, 0]);
    expect([...frame.markX.subarray(0, frame.markCount)]).toEqual([30, 50, 70]);
  });

  it('stacks events at the same moment in sub-rows so none hides another', () => {
    const frame = new LaneFrame();
    layoutLane(laneWith(['2025-02-02', '2025-02-02', '2025-02-02']), view, DEFAULT_STACKING, frame);
    expect([...frame.markRow.subarray(0, frame.markCount)]).toEqual([0, 1, 2]);
    expect(frame.clusterCount).toBe(0);
  });

  it('merges what does not fit in the sub-rows into one counted cluster', () => {
    const frame = new LaneFrame();
    layoutLane(laneWith(Array.from({ length: 15 }, () => '2025-02-02')), view, DEFAULT_STACKING, frame);
    expect(frame.markCount).toBe(3);
    expect(frame.clusterCount).toBe(1);
    expect(frame.clusterSize[0]).toBe(12);
    expect(frame.clusterLast[0]! - frame.clusterFirst[0]! + 1).toBe(12);
  });

  it('draws a lone event beyond the sub-rows as its own mark in the badge row, not as "+1"', () => {
    const frame = new LaneFrame();
    layoutLane(laneWith(['2025-02-12', '2025-02-12', '2025-02-12', '2025-02-12']), view, DEFAULT_STACKING, frame);
    expect(frame.clusterCount).toBe(0);
    expect(frame.markCount).toBe(4);
    expect([...frame.markRow.subarray(0, frame.markCount)]).toEqual([0, 1, 2, DEFAULT_STACKING.maxRows]);
  });

  it('keeps a counted cluster when two or more events do not fit', () => {
    const frame = new LaneFrame();
    layoutLane(laneWith(Array.from({ length: 5 }, () => '2025-02-12')), view, DEFAULT_STACKING, frame);
    expect(frame.markCount).toBe(3);
    expect(frame.clusterCount).toBe(1);
    expect(frame.clusterSize[0]).toBe(2);
  });

  it('keeps cluster badges apart by the cluster width', () => {
    const frame = new LaneFrame();
    const dates = [...Array.from({ length: 5 }, () => '2025-02-02'), ...Array.from({ length: 5 }, () => '2025-02-10')];
    layoutLane(laneWith(dates), view, DEFAULT_STACKING, frame);
    expect(frame.clusterCount).toBe(2);
    expect(frame.clusterX[1]! - frame.clusterX[0]!).toBeGreaterThanOrEqual(DEFAULT_STACKING.clusterWidth);
  });

  it('never puts two marks of one sub-row closer than the mark width', () => {
    const dates = Array.from({ length: 200 }, (_, i) => `2025-02-${String(1 + (i % 28)).padStart(2, '0')}`);
    const frame = new LaneFrame();
    layoutLane(laneWith(dates), { ...view, pxPerMs: 13 / DAY }, DEFAULT_STACKING, frame);
    const lastX = new Map<number, number>();
    for (let m = 0; m < frame.markCount; m++) {
      const row = frame.markRow[m]!;
      const previous = lastX.get(row);
      if (previous !== undefined) expect(frame.markX[m]! - previous).toBeGreaterThanOrEqual(DEFAULT_STACKING.markWidth - 1e-3);
      lastX.set(row, frame.markX[m]!);
    }
    // Every visible event is either a mark or inside a cluster.
    let clustered = 0;
    for (let c = 0; c < frame.clusterCount; c++) clustered += frame.clusterSize[c]!;
    expect(frame.markCount + clustered).toBe(200);
  });

  it('switches to per-pixel-column density above two events per column', () => {
    const dates = Array.from({ length: 300 }, () => '2025-02-02');
    const frame = new LaneFrame();
    layoutLane(laneWith(dates), { ...view, width: 100 }, DEFAULT_STACKING, frame);
    expect(frame.mode).toBe('density');
    expect(frame.density[30]).toBe(300);
    expect(frame.densityMax).toBe(300);
    expect(frame.markCount).toBe(0);
  });

  it('leaves out events outside the window', () => {
    const frame = new LaneFrame();
    layoutLane(laneWith(['2024-01-01', '2025-02-02', '2026-01-01']), view, DEFAULT_STACKING, frame);
    expect(frame.markCount).toBe(1);
  });
});

describe('densityColumns', () => {
  it('counts mark times per column over the extent, the last instant in the last column', () => {
    const counts = densityColumns(Float64Array.from([0, 1, 5, 9, 10]), 0, 10, 5);
    expect([...counts]).toEqual([2, 0, 1, 0, 2]);
  });
});
