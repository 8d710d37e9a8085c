import { describe, expect, it } from 'vitest';
import { renderLimit, TARGETS } from '../bench/report';

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
