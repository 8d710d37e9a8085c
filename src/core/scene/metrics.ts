// The chart's geometry in CSS pixels: one set of numbers for every surface that draws a
// scene (the screen, SVG and PNG pictures, print), so they cannot drift apart.

/** Mark size, px: the bounding box of every mark shape. */
export const MARK_SIZE = 10;

export interface LaneMetrics {
  laneHeight: number;
  groupHeaderHeight: number;
  /** Space above the first sub-row. */
  padTop: number;
  /** Distance between sub-rows. */
  rowPitch: number;
  maxRows: number;
}

export const LANE_METRICS: LaneMetrics = { laneHeight: 50, groupHeaderHeight: 26, padTop: 6, rowPitch: 11, maxRows: 3 };

/** Centre of sub-row `row` within a lane; row `maxRows` holds cluster badges. */
export function rowCentre(metrics: LaneMetrics, row: number): number {
  return metrics.padTop + MARK_SIZE / 2 + row * metrics.rowPitch;
}

/**
 * A date's interval (day, month, year) gets its band once it is this wide: narrower, the
 * band would be hidden under the mark anyway.
 */
export const MIN_INTERVAL_BAND_PX = 4;

/** How far past the plot's edges bars are kept, px, so their clipped ends stay off screen. */
export const BAR_EDGE_PX = 12;

/** A cluster badge ("+12"): its box relative to the cluster's x and row centre. */
export const CLUSTER_BADGE = { left: -3, width: 26, height: 12 } as const;

/** Pointer distance within which a mark counts as hit, px. */
export const MARK_HIT_RADIUS = 9;

/**
 * Above this many connectors in view they blur into a wall of lines that ties nothing
 * together; then only the hovered, focused and selected events show theirs.
 */
export const MAX_PAINTED_CONNECTORS = 250;
