// Frame timings kept per chart for the dev page's measurements (src/app/dev); not part of
// the chart's contract with the application.
import type { Scene } from '../../core/scene/types';

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


/** Adds the time since `since` to a phase's sum; gives now, where the next phase begins. */
export function timePhase(stats: ChartStats, name: string, since: number): number {
  const now = performance.now();
  stats.phaseMs[name] = (stats.phaseMs[name] ?? 0) + now - since;
  return now;
}

/** Records a frame: what its scene drew (none for a pan step, which moves a picture), and its script time (the last 600 frames kept). */
export function recordFrame(stats: ChartStats, scene: Scene | null, began: number): void {
  if (scene) {
    stats.lastMarks = scene.stats.marks;
    stats.lastClusters = scene.stats.clusters;
    stats.lastDensityLanes = scene.stats.denseLanes;
  }
  stats.frameMs.push(performance.now() - began);
  if (stats.frameMs.length > 600) stats.frameMs.splice(0, stats.frameMs.length - 600);
}
