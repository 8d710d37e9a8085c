import { describe, expect, it } from 'vitest';
import { layoutTestDate, makeLayoutDataset } from '../layout/testing';
import { buildScene, type SceneFrame } from './build';
import { carriedLabels, covers, overscanFrame, panMargins, panOffset, panViewOf, PICTURE_PIXEL_BUDGET } from './pan';
import { LABEL_FONT_SIZE, placeLabels } from './labels';
import { tableMeasure } from './textMetrics';
import { planScene } from './plan';

const DAY = 86_400_000;
const day = (iso: string) => layoutTestDate(iso).start;

/** Marks days apart, one per lane, so no stacking differs between a plot and a wider picture. */
function sparsePlan() {
  const dataset = makeLayoutDataset({
    countries: [{ id: 'US', name: 'United States' }],
    actors: [
      { id: 'a', name: 'Actor A', country: 'US' },
      { id: 'b', name: 'Actor B', country: 'US' },
      { id: 'c', name: 'Actor C', country: 'US' },
    ],
    events: [
      { id: 'early', date: '2025-02-05', actors: ['a'] },
      { id: 'inside', date: '2025-02-12', actors: ['b'] },
      { id: 'span', date: '2025-02-13', end: '2025-02-16', actors: ['c'] },
      { id: 'late', date: '2025-02-24', actors: ['a'] },
    ],
  });
  return planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [] });
}

const frame = (direction: 'ltr' | 'rtl'): SceneFrame => ({ window: [day('2025-02-10'), day('2025-02-20')], width: 800, height: 200, scrollTop: 20, now: 0, direction });

describe('overscanFrame', () => {
  for (const direction of ['ltr', 'rtl'] as const) {
    it(`draws what the plot shows ${direction === 'rtl' ? '(time right to left) ' : ''}at the same scale, moved by the margins`, () => {
      const plan = sparsePlan();
      const plot = buildScene(plan, frame(direction));
      const wide = buildScene(plan, overscanFrame(frame(direction), 400, 30));
      expect(wide.pxPerMs).toBeCloseTo(plot.pxPerMs, 12);
      expect(wide.width).toBe(1600);
      expect(wide.height).toBe(260);
      for (const mark of plot.marks) {
        const same = wide.marks.find((m) => m.eventId === mark.eventId && m.lane === mark.lane);
        expect(same, mark.eventId).toBeDefined();
        expect(same!.x).toBeCloseTo(mark.x + 400, 6);
        expect(same!.y).toBeCloseTo(mark.y + 30, 6);
      }
      const bar = plot.bars[0]!;
      const wideBar = wide.bars.find((b) => b.eventIndex === bar.eventIndex)!;
      expect(wideBar.x0).toBeCloseTo(bar.x0 + 400, 6);
      expect(wideBar.x1).toBeCloseTo(bar.x1 + 400, 6);
      // The margins hold what a pan brings into view: the events either side of the window.
      expect(plot.marks.map((m) => m.eventId).sort()).toEqual(['inside', 'span']);
      expect(wide.marks.map((m) => m.eventId).sort()).toEqual(['early', 'inside', 'late', 'span']);
    });
  }
});

describe('a picture larger than the plot', () => {
  /** Many events close together, a third of them calls and meetings joining two or three lanes. */
  function busyPlan(seed: number) {
    let state = seed;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const actors = Array.from({ length: 12 }, (_, k) => ({ id: `a${k}`, name: `Actor ${k}`, country: 'US' }));
    const events = Array.from({ length: 900 }, (_, k) => {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 120) * DAY).toISOString().slice(0, 10);
      const joined = random() < 0.35;
      const first = Math.floor(random() * actors.length);
      const others = joined ? [actors[(first + 1 + Math.floor(random() * 5)) % actors.length]!.id] : [];
      return { id: `e${k}`, date: day, type: joined ? ('call' as const) : ('statement' as const), title: `Event number ${k} ${'x'.repeat(Math.floor(random() * 40))}`, actors: [actors[first]!.id, ...others] };
    });
    const dataset = makeLayoutDataset({ countries: [{ id: 'US', name: 'United States' }], actors, events });
    return planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [] });
  }

  for (const direction of ['ltr', 'rtl'] as const) {
    it(`stacks, clusters, dodges and thins its plot part as the plot does (${direction})`, () => {
      const plan = busyPlan(11);
      const measure = (text: string) => text.length * 6;
      let marksCompared = 0;
      for (const [from, days] of [
        ['2024-02-01', 20],
        ['2024-02-13', 20],
        ['2024-01-20', 60],
        ['2024-03-02', 9],
      ] as const) {
        const frame: SceneFrame = { window: [day(from), day(from) + days * DAY], width: 700, height: 900, scrollTop: 0, now: 0, measure, direction };
        const plot = buildScene(plan, frame);
        const wide = buildScene(plan, overscanFrame(frame, 700, 40));
        const key = (m: { eventIndex: number; lane: number }) => `${m.eventIndex}@${m.lane}`;
        const wideMarks = new Map(wide.marks.map((m) => [key(m), m]));
        for (const mark of plot.marks) {
          const same = wideMarks.get(key(mark));
          expect(same, `${key(mark)} from ${from}`).toBeDefined();
          // Marks' x are kept as 32-bit floats.
          expect(same!.x - 700).toBeCloseTo(mark.x, 3);
          expect(same!.y - 40, `${key(mark)} from ${from} at ${mark.x}`).toBeCloseTo(mark.y, 6);
          marksCompared++;
        }
        // A cluster's badge reaches 30 px to the right of its x; the plot draws what is within a mark's width (12 px) of its edges.
        const inPlot = (x: number) => x >= 700 - 30 && x <= 1400 + 12;
        const byPlace = (a: { lane: number; x: number }, b: { lane: number; x: number }) => a.lane - b.lane || a.x - b.x;
        const wideClusters = wide.clusters.filter((c) => inPlot(c.x)).sort(byPlace);
        const plotClusters = plot.clusters.filter((c) => c.x >= -30).sort(byPlace);
        expect(wideClusters.map((c) => `${c.lane}:${c.size}`)).toEqual(plotClusters.map((c) => `${c.lane}:${c.size}`));
        wideClusters.forEach((c, k) => expect(c.x - 700).toBeCloseTo(plotClusters[k]!.x, 3));
        expect(wide.connectorsShown).toBe(plot.connectorsShown);
        expect(wide.lanes.filter((l) => l.dense).map((l) => l.index)).toEqual(plot.lanes.filter((l) => l.dense).map((l) => l.index));
      }
      expect(marksCompared).toBeGreaterThan(300);
    });
  }
});

describe('panOffset', () => {
  const drawn = panViewOf(frame('ltr'));
  it('moves the picture against the window: a later window moves it left, a scroll down moves it up', () => {
    const later = panViewOf({ ...frame('ltr'), window: [day('2025-02-11'), day('2025-02-21')], scrollTop: 50 });
    expect(panOffset(drawn, later)).toEqual({ dx: -80, dy: -30 });
  });
  it('moves it the other way when time runs right to left', () => {
    const rtl = panViewOf(frame('rtl'));
    const later = panViewOf({ ...frame('rtl'), window: [day('2025-02-11'), day('2025-02-21')] });
    expect(panOffset(rtl, later)!.dx).toBeCloseTo(80, 9);
  });
  it('is no pan when the scale or the direction changes', () => {
    expect(panOffset(drawn, panViewOf({ ...frame('ltr'), window: [day('2025-02-10'), day('2025-02-19')] }))).toBeNull();
    expect(panOffset(drawn, panViewOf(frame('rtl')))).toBeNull();
    // Rounding in the window's ends is not a zoom.
    const nudged = panViewOf({ ...frame('ltr'), window: [day('2025-02-10') + 0.5 * DAY, day('2025-02-20') + 0.5 * DAY] });
    expect(panOffset(drawn, nudged)!.dx).toBeCloseTo(-40, 9);
  });
});

describe('carriedLabels', () => {
  for (const direction of ['ltr', 'rtl'] as const) {
    it(`puts each title placed at rest beside its mark in a picture painted for a later view (${direction})`, () => {
      const plan = sparsePlan();
      const rest = buildScene(plan, frame(direction));
      placeLabels(rest, plan.dataset, { selectedIndex: -1, currentMatchIndex: -1, matchIndices: new Set() }, tableMeasure(LABEL_FONT_SIZE));
      expect(rest.labels.length).toBeGreaterThan(1);
      const later: SceneFrame = { ...frame(direction), window: [day('2025-02-11'), day('2025-02-21')], scrollTop: 50 };
      const picture = buildScene(plan, overscanFrame(later, 400, 60));
      const carried = carriedLabels(rest.labels, panViewOf(frame(direction)), panViewOf(later), 400, 60);
      expect(carried).toHaveLength(rest.labels.length);
      carried.forEach((label, k) => {
        const placed = rest.labels[k]!;
        const restMark = rest.marks[placed.mark]!;
        const pictureMark = picture.marks.find((mark) => mark.eventId === label.eventId)!;
        expect(label.x - pictureMark.x).toBeCloseTo(placed.x - restMark.x, 6);
        expect(label.y - pictureMark.y).toBeCloseTo(placed.y - restMark.y, 6);
        expect(label.text).toBe(placed.text);
      });
    });
  }
  it('carries none into a picture at another scale: a zoom hides the titles', () => {
    const plan = sparsePlan();
    const rest = buildScene(plan, frame('ltr'));
    placeLabels(rest, plan.dataset, { selectedIndex: -1, currentMatchIndex: -1, matchIndices: new Set() }, tableMeasure(LABEL_FONT_SIZE));
    const zoomed = panViewOf({ ...frame('ltr'), window: [day('2025-02-10'), day('2025-02-19')] });
    expect(carriedLabels(rest.labels, panViewOf(frame('ltr')), zoomed, 400, 60)).toEqual([]);
  });
});

describe('covers', () => {
  it('holds while the moved picture still fills the plot, margins included', () => {
    expect(covers({ dx: 400, dy: -30 }, 400, 30)).toBe(true);
    expect(covers({ dx: -400.5, dy: 0 }, 400, 30)).toBe(false);
    expect(covers({ dx: 0, dy: 31 }, 400, 30)).toBe(false);
  });
});

describe('panMargins', () => {
  it('gives a plot width either side and a quarter of the height above and below', () => {
    expect(panMargins(930, 640, 1)).toEqual({ margin: 930, marginY: 160 });
    expect(panMargins(930, 2000, 1).marginY).toBe(240);
  });
  it('keeps a sharp screen within the pixel budget, and never below a quarter of the width', () => {
    const { margin, marginY } = panMargins(1000, 600, 2);
    expect(margin).toBeLessThan(1000);
    expect(margin).toBeGreaterThan(500);
    // Within the budget, give or take the pixel column rounding adds.
    expect((1000 + 2 * margin) * 2 * (600 + 2 * marginY) * 2).toBeLessThanOrEqual(PICTURE_PIXEL_BUDGET + 4 * 2 * (600 + 2 * marginY) * 2);
    expect(panMargins(2400, 1400, 3).margin).toBe(600);
  });
});
