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
/** Codes from 3 on are a dataset's declared types, in the order of its `types` (src/render/markStyles.ts gives each a look). */
export const FIRST_DECLARED_TYPE_CODE = 3;
/** Type codes the painter keeps a look for; declared types past these share looks in turn. */
export const TYPE_CODE_COUNT = 64;

/** The painter's code of an event's type: a built-in's, or its declared type's. */
export function typeCodeOf(typeId: string, declaredIndex: ReadonlyMap<string, number>): number {
  if (typeId === 'statement' || typeId === 'call' || typeId === 'meeting') return TYPE_CODE[typeId];
  const index = declaredIndex.get(typeId);
  return index === undefined ? TYPE_CODE.statement : FIRST_DECLARED_TYPE_CODE + (index % (TYPE_CODE_COUNT - FIRST_DECLARED_TYPE_CODE));
}

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

/**
 * One column per lane of the model, from the events the model placed in lanes. `knownMarkTimes`
 * (by event index, filled for every event the model places) saves working them out again. Built in
 * passes over flat arrays rather than per lane over the event objects, so 100,000 events
 * in 200 lanes cost one read of each event and one sort (it is on the path to the first
 * frame): the per-event values are gathered once, the events are ordered by mark time once,
 * and each lane is filled in that order, which leaves it sorted.
 */
export function buildLaneColumns(dataset: Dataset, model: LaneModel, knownMarkTimes?: Float64Array): LaneColumn[] {
  const laneCount = model.lanes.length;
  const { laneOffsets, laneIndices } = model;
  const events = dataset.events;
  const total = events.length;
  const markTimes = knownMarkTimes ?? new Float64Array(total);
  const starts = new Float64Array(total);
  const ends = new Float64Array(total);
  const types = new Uint8Array(total);
  const flags = new Uint8Array(total);
  const sizes = new Int32Array(laneCount);
  const placed: number[] = [];
  const declaredIndex = new Map(dataset.types.map((type, index) => [type.id, index]));
  for (let e = 0; e < total; e++) {
    const from = laneOffsets[e]!;
    const to = laneOffsets[e + 1]!;
    if (from === to) continue;
    const event = events[e]!;
    if (!knownMarkTimes) markTimes[e] = markTimeOf(event);
    starts[e] = event.start;
    ends[e] = event.end;
    types[e] = typeCodeOf(event.typeId, declaredIndex);
    flags[e] = markFlags(event);
    placed.push(e);
    for (let k = from; k < to; k++) sizes[laneIndices[k]!]!++;
  }
  // Events come sorted by start; marks at an interval's middle can reorder them (a month's
  // middle falls after a day early in that month); ties keep event order. Nearly sorted
  // already, so the sort is close to one pass.
  placed.sort((a, b) => markTimes[a]! - markTimes[b]! || a - b);

  const columns: LaneColumn[] = Array.from({ length: laneCount }, (_, lane) => emptyColumn(sizes[lane]!));
  const filled = new Int32Array(laneCount);
  for (const e of placed) {
    for (let k = laneOffsets[e]!, to = laneOffsets[e + 1]!; k < to; k++) {
      const lane = laneIndices[k]!;
      const column = columns[lane]!;
      const i = filled[lane]!++;
      column.eventIndex[i] = e;
      column.markTime[i] = markTimes[e]!;
      column.start[i] = starts[e]!;
      column.end[i] = ends[e]!;
      column.type[i] = types[e]!;
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
