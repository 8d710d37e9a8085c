// Lanes: the horizontal rows of the timeline, formed from the dataset for one grouping.
// Pure: the same dataset, grouping and collapsed set always give the same lanes, in the
// order the data file lists countries, actors and topics, so lanes never jump around.
import type { Dataset } from '../model/types';
import type { Grouping } from '../view/types';
import { eventColumnsOf, grownToHold } from './eventColumns';
import { positionsById, range } from '../data/eventFields';
import { currentLanguage, t } from '../i18n/translate';

/** Group of actors without a (known) country; listed last. */
export const OTHER_GROUP_ID = '_other';
/** Lane of events that state no position, in the topic grouping. */
export const NO_TOPIC_LANE_ID = '_no-topic';

export type LaneKind = 'actor' | 'merged-group' | 'topic' | 'no-topic';

export interface Lane {
  /** Stable id: the actor or topic id, `group:<id>` for a collapsed group, or NO_TOPIC_LANE_ID. */
  id: string;
  kind: LaneKind;
  /** Short visible text, e.g. "Pete Hegseth". */
  label: string;
  /** Full name for assistive technology, e.g. "Pete Hegseth (United States)". */
  accessibleLabel: string;
  /** Group the lane belongs to, or null when the grouping has no groups. */
  groupId: string | null;
}

export interface LaneGroup {
  id: string;
  label: string;
  kind: 'country' | 'organization' | 'other';
  collapsed: boolean;
  /** Indices into LaneModel.lanes, consecutive and ascending. */
  laneIndices: readonly number[];
  /** How many actors the group holds (a collapsed group shows them in one lane). */
  actorCount: number;
}

export interface LaneModel {
  grouping: Grouping;
  groups: readonly LaneGroup[];
  lanes: readonly Lane[];
  /** Lane index per lane id. */
  laneIndexById: ReadonlyMap<string, number>;
  /**
   * Lanes of each event, as compressed rows: event `e`'s lanes are
   * laneIndices[laneOffsets[e] .. laneOffsets[e + 1]), ascending, without repeats.
   * Indexed by position in dataset.events; excluded events have none.
   */
  laneOffsets: Int32Array;
  laneIndices: Int32Array;
}

interface ActorGroupPlan {
  id: string;
  label: string;
  kind: LaneGroup['kind'];
  actorIds: string[];
}

/** Countries in file order, each with its actors in file order; actors without a known country last. */
function planActorGroups(dataset: Dataset, usedActors: ReadonlySet<string> | null): ActorGroupPlan[] {
  const byCountry = new Map<string, string[]>();
  const other: string[] = [];
  for (const actor of dataset.actors) {
    if (usedActors && !usedActors.has(actor.id)) continue;
    const country = actor.country && dataset.countryById.has(actor.country) ? actor.country : null;
    if (country === null) {
      other.push(actor.id);
      continue;
    }
    const list = byCountry.get(country);
    if (list) list.push(actor.id);
    else byCountry.set(country, [actor.id]);
  }
  const plans: ActorGroupPlan[] = [];
  for (const country of dataset.countries) {
    const actorIds = byCountry.get(country.id);
    if (!actorIds) continue;
    plans.push({
      id: country.id,
      label: country.name,
      kind: country.kind === 'organization' ? 'organization' : 'country',
      actorIds,
    });
  }
  if (other.length > 0) plans.push({ id: OTHER_GROUP_ID, label: t('No country'), kind: 'other', actorIds: other });
  return plans;
}

function actorLane(dataset: Dataset, actorId: string, groupId: string | null): Lane {
  const actor = dataset.actorById.get(actorId);
  const name = actor?.name ?? actorId;
  const country = actor?.country ? dataset.countryById.get(actor.country)?.name : undefined;
  return {
    id: actorId,
    kind: 'actor',
    label: name,
    accessibleLabel: country ? t('{name} ({country})', { name, country }) : name,
    groupId,
  };
}

/**
 * Each event's actors or topics as positions in the dataset's list (-1 for an id it does not
 * list): index[offsets[e] .. offsets[e + 1]). Lanes are found through these, so a plan reads
 * no event object.
 */
interface PositionColumns {
  offsets: Int32Array;
  index: Int32Array;
}

/** The actors' columns are the event columns'; the topics' are made on the first topic grouping and kept with the dataset. */
function positionColumnsOf(dataset: Dataset, list: 'actors' | 'topics'): PositionColumns {
  if (list === 'actors') {
    const { actorOffsets, actorIndex } = eventColumnsOf(dataset);
    return { offsets: actorOffsets, index: actorIndex };
  }
  return topicColumnsOf(dataset);
}

const topicColumnsByDataset = new WeakMap<Dataset, PositionColumns>();

function topicColumnsOf(dataset: Dataset): PositionColumns {
  const known = topicColumnsByDataset.get(dataset);
  if (known) return known;
  const position = positionsById(dataset.topics);
  const events = dataset.events;
  const offsets = new Int32Array(events.length + 1);
  let index = new Int32Array(Math.max(16, events.length));
  let cursor = 0;
  for (let e = 0; e < events.length; e++) {
    offsets[e] = cursor;
    const topicIds = events[e]!.topicIds;
    if (cursor + topicIds.length > index.length) index = grownToHold(index, cursor + topicIds.length);
    for (const id of topicIds) index[cursor++] = position.get(id) ?? -1;
  }
  offsets[events.length] = cursor;
  const columns = { offsets, index: index.slice(0, cursor) };
  topicColumnsByDataset.set(dataset, columns);
  return columns;
}

/** The ids of the list's items that `included` events name, and whether any of them names none. */
function usedIds(dataset: Dataset, list: 'actors' | 'topics', included: readonly number[]): { ids: Set<string>; anyWithout: boolean } {
  const { offsets, index } = positionColumnsOf(dataset, list);
  const items = dataset[list];
  if (included.length === dataset.events.length) {
    // Every event included (the first view, and any without filters): the model's counts say
    // which items have events, and the first event without any ends the search for one.
    const counts = list === 'actors' ? dataset.eventCountByActor : dataset.eventCountByTopic;
    const ids = new Set<string>();
    for (const item of items) if ((counts.get(item.id) ?? 0) > 0) ids.add(item.id);
    let anyWithout = false;
    for (let e = 0; e < dataset.events.length && !anyWithout; e++) anyWithout = offsets[e] === offsets[e + 1];
    return { ids, anyWithout };
  }
  const used = new Uint8Array(items.length);
  let anyWithout = false;
  for (const e of included) {
    if (e < 0 || e >= dataset.events.length) continue;
    const from = offsets[e]!;
    const to = offsets[e + 1]!;
    if (from === to) anyWithout = true;
    for (let k = from; k < to; k++) if (index[k]! >= 0) used[index[k]!] = 1;
  }
  const ids = new Set<string>();
  items.forEach((item, position) => {
    if (used[position] === 1) ids.add(item.id);
  });
  return { ids, anyWithout };
}

/**
 * The last lane model of each dataset with every event included, and what it was made for.
 * That is the first view's: at a million events it takes about 140 ms, and made ahead in a
 * task of its own (warmLanes) it keeps the first plan's task under the 200 ms a task may take.
 */
const unfilteredModels = new WeakMap<Dataset, { key: string; model: LaneModel }>();

/**
 * The lanes for a grouping. With `included` (indices into dataset.events, ascending), lanes
 * that would stay empty are left out, so filtering never leaves a screen of blank rows;
 * without it every actor or topic gets a lane. A model of every event is kept for the next
 * call that asks for the same.
 */
export function computeLanes(
  dataset: Dataset,
  grouping: Grouping,
  collapsed: ReadonlySet<string> | readonly string[],
  included?: readonly number[],
): LaneModel {
  const unfiltered = included === undefined || included.length === dataset.events.length;
  if (!unfiltered) return laneModel(dataset, grouping, collapsed, included);
  const key = unfilteredKey(included === undefined ? 'every lane' : 'lanes with events', grouping, collapsed);
  const known = unfilteredModels.get(dataset);
  if (known?.key === key) return known.model;
  const model = laneModel(dataset, grouping, collapsed, included);
  unfilteredModels.set(dataset, { key, model });
  return model;
}

function unfilteredKey(lanes: 'every lane' | 'lanes with events', grouping: Grouping, collapsed: ReadonlySet<string> | readonly string[]): string {
  // The interface's language too: the model's labels are in it ("No country", "All 4 actors").
  return [lanes, grouping, currentLanguage().code, ...[...collapsed].sort()].join('\u0000');
}

/**
 * The lane model of the view of every event (computeLanes with every index included), found
 * without listing a million indices when it is kept already.
 */
export function everyEventLanes(dataset: Dataset, grouping: Grouping, collapsed: ReadonlySet<string> | readonly string[]): LaneModel {
  const known = unfilteredModels.get(dataset);
  if (known?.key === unfilteredKey('lanes with events', grouping, collapsed)) return known.model;
  return computeLanes(dataset, grouping, collapsed, range(0, dataset.events.length));
}

/** Makes the lane model of the first view ahead of its plan (computeLanes keeps it). */
export function warmLanes(dataset: Dataset, grouping: Grouping, collapsed: ReadonlySet<string> | readonly string[]): void {
  everyEventLanes(dataset, grouping, collapsed);
}

function laneModel(
  dataset: Dataset,
  grouping: Grouping,
  collapsed: ReadonlySet<string> | readonly string[],
  included: readonly number[] | undefined,
): LaneModel {
  const collapsedSet = collapsed instanceof Set ? collapsed : new Set(collapsed as readonly string[]);
  const eventIndices = included ?? range(0, dataset.events.length);
  const lanes: Lane[] = [];
  const groups: LaneGroup[] = [];
  // Where each actor's or topic's events go.
  const laneOfKey = new Map<string, number>();

  if (grouping === 'topic') {
    const used = included ? usedIds(dataset, 'topics', included) : null;
    for (const topic of dataset.topics) {
      if (used && !used.ids.has(topic.id)) continue;
      laneOfKey.set(topic.id, lanes.length);
      lanes.push({ id: topic.id, kind: 'topic', label: topic.label, accessibleLabel: t('Topic: {topic}', { topic: topic.label }), groupId: null });
    }
    if (!used || used.anyWithout) {
      laneOfKey.set(NO_TOPIC_LANE_ID, lanes.length);
      lanes.push({ id: NO_TOPIC_LANE_ID, kind: 'no-topic', label: t('No topic'), accessibleLabel: t('Events without a stated position'), groupId: null });
    }
  } else {
    const plans = planActorGroups(dataset, included ? usedIds(dataset, 'actors', included).ids : null);
    if (grouping === 'actor') {
      for (const plan of plans) {
        for (const actorId of plan.actorIds) {
          laneOfKey.set(actorId, lanes.length);
          lanes.push(actorLane(dataset, actorId, null));
        }
      }
    } else {
      for (const plan of plans) {
        const isCollapsed = collapsedSet.has(plan.id);
        const first = lanes.length;
        if (isCollapsed) {
          const count = plan.actorIds.length;
          for (const actorId of plan.actorIds) laneOfKey.set(actorId, lanes.length);
          lanes.push({
            id: `group:${plan.id}`,
            kind: 'merged-group',
            label: t('{count, plural, one {All # actor} other {All # actors}}', { count }),
            accessibleLabel: t('{group}: {count, plural, one {# actor} other {# actors}} merged', { group: plan.label, count }),
            groupId: plan.id,
          });
        } else {
          for (const actorId of plan.actorIds) {
            laneOfKey.set(actorId, lanes.length);
            lanes.push(actorLane(dataset, actorId, plan.id));
          }
        }
        groups.push({
          id: plan.id,
          label: plan.label,
          kind: plan.kind,
          collapsed: isCollapsed,
          laneIndices: range(first, lanes.length),
          actorCount: plan.actorIds.length,
        });
      }
    }
  }

  const { laneOffsets, laneIndices } = assignEventsToLanes(dataset, eventIndices, grouping, laneOfKey);
  return {
    grouping,
    groups,
    lanes,
    laneIndexById: new Map(lanes.map((lane, i) => [lane.id, i])),
    laneOffsets,
    laneIndices,
  };
}

function assignEventsToLanes(
  dataset: Dataset,
  eventIndices: readonly number[],
  grouping: Grouping,
  laneOfKey: ReadonlyMap<string, number>,
): { laneOffsets: Int32Array; laneIndices: Int32Array } {
  const total = dataset.events.length;
  const isIncluded = new Uint8Array(total);
  for (const index of eventIndices) if (index >= 0 && index < total) isIncluded[index] = 1;
  // Written straight into flat arrays in event order, with no list per event (this runs for
  // every event on the way to the first frame and on every filter or grouping change): each
  // lane goes in among the event's lanes so far, sorted, unless it is there already. An event
  // has a few lanes, so the search from the end is a step or two.
  const laneOffsets = new Int32Array(total + 1);
  let laneIndices = new Int32Array(Math.max(16, eventIndices.length * 2));
  let cursor = 0;
  const addLane = (from: number, lane: number) => {
    let at = cursor;
    while (at > from && laneIndices[at - 1]! > lane) at--;
    // Actors of one collapsed group share a lane: one mark, not one per actor.
    if (at > from && laneIndices[at - 1] === lane) return;
    if (cursor === laneIndices.length) laneIndices = grownToHold(laneIndices, cursor + 1);
    for (let k = cursor; k > at; k--) laneIndices[k] = laneIndices[k - 1]!;
    laneIndices[at] = lane;
    cursor++;
  };
  // Lanes are found by an actor's or topic's position in the dataset's list, from the event
  // columns or the topic columns (no event object read); an event without topics goes to
  // the "No topic" lane.
  const list = grouping === 'topic' ? 'topics' : 'actors';
  const { offsets, index } = positionColumnsOf(dataset, list);
  const laneOf = lanesByPosition(dataset[list], laneOfKey);
  const noTopicLane = grouping === 'topic' ? (laneOfKey.get(NO_TOPIC_LANE_ID) ?? -1) : -1;
  for (let e = 0; e < total; e++) {
    const from = cursor;
    laneOffsets[e] = from;
    if (isIncluded[e] === 0) continue;
    const first = offsets[e]!;
    const last = offsets[e + 1]!;
    if (first === last && noTopicLane >= 0) addLane(from, noTopicLane);
    for (let k = first; k < last; k++) {
      const at = index[k]!;
      const lane = at < 0 ? -1 : laneOf[at]!;
      if (lane >= 0) addLane(from, lane);
    }
  }
  laneOffsets[total] = cursor;
  return { laneOffsets, laneIndices: laneIndices.slice(0, cursor) };
}

/** Each actor's or topic's lane by its position in the dataset's list (-1: none). */
function lanesByPosition(items: readonly { id: string }[], laneOfKey: ReadonlyMap<string, number>): Int32Array {
  const laneOf = new Int32Array(items.length).fill(-1);
  items.forEach((item, position) => {
    laneOf[position] = laneOfKey.get(item.id) ?? -1;
  });
  return laneOf;
}

/** The lanes an event is drawn in (ascending lane indices). */
export function lanesOfEvent(model: LaneModel, eventIndex: number): Int32Array {
  return model.laneIndices.subarray(model.laneOffsets[eventIndex] ?? 0, model.laneOffsets[eventIndex + 1] ?? 0);
}
