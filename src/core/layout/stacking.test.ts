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

describe('layoutLane as the window pans', () => {
  /** A lane of bursts and lulls: events 0 to 3 days apart, with bursts of several on one day. */
  function burstyDates(count: number, seed: number): string[] {
    let state = seed;
    const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const dates: string[] = [];
    let day = 0;
    for (let k = 0; k < count; k++) {
      day += random() < 0.45 ? 0 : Math.floor(random() * 4);
      dates.push(new Date(Date.UTC(2024, 0, 1) + day * DAY).toISOString().slice(0, 10));
    }
    return dates;
  }

  /** Row of each drawn mark by column position, and each drawn cluster's members. */
  function layoutAt(lane: ReturnType<typeof laneWith>, start: number, labelRoom?: (pos: number) => number) {
    const frame = new LaneFrame();
    layoutLane(lane, { t0: start, pxPerMs: 6 / DAY, width: 600 }, DEFAULT_STACKING, frame, undefined, labelRoom);
    const rows = new Map<number, number>();
    for (let m = 0; m < frame.markCount; m++) rows.set(frame.markPos[m]!, frame.markRow[m]!);
    const clusters = new Map<number, number>();
    for (let c = 0; c < frame.clusterCount; c++) clusters.set(frame.clusterFirst[c]!, frame.clusterLast[c]!);
    return { rows, clusters };
  }

  for (const [name, room] of [
    ['marks alone', undefined],
    ['marks with their titles’ room', (pos: number) => 40 + ((pos * 37) % 200)],
  ] as const) {
    it(`keeps every mark in its sub-row wherever the window starts (${name})`, () => {
      const lane = laneWith(burstyDates(400, 7));
      const base = Date.UTC(2024, 2, 1);
      const reference = layoutAt(lane, base, room);
      expect(reference.rows.size).toBeGreaterThan(50);
      expect(new Set(reference.rows.values()).size).toBeGreaterThan(2);
      let compared = 0;
      for (const shiftDays of [-90, -41, -7, -1.5, 3, 17, 66]) {
        const panned = layoutAt(lane, base + shiftDays * DAY, room);
        for (const [pos, row] of panned.rows) {
          if (!reference.rows.has(pos)) continue;
          expect(row, `position ${pos}, window moved ${shiftDays} days`).toBe(reference.rows.get(pos));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(200);
    });
  }

  it('draws a cluster begun before the window from where it began once a member is in view', () => {
    // Ten px a day. Eight events on 2 February, 13 px before the window: three sub-rows full, a
    // cluster of five begun, its badge reaching 17 px into the window; three on 3 February, 3 px
    // before it, join that cluster (as they do in any window that shows 2 February).
    const lane = laneWith([...Array.from({ length: 8 }, () => '2025-02-02'), ...Array.from({ length: 3 }, () => '2025-02-03')]);
    const frame = new LaneFrame();
    const pxPerMs = 10 / DAY;
    layoutLane(lane, { t0: lane.markTime[0]! + 13 / pxPerMs, pxPerMs, width: 600 }, DEFAULT_STACKING, frame);
    expect(frame.markCount).toBe(0);
    expect(frame.clusterCount).toBe(1);
    expect(frame.clusterSize[0]).toBe(8);
    expect(frame.clusterFirst[0]).toBe(3);
    expect(frame.clusterLast[0]).toBe(10);
    expect(frame.clusterX[0]).toBeCloseTo(-13, 6);
  });

});

describe('densityColumns', () => {
  it('counts mark times per column over the extent, the last instant in the last column', () => {
    const counts = densityColumns(Float64Array.from([0, 1, 5, 9, 10]), 0, 10, 5);
    expect([...counts]).toEqual([2, 0, 1, 0, 2]);
  });
});
