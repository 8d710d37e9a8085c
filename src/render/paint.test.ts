import { describe, expect, it } from 'vitest';
import { buildLaneColumns } from '../core/layout/columns';
import { computeLanes } from '../core/layout/lanes';
import { DEFAULT_STACKING, LaneFrame, layoutLane } from '../core/layout/stacking';
import { layoutTestDate, makeLayoutDataset } from '../core/layout/testing';
import { CONNECTOR_WIDTH, LANE_METRICS, type MarkStamper, paintConnectors, paintLanes, rowCentre } from './paint';

const DAY = 86_400_000;

/** Records what paintLanes asks of a canvas; Path2D is a browser class, so it is stood in for. */
function recordingContext() {
  const rects: Array<{ x: number; y: number; w: number; h: number; alpha: number }> = [];
  let alpha = 1;
  const ctx = {
    fillStyle: '',
    get globalAlpha() {
      return alpha;
    },
    set globalAlpha(value: number) {
      alpha = value;
    },
    fillRect: (x: number, y: number, w: number, h: number) => rects.push({ x, y, w, h, alpha }),
    fill: () => {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, rects };
}

class PathStandIn {
  rect(): void {}
}

describe('paintLanes', () => {
  it('draws a month-precision band as whole-pixel rectangles at any fractional offset', () => {
    (globalThis as { Path2D?: unknown }).Path2D ??= PathStandIn;
    const dataset = makeLayoutDataset({
      actors: [{ id: 'a', name: 'A' }],
      events: [{ id: 'm', date: '2025-03', actors: ['a'] }],
    });
    const column = buildLaneColumns(dataset, computeLanes(dataset, 'actor', []))[0]!;
    const month = layoutTestDate('2025-03');
    const stamped: number[] = [];
    const stamper = { stamp: (_type: number, _flags: number, x: number) => stamped.push(x), stampText: () => {} } as unknown as MarkStamper;
    // 7.3 px a day, starting a third of a pixel into 1 March: every edge falls between pixels.
    const view = { t0: month.start - 10 * DAY + DAY / 22, pxPerMs: 7.3 / DAY, width: 600 };
    const frame = new LaneFrame();
    layoutLane(column, view, DEFAULT_STACKING, frame);
    const { ctx, rects } = recordingContext();
    paintLanes(ctx, [{ top: 100, column, frame, striped: false }], view, LANE_METRICS, stamper);

    expect(stamped).toHaveLength(1);
    expect(rects.length).toBe(3);
    for (const r of rects) for (const v of [r.x, r.y, r.w, r.h]) expect(Number.isInteger(v)).toBe(true);
    const x0 = (month.start - view.t0) * view.pxPerMs;
    const x1 = (month.end - view.t0) * view.pxPerMs;
    const y = 100 + rowCentre(LANE_METRICS, frame.markRow[0]!);
    const band = rects.find((r) => r.alpha < 0.5)!;
    expect(band).toEqual({ x: Math.round(x0), y: y - 4, w: Math.round(x1) - Math.round(x0), h: 8, alpha: 0.16 });
    // The ticks at both ends sit on the band's own edges.
    const ticks = rects.filter((r) => r !== band).map((r) => r.x).sort((a, b) => a - b);
    expect(ticks).toEqual([Math.round(x0), Math.round(x1) - 1]);
  });
});

describe('paintConnectors', () => {
  it('draws every stretch as one whole-pixel rectangle: solid between participants, one pixel across other lanes', () => {
    const { ctx, rects } = recordingContext();
    paintConnectors(ctx, [
      {
        eventIndex: 0,
        x: 120.4,
        y0: 10.2,
        y1: 90.7,
        segments: [
          { y0: 10.2, y1: 40.6, crossing: false },
          { y0: 40.6, y1: 90.7, crossing: true },
        ],
      },
    ]);
    expect(rects).toEqual([
      { x: 120 - CONNECTOR_WIDTH / 2, y: 10, w: CONNECTOR_WIDTH, h: 31, alpha: 1 },
      { x: 120, y: 41, w: 1, h: 50, alpha: 1 },
    ]);
    for (const r of rects) for (const v of [r.x, r.y, r.w, r.h]) expect(Number.isInteger(v)).toBe(true);
  });
});
