import { describe, expect, it } from 'vitest';
import { layoutTestDate, makeLayoutDataset } from '../layout/testing';
import { buildScene, SceneScratch } from './build';
import { eventPlacement, scrollToShow } from './focus';
import { LANE_METRICS } from './metrics';
import { planScene } from './plan';

const day = (iso: string) => layoutTestDate(iso).start;

function planOf(actorCount: number) {
  const actors = Array.from({ length: actorCount }, (_, k) => ({ id: `a${k}`, name: `Actor ${k}`, country: 'US' }));
  const dataset = makeLayoutDataset({
    countries: [{ id: 'US', name: 'United States' }],
    actors,
    events: [
      { id: 'one', date: '2025-02-12', actors: ['a0'] },
      ...Array.from({ length: 12 }, (_, k) => ({ id: `busy-${k}`, date: '2025-02-14', actors: ['a1'] })),
      ...actors.slice(2).map((actor) => ({ id: `of-${actor.id}`, date: '2025-02-11', actors: [actor.id] })),
    ],
  });
  return planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [] });
}

describe('eventPlacement', () => {
  it('is the mark when the event is drawn as one, and its place in its lane when it is in a cluster', () => {
    const plan = planOf(2);
    const scratch = new SceneScratch();
    const scene = buildScene(plan, { window: [day('2025-02-10'), day('2025-02-20')], width: 800, height: 400, scrollTop: 0, now: 0 }, scratch);
    const one = plan.dataset.eventById.get('one')!.index;
    const mark = scene.marks.find((m) => m.eventIndex === one)!;
    expect(eventPlacement(plan, scratch, scene, one, mark.lane)).toEqual({ x: mark.x, y: mark.y });
    const clustered = plan.dataset.events.find((e) => e.id.startsWith('busy') && !scene.marks.some((m) => m.eventIndex === e.index))!;
    expect(clustered).toBeDefined();
    const lane = scene.clusters[0]!.lane;
    const at = eventPlacement(plan, scratch, scene, clustered.index, lane)!;
    expect(at.x).toBeCloseTo((day('2025-02-14') + 43_200_000 - day('2025-02-10')) * scene.pxPerMs, 3);
    expect(eventPlacement(plan, scratch, scene, clustered.index, 99)).toBeNull();
  });
});

describe('scrollToShow', () => {
  const { vertical } = planOf(40);
  it('has a lane per actor', () => expect(vertical.laneTop.length).toBe(40));
  it('leaves a lane in view where it is, and scrolls just enough to show one above or below', () => {
    const lane = 20;
    const top = vertical.laneTop[lane]!;
    expect(scrollToShow(vertical, lane, top - 100, 300)).toBeNull();
    expect(scrollToShow(vertical, lane, top + 10, 300)).toBe(top - LANE_METRICS.groupHeaderHeight);
    expect(scrollToShow(vertical, lane, 0, Math.floor(top / 2))).toBe(top + vertical.laneHeight - Math.floor(top / 2));
    expect(scrollToShow(vertical, 0, 50, 300)).toBe(0);
    expect(scrollToShow(vertical, 400, 0, 300)).toBeNull();
  });
});
