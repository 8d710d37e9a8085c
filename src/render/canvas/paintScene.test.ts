import { describe, expect, it } from 'vitest';
import { layoutTestDate, makeLayoutDataset } from '../../core/layout/testing';
import { buildScene } from '../../core/scene/build';
import { planScene } from '../../core/scene/plan';
import { LABEL_FONT_SIZE, placeLabels } from '../../core/scene/labels';
import { tableMeasure } from '../../core/scene/textMetrics';
import { CHART_COLORS } from '../markStyles';
import type { MarkStamper } from './markStamper';
import { CONNECTOR_WIDTH, paintConnectors, paintScene } from './paintScene';

const DAY = 86_400_000;

/** Records what the painter asks of a canvas (only rectangles are recorded). */
function recordingContext() {
  const rects: Array<{ x: number; y: number; w: number; h: number; alpha: number; style: string }> = [];
  let alpha = 1;
  const ctx = {
    fillStyle: '',
    get globalAlpha() {
      return alpha;
    },
    set globalAlpha(value: number) {
      alpha = value;
    },
    fillRect(x: number, y: number, w: number, h: number) {
      rects.push({ x, y, w, h, alpha, style: String(this.fillStyle) });
    },
    fill: () => {},
    setTransform: () => {},
    clearRect: () => {},
    beginPath: () => {},
    moveTo: () => {},
    lineTo: () => {},
    stroke: () => {},
    setLineDash: () => {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, rects };
}

describe('paintScene', () => {
  it('draws a month-precision band as whole-pixel rectangles at any fractional offset', () => {
    const dataset = makeLayoutDataset({
      actors: [{ id: 'a', name: 'A' }],
      events: [{ id: 'm', date: '2025-03', actors: ['a'] }],
    });
    const plan = planScene({ dataset, included: [0], grouping: 'actor', collapsed: [] });
    const month = layoutTestDate('2025-03');
    const stamped: number[] = [];
    const stamper = { stamp: (_type: number, _tone: number, _flags: number, x: number) => stamped.push(x), stampText: () => {}, begin: () => {}, end: () => {} } as unknown as MarkStamper;
    // 7.3 px a day, starting a third of a pixel into 1 March: every edge falls between pixels.
    const view = { t0: month.start - 10 * DAY + DAY / 22, pxPerMs: 7.3 / DAY, width: 600 };
    const scene = buildScene(plan, { window: [view.t0, view.t0 + view.width / view.pxPerMs], width: view.width, height: 200, scrollTop: -50, now: 0 });
    const { ctx, rects: all } = recordingContext();
    paintScene(ctx, null, scene, stamper, 1);
    // Only what the lane draws: the month's band and its ticked ends (not the background).
    const rects = all.filter((r) => r.w < view.width);

    expect(stamped).toHaveLength(1);
    expect(rects.length).toBe(3);
    for (const r of rects) for (const v of [r.x, r.y, r.w, r.h]) expect(Number.isInteger(v)).toBe(true);
    const x0 = (month.start - view.t0) * view.pxPerMs;
    const x1 = (month.end - view.t0) * view.pxPerMs;
    const y = scene.marks[0]!.y;
    const band = rects.find((r) => r.alpha < 0.5)!;
    expect(band).toMatchObject({ x: Math.round(x0), y: y - 4, w: Math.round(x1) - Math.round(x0), h: 8, alpha: 0.16 });
    // The ticks at both ends sit on the band's own edges.
    const ticks = rects.filter((r) => r !== band).map((r) => r.x).sort((a, b) => a - b);
    expect(ticks).toEqual([Math.round(x0), Math.round(x1) - 1]);
  });

  it('paints each title’s backing over spans’ bars and bands’ end ticks, and under the bands, so a title shows its date’s band', () => {
    const dataset = makeLayoutDataset({
      actors: [{ id: 'a', name: 'A' }],
      events: [
        { id: 'day', date: '2025-03-04', actors: ['a'], title: 'A day' },
        { id: 'span', date: '2025-03-04T12:00Z', end: '2025-03-07T12:00Z', actors: ['a'], title: 'Three days' },
      ],
    });
    const plan = planScene({ dataset, included: [0, 1], grouping: 'actor', collapsed: [] });
    const scene = buildScene(plan, { window: [layoutTestDate('2025-03-01').start, layoutTestDate('2025-03-09').start], width: 800, height: 200, scrollTop: 0, now: 0 });
    placeLabels(scene, plan.dataset, { selectedIndex: -1, currentMatchIndex: -1, matchIndices: new Set() }, tableMeasure(LABEL_FONT_SIZE));
    expect(scene.labels).toHaveLength(2);
    const stamper = { stamp: () => {}, stampText: () => {}, begin: () => {}, end: () => {} } as unknown as MarkStamper;
    const { ctx, rects } = recordingContext();
    paintScene(ctx, null, scene, stamper, 1);
    const order = (found: (r: (typeof rects)[number]) => boolean) => rects.findIndex(found);
    const backings = rects.filter((r) => r.style === CHART_COLORS.titleBacking);
    expect(backings.map((r) => r.x)).toEqual(scene.labels.map((label) => Math.round(label.x)));
    const firstBacking = rects.indexOf(backings[0]!);
    const lastBacking = rects.indexOf(backings[backings.length - 1]!);
    const dayBand = order((r) => r.alpha === 0.16);
    const spanBar = order((r) => r.alpha === 0.5);
    const endTick = order((r) => r.alpha === 0.8);
    expect(dayBand).toBeGreaterThan(lastBacking);
    expect(spanBar).toBeGreaterThanOrEqual(0);
    expect(spanBar).toBeLessThan(firstBacking);
    expect(endTick).toBeGreaterThanOrEqual(0);
    expect(endTick).toBeLessThan(firstBacking);
    // The day's title starts beside its mark, inside its band: the band crosses the backing.
    const dayLabel = scene.labels.find((label) => label.eventId === 'day')!;
    const band = rects[dayBand]!;
    expect(band.x + band.w).toBeGreaterThan(dayLabel.x + 10);
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
    expect(rects).toMatchObject([
      { x: 120 - CONNECTOR_WIDTH / 2, y: 10, w: CONNECTOR_WIDTH, h: 31, alpha: 1 },
      { x: 120, y: 41, w: 1, h: 50, alpha: 1 },
    ]);
    for (const r of rects) for (const v of [r.x, r.y, r.w, r.h]) expect(Number.isInteger(v)).toBe(true);
  });
});
