// Where keyboard focus goes on the chart: the focused event's place in the scene, and the
// scroll that brings its lane into view. Pure geometry, for the chart's keyboard layer.
import type { VerticalLayout } from '../layout/rows';
import { markX, type SceneScratch } from './build';
import { LANE_METRICS, rowCentre } from './metrics';
import { drawnX } from './mirror';
import type { ScenePlan } from './plan';
import type { Scene } from './types';

/** Where an event is in a lane of the scene: on its mark, else where its mark would be (clustered, or in a dense lane); null for a lane that is not there. */
export function eventPlacement(plan: ScenePlan, scratch: SceneScratch, scene: Scene, eventIndex: number, lane: number): { x: number; y: number } | null {
  const mark = scene.marks.find((m) => m.eventIndex === eventIndex && m.lane === lane);
  if (mark) return { x: mark.x, y: mark.y };
  const top = plan.vertical.laneTop[lane];
  if (top === undefined) return null;
  return { x: drawnX(scene, markX(plan, scratch, eventIndex, scene.window[0], scene.pxPerMs)), y: top - scene.scrollTop + rowCentre(LANE_METRICS, 0) };
}

/** The scroll that shows a lane whole in a plot `height` tall (its group's header too when scrolling up), or null when it is in view. */
export function scrollToShow(vertical: VerticalLayout, lane: number, scrollTop: number, height: number): number | null {
  const top = vertical.laneTop[lane];
  if (top === undefined) return null;
  const bottom = top + vertical.laneHeight;
  if (top < scrollTop) return Math.max(0, top - LANE_METRICS.groupHeaderHeight);
  if (bottom > scrollTop + height) return bottom - height;
  return null;
}
