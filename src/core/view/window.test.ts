import { describe, expect, it } from 'vitest';
import { MAX_WINDOW_MS, MIN_WINDOW_MS } from '../layout/navigation';
import { panByFraction, panByPixels, revealTime, wheelZoomFactor, zoomAround } from './window';

const DAY = 86_400_000;
const WEEK: [number, number] = [0, 7 * DAY];

describe('zoomAround', () => {
  it('keeps the anchored instant where it is on screen', () => {
    const next = zoomAround(WEEK, 2, 0.25);
    expect(next[1] - next[0]).toBe(3.5 * DAY);
    const anchor = 0.25 * 7 * DAY;
    expect((anchor - next[0]) / (next[1] - next[0])).toBeCloseTo(0.25, 12);
  });

  it('stops at the narrowest and widest windows, still around the anchor', () => {
    const narrow = zoomAround(WEEK, 1e9, 0.5);
    expect(narrow[1] - narrow[0]).toBe(MIN_WINDOW_MS);
    expect((narrow[0] + narrow[1]) / 2).toBe(3.5 * DAY);
    const wide = zoomAround(WEEK, 1e-12, 0.5);
    expect(wide[1] - wide[0]).toBeLessThanOrEqual(MAX_WINDOW_MS);
  });

  it('ignores a factor that is not a positive number', () => {
    expect(zoomAround(WEEK, 0)).toBe(WEEK);
    expect(zoomAround(WEEK, Number.NaN)).toBe(WEEK);
  });
});

describe('panning', () => {
  it('moves by a share of the width, or by pixels the other way round (dragging right shows the past)', () => {
    expect(panByFraction(WEEK, 0.5)).toEqual([3.5 * DAY, 10.5 * DAY]);
    expect(panByPixels(WEEK, 100, 700)).toEqual([-DAY, 6 * DAY]);
  });

  it('reveals an instant by moving as little as possible, and not at all when it is in view', () => {
    expect(revealTime(WEEK, 3 * DAY)).toEqual(WEEK);
    const next = revealTime(WEEK, 10 * DAY);
    expect(next[1] - next[0]).toBe(7 * DAY);
    expect(next[1]).toBeGreaterThan(10 * DAY);
    expect(next[0]).toBeGreaterThan(0);
  });
});

describe('wheelZoomFactor', () => {
  it('zooms in for a wheel turned up, out for down, and by the same amount either way', () => {
    expect(wheelZoomFactor(-100, 0, false)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100, 0, false) * wheelZoomFactor(-100, 0, false)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(-1, 1, false)).toBeCloseTo(wheelZoomFactor(-25, 0, false), 12);
  });
});
