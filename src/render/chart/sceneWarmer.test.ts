// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutTestDate, makeLayoutDataset } from '../../core/layout/testing';
import { buildScene, type SceneFrame } from '../../core/scene/build';
import { planScene } from '../../core/scene/plan';
import { zoomAround } from '../../core/view/window';
import { SceneWarmer } from './sceneWarmer';

const DAY = 86_400_000;

/** Events a day apart for three months, in four lanes, each with a title of its own. */
function spreadPlan() {
  const actors = Array.from({ length: 4 }, (_, k) => ({ id: `a${k}`, name: `Actor ${k}`, country: 'US' }));
  const events = Array.from({ length: 90 }, (_, k) => ({
    id: `e${k}`,
    date: new Date(Date.UTC(2024, 0, 1) + k * DAY).toISOString().slice(0, 10),
    title: `Event number ${k}`,
    actors: [actors[k % 4]!.id],
  }));
  const dataset = makeLayoutDataset({ countries: [{ id: 'US', name: 'United States' }], actors, events });
  return planScene({ dataset, included: dataset.events.map((e) => e.index), grouping: 'country-actor', collapsed: [] });
}

/** A measure that counts the event titles it is asked for (axis labels and notes are measured too, every frame). */
function countingMeasure() {
  const titles: string[] = [];
  const measure = (text: string) => {
    if (text.startsWith('Event number')) titles.push(text);
    return text.length * 6;
  };
  return { measure, titles };
}

let idle: Array<{ id: number; run: () => void }> = [];
let nextId = 1;

function runIdle(): number {
  let runs = 0;
  while (idle.length > 0) {
    idle.shift()!.run();
    runs++;
  }
  return runs;
}

beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => {
    const id = nextId++;
    idle.push({ id, run });
    return id;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    idle = idle.filter((entry) => entry.id !== id);
  });
  // jsdom draws nothing: the warmer's painting is skipped, its layout still runs.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const restWindow = [layoutTestDate('2024-02-01').start, layoutTestDate('2024-02-21').start] as const;

describe('SceneWarmer', () => {
  it('measures, in idle time, the titles a first zoom out from rest brings into view', () => {
    const plan = spreadPlan();
    const { measure, titles } = countingMeasure();
    const frame: SceneFrame = { window: restWindow, width: 800, height: 300, scrollTop: 0, now: 0, measure, direction: 'ltr' };
    buildScene(plan, frame);
    const atRest = titles.length;
    new SceneWarmer().afterRest(plan, frame, 1);
    expect(titles.length).toBe(atRest);
    expect(runIdle()).toBe(6);
    const warmed = titles.length;
    expect(warmed).toBeGreaterThan(atRest);
    // The first wheel notch out and a trackpad's smaller step out measure nothing new.
    buildScene(plan, { ...frame, window: zoomAround(restWindow, 1 / Math.SQRT2) });
    buildScene(plan, { ...frame, window: zoomAround(restWindow, 1 / 1.2, 0.5) });
    expect(titles.length).toBe(warmed);
  });

  it('warms again when the pointer comes onto the plot, at most once a second, and not once destroyed', () => {
    const plan = spreadPlan();
    const frame: SceneFrame = { window: restWindow, width: 800, height: 300, scrollTop: 0, now: 0, direction: 'ltr' };
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const plot = document.createElement('div');
    const warmer = new SceneWarmer();
    warmer.watch(plot);
    const enter = () => plot.dispatchEvent(new Event('pointerenter'));
    enter();
    expect(runIdle()).toBe(0);
    warmer.afterRest(plan, frame, 1);
    expect(runIdle()).toBe(6);
    now += 400;
    enter();
    expect(runIdle()).toBe(0);
    now += 600;
    enter();
    expect(runIdle()).toBe(6);
    now += 5_000;
    warmer.destroy();
    enter();
    expect(runIdle()).toBe(0);
  });

  it('warms a plan and window once, again for a new window, and stops when cancelled', () => {
    const plan = spreadPlan();
    const frame: SceneFrame = { window: restWindow, width: 800, height: 300, scrollTop: 0, now: 0, direction: 'ltr' };
    const warmer = new SceneWarmer();
    warmer.afterRest(plan, frame, 1);
    expect(runIdle()).toBe(6);
    warmer.afterRest(plan, { ...frame }, 1);
    expect(runIdle()).toBe(0);
    warmer.afterRest(plan, { ...frame, window: [restWindow[0] + DAY, restWindow[1] + DAY] }, 1);
    idle.shift()!.run();
    warmer.cancel();
    expect(runIdle()).toBe(0);
  });
});
