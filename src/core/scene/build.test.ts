import { describe, expect, it } from 'vitest';
import { layoutTestDate, makeLayoutDataset } from '../layout/testing';
import { buildScene } from './build';
import { hitAt } from './hit';
import { LANE_METRICS, MARK_SIZE, rowCentre } from './metrics';
import { fittedWindow, planScene } from './plan';
import { layoutPicture } from './picture';

const DAY = 86_400_000;
const day = (iso: string) => layoutTestDate(iso).start;

/** Two countries, three actors; a call between the US and Russia; a busy day for Hegseth. */
function smallDataset() {
  return makeLayoutDataset({
    countries: [
      { id: 'US', name: 'United States' },
      { id: 'RU', name: 'Russia' },
    ],
    actors: [
      { id: 'trump', name: 'Donald Trump', country: 'US' },
      { id: 'hegseth', name: 'Pete Hegseth', country: 'US' },
      { id: 'putin', name: 'Vladimir Putin', country: 'RU' },
    ],
    events: [
      { id: 'call', date: '2025-02-12', type: 'call', actors: ['trump', 'putin'] },
      { id: 'remarks', date: '2025-02-12', actors: ['hegseth'] },
      ...Array.from({ length: 8 }, (_, k) => ({ id: `busy-${k}`, date: '2025-02-14', actors: ['hegseth'] })),
      { id: 'month', date: '2025-03', actors: ['putin'] },
    ],
  });
}

function sceneOf(width = 800, window: readonly [number, number] = [day('2025-02-10'), day('2025-02-20')]) {
  const dataset = smallDataset();
  const plan = planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [] });
  return { dataset, plan, scene: buildScene(plan, { window, width, height: 600, scrollTop: 0, now: 0 }) };
}

describe('buildScene', () => {
  it('places a day-precise mark at the middle of its day, in its lane', () => {
    const { scene, plan } = sceneOf();
    const remarks = scene.marks.find((m) => m.eventId === 'remarks')!;
    const pxPerMs = 800 / (10 * DAY);
    expect(remarks.x).toBeCloseTo((day('2025-02-12') + DAY / 2 - day('2025-02-10')) * pxPerMs, 6);
    const lane = plan.model.laneIndexById.get('hegseth')!;
    expect(remarks.lane).toBe(lane);
    expect(remarks.y).toBe(plan.vertical.laneTop[lane]! + rowCentre(LANE_METRICS, 0));
  });

  it('draws a call once in each participant lane, tied by one connector from mark to mark', () => {
    const { scene } = sceneOf();
    const marks = scene.marks.filter((m) => m.eventId === 'call');
    expect(marks).toHaveLength(2);
    const connector = scene.connectors.find((c) => c.eventIndex === marks[0]!.eventIndex)!;
    expect(connector.x).toBe(marks[0]!.x);
    expect([connector.y0, connector.y1]).toEqual(marks.map((m) => m.y).sort((a, b) => a - b));
  });

  it('keeps marks in a lane apart and counts the rest in a cluster whose members are exactly the hidden events', () => {
    const { scene } = sceneOf();
    const busy = scene.marks.filter((m) => m.eventId.startsWith('busy-'));
    expect(busy.length).toBeLessThan(8);
    const cluster = scene.clusters.find((c) => c.size > 1)!;
    expect(cluster.size + busy.length).toBe(8);
    const drawn = new Set(busy.map((m) => m.eventIndex));
    for (const member of cluster.members) expect(drawn.has(member)).toBe(false);
    // No two marks of one row overlap.
    for (const a of busy) for (const b of busy) if (a !== b && a.y === b.y) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(MARK_SIZE);
  });

  it('lays out the lanes in view only, with lane labels under group headers that never overlap', () => {
    const { scene } = sceneOf();
    const boxes = [...scene.groups, ...scene.lanes].map((b) => [b.top, b.top + b.height] as const).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < boxes.length; k++) expect(boxes[k]![0]).toBeGreaterThanOrEqual(boxes[k - 1]![1]);
    const dataset = smallDataset();
    const plan = planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [] });
    const short = buildScene(plan, { window: [day('2025-02-10'), day('2025-02-20')], width: 800, height: 60, scrollTop: 0, now: 0 });
    expect(short.lanes.length).toBeLessThan(scene.lanes.length);
  });

  it('draws a month-precision date as a band across its month when it is wide enough', () => {
    const { scene, dataset } = sceneOf(800, [day('2025-02-20'), day('2025-04-10')]);
    const month = scene.marks.find((m) => m.eventId === 'month')!;
    const bar = scene.bars[month.bar]!;
    expect(bar.kind).toBe('interval');
    const pxPerMs = 800 / (day('2025-04-10') - day('2025-02-20'));
    const event = dataset.eventById.get('month')!;
    expect(bar.x0).toBeCloseTo((event.start - day('2025-02-20')) * pxPerMs, 6);
    expect(bar.x1).toBeCloseTo((event.end - day('2025-02-20')) * pxPerMs, 6);
  });

  it('turns a lane with more events than pixels into a density strip', () => {
    const dataset = makeLayoutDataset({
      actors: [{ id: 'a', name: 'A' }],
      events: Array.from({ length: 400 }, (_, k) => ({ id: `e${k}`, date: `2025-0${1 + (k % 9)}-${String(1 + (k % 28)).padStart(2, '0')}`, actors: ['a'] })),
    });
    const plan = planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'actor', collapsed: [] });
    const scene = buildScene(plan, { window: [day('2025-01-01'), day('2025-10-01')], width: 100, height: 200, scrollTop: 0, now: 0 });
    expect(scene.lanes[0]!.dense).toBe(true);
    expect(scene.marks).toHaveLength(0);
    expect(scene.density.length).toBeGreaterThan(0);
    for (const run of scene.density) expect(run.y + run.height).toBeLessThanOrEqual(scene.lanes[0]!.top + LANE_METRICS.laneHeight);
  });

  it('finds the mark under the pointer and the cluster badge under it', () => {
    const { scene } = sceneOf();
    const remarks = scene.marks.find((m) => m.eventId === 'remarks')!;
    expect(hitAt(scene, remarks.x + 2, remarks.y - 2)).toEqual({ kind: 'mark', mark: remarks });
    const cluster = scene.clusters[0]!;
    expect(hitAt(scene, cluster.x + 5, cluster.y)).toEqual({ kind: 'cluster', cluster });
    expect(hitAt(scene, -100, -100)).toBeNull();
  });
});

describe('fittedWindow', () => {
  it('keeps a whole mark inside each edge, and shows the year around today when nothing is included', () => {
    const window = fittedWindow([day('2025-02-12'), day('2025-02-13')], 800, 0);
    const pxPerMs = 800 / (window[1] - window[0]);
    expect((day('2025-02-12') - window[0]) * pxPerMs).toBeGreaterThanOrEqual(MARK_SIZE / 2);
    const empty = fittedWindow(null, 800, day('2025-06-01'));
    expect(empty[0]).toBeLessThan(day('2025-01-01'));
    expect(empty[1]).toBeGreaterThan(day('2025-12-01'));
  });
});

describe('layoutPicture', () => {
  it('lays out the same plot as the screen for the same window and plot width', () => {
    const { plan, scene } = sceneOf(800);
    const picture = layoutPicture({ dataset: plan.dataset, included: plan.included, grouping: 'country-actor', collapsed: [], window: scene.window, plotWidth: 800, now: 0 });
    expect(picture.plotWidth).toBe(800);
    const key = (m: { eventId: string; lane: number }) => `${m.eventId}@${m.lane}`;
    const onScreen = new Map(scene.marks.map((m) => [key(m), m]));
    expect(picture.scene.marks).toHaveLength(scene.marks.length);
    for (const mark of picture.scene.marks) {
      const twin = onScreen.get(key(mark))!;
      expect([mark.x, mark.y]).toEqual([twin.x, twin.y]);
    }
  });
});
