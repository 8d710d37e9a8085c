// How an event's mark is drawn, as the numbers the painters read: its type's code, its
// flags (span, imprecise, qualified, planned, reported) and the time it sits at.
import type { TimelineEvent } from '../model/types';

/** Bit flags describing how an event's mark is drawn; one byte per event. */
export const MARK_FLAG = {
  /** A span: `end` was given (drawn as a solid bar). */
  span: 1,
  /**
   * Covers an interval (a day, a month, a year; not a span): drawn as its whole interval
   * wherever that is wider than a few pixels, with the mark at its centre.
   */
  imprecise: 2,
  /** EDTF `~` or `?`. */
  qualified: 4,
  planned: 8,
  reported: 16,
} as const;

export const TYPE_CODE = { statement: 0, call: 1, meeting: 2 } as const;
/** Codes from 3 on are a dataset's declared types, in the order of its `types` (src/render/markStyles.ts gives each a look). */
export const FIRST_DECLARED_TYPE_CODE = 3;
/** Type codes the painter keeps a look for; declared types past these share looks in turn. */
export const TYPE_CODE_COUNT = 64;

/** The painter's code of an event's type: a built-in's, or its declared type's. */
export function typeCodeOf(typeId: string, declaredIndex: ReadonlyMap<string, number>): number {
  if (typeId === 'statement' || typeId === 'call' || typeId === 'meeting') return TYPE_CODE[typeId];
  const index = declaredIndex.get(typeId);
  return index === undefined ? TYPE_CODE.statement : FIRST_DECLARED_TYPE_CODE + (index % (TYPE_CODE_COUNT - FIRST_DECLARED_TYPE_CODE));
}

export function markFlags(event: TimelineEvent): number {
  let flags = 0;
  if (event.until) flags |= MARK_FLAG.span;
  if (!event.until && event.end > event.start) flags |= MARK_FLAG.imprecise;
  if (event.date.approximate || event.date.uncertain || event.until?.approximate || event.until?.uncertain) flags |= MARK_FLAG.qualified;
  if (event.status === 'planned') flags |= MARK_FLAG.planned;
  if (event.status === 'reported') flags |= MARK_FLAG.reported;
  return flags;
}

/**
 * A span's mark sits at its start; any single date's at the middle of what it covers, so
 * a day, a month and a year read the same way (a day-precise event is not drawn at
 * midnight as if known to the minute).
 */
export function markTimeOf(event: TimelineEvent): number {
  if (event.until) return event.start;
  return (event.start + event.end) / 2;
}
