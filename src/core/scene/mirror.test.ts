import { describe, expect, it } from 'vitest';
import { layoutTestDate, makeLayoutDataset, sampleSpec } from '../layout/testing';
import { buildScene } from './build';
import { hitAt } from './hit';
import { CLUSTER_BADGE } from './metrics';
import { drawnX, mirrorScene } from './mirror';
import { planScene } from './plan';

const day = (iso: string) => layoutTestDate(iso).start;

/** The layout tests' sample (a call, a span, an approximate date) and a crowded day that clusters. */
function plan() {
  const spec = sampleSpec();
  const busy = Array.from({ length: 8 }, (_, k) => ({ id: `busy-${k}`, date: '2025-02-14', actors: ['hegseth'] }));
  const dataset = makeLayoutDataset({ ...spec, events: [...spec.events, ...busy] });
  return planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [] });
}

const WIDTH = 800;
const frame = { window: [day('2025-02-08'), day('2025-02-20')] as const, width: WIDTH, height: 600, scrollTop: 0, now: day('2025-02-15') };

describe('time running right to left', () => {
  const planned = plan();
  const ltr = buildScene(planned, frame);
  const rtl = buildScene(planned, { ...frame, direction: 'rtl' });

  it('reflects every mark, connector, tick and today about the plot’s middle', () => {
    expect(rtl.direction).toBe('rtl');
    expect(rtl.marks.map((mark) => mark.x)).toEqual(ltr.marks.map((mark) => WIDTH - mark.x));
    expect(rtl.connectors.map((c) => c.x)).toEqual(ltr.connectors.map((c) => WIDTH - c.x));
    expect(rtl.ticks.map((tick) => [tick.time, tick.x])).toEqual(ltr.ticks.map((tick) => [tick.time, WIDTH - tick.x]));
    expect(rtl.today).toBe(WIDTH - ltr.today!);
    // Later is further left.
    const x = (id: string) => rtl.marks.find((mark) => mark.eventId === id)!.x;
    expect(x('busy-0')).toBeLessThan(x('hegseth-remarks'));
  });

  it('reflects boxes as boxes: bars with their start and end edges, cluster badges, tick anchors', () => {
    expect(ltr.bars.length).toBeGreaterThan(0);
    ltr.bars.forEach((bar, k) => {
      const mirrored = rtl.bars[k]!;
      expect([mirrored.x0, mirrored.x1]).toEqual([WIDTH - bar.x1, WIDTH - bar.x0]);
      expect([mirrored.startEdge, mirrored.endEdge]).toEqual([bar.endEdge, bar.startEdge]);
    });
    expect(ltr.clusters.length).toBeGreaterThan(0);
    ltr.clusters.forEach((cluster, k) => {
      const left = rtl.clusters[k]!.x + CLUSTER_BADGE.left;
      expect(left + CLUSTER_BADGE.width).toBeCloseTo(WIDTH - (cluster.x + CLUSTER_BADGE.left));
    });
    const anchors = { start: 'end', middle: 'middle', end: 'start' } as const;
    expect(rtl.ticks.map((tick) => tick.anchor)).toEqual(ltr.ticks.map((tick) => anchors[tick.anchor]));
  });

  it('gives the left-to-right scene back when reflected twice (to floating-point rounding)', () => {
    const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)));
    const twice = mirrorScene(mirrorScene(buildScene(planned, frame)));
    expect(rounded(twice)).toEqual(rounded(buildScene(planned, frame)));
  });

  it('hits what it draws: a click on a reflected mark finds its event', () => {
    const mark = rtl.marks.find((candidate) => candidate.eventId === 'trump-putin-call')!;
    const hit = hitAt(rtl, mark.x, mark.y);
    expect(hit?.kind === 'mark' ? hit.mark.eventId : null).toBe('trump-putin-call');
    expect(drawnX(rtl, 100)).toBe(WIDTH - 100);
    expect(drawnX(ltr, 100)).toBe(100);
  });
});
