// A slice's records as the worker writes them and the page reads them back: without the
// fields their events' summaries already carry (datasetTransfer.ts), which are put back on the page.
import type { EventRecord, TimelineEvent } from '../core/model/types';

/**
 * The record fields a slice's summaries carry too, with the event's value of each. A record
 * travels with these at PLACEHOLDER when they hold exactly that value, its keys kept so it
 * keeps its fields' order, and the page puts the event's values back (restoreSummarised). At
 * a million Parquet rows they were half of the records' bytes: the worker's JSON.stringify
 * and TextEncoder took 3.1 s for the slices, and the page holds the bytes until it parses them.
 */
const SUMMARISED: readonly (readonly [keyof EventRecord, (event: TimelineEvent) => unknown])[] = [
  ['id', (event) => event.id],
  ['title', (event) => event.title],
  ['type', (event) => event.typeId],
  ['status', (event) => event.status],
  ['date', (event) => event.date.text],
  ['end', (event) => event.until?.text],
  ['actors', (event) => event.actorIds],
];
/** What a summarised field holds in transit: no valid record has a number in any of them. */
const PLACEHOLDER = 0;

/**
 * The slice's records as JSON, their summarised fields at PLACEHOLDER. The records are the
 * worker's own, their fields blanked and put back from the event around the one
 * JSON.stringify, so no copy of a record is made (a million of them would be).
 */
export function recordsJson(events: readonly TimelineEvent[]): string {
  // Bit k of blanked[e]: event e's SUMMARISED[k] is at PLACEHOLDER. Its value is the event's
  // own (that is why it was blanked), so it is put back from the event, not kept aside.
  const blanked = new Uint8Array(events.length);
  try {
    for (let e = 0; e < events.length; e++) {
      const event = events[e]!;
      const fields = event.record as unknown as Record<string, unknown>;
      for (let k = 0; k < SUMMARISED.length; k++) {
        const [key, valueOf] = SUMMARISED[k]!;
        const value = fields[key];
        if (value === undefined || value !== valueOf(event)) continue;
        fields[key] = PLACEHOLDER;
        blanked[e] = blanked[e]! | (1 << k);
      }
    }
    return JSON.stringify(events.map((event) => event.record));
  } finally {
    for (let e = 0; e < events.length; e++) {
      const bits = blanked[e]!;
      if (bits === 0) continue;
      const event = events[e]!;
      const fields = event.record as unknown as Record<string, unknown>;
      for (let k = 0; k < SUMMARISED.length; k++) {
        const [key, valueOf] = SUMMARISED[k]!;
        if (bits & (1 << k)) fields[key] = valueOf(event);
      }
    }
  }
}

/** Puts an event's own values back into its record's summarised fields (recordsJson). */
export function restoreSummarised(record: EventRecord, event: TimelineEvent): void {
  const fields = record as unknown as Record<string, unknown>;
  for (const [key, valueOf] of SUMMARISED) if (fields[key] === PLACEHOLDER) fields[key] = valueOf(event);
}
