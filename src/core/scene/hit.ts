// What is under a point of the plot: the pointer and the click handler ask the scene,
// so a click lands on exactly what is drawn there.
import { CLUSTER_BADGE, MARK_HIT_RADIUS } from './metrics';
import type { Scene, SceneCluster, SceneMark } from './types';

export type SceneHit = { kind: 'mark'; mark: SceneMark } | { kind: 'cluster'; cluster: SceneCluster };

/** The cluster badge under (x, y), else the mark whose title is there, else the nearest mark within the hit radius, else null. */
export function hitAt(scene: Scene, x: number, y: number): SceneHit | null {
  for (const cluster of scene.clusters) {
    const left = cluster.x + CLUSTER_BADGE.left;
    if (x >= left && x <= left + CLUSTER_BADGE.width && Math.abs(y - cluster.y) <= CLUSTER_BADGE.height / 2 + 1) return { kind: 'cluster', cluster };
  }
  // A title beside a mark stands for its mark.
  for (const label of scene.labels) {
    if (x < label.x || x > label.x + label.width || y < label.y || y > label.y + label.height) continue;
    const mark = scene.marks[label.mark];
    if (mark) return { kind: 'mark', mark };
  }
  let best: SceneMark | null = null;
  let bestDistance = MARK_HIT_RADIUS * MARK_HIT_RADIUS;
  for (const mark of scene.marks) {
    const dx = mark.x - x;
    const dy = mark.y - y;
    const d = dx * dx + dy * dy;
    if (d <= bestDistance) {
      bestDistance = d;
      best = mark;
    }
  }
  return best ? { kind: 'mark', mark: best } : null;
}
