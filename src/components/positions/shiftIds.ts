// Ids of the shifts list's rows, apart from the list so the app can name one without
// loading the positions view's chunk.

/** The element id of a shift's row, so an event's details can link to the shift it carried. */
export function shiftElementId(shift: { actorId: string; topicId: string; day: number }): string {
  // An actor shifts at most once a day on a topic: actor, topic and day name the row.
  return `shift-${shift.actorId}-${shift.topicId}-${shift.day}`;
}
