// What the chart's layers share about focus: the pointer, the tooltip and the event
// buttons all work from the scene's marks and the same notion of focus.
import type { SceneCluster, SceneMark } from '../../core/scene/types';

/** The event keyboard focus is on; an event shown in several lanes is focused in one of them. */
export interface FocusTarget {
  eventIndex: number;
  lane: number;
}

/** What the tooltip describes: a mark (drawn, or a focused button's) or a cluster. */
export type TooltipSubject = { kind: 'mark'; eventIndex: number; x: number; y: number } | { kind: 'cluster'; cluster: SceneCluster };

export function markSubject(mark: SceneMark): TooltipSubject {
  return { kind: 'mark', eventIndex: mark.eventIndex, x: mark.x, y: mark.y };
}
