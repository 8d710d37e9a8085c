// What the filters mean for the positions view. A stance carries forward until the actor
// changes it, so a stance line drawn from only the events that pass the filters would
// show a partial history as if it were whole (an actor who supported from 2019 would seem
// to start in 2021). So:
// - Stance lines always use every position of the actor on the topic, in the whole file.
// - The actor filter decides whose tracks show: exactly the chosen actors. Without it the
//   country filter does (the actors of the chosen countries); without either, every actor
//   with a position on the topic.
// - The other filters (types, statuses, topics, stances, dates, "all of" combinations, and
//   the search when "Show only matches" is on) do not change a line: marks of positions in events they leave out are drawn faded, so
//   the reader sees which positions the filters pick.
import type { Dataset } from '../model/types';
import type { Filters } from '../view/types';

export interface PositionsScope {
  /** Actors whose tracks show; null means every actor with a position on the topic. */
  readonly actorIds: ReadonlySet<string> | null;
  /** How the shown actors were chosen, for the note on screen. */
  readonly chosenBy: 'actors' | 'countries' | 'all';
  /** Indices of the events that pass every filter; marks of the others are faded. Null when nothing is filtered out. */
  readonly emphasised: ReadonlySet<number> | null;
}

/** The scope of the positions view for the current filters; `included` are the events that pass them. */
export function positionsScope(dataset: Dataset, filters: Filters, included: readonly number[]): PositionsScope {
  const emphasised = included.length === dataset.events.length ? null : new Set(included);
  if (filters.actors.length > 0) return { actorIds: new Set(filters.actors), chosenBy: 'actors', emphasised };
  if (filters.countries.length > 0) {
    const countries = new Set(filters.countries);
    const actorIds = new Set(dataset.actors.filter((a) => a.country !== undefined && countries.has(a.country)).map((a) => a.id));
    return { actorIds, chosenBy: 'countries', emphasised };
  }
  return { actorIds: null, chosenBy: 'all', emphasised };
}
