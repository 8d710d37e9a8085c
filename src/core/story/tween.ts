// The chart moves to a step's window in a few frames instead of jumping, so the reader sees
// where the new view sits relative to the old. The span is interpolated geometrically (a
// zoom from a year to a day passes through a month, not through 364 days of nothing) and
// the middle linearly.
import type { TimeWindow } from '../view/types';

/** Smooth start and end. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** The window a fraction `t` (0 to 1) of the way from `from` to `to`. */
export function windowBetween(from: TimeWindow, to: TimeWindow, t: number): TimeWindow {
  const clamped = Math.min(1, Math.max(0, t));
  const eased = easeInOut(clamped);
  const spanFrom = from[1] - from[0];
  const spanTo = to[1] - to[0];
  const span = spanFrom * (spanTo / spanFrom) ** eased;
  const middleFrom = (from[0] + from[1]) / 2;
  const middleTo = (to[0] + to[1]) / 2;
  const middle = middleFrom + (middleTo - middleFrom) * eased;
  if (clamped === 1) return to;
  return [middle - span / 2, middle + span / 2];
}

/** The windows to show on the way, ending exactly at `to`. */
export function windowFrames(from: TimeWindow, to: TimeWindow, frameCount: number): TimeWindow[] {
  const frames: TimeWindow[] = [];
  for (let frame = 1; frame <= frameCount; frame++) frames.push(windowBetween(from, to, frame / frameCount));
  return frames;
}
