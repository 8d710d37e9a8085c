// Frame timings kept per chart for the dev page's measurements (src/app/dev); not part of
// the chart's contract with the application.

/** Timings of recent frames, for the dev page's measurements (not part of the contract). */
export interface ChartStats {
  /** Script time of the last frames, ms (most recent last, at most 600). */
  frameMs: number[];
  /** Marks, clusters and density lanes drawn in the last frame. */
  lastMarks: number;
  lastClusters: number;
  lastDensityLanes: number;
  /** Script time per phase of the last frames, summed, ms (reset by whoever reads it). */
  phaseMs: Record<string, number>;
}
export const statsByContainer = new WeakMap<HTMLElement, ChartStats>();
export function chartStats(container: HTMLElement): ChartStats | undefined {
  return statsByContainer.get(container);
}

