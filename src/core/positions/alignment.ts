// Who stood where at a date: on one topic (for / against / neutral / mixed / unknown)
// and across all topics (the actors × topics matrix with country rows).
import type { ActorRecord, CountryRecord, TopicRecord } from '../model/types';
import { STANCE_VALUE } from '../model/types';
import type { CountryAggregate } from './aggregate';
import { aggregateStances } from './aggregate';
import type { PositionsModel } from './model';
import type { StanceAt } from './series';
import { stanceAt } from './series';

export interface AlignedActor {
  readonly actor: ActorRecord;
  readonly state: StanceAt;
}

export interface TopicAlignment {
  readonly topicId: string;
  /** Support and lean support, strongest first. */
  readonly for: readonly AlignedActor[];
  /** Oppose and lean oppose, strongest first. */
  readonly against: readonly AlignedActor[];
  readonly neutral: readonly AlignedActor[];
  /** Actors whose latest day held disagreeing positions. */
  readonly mixed: readonly AlignedActor[];
  /** Actors of the dataset's positions with nothing known on this topic by that date. */
  readonly unknown: readonly AlignedActor[];
}

/**
 * The alignment on a topic on the UTC day holding `instant`. The actors considered are
 * every actor who took a position on any topic, so that an actor who has not (yet)
 * spoken on this one appears as unknown rather than vanishing.
 */
export function alignmentOn(model: PositionsModel, topicId: string, instant: number): TopicAlignment {
  const result = { topicId, for: [] as AlignedActor[], against: [] as AlignedActor[], neutral: [] as AlignedActor[], mixed: [] as AlignedActor[], unknown: [] as AlignedActor[] };
  for (const group of model.groups) {
    for (const actor of group.actors) {
      const state = stanceAt(model.series(actor.id, topicId), instant);
      const entry = { actor, state };
      if (state.kind === 'unknown') result.unknown.push(entry);
      else if (state.kind === 'mixed') result.mixed.push(entry);
      else if (STANCE_VALUE[state.stance] > 0) result.for.push(entry);
      else if (STANCE_VALUE[state.stance] < 0) result.against.push(entry);
      else result.neutral.push(entry);
    }
  }
  // Stable sorts keep country order within the same strength.
  const strength = (entry: AlignedActor) => (entry.state.kind === 'known' ? Math.abs(STANCE_VALUE[entry.state.stance]) : 0);
  result.for.sort((a, b) => strength(b) - strength(a));
  result.against.sort((a, b) => strength(b) - strength(a));
  return result;
}

export interface MatrixActorRow {
  readonly actor: ActorRecord;
  /** One cell per topic, in the matrix's topic order. */
  readonly cells: readonly StanceAt[];
}

export interface MatrixCountryGroup {
  readonly id: string;
  readonly country: CountryRecord | null;
  /** One aggregate per topic over the group's actors. */
  readonly aggregates: readonly CountryAggregate[];
  readonly actors: readonly MatrixActorRow[];
}

export interface AlignmentMatrix {
  readonly topics: readonly TopicRecord[];
  readonly groups: readonly MatrixCountryGroup[];
}

/** Every actor's latest stance on every topic on the UTC day holding `instant`, by country. */
export function alignmentMatrix(model: PositionsModel, instant: number): AlignmentMatrix {
  const { dataset } = model;
  const topics = model.topicIds.map(
    (id) => dataset.topicById.get(id) ?? { id, label: id, support: 'support', oppose: 'oppose' },
  );
  const groups = model.groups.map((group) => {
    const actors = group.actors.map((actor) => ({
      actor,
      cells: topics.map((topic) => stanceAt(model.series(actor.id, topic.id), instant)),
    }));
    const aggregates = topics.map((_, column) => aggregateStances(actors.map((row) => row.cells[column]!)));
    return { id: group.id, country: group.country, aggregates, actors };
  });
  return { topics, groups };
}
