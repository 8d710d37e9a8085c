// Which ids a file uses first, and where: the lists a lone events sheet leaves out (actors,
// topics, sources) are derived from them, in first-use order, and each derived record's origin
// is the cell of its first use.
import type { EventRecord } from '../model/types';
import type { Steps } from '../data/steps';

/**
 * Where an id was first used: its JSON path, or, for a source an event cites itself, the
 * event's position (its path is `events[i].sources`): a large import derives hundreds of
 * thousands of sources, and the path is needed only when a problem is placed.
 */
export type FirstUse = string | number;

export const usePath = (use: FirstUse): string => (typeof use === 'number' ? `events[${use}].sources` : use);

/** Events whose cited sources are noted in one step (a few milliseconds' work). */
const EVENTS_PER_STEP = 20_000;

/** The actors and topics the events name (their own, their positions', their quotes'), each id to the path of its first use. */
export function actorAndTopicUsesOf(events: readonly EventRecord[]): { actorUses: Map<string, FirstUse>; topicUses: Map<string, FirstUse> } {
  const actorUses = new Map<string, FirstUse>();
  const topicUses = new Map<string, FirstUse>();
  events.forEach((record, index) => {
    for (const actor of record.actors) if (!actorUses.has(actor)) actorUses.set(actor, `events[${index}].actors`);
    record.positions?.forEach((position, p) => {
      if (!actorUses.has(position.actor)) actorUses.set(position.actor, `events[${index}].positions[${p}].actor`);
      if (!topicUses.has(position.topic)) topicUses.set(position.topic, `events[${index}].positions[${p}].topic`);
    });
    record.quotes?.forEach((quote, q) => {
      if (!actorUses.has(quote.actor)) actorUses.set(quote.actor, `events[${index}].quotes[${q}].actor`);
    });
  });
  return { actorUses, topicUses };
}

/** The sources each event cites (its own, then its quotes'), each id to its first use, in steps. */
export function* sourceUsesOf(events: readonly EventRecord[]): Steps<Map<string, FirstUse>> {
  const uses = new Map<string, FirstUse>();
  for (let index = 0; index < events.length; index++) {
    const record = events[index]!;
    const sources = record.sources;
    if (sources) for (let k = 0; k < sources.length; k++) if (!uses.has(sources[k]!)) uses.set(sources[k]!, index);
    record.quotes?.forEach((quote, q) => {
      if (quote.source && !uses.has(quote.source)) uses.set(quote.source, `events[${index}].quotes[${q}].source`);
    });
    if (index % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
  }
  return uses;
}

