// The per-frame layout of one lane: which events get their own mark and in which
// sub-row, which merge into counted clusters, and when the lane is too dense for marks
// at all (then a per-pixel-column density strip). Pure and allocation-free per frame:
// results go into a reusable LaneFrame.
import { type LaneColumn, visibleRange } from './columns';
import type { JoinedNudges } from './navigation';

/** A linear time→pixel mapping: x = (t - t0) * pxPerMs. */
export interface TimeToPixels {
  t0: number;
  pxPerMs: number;
  /** Width of the plot, px. */
  width: number;
}

export interface StackingOptions {
  /** Horizontal room a mark needs in its sub-row, px (mark size plus a gap). */
  markWidth: number;
  /** Sub-rows for individual marks; more events at once become a cluster. */
  maxRows: number;
  /** Room a cluster badge ("+12") needs, px. */
  clusterWidth: number;
  /** Above this many events per pixel column on average, the lane is drawn as density. */
  densityPerColumn: number;
  /** The most room a title is given after its mark, px (see layoutLane's labelRoom). */
  maxLabelRoom: number;
}

export const DEFAULT_STACKING: StackingOptions = { markWidth: 12, maxRows: 3, clusterWidth: 30, densityPerColumn: 2, maxLabelRoom: 320 };

/**
 * Room that is this close to enough is enough, px: x is measured from the window's start, so
 * the same two marks' distance rounds differently in two windows, and a tie must not.
 */
const TIE_PX = 1e-3;

/** The farthest a joined event's mark is nudged (half of DodgeOptions.maxSpread), px, with room to spare. */
const NUDGE_REACH_PX = 20;

/** How many events before the window stacking may go back over to begin where the lane had room. */
const MAX_LEAD_EVENTS = 512;

export type LaneMode = 'marks' | 'density';

/** Growable typed buffers, reused frame after frame so panning allocates nothing. */
export class LaneFrame {
  mode: LaneMode = 'marks';
  /** Column positions (not event indices) of events drawn as their own mark. */
  markPos = new Int32Array(64);
  markX = new Float32Array(64);
  markRow = new Uint8Array(64);
  markCount = 0;
  clusterX = new Float32Array(16);
  clusterSize = new Int32Array(16);
  /** Column positions of a cluster's first and last member (members are consecutive). */
  clusterFirst = new Int32Array(16);
  clusterLast = new Int32Array(16);
  clusterCount = 0;
  /** Events per pixel column, in density mode. */
  density = new Uint32Array(0);
  densityMax = 0;
  /** Visible events in the lane (all modes). */
  visibleCount = 0;

  reset(width: number): void {
    this.mode = 'marks';
    this.markCount = 0;
    this.clusterCount = 0;
    this.densityMax = 0;
    this.visibleCount = 0;
    const columns = Math.max(0, Math.ceil(width));
    if (this.density.length !== columns) this.density = new Uint32Array(columns);
  }

  pushMark(pos: number, x: number, row: number): void {
    if (this.markCount === this.markPos.length) {
      const size = this.markPos.length * 2;
      this.markPos = grow(this.markPos, new Int32Array(size));
      this.markX = grow(this.markX, new Float32Array(size));
      this.markRow = grow(this.markRow, new Uint8Array(size));
    }
    this.markPos[this.markCount] = pos;
    this.markX[this.markCount] = x;
    this.markRow[this.markCount] = row;
    this.markCount++;
  }

  pushCluster(pos: number, x: number): void {
    if (this.clusterCount === this.clusterX.length) {
      const size = this.clusterX.length * 2;
      this.clusterX = grow(this.clusterX, new Float32Array(size));
      this.clusterSize = grow(this.clusterSize, new Int32Array(size));
      this.clusterFirst = grow(this.clusterFirst, new Int32Array(size));
      this.clusterLast = grow(this.clusterLast, new Int32Array(size));
    }
    const c = this.clusterCount++;
    this.clusterX[c] = x;
    this.clusterSize[c] = 1;
    this.clusterFirst[c] = pos;
    this.clusterLast[c] = pos;
  }
}

function grow<T extends Int32Array | Float32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Lays out the visible part of a lane. Marks are packed greedily left to right into
 * `maxRows` sub-rows, each keeping `markWidth` px between marks, so no mark ever hides
 * another; an event with no free sub-row joins a cluster in the row below the marks.
 * Cluster starts are `clusterWidth` apart so badges never overlap either, and a cluster
 * that would hold a single event is drawn as that event's mark in the badge row.
 */
export function layoutLane(
  column: LaneColumn,
  view: TimeToPixels,
  options: StackingOptions,
  out: LaneFrame,
  /** Pixel nudges of joined events (dodged connectors); marks move, bars stay. */
  nudges?: JoinedNudges,
  /**
   * Room the title of the event at a column position wants after its mark, px. With it,
   * a mark goes to a sub-row where the title before it keeps its room when one is free
   * (as vis-timeline stacks items so each keeps its text); marks still never overlap.
   */
  labelRoom?: (pos: number) => number,
  /** The part of the view, px, whose events decide whether the lane is too dense for marks (see SceneFrame.plotSpan); all of it when absent. */
  counted?: readonly [number, number],
): void {
  out.reset(view.width);
  const msPerPx = 1 / view.pxPerMs;
  const t1 = view.t0 + view.width * msPerPx;
  const margin = options.markWidth * msPerPx;
  const [from, to] = visibleRange(column, view.t0, t1, margin);
  out.visibleCount = to - from;
  const [countFrom, countTo] = counted ? visibleRange(column, view.t0 + counted[0] * msPerPx, view.t0 + counted[1] * msPerPx, margin) : [from, to];
  const countedWidth = counted ? counted[1] - counted[0] : view.width;
  if (countTo - countFrom > countedWidth * options.densityPerColumn) {
    layoutDensity(column, view, from, to, out);
    return;
  }
  const rowFree = new Float64Array(options.maxRows).fill(-Infinity);
  const labelFree = labelRoom ? new Float64Array(options.maxRows).fill(-Infinity) : null;
  let clusterEnd = -Infinity;
  /** Whether the cluster being filled is drawn; until one of its members is, where it began and its size. */
  let clusterShown = false;
  let hiddenFirst = 0;
  let hiddenX = 0;
  let hiddenSize = 0;
  const { markTime, start, end } = column;
  const lead = stackingStart(markTime, from, options, labelRoom !== undefined, msPerPx);
  const drawnTo = view.width + options.markWidth;
  for (let i = lead; i < markTime.length; i++) {
    const unnudged = (markTime[i]! - view.t0) * view.pxPerMs;
    // Past the window's end only a drawn cluster can still grow (its count takes in members out
    // of view, as a wider window would show it): stop beyond its reach.
    if (i >= to && unnudged > Math.max(drawnTo, clusterShown ? clusterEnd : -Infinity) + NUDGE_REACH_PX) break;
    const x = nudges?.any ? unnudged + nudges.of(column.eventIndex[i]!, markTime[i]!) : unnudged;
    const barVisible = i >= from && i < to && end[i]! >= view.t0 && start[i]! <= t1;
    // Before the window's start, and after its end, an event is stacked but not drawn.
    const drawn = barVisible || (x >= -options.markWidth && x <= drawnTo);
    let row = -1;
    if (labelFree) {
      for (let r = 0; r < options.maxRows; r++) {
        if (labelFree[r]! <= x + TIE_PX) {
          row = r;
          break;
        }
      }
    }
    if (row < 0) {
      for (let r = 0; r < options.maxRows; r++) {
        if (rowFree[r]! <= x + TIE_PX) {
          row = r;
          break;
        }
      }
    }
    if (row >= 0) {
      rowFree[row] = x + options.markWidth;
      if (labelFree && labelRoom) labelFree[row] = x + options.markWidth + Math.min(options.maxLabelRoom, labelRoom(i));
      if (drawn) out.pushMark(i, x, row);
      continue;
    }
    const inCluster = x < clusterEnd - TIE_PX;
    if (inCluster && clusterShown) {
      const last = out.clusterCount - 1;
      out.clusterSize[last]!++;
      out.clusterLast[last] = i;
    } else if (inCluster && drawn) {
      // A member in view of a cluster begun before it: the cluster is drawn, from where it began.
      out.pushCluster(hiddenFirst, hiddenX);
      out.clusterSize[out.clusterCount - 1] = hiddenSize + 1;
      out.clusterLast[out.clusterCount - 1] = i;
      clusterShown = true;
    } else if (inCluster) {
      hiddenSize++;
    } else {
      if (drawn) out.pushCluster(i, x);
      else {
        hiddenFirst = i;
        hiddenX = x;
        hiddenSize = 1;
      }
      clusterShown = drawn;
      clusterEnd = x + options.clusterWidth;
    }
  }
  singleClustersToMarks(out, options.maxRows);
}

/**
 * Where stacking begins: the last event at or before `from` that follows a gap wide enough
 * to leave every sub-row, title room and cluster behind it free (searching back at most
 * MAX_LEAD_EVENTS). From there the greedy packing is the same whatever the window's start,
 * so a mark keeps its sub-row while the view pans, and a picture drawn wider than the plot
 * (core/scene/pan.ts) stacks what the plot shows as the plot does.
 */
function stackingStart(markTime: Float64Array, from: number, options: StackingOptions, withLabels: boolean, msPerPx: number): number {
  const resetMs = Math.max(options.clusterWidth, options.markWidth + (withLabels ? options.maxLabelRoom : 0)) * msPerPx;
  const earliest = Math.max(0, from - MAX_LEAD_EVENTS);
  let lead = Math.min(from, markTime.length);
  while (lead > earliest && markTime[lead]! - markTime[lead - 1]! < resetMs) lead--;
  return lead;
}

/**
 * A "cluster" of one event hides the one thing it stands for behind a "+1": draw that
 * event as its own mark in the badge row instead. Badges start at least `clusterWidth`
 * apart, so a mark at a badge's place overlaps no other badge or mark.
 */
function singleClustersToMarks(out: LaneFrame, badgeRow: number): void {
  let kept = 0;
  for (let c = 0; c < out.clusterCount; c++) {
    if (out.clusterSize[c] === 1) {
      out.pushMark(out.clusterFirst[c]!, out.clusterX[c]!, badgeRow);
      continue;
    }
    out.clusterX[kept] = out.clusterX[c]!;
    out.clusterSize[kept] = out.clusterSize[c]!;
    out.clusterFirst[kept] = out.clusterFirst[c]!;
    out.clusterLast[kept] = out.clusterLast[c]!;
    kept++;
  }
  out.clusterCount = kept;
}

/** Counts marks per pixel column; the painter draws the counts as a strip. */
function layoutDensity(column: LaneColumn, view: TimeToPixels, from: number, to: number, out: LaneFrame): void {
  out.mode = 'density';
  const density = out.density;
  density.fill(0);
  const width = density.length;
  const { markTime } = column;
  let max = 0;
  for (let i = from; i < to; i++) {
    const x = Math.floor((markTime[i]! - view.t0) * view.pxPerMs);
    if (x < 0 || x >= width) continue;
    const count = ++density[x]!;
    if (count > max) max = count;
  }
  out.densityMax = max;
}

/** Counts per column over the whole extent, for the overview band. */
export function densityColumns(markTimes: Float64Array, t0: number, t1: number, columns: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, columns));
  if (columns <= 0 || t1 <= t0) return counts;
  const scale = columns / (t1 - t0);
  for (let i = 0; i < markTimes.length; i++) {
    const x = Math.floor((markTimes[i]! - t0) * scale);
    if (x >= 0 && x < columns) counts[x]!++;
    else if (x === columns) counts[columns - 1]!++;
  }
  return counts;
}
