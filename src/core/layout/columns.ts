// Per-lane columnar arrays: what the renderer walks every frame. Each lane's events are
// sorted by the time their mark sits at, in typed arrays, with running extremes that
// let a binary search find the visible range even when long bars reach in from outside.
// A lane's arrays are gathered from the event columns when it is first read.
import type { EventColumns } from './eventColumns';
import type { LaneModel } from './lanes';

export interface LaneColumn {
  /** Indices into dataset.events, in the order below. */
  readonly eventIndex: Int32Array;
  /** Where the mark sits, ms (ascending): the start, or an imprecise date's middle. */
  readonly markTime: Float64Array;
  /** The interval drawn as a bar, ms. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** prefixMaxEnd[i] = max(end[0..i]); non-decreasing, so searchable. */
  readonly prefixMaxEnd: Float64Array;
  /** suffixMinStart[i] = min(start[i..]); non-decreasing, so searchable. */
  readonly suffixMinStart: Float64Array;
  /** TYPE_CODE per event. */
  readonly type: Uint8Array;
  /** MARK_FLAG bits per event. */
  readonly flags: Uint8Array;
}

/**
 * A lane's column whose values are gathered from the event columns when first read, by
 * position in `eventIndex`. The plan makes only the event indices of every lane; the chart
 * reads the rest of the lanes it draws, searches or steps through. At a million events in
 * 240 lanes, filling all seven arrays of every lane was half of the first plan's 607 ms
 * task, for the twenty or so lanes on screen.
 */
class GatheredColumn implements LaneColumn {
  #markTime: Float64Array | undefined;
  #start: Float64Array | undefined;
  #end: Float64Array | undefined;
  #prefixMaxEnd: Float64Array | undefined;
  #suffixMinStart: Float64Array | undefined;
  #type: Uint8Array | undefined;
  #flags: Uint8Array | undefined;
  readonly #events: EventColumns;

  constructor(readonly eventIndex: Int32Array, events: EventColumns) {
    this.#events = events;
  }

  get markTime(): Float64Array {
    return (this.#markTime ??= gathered(new Float64Array(this.eventIndex.length), this.#events.markTime, this.eventIndex));
  }

  get start(): Float64Array {
    return (this.#start ??= gathered(new Float64Array(this.eventIndex.length), this.#events.start, this.eventIndex));
  }

  get end(): Float64Array {
    return (this.#end ??= gathered(new Float64Array(this.eventIndex.length), this.#events.end, this.eventIndex));
  }

  get type(): Uint8Array {
    return (this.#type ??= gathered(new Uint8Array(this.eventIndex.length), this.#events.type, this.eventIndex));
  }

  get flags(): Uint8Array {
    return (this.#flags ??= gathered(new Uint8Array(this.eventIndex.length), this.#events.flags, this.eventIndex));
  }

  /** The running extremes that make the column searchable by its bars' ends and starts. */
  get prefixMaxEnd(): Float64Array {
    return (this.#prefixMaxEnd ??= runningMax(this.end));
  }

  get suffixMinStart(): Float64Array {
    return (this.#suffixMinStart ??= runningMinFromEnd(this.start));
  }
}

/** max(values[0..i]) at each i. */
function runningMax(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = i === 0 ? values[0]! : Math.max(out[i - 1]!, values[i]!);
  return out;
}

/** min(values[i..]) at each i. */
function runningMinFromEnd(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = values.length - 1; i >= 0; i--) out[i] = i === values.length - 1 ? values[i]! : Math.min(out[i + 1]!, values[i]!);
  return out;
}

/** `target[i] = source[eventIndex[i]]`: one event column's values in a lane's order. */
function gathered<T extends Float64Array | Uint8Array>(target: T, source: ArrayLike<number>, eventIndex: Int32Array): T {
  for (let i = 0; i < eventIndex.length; i++) target[i] = source[eventIndex[i]!]!;
  return target;
}

/**
 * One column per lane of the model, from the events the model placed in lanes: each lane's
 * event indices, filled in the events' mark-time order (worked out once per dataset), which
 * leaves them sorted with no sort. It is on the path to the first frame and runs again on
 * every filter change, so it is one pass over flat arrays; a lane's values wait until read.
 */
export function buildLaneColumns(model: LaneModel, events: EventColumns): LaneColumn[] {
  const laneCount = model.lanes.length;
  const { laneOffsets, laneIndices } = model;
  const sizes = new Int32Array(laneCount);
  for (let k = 0; k < laneIndices.length; k++) sizes[laneIndices[k]!]!++;
  const indices = Array.from({ length: laneCount }, (_, lane) => new Int32Array(sizes[lane]!));
  const filled = new Int32Array(laneCount);
  // In mark-time order (ties by event index), so each lane comes out sorted.
  for (const e of events.markOrder) {
    for (let k = laneOffsets[e]!, to = laneOffsets[e + 1]!; k < to; k++) {
      const lane = laneIndices[k]!;
      indices[lane]![filled[lane]!++] = e;
    }
  }
  return indices.map((eventIndex) => new GatheredColumn(eventIndex, events));
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
