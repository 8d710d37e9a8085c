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
    for (const label of rtl.labels) expect(label.x + label.width).toBeLessThan(rtl.marks[label.mark]!.x);
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
