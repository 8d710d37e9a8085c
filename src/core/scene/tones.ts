// What colour a mark takes: its event type's (the default), or the stance its lane's
// actor takes on a chosen topic in that event. Tones are small numbers the painters map
// to colours, so the core decides what a mark means and the painters only how it looks.
import { TYPE_CODE_COUNT } from '../layout/marks';
import type { Lane } from '../layout/lanes';
import { STANCES, type Stance, type TimelineEvent } from '../model/types';

/** Tones below TYPE_CODE_COUNT are the event types' own colours (built-in and declared), then one per stance, then these two. */
export const STANCE_TONE_BASE = TYPE_CODE_COUNT;
export const TONE_NO_POSITION = STANCE_TONE_BASE + STANCES.length;
/** Actors of the event stand on different sides (for, neutral, against) of the topic. */
export const TONE_SPLIT = TONE_NO_POSITION + 1;
export const TONE_COUNT = TONE_SPLIT + 1;

export const stanceTone = (stance: Stance) => STANCE_TONE_BASE + STANCES.indexOf(stance);

/** For, neutral or against: stances of one side differ only in strength. */
export function sideOf(stance: Stance): -1 | 0 | 1 {
  return stance === 'support' || stance === 'lean-support' ? 1 : stance === 'neutral' ? 0 : -1;
}

/**
 * The tone of an event's mark in a lane when marks are coloured by stance on `topicId`:
 * the lane's actor's stance (an actor lane), or the event's stances on the topic (a
 * merged group or topic lane): one side shows its firmest stance, different sides are
 * split, no position is its own tone.
 */
export function stanceToneOf(event: TimelineEvent, lane: Lane, topicId: string): number {
  const positions = (event.record.positions ?? []).filter((p) => p.topic === topicId && (lane.kind !== 'actor' || p.actor === lane.id));
  if (positions.length === 0) return TONE_NO_POSITION;
  const sides = new Set(positions.map((p) => sideOf(p.stance)));
  if (sides.size > 1) return TONE_SPLIT;
  // The firmest stance of the one side: support before lean support, oppose before lean oppose.
  const firm = positions.find((p) => p.stance === 'support' || p.stance === 'oppose') ?? positions[0]!;
  return stanceTone(firm.stance);
}
