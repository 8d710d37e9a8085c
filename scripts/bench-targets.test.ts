import { describe, expect, it } from 'vitest';
import { figuresFor, renderLimit, TARGETS } from '../bench/report';
import type { RunResult } from '../bench/driver';

describe('the bench targets of the performance issue', () => {
  it('state first render against the same run\'s load floor: a margin at 1,000 events, a multiple at 10,000 and 100,000, a time for the million', () => {
    const byEvents = new Map(TARGETS.map((target) => [target.events, target]));
    expect(renderLimit(byEvents.get(1_000)!.render, 400)).toEqual({ limitMs: 550, stated: 'floor + 150 ms' });
    expect(renderLimit(byEvents.get(10_000)!.render, 400)).toEqual({ limitMs: 600, stated: '1.5× floor' });
    expect(renderLimit(byEvents.get(100_000)!.render, 2_000).limitMs).toBe(3_000);
    expect(renderLimit(byEvents.get(1_000_000)!.render, 20_000)).toEqual({ limitMs: 6_000, stated: '6 s' });
    expect(TARGETS.map((target) => [target.events, target.stepMs, target.heapMB])).toEqual([
      [1_000, 8, undefined],
      [10_000, 8, undefined],
      [100_000, 12, 100],
      [1_000_000, 16, 600],
    ]);
  });
});

describe("the bench's split of Stanceline's first render at the data's first part", () => {
  const run = (run: number, renderMs: number, dataArrivingMs?: number): RunResult => ({
    subject: 'stanceline', events: 1_000, run, renderMs, paintedMs: renderMs + 10, ...(dataArrivingMs === undefined ? {} : { dataArrivingMs }),
    longestLoadTaskMs: 0, heapBytes: 0, bufferBytes: 0, domNodes: 0, zoomSteps: [], panSteps: [], errors: [],
  });
  const floor = { zoomMs: 0, panMs: 0 };

  it("takes the page's part as the median of each run's own difference, not the difference of the medians", () => {
    const figures = figuresFor([run(1, 400, 100), run(2, 300, 250), run(3, 500, 200)], 'stanceline', 1_000, floor)!;
    expect(figures.dataArrivingMs).toBe(200);
    // Differences 300, 50 and 300: median 300 (the medians' difference would say 200).
    expect(figures.afterDataMs).toBe(300);
  });

  it('says nothing for runs without the mark (another subject, or a page that loaded on its main thread)', () => {
    const figures = figuresFor([run(1, 400), run(2, 300)], 'stanceline', 1_000, floor)!;
    expect(figures.dataArrivingMs).toBeNaN();
    expect(figures.afterDataMs).toBeNaN();
  });
});
