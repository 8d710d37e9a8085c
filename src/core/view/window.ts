// How the time window moves: zoom around a point, pan by a share of the width or by
// pixels, bring an event into view. Pure functions of a window; the store applies them,
// and the chart, the keys, the buttons and the overview brush all go through them.
import { constrainWindow, panToReveal } from '../layout/navigation';
import type { TimeWindow } from './types';

/**
 * The window zoomed by `factor` (2 shows half the time) around the instant at
 * `anchor` (0 = left edge, 1 = right edge), which stays where it is on screen.
 */
export function zoomAround(window: TimeWindow, factor: number, anchor = 0.5): TimeWindow {
  if (!(factor > 0) || !Number.isFinite(factor)) return window;
  const [t0, t1] = window;
  const at = t0 + (t1 - t0) * anchor;
  const span = (t1 - t0) / factor;
  const next = constrainWindow([at - span * anchor, at - span * anchor + span]);
  // A span held at its limit keeps the anchor in place rather than drifting to the middle.
  const kept = next[1] - next[0];
  return [at - kept * anchor, at - kept * anchor + kept];
}

/** The window moved by a share of its width (negative: towards the past). */
export function panByFraction(window: TimeWindow, fraction: number): TimeWindow {
  const [t0, t1] = window;
  const shift = (t1 - t0) * fraction;
  return [t0 + shift, t1 + shift];
}

/** The window moved so that what was at x now sits `dx` px to its right, on a plot `width` px wide. */
export function panByPixels(window: TimeWindow, dx: number, width: number): TimeWindow {
  return panByFraction(window, -dx / Math.max(1, width));
}

/** The window that shows the instant `time`, moving as little as possible. */
export function revealTime(window: TimeWindow, time: number): TimeWindow {
  return panToReveal(window, time, time);
}

/** The most one wheel event zooms: a mouse notch (about 100 px) is one √2 step. */
const MAX_ZOOM_PER_WHEEL_EVENT = 0.5;

/**
 * A zoom wheel event (Ctrl or ⌘ held, or a pinch, which browsers send as a wheel event with
 * Ctrl) as a zoom factor. A pinch sends many small deltas, so the rate is steep (2^0.02 per
 * px, d3-zoom's rate with Ctrl); a mouse notch sends one large delta, so a step is capped at
 * 2^0.5 rather than jumping fourfold. A line is 25 px, a page 500.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaY * (deltaMode === 1 ? 25 : deltaMode === 2 ? 500 : 1);
  const exponent = Math.max(-MAX_ZOOM_PER_WHEEL_EVENT, Math.min(MAX_ZOOM_PER_WHEEL_EVENT, -pixels * 0.02));
  return 2 ** exponent;
}
