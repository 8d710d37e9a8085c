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
    expect(wheelZoomFactor(-10, 0)).toBeGreaterThan(1);
    expect(wheelZoomFactor(10, 0) * wheelZoomFactor(-10, 0)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(-0.4, 1)).toBeCloseTo(wheelZoomFactor(-10, 0), 12);
  });

  it('follows a pinch’s small deltas closely and caps a mouse notch at one √2 step', () => {
    // A pinch: small deltas, each a proportionate step, so a slow pinch zooms slowly.
    expect(wheelZoomFactor(-2, 0)).toBeCloseTo(2 ** 0.04, 12);
    expect(wheelZoomFactor(-4, 0)).toBeCloseTo(wheelZoomFactor(-2, 0) ** 2, 12);
    // A notch (100 px, 3 lines or a page) zooms √2, never fourfold.
    for (const [delta, mode] of [[-100, 0], [-3, 1], [-1, 2]] as const) expect(wheelZoomFactor(delta, mode)).toBeCloseTo(Math.SQRT2, 12);
    expect(wheelZoomFactor(100, 0)).toBeCloseTo(Math.SQRT1_2, 12);
  });
});
