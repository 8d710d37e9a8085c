// An event's fields derived from its record and the dataset's tables, shared by the loader's
// model (model.ts) and the page, which rebuilds events from the loading worker's parts
// (app/datasetTransfer.ts). A module of its own so the page's first chunk carries these few
// lines rather than the whole model builder. `range` lists every event's index for the view
// and the layout, which the first chunk holds already.
import type { ActorRecord, DeclaredTypeRecord, EventType } from '../model/types';

/**
 * Records by id. The first of duplicate ids wins, in the loader's model and on the page alike
 * (duplicates are errors, found after an early model is handed over).
 */
export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (!map.has(record.id)) map.set(record.id, record);
  return map;
}

/** Each id's position in the list, the first of duplicate ids winning as in byId. */
export function positionsById(records: readonly { id: string }[]): Map<string, number> {
  const positions = new Map<string, number>();
  records.forEach((record, position) => {
    if (!positions.has(record.id)) positions.set(record.id, position);
  });
  return positions;
}

/** The shared empty list of an event's derived lists (never mutated: every writer replaces it before pushing). */
export const NONE: never[] = [];

/** The distinct known countries of an event's actors, in actor order (a shared empty list when none). */
export function countryIdsOf(actors: readonly string[], actorById: ReadonlyMap<string, ActorRecord>): string[] {
  let countryIds: string[] = NONE;
  for (const actorId of actors) {
    const country = actorById.get(actorId)?.country;
    if (country !== undefined && !countryIds.includes(country)) {
      if (countryIds === NONE) countryIds = [];
      countryIds.push(country);
    }
  }
  return countryIds;
}

/**
 * The built-in look of an event type: a built-in is itself; a declared act is drawn like a
 * statement and a declared interaction like a meeting (across its parties' lanes).
 */
export function drawnTypeOf(typeId: string, typeById: ReadonlyMap<string, DeclaredTypeRecord>): EventType {
  if (typeId === 'statement' || typeId === 'call' || typeId === 'meeting') return typeId;
  return typeById.get(typeId)?.kind === 'interaction' ? 'meeting' : 'statement';
}

/**
 * The whole numbers from `from` up to `to`: every event's index (range(0, events.length), the
 * view's list of events when nothing is filtered), or a group's lanes. A loop into a list made
 * at its length: Array.from with a callback took 50 ms for a million events, in the task of
 * the first plan.
 */
export function range(from: number, to: number): number[] {
  const numbers = new Array<number>(Math.max(0, to - from));
  for (let k = 0; k < numbers.length; k++) numbers[k] = from + k;
  return numbers;
}
