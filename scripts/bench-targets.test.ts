import { describe, expect, it } from 'vitest';
import { figuresFor, renderLimit, startUpTable, TARGETS } from '../bench/report';
import type { Report } from '../bench/report';
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

describe("the bench's start-up table (a file of a few events against its load floor)", () => {
  const result = (subject: 'stanceline' | 'read-floor', run: number, renderMs: number, dataArrivingMs?: number): RunResult => ({
    subject, events: 20, run, renderMs, paintedMs: renderMs + 10, ...(dataArrivingMs === undefined ? {} : { dataArrivingMs }),
    longestLoadTaskMs: 0, heapBytes: 0, bufferBytes: 0, domNodes: 0, zoomSteps: [], panSteps: [], errors: [],
  });
  const noSteps = { zoomMs: Number.NaN, panMs: Number.NaN };
  const reportWith = (results: RunResult[], startUpEvents?: number): Report => ({
    date: '', commit: '', command: '', build: { initialJsGzip: 0, initialFiles: [], allJsGzip: 0 },
    machine: { loadAverage: [0, 0], cpus: 2, cpuModel: '', memoryGB: 0, chromium: '', node: '', platform: '' },
    sizes: [], runs: 3, visMaxEvents: 0, skipVis: true, calibrations: [], floors: new Map(), profiles: [], profileEvents: null, datasetBytes: new Map(),
    figures: (['stanceline', 'read-floor'] as const).map((subject) => figuresFor(results, subject, 20, noSteps)).filter((f) => f !== null),
    ...(startUpEvents === undefined ? {} : { startUpEvents }),
  });

  it("gives Stanceline's first render, its two parts and its time over the same file's load floor, against the margin the 1,000-event target allows", () => {
    const results = [result('read-floor', 1, 60), result('stanceline', 1, 270, 130), result('read-floor', 2, 70), result('stanceline', 2, 290, 140), result('read-floor', 3, 64), result('stanceline', 3, 280, 150)];
    const lines = startUpTable(reportWith(results, 20));
    expect(lines[2]).toBe('| 20 | 280 ms | 140 ms | 140 ms | 64 ms | 216 ms |');
    expect(lines[4]).toBe("With 20 events Stanceline's first render is 216 ms over its load floor; the target at 1,000 events allows 150 ms over the floor, less than the start-up alone takes here.");
  });

  it('says the start-up was not measured when a subject has no run, and nothing when the run did not measure it', () => {
    expect(startUpTable(reportWith([result('read-floor', 1, 60)], 20))).toEqual(['Start-up (20 events): not measured.']);
    expect(startUpTable(reportWith([result('read-floor', 1, 60), result('stanceline', 1, 200)]))).toEqual([]);
  });

  it('does not claim the start-up exceeds the margin when it does not', () => {
    const lines = startUpTable(reportWith([result('read-floor', 1, 60), result('stanceline', 1, 180, 100)], 20));
    expect(lines[4]).toBe("With 20 events Stanceline's first render is 120 ms over its load floor; the target at 1,000 events allows 150 ms over the floor.");
  });
});
