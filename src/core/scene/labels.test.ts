import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTestDate, makeLayoutDataset } from '../layout/testing';
import { buildScene } from './build';
import { LABEL_FONT_SIZE, placeLabels, shortenToFit, wrapLines } from './labels';
import { planScene } from './plan';
import { tableMeasure, textDirection } from './textMetrics';
import type { Scene } from './types';

const day = (iso: string) => layoutTestDate(iso).start;
const measure = tableMeasure(LABEL_FONT_SIZE);
const NONE = { selectedIndex: -1, currentMatchIndex: -1, matchIndices: new Set<number>() };

function crowdedScene(count: number, width: number, titles?: (k: number) => string) {
  const dataset = makeLayoutDataset({
    actors: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    events: Array.from({ length: count }, (_, k) => ({
      id: `e${k}`,
      date: `2025-02-${String(1 + (k % 27)).padStart(2, '0')}`,
      actors: [k % 5 === 0 ? 'b' : 'a'],
      title: titles ? titles(k) : `Event number ${k} with a fairly long title`,
    })),
  });
  const plan = planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'actor', collapsed: [] });
  const scene = buildScene(plan, { window: [day('2025-01-31'), day('2025-03-01')], width, height: 400, scrollTop: 0, now: 0 });
  return { dataset, scene };
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function assertClean(scene: Scene): void {
  for (const label of scene.labels) {
    const lane = scene.lanes.find((l) => l.index === label.lane)!;
    expect(label.y).toBeGreaterThanOrEqual(lane.top);
    expect(label.y + label.height).toBeLessThanOrEqual(lane.top + lane.height);
    expect(label.x + label.width).toBeLessThanOrEqual(scene.width);
    expect(label.x).toBeGreaterThanOrEqual(0);
    for (const other of scene.labels) if (other !== label) expect(overlaps(label, other), `${label.text} / ${other.text}`).toBe(false);
    for (const mark of scene.marks) expect(overlaps(label, { x: mark.x - 5, y: mark.y - 5, width: 10, height: 10 }), `${label.text} over a mark`).toBe(false);
  }
}

describe('placeLabels', () => {
  it('puts titles on the left of their marks when time runs right to left, as the mirror of left to right', () => {
    const { dataset, scene: ltr } = crowdedScene(40, 900);
    const plan = planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'actor', collapsed: [] });
    const rtl = buildScene(plan, { window: [day('2025-01-31'), day('2025-03-01')], width: 900, height: 400, scrollTop: 0, now: 0, direction: 'rtl' });
    placeLabels(ltr, dataset, NONE, measure);
    placeLabels(rtl, dataset, NONE, measure);
    expect(rtl.labels.length).toBeGreaterThan(5);
    assertClean(rtl);
    // Beside its mark, never over it: on its left, or on its right where more of the title shows (the mirror of left to right, below).
    for (const label of rtl.labels) {
      const mark = rtl.marks[label.mark]!;
      expect(label.x + label.width < mark.x - 5 || label.x > mark.x + 5, label.text).toBe(true);
    }
    expect(rtl.labels.filter((label) => label.x + label.width < rtl.marks[label.mark]!.x).length).toBeGreaterThan(rtl.labels.length / 2);
    // The same titles, in reflected boxes; the scene's marks where they were.
    const box = (label: Scene['labels'][number]) => [label.eventId, label.text, Math.round(label.x * 1000) / 1000, label.width];
    expect(rtl.labels.map(box)).toEqual(ltr.labels.map((label) => box({ ...label, x: 900 - label.x - label.width })));
    expect(rtl.direction).toBe('rtl');
    expect(rtl.marks.map((mark) => Math.round(mark.x * 1000))).toEqual(ltr.marks.map((mark) => Math.round((900 - mark.x) * 1000)));
  });

  it('titles a span whose mark lies left of the window at the plot\'s edge, within its bar, clear of the marks after it', () => {
    const dataset = makeLayoutDataset({
      actors: [{ id: 'a', name: 'A' }],
      events: [
        { id: 'long', date: '2022-09-01', end: '2025-02-12', actors: ['a'], title: 'Terms declared some time in this window' },
        { id: 'later', date: '2025-02-14', actors: ['a'], title: 'A later statement' },
      ],
    });
    const plan = planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'actor', collapsed: [] });
    const scene = buildScene(plan, { window: [day('2025-02-01'), day('2025-02-20')], width: 800, height: 300, scrollTop: 0, now: 0 });
    placeLabels(scene, dataset, NONE, measure);
    const longMark = scene.marks.find((m) => m.eventId === 'long')!;
    expect(longMark.x).toBeLessThan(0);
    const pinned = scene.labels.find((l) => l.eventId === 'long');
    expect(pinned, 'the span has a title in view').toBeDefined();
    expect(pinned!.x).toBeGreaterThanOrEqual(0);
    expect(pinned!.x + pinned!.width).toBeLessThanOrEqual(scene.bars[longMark.bar]!.x1);
    assertClean(scene);

    // A window the bar does not reach gives it no title at the edge.
    const after = buildScene(plan, { window: [day('2025-02-13'), day('2025-02-20')], width: 800, height: 300, scrollTop: 0, now: 0 });
    placeLabels(after, dataset, NONE, measure);
    expect(after.labels.find((l) => l.eventId === 'long')).toBeUndefined();
  });

  /** One lane of events on the given days of February 2025, in a window of its first 20 days, `width` px wide. */
  function laneScene(width: number, events: { id: string; day: number; title: string; type?: 'statement' | 'call' }[], direction: 'ltr' | 'rtl' = 'ltr') {
    const dataset = makeLayoutDataset({
      actors: [{ id: 'a', name: 'A' }],
      events: events.map((e) => ({ id: e.id, date: `2025-02-${String(e.day).padStart(2, '0')}`, actors: ['a'], title: e.title, ...(e.type ? { type: e.type } : {}) })),
    });
    const plan = planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'actor', collapsed: [] });
    const scene = buildScene(plan, { window: [day('2025-02-01'), day('2025-02-21')], width, height: 200, scrollTop: 0, now: 0, direction });
    placeLabels(scene, dataset, NONE, measure);
    const markOf = (id: string) => scene.marks.find((m) => m.eventId === id)!;
    const labelOf = (id: string) => scene.labels.find((l) => l.eventId === id);
    return { scene, markOf, labelOf };
  }
  const TITLE = 'Talks planned for later this week';

  it("names a mark at the plot's right edge on its left, whole, when its title does not fit on the right", () => {
    const { scene, markOf, labelOf } = laneScene(800, [{ id: 'late', day: 20, title: TITLE }]);
    const mark = markOf('late');
    expect(scene.width - mark.x).toBeLessThan(measure(TITLE));
    const label = labelOf('late')!;
    expect(label.full).toBe(true);
    expect(label.text).toBe(TITLE);
    // Its end a gap before the mark's left edge.
    expect(label.x + label.width).toBeCloseTo(mark.x - 5 - 3, 5);
    assertClean(scene);
  });

  it('keeps a title on the right of its mark when it fits whole there, however much room the left has', () => {
    const { markOf, labelOf } = laneScene(800, [{ id: 'mid', day: 12, title: TITLE }]);
    expect(labelOf('mid')!.x).toBeGreaterThan(markOf('mid').x);
  });

  it('shortens a title on the side that shows more of it when it fits whole on neither', () => {
    const long = 'A very long title that cannot fit on either side of its mark in a plot this narrow';
    // About 300 px: the mark at day 14 has about 100 px on its right and 200 on its left.
    const leftWins = laneScene(300, [{ id: 'x', day: 14, title: long }]);
    const onLeft = leftWins.labelOf('x')!;
    expect(onLeft.full).toBe(false);
    expect(onLeft.x + onLeft.width).toBeLessThan(leftWins.markOf('x').x);
    // Mirrored: about 200 px on its right, 100 on its left.
    const rightWins = laneScene(300, [{ id: 'x', day: 8, title: long }]);
    const onRight = rightWins.labelOf('x')!;
    expect(onRight.x).toBeGreaterThan(rightWins.markOf('x').x);
    expect(onRight.full).toBe(false);
    expect(onRight.width).toBeGreaterThan(150);
  });

  it('keeps a title on the left of its mark clear of the mark before it, so that it does not read as that one\'s', () => {
    // The call ranks first; its title has no room on the right, and on the left it starts well after the statement's mark.
    const { scene, markOf, labelOf } = laneScene(800, [
      { id: 'early', day: 14, title: 'Earlier statement' },
      { id: 'late', day: 20, title: TITLE, type: 'call' },
    ]);
    const label = labelOf('late')!;
    expect(label.x + label.width).toBeLessThan(markOf('late').x);
    expect(label.x).toBeGreaterThanOrEqual(markOf('early').x + 6 + 12);
    assertClean(scene);
  });

  it('mirrors the left-hand fallback when time runs right to left: a mark at the left edge is named on its right', () => {
    const { scene, markOf, labelOf } = laneScene(800, [{ id: 'late', day: 20, title: TITLE }], 'rtl');
    const mark = markOf('late');
    expect(mark.x).toBeLessThan(measure(TITLE));
    expect(labelOf('late')!.x).toBeGreaterThan(mark.x);
    expect(labelOf('late')!.full).toBe(true);
    assertClean(scene);
  });

  it('gives every mark its whole title when there is room', () => {
    const { dataset, scene } = crowdedScene(3, 1200, (k) => `E${k}`);
    placeLabels(scene, dataset, NONE, measure);
    expect(scene.labels.map((l) => l.text).sort()).toEqual(dataset.events.map((e) => e.title).sort());
    expect(scene.labels.every((l) => l.full)).toBe(true);
    assertClean(scene);
  });

  it('never overlaps another label, a mark or a lane edge, however crowded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 200, max: 1600 }), (count, width) => {
        const { dataset, scene } = crowdedScene(count, width);
        placeLabels(scene, dataset, NONE, measure);
        assertClean(scene);
      }),
      { numRuns: 20 },
    );
  });

  it('keeps the selected event’s title when space is short, shortening others first', () => {
    const { dataset, scene } = crowdedScene(80, 900);
    placeLabels(scene, dataset, NONE, measure);
    // A mark with room after it in its row whose title lost out to its neighbours'.
    const roomAfter = (m: (typeof scene.marks)[number]) =>
      Math.min(scene.width - m.x, ...scene.marks.filter((o) => o.lane === m.lane && Math.abs(o.y - m.y) < 11 && o.x > m.x).map((o) => o.x - m.x));
    const unlabelled = scene.marks.filter((m) => roomAfter(m) >= 60 && !scene.labels.some((l) => l.eventIndex === m.eventIndex && l.full));
    expect(unlabelled.length).toBeGreaterThan(0);
    const chosen = unlabelled[0]!;
    placeLabels(scene, dataset, { ...NONE, selectedIndex: chosen.eventIndex }, measure);
    const label = scene.labels.find((l) => l.eventIndex === chosen.eventIndex)!;
    expect(label).toBeDefined();
    expect(label.width).toBeGreaterThanOrEqual(40);
    expect(scene.labels.some((l) => !l.full)).toBe(true);
  });

  it('keeps last frame’s labels ahead of equals, so they do not flicker', () => {
    const { dataset, scene } = crowdedScene(60, 700);
    placeLabels(scene, dataset, NONE, measure);
    const first = new Set(scene.labels.map((l) => `${l.eventId}@${l.lane}`));
    placeLabels(scene, dataset, { ...NONE, previous: first }, measure);
    expect(new Set(scene.labels.map((l) => `${l.eventId}@${l.lane}`))).toEqual(first);
  });
});

describe('shortenToFit', () => {
  it('cuts with an ellipsis, on whole characters, and gives up below a few letters', () => {
    const text = 'Trump and Putin agree by phone to begin negotiations';
    const cut = shortenToFit(text, 100, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(100);
    expect(shortenToFit(text, 10, measure)).toBe('');
    expect(shortenToFit('😀😀😀😀😀😀😀😀😀😀😀😀', 45, measure)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('wrapLines', () => {
  it('wraps a long name to two lines and cuts only what does not fit on them', () => {
    expect(wrapLines('Other senior American officials', 120, measure)).toEqual(['Other senior American', 'officials']);
    const lines = wrapLines('A very long organisation name that keeps going and going', 90, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapLines('Short', 90, measure)).toEqual(['Short']);
  });
});

describe('textDirection', () => {
  it('reads the first strong character, as dir="auto" does', () => {
    expect(textDirection('١٢ قمة الناتو')).toBe('rtl');
    expect(textDirection('“שלום” world')).toBe('rtl');
    expect(textDirection('2025: Hegseth')).toBe('ltr');
    expect(textDirection('北约峰会')).toBe('ltr');
  });
});
