// Per-lane columnar arrays: what the renderer walks every frame. Each lane's events are
// sorted by the time their mark sits at, in typed arrays, with running extremes that
// let a binary search find the visible range even when long bars reach in from outside.
import type { EventColumns } from './eventColumns';
import type { LaneModel } from './lanes';

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

/**
 * One column per lane of the model, from the events the model placed in lanes. Built in
 * passes over flat arrays rather than per lane over the event objects, so a million events
 * in 200 lanes cost two passes over flat arrays and no sort (it is on the path to the first
 * frame, and runs again on every filter change): each lane is filled in the events' mark-time
 * order, worked out once per dataset, which leaves it sorted.
 */
export function buildLaneColumns(model: LaneModel, events: EventColumns): LaneColumn[] {
  const laneCount = model.lanes.length;
  const { laneOffsets, laneIndices } = model;
  const { markTime, start, end, type, flags, markOrder } = events;
  const sizes = new Int32Array(laneCount);
  for (let k = 0; k < laneIndices.length; k++) sizes[laneIndices[k]!]!++;

  const columns: LaneColumn[] = Array.from({ length: laneCount }, (_, lane) => emptyColumn(sizes[lane]!));
  const filled = new Int32Array(laneCount);
  // In mark-time order (ties by event index), so each lane comes out sorted with no sort here.
  for (const e of markOrder) {
    for (let k = laneOffsets[e]!, to = laneOffsets[e + 1]!; k < to; k++) {
      const lane = laneIndices[k]!;
      const column = columns[lane]!;
      const i = filled[lane]!++;
      column.eventIndex[i] = e;
      column.markTime[i] = markTime[e]!;
      column.start[i] = start[e]!;
      column.end[i] = end[e]!;
      column.type[i] = type[e]!;
      column.flags[i] = flags[e]!;
    }
  }
  for (const column of columns) fillExtremes(column);
  return columns;
}

function emptyColumn(n: number): LaneColumn {
  return {
    eventIndex: new Int32Array(n),
    markTime: new Float64Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    prefixMaxEnd: new Float64Array(n),
    suffixMinStart: new Float64Array(n),
    type: new Uint8Array(n),
    flags: new Uint8Array(n),
  };
}

/** The running extremes that make the column searchable by its bars' ends and starts. */
function fillExtremes(column: LaneColumn): void {
  const { start, end, prefixMaxEnd, suffixMinStart } = column;
  const n = start.length;
  for (let i = 0; i < n; i++) prefixMaxEnd[i] = i === 0 ? end[0]! : Math.max(prefixMaxEnd[i - 1]!, end[i]!);
  for (let i = n - 1; i >= 0; i--) suffixMinStart[i] = i === n - 1 ? start[i]! : Math.min(suffixMinStart[i + 1]!, start[i]!);
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
