// Keyboard movement between events, windows that reveal things, and the connectors
// tying one call or meeting across lanes. Pure functions of the layout arrays.
import type { LaneColumn } from './columns';
import { lowerBound } from './columns';

const HOUR_MS = 3_600_000;
const YEAR_MS = 365.2425 * 24 * HOUR_MS;

/** The narrowest and widest windows the chart allows, ms. */
export const MIN_WINDOW_MS = HOUR_MS;
export const MAX_WINDOW_MS = 1000 * YEAR_MS;

/** Position in the column of the mark nearest in time to `time`, or -1 when the lane is empty. */
export function nearestInColumn(column: LaneColumn, time: number): number {
  const n = column.markTime.length;
  if (n === 0) return -1;
  const i = lowerBound(column.markTime, time);
  if (i === 0) return 0;
  if (i === n) return n - 1;
  return time - column.markTime[i - 1]! <= column.markTime[i]! - time ? i - 1 : i;
}

/** The next lane in direction `step` (±1) that holds any event, or -1. */
export function adjacentNonEmptyLane(columns: readonly LaneColumn[], lane: number, step: 1 | -1): number {
  for (let l = lane + step; l >= 0 && l < columns.length; l += step) {
    if (columns[l]!.markTime.length > 0) return l;
  }
  return -1;
}

/** A window showing [start, end] with a margin on each side, never narrower than the minimum. */
export function windowAround(start: number, end: number, marginFraction = 0.05): [number, number] {
  let span = Math.max(end - start, 0);
  let middle = (start + end) / 2;
  if (span < MIN_WINDOW_MS) span = MIN_WINDOW_MS;
  span = Math.min(span * (1 + 2 * marginFraction), MAX_WINDOW_MS);
  if (!Number.isFinite(middle)) middle = 0;
  return [middle - span / 2, middle + span / 2];
}

/** Fit for a whole dataset's extent; an empty or single-instant extent gets a day around it. */
export function fitWindow(extent: readonly [number, number]): [number, number] {
  const [start, end] = extent;
  if (end - start <= 0) return windowAround(start - 12 * HOUR_MS, start + 12 * HOUR_MS, 0);
  return windowAround(start, end, 0.03);
}

/**
 * The window that brings `[start, end]` into view while moving as little as possible:
 * unchanged when it is already inside, otherwise shifted just enough (with a margin).
 */
export function panToReveal(window: readonly [number, number], start: number, end: number, marginFraction = 0.1): [number, number] {
  const [w0, w1] = window;
  const span = w1 - w0;
  const margin = span * marginFraction;
  if (start >= w0 && end <= w1) return [w0, w1];
  if (end - start > span - 2 * margin) {
    // Longer than the window: show its beginning.
    return [start - margin, start - margin + span];
  }
  if (start < w0) return [start - margin, start - margin + span];
  return [end + margin - span, end + margin];
}

/** Keeps a window within the allowed spans. */
export function constrainWindow(window: readonly [number, number]): [number, number] {
  const [start, end] = window;
  const span = end - start;
  if (span >= MIN_WINDOW_MS && span <= MAX_WINDOW_MS) return [start, end];
  return windowAround(start, end, 0);
}

export interface MarkPoint {
  eventIndex: number;
  x: number;
  y: number;
}

export interface Connector {
  eventIndex: number;
  x: number;
  y0: number;
  y1: number;
}

/**
 * One vertical connector per event drawn in two or more lanes, from its topmost to its
 * bottommost mark, so a call reads as one event between its participants' lanes.
 */
export function connectorsOf(points: readonly MarkPoint[]): Connector[] {
  const byEvent = new Map<number, Connector & { count: number }>();
  for (const p of points) {
    const seen = byEvent.get(p.eventIndex);
    if (!seen) byEvent.set(p.eventIndex, { eventIndex: p.eventIndex, x: p.x, y0: p.y, y1: p.y, count: 1 });
    else {
      seen.y0 = Math.min(seen.y0, p.y);
      seen.y1 = Math.max(seen.y1, p.y);
      seen.count++;
    }
  }
  const out: Connector[] = [];
  for (const c of byEvent.values()) if (c.count > 1 && c.y1 > c.y0) out.push({ eventIndex: c.eventIndex, x: c.x, y0: c.y0, y1: c.y1 });
  return out;
}
