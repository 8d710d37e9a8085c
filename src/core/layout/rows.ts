// Vertical layout: where each group header and lane sits, and which are in view for a
// scroll position, so hundreds of lanes cost only the few on screen.
import type { LaneModel } from './lanes';

export interface RowMetrics {
  laneHeight: number;
  groupHeaderHeight: number;
}

export interface VerticalLayout {
  /** Top of each lane, px from the top of the lane area. */
  laneTop: Float64Array;
  laneHeight: number;
  /** Top of each group header (same order as model.groups). */
  groupTop: Float64Array;
  groupHeaderHeight: number;
  totalHeight: number;
}

export function verticalLayout(model: LaneModel, metrics: RowMetrics): VerticalLayout {
  const laneTop = new Float64Array(model.lanes.length);
  const groupTop = new Float64Array(model.groups.length);
  let y = 0;
  if (model.groups.length === 0) {
    for (let i = 0; i < model.lanes.length; i++) {
      laneTop[i] = y;
      y += metrics.laneHeight;
    }
  } else {
    model.groups.forEach((group, g) => {
      groupTop[g] = y;
      y += metrics.groupHeaderHeight;
      for (const lane of group.laneIndices) {
        laneTop[lane] = y;
        y += metrics.laneHeight;
      }
    });
  }
  return { laneTop, laneHeight: metrics.laneHeight, groupTop, groupHeaderHeight: metrics.groupHeaderHeight, totalHeight: y };
}

/** Lanes [from, to) that meet the band [top, top + height). */
export function visibleLanes(layout: VerticalLayout, top: number, height: number): [number, number] {
  const tops = layout.laneTop;
  const n = tops.length;
  // Lane tops are ascending: binary search both edges.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tops[mid]! + layout.laneHeight <= top) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tops[mid]! < top + height) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}

/** Groups whose header meets the band. */
export function visibleGroups(layout: VerticalLayout, top: number, height: number): number[] {
  const out: number[] = [];
  layout.groupTop.forEach((groupTop, g) => {
    if (groupTop + layout.groupHeaderHeight > top && groupTop < top + height) out.push(g);
  });
  return out;
}
