// Keyboard movement between events, windows that reveal things, and the connectors
// tying one call or meeting across lanes. Pure functions of the layout arrays.
import type { LaneColumn } from './columns';
import type { EventColumns } from './eventColumns';
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
    if (columns[l]!.eventIndex.length > 0) return l;
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

/** Padding of a fitted window on each side, as a share of what it fits. */
export const FIT_MARGIN_FRACTION = 0.04;

/**
 * Fit for a whole dataset's extent; an empty or single-instant extent gets a day around
 * it. With the plot's width, each side also keeps at least `edgePx` pixels, so marks at
 * the very first and last instants (and their dodged connectors) are drawn whole rather
 * than cut by the plot's edge, however narrow the screen.
 */
export function fitWindow(extent: readonly [number, number], widthPx = 0, edgePx = 0): [number, number] {
  const [start, end] = extent;
  if (end - start <= 0) return windowAround(start - 12 * HOUR_MS, start + 12 * HOUR_MS, 0);
  const span = end - start;
  let margin = span * FIT_MARGIN_FRACTION;
  // Room for the edge, px, is edgePx / widthPx of the whole window: solve for the window.
  const edgeShare = widthPx > 0 ? edgePx / widthPx : 0;
  if (edgeShare > 0 && edgeShare < 0.25 && margin < edgeShare * (span + 2 * margin)) {
    margin = (edgeShare * span) / (1 - 2 * edgeShare);
  }
  return windowAround(start, end, margin / span);
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
  /** The lane the mark is in, when known: tells which stretches cross other lanes. */
  lane?: number;
}

export interface ConnectorSegment {
  y0: number;
  y1: number;
  /** True when it passes lanes the event is not in (drawn lighter, so it does not read as joining them). */
  crossing: boolean;
}

export interface Connector {
  eventIndex: number;
  x: number;
  /** Topmost and bottommost mark. */
  y0: number;
  y1: number;
  /** From mark to mark, top to bottom. */
  segments: ConnectorSegment[];
}

/**
 * One vertical connector per event drawn in two or more lanes, from its topmost to its
 * bottommost mark, so a call reads as one event between its participants' lanes. It is
 * cut into mark-to-mark segments; those passing lanes the event is not in are flagged.
 */
export function connectorsOf(points: readonly MarkPoint[]): Connector[] {
  const out: Connector[] = [];
  const count = points.length;
  if (count < 2) return out;
  // The points grouped by event, top to bottom, by sorting their positions (ties kept in
  // order): a map of lists by event made two objects per joined event every frame, a third of
  // a zoom step's garbage at 100,000 events. Connectors come in event order.
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  order.sort((a, b) => points[a]!.eventIndex - points[b]!.eventIndex || points[a]!.y - points[b]!.y || a - b);
  let start = 0;
  while (start < count) {
    const top = points[order[start]!]!;
    let end = start + 1;
    while (end < count && points[order[end]!]!.eventIndex === top.eventIndex) end++;
    const y1 = points[order[end - 1]!]!.y;
    if (end - start >= 2 && y1 > top.y) {
      const segments: ConnectorSegment[] = [];
      for (let k = start + 1; k < end; k++) {
        const above = points[order[k - 1]!]!;
        const below = points[order[k]!]!;
        if (below.y === above.y) continue;
        const crossing = above.lane !== undefined && below.lane !== undefined && Math.abs(below.lane - above.lane) > 1;
        segments.push({ y0: above.y, y1: below.y, crossing });
      }
      out.push({ eventIndex: top.eventIndex, x: top.x, y0: top.y, y1, segments });
    }
    start = end;
  }
  return out;
}

/** Events drawn in two or more lanes, ordered by mark time: the ones with connectors. */
export interface JoinedEvents {
  eventIndex: Int32Array;
  markTime: Float64Array;
}

/** The joined events, taken in the events' mark-time order (EventColumns.markOrder), so no sort. */
export function joinedEventsOf(laneOffsets: Int32Array | readonly number[], events: Pick<EventColumns, 'markTime' | 'markOrder'>): JoinedEvents {
  const { markTime, markOrder } = events;
  // Which events join lanes, read in event order (the lane offsets in sequence, not at a
  // million scattered places); then those in mark-time order, one byte looked up per event.
  const eventCount = markOrder.length;
  const isJoined = new Uint8Array(eventCount);
  let count = 0;
  for (let e = 0; e < eventCount; e++) {
    if (laneOffsets[e + 1]! - laneOffsets[e]! > 1) {
      isJoined[e] = 1;
      count++;
    }
  }
  const joined: JoinedEvents = { eventIndex: new Int32Array(count), markTime: new Float64Array(count) };
  // Every event in one lane (one topic for all, say): no need to walk the mark order.
  if (count === 0) return joined;
  let k = 0;
  for (const e of markOrder) {
    if (isJoined[e] === 0) continue;
    joined.eventIndex[k] = e;
    joined.markTime[k++] = markTime[e]!;
  }
  return joined;
}

export interface DodgeOptions {
  /** Distance between dodged connectors, px; events closer than this count as one x. */
  gap: number;
  /** A run is never spread wider than this, px (the gap shrinks instead). */
  maxSpread: number;
  /** Above this many joined events in view, nothing is dodged (their connectors are not drawn). */
  maxEvents: number;
}

export const DEFAULT_DODGE: DodgeOptions = { gap: 5, maxSpread: 20, maxEvents: 250 };

/** Longer runs than this are not spread (their connectors are too many to tell apart anyway). */
const MAX_RUN = 1_000;

/**
 * Horizontal nudges, px, for joined events whose marks fall at (nearly) the same x: without
 * them their connectors merge into one line that seems to join everyone. Each run of events
 * closer than `gap` is spread evenly around its mean x, in event index order, so the order is
 * stable while panning. A run is found when one of its events is first asked for and spread
 * whole, wherever the window's edges cut it: an event's nudge does not depend on where the
 * window starts, so stacking (which looks at events before the window) places marks alike in
 * any window at one scale.
 */
export class JoinedNudges {
  private readonly known = new Map<number, number>();
  private joined: JoinedEvents = { eventIndex: new Int32Array(0), markTime: new Float64Array(0) };
  private t0 = 0;
  private pxPerMs = 1;
  private options: DodgeOptions = DEFAULT_DODGE;
  /** False when nothing is nudged in this frame. */
  any = false;

  /**
   * Starts a frame of the view from `t0` at `pxPerMs`. Nothing is nudged when more than
   * `options.maxEvents` joined events are in the `counted` part of it, px (their connectors
   * are not drawn then; see SceneFrame.plotSpan).
   */
  reset(joined: JoinedEvents, t0: number, pxPerMs: number, counted: readonly [number, number], options: DodgeOptions): void {
    this.known.clear();
    this.joined = joined;
    this.t0 = t0;
    this.pxPerMs = pxPerMs;
    this.options = options;
    const margin = (options.maxSpread + options.gap) / pxPerMs;
    const inView = lowerBound(joined.markTime, t0 + counted[1] / pxPerMs + margin) - lowerBound(joined.markTime, t0 + counted[0] / pxPerMs - margin);
    this.any = inView > 1 && inView <= options.maxEvents;
  }

  /** The nudge of the event with this index and mark time, px: 0 when it joins no lanes, or is alone at its x. */
  of(eventIndex: number, markTime: number): number {
    if (!this.any) return 0;
    const known = this.known.get(eventIndex);
    if (known !== undefined) return known;
    const { eventIndex: ids, markTime: times } = this.joined;
    let pos = lowerBound(times, markTime);
    while (pos < times.length && times[pos] === markTime && ids[pos] !== eventIndex) pos++;
    // Most events join no lanes: found absent by the search, they are not remembered.
    if (pos >= times.length || ids[pos] !== eventIndex) return 0;
    const near = (k: number) => (times[k]! - times[k - 1]!) * this.pxPerMs < this.options.gap;
    let start = pos;
    while (start > 0 && near(start)) start--;
    let end = pos + 1;
    while (end < times.length && near(end)) end++;
    this.spread(start, end);
    return this.known.get(eventIndex) ?? 0;
  }

  private spread(start: number, end: number): void {
    const { eventIndex: ids, markTime: times } = this.joined;
    const count = end - start;
    if (count < 2 || count > MAX_RUN) {
      for (let k = start; k < end; k++) this.known.set(ids[k]!, 0);
      return;
    }
    let sum = 0;
    for (let k = start; k < end; k++) sum += (times[k]! - this.t0) * this.pxPerMs;
    const centre = sum / count;
    const gap = Math.min(this.options.gap, this.options.maxSpread / (count - 1));
    const xs = new Map<number, number>();
    for (let k = start; k < end; k++) xs.set(ids[k]!, (times[k]! - this.t0) * this.pxPerMs);
    const members = Array.from(ids.subarray(start, end)).sort((a, b) => a - b);
    members.forEach((eventIndex, k) => this.known.set(eventIndex, centre + (k - (count - 1) / 2) * gap - xs.get(eventIndex)!));
  }
}
