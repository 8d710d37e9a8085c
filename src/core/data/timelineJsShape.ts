// TimelineJS3 files told from Stanceline files by their events' shape, for the loader (which
// hands them to the importer) and the importers' format detection alike.

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * An event in TimelineJS3's shape: a `start_date` (or, in older files such as TimelineJS3's
 * own science.json, `date`) object, or a `text` object with a headline. A Stanceline event
 * has a string date and a string title, so it is never taken for one.
 */
export function isTimelineJsEvent(event: unknown): boolean {
  if (!isRecord(event)) return false;
  return 'start_date' in event || isRecord(event.date) || (isRecord(event.text) && 'headline' in event.text);
}

/** A top level with no Stanceline `version` and an `events` list holding a TimelineJS3 event. */
export function hasTimelineJsEvents(value: Record<string, unknown>): boolean {
  return !('version' in value) && Array.isArray(value.events) && value.events.some(isTimelineJsEvent);
}
