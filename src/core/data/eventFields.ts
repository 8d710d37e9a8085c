// An event's fields derived from its record and the dataset's tables, shared by the loader's
// model (model.ts) and the page, which rebuilds events from the loading worker's parts
// (app/datasetTransfer.ts). A module of its own so the page's first chunk carries these few
// lines rather than the whole model builder.
import type { ActorRecord, DeclaredTypeRecord, EventType } from '../model/types';

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
 * 0, 1, … count - 1: every event's index, as the view's list of included events. A loop into
 * a list made at its length: Array.from with a callback took 50 ms for a million, in the
 * task of the first plan.
 */
export function everyIndex(count: number): number[] {
  const indices = new Array<number>(count);
  for (let index = 0; index < count; index++) indices[index] = index;
  return indices;
}
