// Every position in the dataset as one columnar, time-sorted table. Positions live
// inside events in the file; here they are pulled out once so that stance queries
// (series per actor and topic, latest stance at a date) are scans and binary searches
// over typed arrays rather than walks over nested records.
import type { Dataset, DatePrecision, Stance } from '../model/types';
import { STANCE_VALUE, STANCES } from '../model/types';

const DAY_MS = 86_400_000;

/** Start of the UTC calendar day holding `instant`. */
export function utcDayOf(instant: number): number {
  return Math.floor(instant / DAY_MS) * DAY_MS;
}

/** The stance with the given ordinal value (+2 … -2). */
export function stanceOfValue(value: number): Stance {
  const stance = STANCES[2 - value];
  if (stance === undefined) throw new RangeError(`stanceOfValue: ${value} is outside +2..-2`);
  return stance;
}

export interface PositionTable {
  readonly length: number;
  /** Distinct actor and topic ids; the `actor` and `topic` columns index into these. */
  readonly actorIds: readonly string[];
  readonly topicIds: readonly string[];
  readonly actor: Int32Array;
  readonly topic: Int32Array;
  /** Stance as its ordinal, +2 (support) to -2 (oppose). */
  readonly value: Int8Array;
  /** Index of the position's event in dataset.events. */
  readonly event: Int32Array;
  /** Index of the position in its event's `positions` list. */
  readonly item: Int32Array;
  /** The event's place in the file: the tie-breaker for positions on the same day. */
  readonly fileIndex: Int32Array;
  /** The event's own date interval (not its span's end), ms UTC. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /**
   * The UTC day from which the position counts: the day holding the start of its date.
   * A month-precision position therefore counts from the 1st of its month and a
   * year-precision one from 1 January (see README of this folder: "Counting rule").
   */
  readonly day: Float64Array;
  readonly precision: readonly DatePrecision[];
}

/**
 * Builds the table from the events in `included` (indices into dataset.events; all when
 * omitted). Rows are sorted by start, then file order, then order inside the event.
 */
export function buildPositionTable(dataset: Dataset, included?: readonly number[]): PositionTable {
  const eventIndices = included ?? dataset.events.map((e) => e.index);
  const actorIds: string[] = [];
  const topicIds: string[] = [];
  const actorSlot = new Map<string, number>();
  const topicSlot = new Map<string, number>();
  const intern = (id: string, slots: Map<string, number>, list: string[]) => {
    let slot = slots.get(id);
    if (slot === undefined) {
      slot = list.length;
      list.push(id);
      slots.set(id, slot);
    }
    return slot;
  };

  interface Row {
    actor: number;
    topic: number;
    value: number;
    event: number;
    item: number;
    fileIndex: number;
    start: number;
    end: number;
    precision: DatePrecision;
  }
  const rows: Row[] = [];
  for (const eventIndex of eventIndices) {
    const event = dataset.events[eventIndex];
    if (!event) throw new RangeError(`buildPositionTable: included event index ${eventIndex} is not in the dataset`);
    const positions = event.record.positions ?? [];
    positions.forEach((position, item) => {
      rows.push({
        actor: intern(position.actor, actorSlot, actorIds),
        topic: intern(position.topic, topicSlot, topicIds),
        value: STANCE_VALUE[position.stance],
        event: eventIndex,
        item,
        fileIndex: event.fileIndex,
        start: event.date.start,
        end: event.date.end,
        precision: event.date.precision,
      });
    });
  }
  rows.sort((a, b) => a.start - b.start || a.fileIndex - b.fileIndex || a.item - b.item);

  const n = rows.length;
  const table = {
    length: n,
    actorIds,
    topicIds,
    actor: new Int32Array(n),
    topic: new Int32Array(n),
    value: new Int8Array(n),
    event: new Int32Array(n),
    item: new Int32Array(n),
    fileIndex: new Int32Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    day: new Float64Array(n),
    precision: rows.map((r) => r.precision),
  };
  rows.forEach((r, i) => {
    table.actor[i] = r.actor;
    table.topic[i] = r.topic;
    table.value[i] = r.value;
    table.event[i] = r.event;
    table.item[i] = r.item;
    table.fileIndex[i] = r.fileIndex;
    table.start[i] = r.start;
    table.end[i] = r.end;
    table.day[i] = utcDayOf(r.start);
  });
  return table;
}

/** The stance words of a row. */
export function rowStance(table: PositionTable, row: number): Stance {
  return stanceOfValue(table.value[row]!);
}
