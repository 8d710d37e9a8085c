// Time running right to left (`axis=rtl`): the scene laid out left to right, then every
// horizontal position reflected about the plot's middle. What is drawn beside a mark in a
// box (a cluster's badge, a bar, a period's name) is reflected as a box, so the room the
// layout kept for it is where it lands. Titles are placed afterwards (core/scene/labels.ts),
// in the scene reflected back to left to right and then reflected with it (labels too).
import { CLUSTER_BADGE } from './metrics';
import type { Scene } from './types';

/** `scene` with time running right to left, in place; returns it. Reflecting twice gives the scene back. */
export function mirrorScene(scene: Scene): Scene {
  const width = scene.width;
  const point = (x: number) => width - x;
  for (const mark of scene.marks) mark.x = point(mark.x);
  for (const bar of scene.bars) {
    [bar.x0, bar.x1] = [point(bar.x1), point(bar.x0)];
    // The edges name the span's own start and end: the start is now the right-hand end.
    [bar.startEdge, bar.endEdge] = [bar.endEdge, bar.startEdge];
  }
  // The badge spans [x + left, x + left + width]: its reflection starts where that box ends.
  for (const cluster of scene.clusters) cluster.x = width - cluster.x - CLUSTER_BADGE.width - 2 * CLUSTER_BADGE.left;
  for (const run of scene.density) run.x = width - run.x - run.width;
  for (const connector of scene.connectors) connector.x = point(connector.x);
  for (const tick of scene.ticks) {
    tick.x = point(tick.x);
    tick.anchor = tick.anchor === 'start' ? 'end' : tick.anchor === 'end' ? 'start' : 'middle';
  }
  for (const note of scene.notes) {
    [note.x0, note.x1] = [point(note.x1), point(note.x0)];
    note.labelX = width - note.labelX - note.labelWidth;
  }
  for (const label of scene.labels) label.x = width - label.x - label.width;
  if (scene.today !== null) scene.today = point(scene.today);
  scene.direction = scene.direction === 'rtl' ? 'ltr' : 'rtl';
  return scene;
}

/** Where time `x` px from the window's start (as a left-to-right layout has it) is drawn in `scene`. */
export function drawnX(scene: Pick<Scene, 'width' | 'direction'>, x: number): number {
  return scene.direction === 'rtl' ? scene.width - x : x;
}
