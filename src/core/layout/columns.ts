// Per-lane columnar arrays: what the renderer walks every frame. Each lane's events are
// sorted by the time their mark sits at, in typed arrays, with running extremes that
// let a binary search find the visible range even when long bars reach in from outside.
import type { Dataset, TimelineEvent } from '../model/types';
import type { LaneModel } from './lanes';

/** Bit flags describing how an event's mark is drawn; one byte per event. */
export const MARK_FLAG = {
  /** A span: `end` was given (drawn as a solid bar). */
  span: 1,
  /**
   * Covers an interval (a day, a month, a year; not a span): drawn as its whole interval
   * wherever that is wider than a few pixels, with the mark at its centre.
   */
  imprecise: 2,
  /** EDTF `~` or `?`. */
  qualified: 4,
  planned: 8,
  reported: 16,
} as const;

export const TYPE_CODE = { statement: 0, call: 1, meeting: 2 } as const;

export interface LaneColumn {
  /** Indices into dataset.events, in the order below. */
  eventIndex: Int32Array;
  /** Where the mark sits, ms (ascending): the start, or an imprecise date's middle. */
  markTime: Float64Array;
  /** The interval drawn as a bar, ms. */
  start: Float64Array;
  end: Float64Array;
  /** prefixMaxEnd[i] = max(end[0..i]); non-decreasing, so searchable. */
  prefixMaxEnd: Float64Array;
  /** suffixMinStart[i] = min(start[i..]); non-decreasing, so searchable. */
  suffixMinStart: Float64Array;
  /** TYPE_CODE per event. */
  type: Uint8Array;
  /** MARK_FLAG bits per event. */
  flags: Uint8Array;
}

export function markFlags(event: TimelineEvent): number {
  let flags = 0;
  if (event.until) flags |= MARK_FLAG.span;
  if (!event.until && event.end > event.start) flags |= MARK_FLAG.imprecise;
  if (event.date.approximate || event.date.uncertain || event.until?.approximate || event.until?.uncertain) flags |= MARK_FLAG.qualified;
  if (event.status === 'planned') flags |= MARK_FLAG.planned;
  if (event.status === 'reported') flags |= MARK_FLAG.reported;
  return flags;
}

/**
 * A span's mark sits at its start; any single date's at the middle of what it covers, so
 * a day, a month and a year read the same way (a day-precise event is not drawn at
 * midnight as if known to the minute).
 */
export function markTimeOf(event: TimelineEvent): number {
  if (event.until) return event.start;
  return (event.start + event.end) / 2;
}

/** One column per lane of the model, from the events the model placed in lanes. */
export function buildLaneColumns(dataset: Dataset, model: LaneModel): LaneColumn[] {
  const laneCount = model.lanes.length;
  const buckets: number[][] = Array.from({ length: laneCount }, () => []);
  const total = dataset.events.length;
  for (let e = 0; e < total; e++) {
    const from = model.laneOffsets[e]!;
    const to = model.laneOffsets[e + 1]!;
    for (let k = from; k < to; k++) buckets[model.laneIndices[k]!]!.push(e);
  }
  const markTimes = new Float64Array(total);
  for (let e = 0; e < total; e++) markTimes[e] = markTimeOf(dataset.events[e]!);
  return buckets.map((indices) => {
    // Events come sorted by start; marks at an interval's middle can reorder them (a
    // month's middle falls after a day early in that month); ties keep file order.
    indices.sort((a, b) => markTimes[a]! - markTimes[b]! || a - b);
    return columnOf(dataset, indices, markTimes);
  });
}

function columnOf(dataset: Dataset, indices: readonly number[], markTimes: Float64Array): LaneColumn {
  const n = indices.length;
  const column: LaneColumn = {
    eventIndex: Int32Array.from(indices),
    markTime: new Float64Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    prefixMaxEnd: new Float64Array(n),
    suffixMinStart: new Float64Array(n),
    type: new Uint8Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const e = indices[i]!;
    const event = dataset.events[e]!;
    column.markTime[i] = markTimes[e]!;
    column.start[i] = event.start;
    column.end[i] = event.end;
    column.type[i] = TYPE_CODE[event.type];
    column.flags[i] = markFlags(event);
    column.prefixMaxEnd[i] = i === 0 ? event.end : Math.max(column.prefixMaxEnd[i - 1]!, event.end);
  }
  for (let i = n - 1; i >= 0; i--) {
    column.suffixMinStart[i] = i === n - 1 ? column.start[i]! : Math.min(column.suffixMinStart[i + 1]!, column.start[i]!);
  }
  return column;
}

/** First index i with values[i] >= target in a non-decreasing array (values.length if none). */
export function lowerBound(values: Float64Array, target: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with values[i] > target in a non-decreasing array (values.length if none). */
export function upperBound(values: Float64Array, target: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index range [from, to) of a column that can show anything in [t0, t1]: every
 * event whose bar or mark (within `markMargin` ms) meets the window lies inside it.
 * Some inside may still miss the window (a short event between long ones); callers
 * skip those cheaply. Two binary searches, whatever the lane's size.
 */
export function visibleRange(column: LaneColumn, t0: number, t1: number, markMargin = 0): [number, number] {
  const n = column.markTime.length;
  // Everything before `from` ends before the window and has its mark left of it.
  const byEnd = lowerBound(column.prefixMaxEnd, t0);
  const byMark = lowerBound(column.markTime, t0 - markMargin);
  const from = Math.min(byEnd, byMark);
  // Everything from `to` on starts after the window and has its mark right of it.
  const byStart = upperBound(column.suffixMinStart, t1);
  const byMarkEnd = upperBound(column.markTime, t1 + markMargin);
  const to = Math.max(byStart, byMarkEnd);
  return [Math.min(from, n), Math.max(Math.min(to, n), Math.min(from, n))];
}

/** Position of an event in a column, or -1. */
export function positionInColumn(column: LaneColumn, eventIndex: number, markTime: number): number {
  let i = lowerBound(column.markTime, markTime);
  for (; i < column.markTime.length && column.markTime[i] === markTime; i++) {
    if (column.eventIndex[i] === eventIndex) return i;
  }
  // Imprecise ties are few; fall back to a scan rather than fail.
  return column.eventIndex.indexOf(eventIndex);
}
