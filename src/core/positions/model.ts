// The positions of a dataset, ready for queries: the table, one series per actor and
// topic, and the actors grouped by country in the order the file lists them (the same
// order the timeline's country → actor lanes use).
import type { ActorRecord, CountryRecord, Dataset } from '../model/types';
import type { StanceSeries } from './series';
import { buildSeries } from './series';
import type { PositionTable } from './table';
import { buildPositionTable } from './table';

export interface ActorGroup {
  /** null for actors with no (or an unknown) country. */
  readonly country: CountryRecord | null;
  /** The group's key: the country id, or '' for "no country". */
  readonly id: string;
  readonly actors: readonly ActorRecord[];
}

export interface PositionsModel {
  readonly dataset: Dataset;
  readonly table: PositionTable;
  /** The series of an actor on a topic, or undefined when the actor took no position on it. */
  series(actorId: string, topicId: string): StanceSeries | undefined;
  /** Every series on a topic, in group order. */
  seriesOnTopic(topicId: string): readonly StanceSeries[];
  /** Actors with at least one position (on any topic), grouped by country. */
  readonly groups: readonly ActorGroup[];
  /** Topics with at least one position, in the file's order. */
  readonly topicIds: readonly string[];
}

const NO_COUNTRY = '';

/** An actor id that the dataset does not list still gets a record, so nothing disappears. */
function actorRecord(dataset: Dataset, id: string): ActorRecord {
  return dataset.actorById.get(id) ?? { id, name: id };
}

/** Groups actors by country: countries in file order, then "no country". */
export function groupActorsByCountry(dataset: Dataset, actorIds: ReadonlySet<string>): ActorGroup[] {
  const members = new Map<string, ActorRecord[]>();
  const listed = dataset.actors.filter((a) => actorIds.has(a.id));
  const unlisted = [...actorIds].filter((id) => !dataset.actorById.has(id)).sort();
  for (const actor of [...listed, ...unlisted.map((id) => actorRecord(dataset, id))]) {
    const key = actor.country && dataset.countryById.has(actor.country) ? actor.country : NO_COUNTRY;
    const list = members.get(key);
    if (list) list.push(actor);
    else members.set(key, [actor]);
  }
  const groups: ActorGroup[] = [];
  for (const country of dataset.countries) {
    const actors = members.get(country.id);
    if (actors) groups.push({ country, id: country.id, actors });
  }
  const rest = members.get(NO_COUNTRY);
  if (rest) groups.push({ country: null, id: NO_COUNTRY, actors: rest });
  return groups;
}

/**
 * The model of the positions in `included` (every event when omitted). With `shownActors`,
 * only those actors are in `groups` and `seriesOnTopic`, while each keeps every one of its
 * positions: see scope.ts for why the view builds it from the whole file.
 */
export function buildPositionsModel(
  dataset: Dataset,
  included?: readonly number[],
  shownActors?: ReadonlySet<string> | null,
): PositionsModel {
  const table = buildPositionTable(dataset, included);
  const rowsByKey = new Map<number, number[]>();
  const topicCount = table.topicIds.length;
  for (let row = 0; row < table.length; row++) {
    const key = table.actor[row]! * topicCount + table.topic[row]!;
    const rows = rowsByKey.get(key);
    if (rows) rows.push(row);
    else rowsByKey.set(key, [row]);
  }
  const seriesByKey = new Map<string, StanceSeries>();
  const keyOf = (actorId: string, topicId: string) => `${actorId}\u0000${topicId}`;
  for (const [key, rows] of rowsByKey) {
    const actorId = table.actorIds[Math.floor(key / topicCount)]!;
    const topicId = table.topicIds[key % topicCount]!;
    seriesByKey.set(keyOf(actorId, topicId), buildSeries(table, actorId, topicId, rows));
  }

  const groups = groupActorsByCountry(dataset, new Set(shownActors ? table.actorIds.filter((id) => shownActors.has(id)) : table.actorIds));
  const orderedActors = groups.flatMap((g) => g.actors.map((a) => a.id));
  const topicSet = new Set(table.topicIds);
  const topicIds = [
    ...dataset.topics.filter((t) => topicSet.has(t.id)).map((t) => t.id),
    ...table.topicIds.filter((id) => !dataset.topicById.has(id)),
  ];

  return {
    dataset,
    table,
    series: (actorId, topicId) => seriesByKey.get(keyOf(actorId, topicId)),
    seriesOnTopic: (topicId) =>
      orderedActors.flatMap((actorId) => {
        const series = seriesByKey.get(keyOf(actorId, topicId));
        return series ? [series] : [];
      }),
    groups,
    topicIds,
  };
}
