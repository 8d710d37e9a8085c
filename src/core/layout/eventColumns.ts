// What the lanes and the chart's columns read of each event, in flat arrays by event index:
// made once per dataset, so a scene plan (the first frame, and every filter, grouping or
// collapse change after it) walks typed arrays instead of a million event objects scattered
// over the heap. The page can make them slice by slice while a large dataset arrives
// (EventColumnsBuilder), so the first plan does not pay for them either.
import type { Dataset, TimelineEvent } from '../model/types';
import { markFlags, markTimeOf, typeCodeOf } from './marks';
import { positionsById } from '../data/eventFields';

export interface EventColumns {
  /** Where each event's mark sits, ms (markTimeOf). */
  markTime: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** The painter's type code (typeCodeOf). */
  type: Uint8Array;
  /** MARK_FLAG bits. */
  flags: Uint8Array;
  /**
   * Event e's actors as positions in dataset.actors, in the event's order:
   * actorIndex[actorOffsets[e] .. actorOffsets[e + 1]); -1 for an id the dataset does not list.
   */
  actorOffsets: Int32Array;
  actorIndex: Int32Array;
  /** Every event index ordered by mark time, ties by index: lanes are filled in this order, so no plan sorts. */
  markOrder: Int32Array;
}

/**
 * Event indices ordered by mark time, ties by index. Sorting the times themselves is native
 * (no comparator call per comparison, several times faster at a million events); each event
 * then takes the next free place among the equal times, in index order, which keeps ties stable.
 */
export function markOrderOf(markTime: Float64Array): Int32Array {
  const n = markTime.length;
  const sorted = Float64Array.from(markTime).sort();
  const taken = new Int32Array(n);
  const order = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const time = markTime[e]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    order[lo + taken[lo]!++] = e;
  }
  return order;
}

/** A copy of `values` with room for at least `length` (doubling, so filling one by one stays linear). */
export function grownToHold(values: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(values.length * 2, length));
  grown.set(values);
  return grown;
}

/** The columns of events added in order, for a dataset's actors and declared types. */
export class EventColumnsBuilder {
  private readonly columns: EventColumns;
  private count = 0;
  private actorCursor = 0;
  private readonly actorPosition: ReadonlyMap<string, number>;
  private readonly declaredIndex: ReadonlyMap<string, number>;

  constructor(tables: Pick<Dataset, 'actors' | 'types'>, eventCount: number) {
    this.actorPosition = positionsById(tables.actors);
    this.declaredIndex = positionsById(tables.types);
    this.columns = {
      markTime: new Float64Array(eventCount),
      start: new Float64Array(eventCount),
      end: new Float64Array(eventCount),
      type: new Uint8Array(eventCount),
      flags: new Uint8Array(eventCount),
      actorOffsets: new Int32Array(eventCount + 1),
      // Grown as needed: most events name one or two actors.
      actorIndex: new Int32Array(Math.max(16, eventCount * 2)),
      markOrder: new Int32Array(0),
    };
  }

  /** The next events, in dataset order (each one's `index` is its position). */
  add(events: readonly TimelineEvent[]): void {
    const columns = this.columns;
    for (const event of events) {
      const e = this.count++;
      if (e >= columns.markTime.length) throw new Error(`EventColumnsBuilder: more events than the ${columns.markTime.length} announced`);
      columns.markTime[e] = markTimeOf(event);
      columns.start[e] = event.start;
      columns.end[e] = event.end;
      columns.type[e] = typeCodeOf(event.typeId, this.declaredIndex);
      columns.flags[e] = markFlags(event);
      columns.actorOffsets[e] = this.actorCursor;
      const actorIds = event.actorIds;
      if (this.actorCursor + actorIds.length > columns.actorIndex.length) columns.actorIndex = grownToHold(columns.actorIndex, this.actorCursor + actorIds.length);
      for (const id of actorIds) columns.actorIndex[this.actorCursor++] = this.actorPosition.get(id) ?? -1;
    }
  }

  /**
   * The columns, once every announced event has been added. `markOrder` is the events' order by
   * mark time when it was worked out elsewhere (the loading worker sends it), else it is worked out here.
   */
  result(markOrder?: Int32Array): EventColumns {
    const columns = this.columns;
    if (this.count !== columns.markTime.length) throw new Error(`EventColumnsBuilder: ${this.count} of ${columns.markTime.length} events added`);
    if (markOrder && markOrder.length !== this.count) throw new Error(`EventColumnsBuilder: a mark order of ${markOrder.length} events for ${this.count}`);
    columns.actorOffsets[this.count] = this.actorCursor;
    columns.actorIndex = columns.actorIndex.slice(0, this.actorCursor);
    columns.markOrder = markOrder ?? markOrderOf(columns.markTime);
    return columns;
  }
}

const columnsByDataset = new WeakMap<Dataset, EventColumns>();

/** The dataset's event columns: those made while it arrived, or made now once and kept with it. */
export function eventColumnsOf(dataset: Dataset): EventColumns {
  const known = columnsByDataset.get(dataset);
  if (known) return known;
  const builder = new EventColumnsBuilder(dataset, dataset.events.length);
  builder.add(dataset.events);
  const columns = builder.result();
  columnsByDataset.set(dataset, columns);
  return columns;
}

/** Keeps columns made elsewhere (slice by slice, as the dataset arrived) for eventColumnsOf. */
export function keepEventColumns(dataset: Dataset, columns: EventColumns): void {
  if (columns.markTime.length !== dataset.events.length) throw new Error(`keepEventColumns: columns of ${columns.markTime.length} events for a dataset of ${dataset.events.length}`);
  columnsByDataset.set(dataset, columns);
}
