// What the chart's layers say about the marks of a frame: the pointer, the tooltip and
// the event buttons all work from the same hit list and the same notion of focus, so the
// shapes live here rather than in any one of them.

/** A mark or cluster drawn in the last frame, in plot pixels. */
export type Hit =
  | { kind: 'mark'; eventIndex: number; lane: number; x: number; y: number }
  | { kind: 'cluster'; lane: number; first: number; last: number; x: number; y: number };

/** The event keyboard focus is on; an event shown in several lanes is focused in one of them. */
export interface FocusTarget {
  eventIndex: number;
  lane: number;
}
