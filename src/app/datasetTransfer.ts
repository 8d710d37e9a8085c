// Moving a Dataset from the loading worker to the page without freezing it. One
// structured clone of a 100,000-event Dataset blocks the page while it is deserialised
// (measured 12.6 s in one task on a busy 2-core machine, docs/performance.md), so the
// worker sends it in parts the page takes in one task each: the small tables first, the
// events in slices, then the per-actor, per-country and per-topic indices as typed arrays
// (transferred, not copied). The page rebuilds the lookup maps as the slices arrive.
import type { Dataset, TimelineEvent } from '../core/model/types';

/** Events per slice: a slice deserialises in well under the 100 ms budget for one task. */
export const EVENTS_PER_SLICE = 500;

type Tables = Pick<Dataset, 'title' | 'description' | 'sources' | 'countries' | 'actors' | 'topics' | 'extent' | 'openingWindow'>;

/** An index (id → ascending event indices) as flat arrays: ids[k]'s indices are values[offsets[k]..offsets[k+1]). */
export interface PackedIndex {
  ids: string[];
  offsets: Int32Array;
  values: Int32Array;
}

export type DatasetPart =
  | { part: 'tables'; tables: Tables; eventCount: number }
  | { part: 'events'; events: TimelineEvent[] }
  | { part: 'indices'; byActor: PackedIndex; byCountry: PackedIndex; byTopic: PackedIndex };

export function packIndex(index: ReadonlyMap<string, readonly number[]>): PackedIndex {
  const ids = [...index.keys()];
  const offsets = new Int32Array(ids.length + 1);
  let total = 0;
  ids.forEach((id, k) => {
    offsets[k] = total;
    total += index.get(id)?.length ?? 0;
  });
  offsets[ids.length] = total;
  const values = new Int32Array(total);
  ids.forEach((id, k) => values.set(index.get(id) ?? [], offsets[k]));
  return { ids, offsets, values };
}

export function unpackIndex(packed: PackedIndex): Map<string, number[]> {
  const index = new Map<string, number[]>();
  packed.ids.forEach((id, k) => index.set(id, Array.from(packed.values.subarray(packed.offsets[k], packed.offsets[k + 1]))));
  return index;
}

/** The dataset as the parts the worker posts, in order, each with the buffers it may transfer. */
export function* datasetParts(dataset: Dataset): Generator<{ message: DatasetPart; transfer: ArrayBuffer[] }> {
  const tables: Tables = {
    title: dataset.title,
    sources: dataset.sources,
    countries: dataset.countries,
    actors: dataset.actors,
    topics: dataset.topics,
    extent: dataset.extent,
  };
  if (dataset.description !== undefined) tables.description = dataset.description;
  if (dataset.openingWindow !== undefined) tables.openingWindow = dataset.openingWindow;
  yield { message: { part: 'tables', tables, eventCount: dataset.events.length }, transfer: [] };
  for (let start = 0; start < dataset.events.length; start += EVENTS_PER_SLICE) {
    yield { message: { part: 'events', events: dataset.events.slice(start, start + EVENTS_PER_SLICE) }, transfer: [] };
  }
  const byActor = packIndex(dataset.eventsByActor);
  const byCountry = packIndex(dataset.eventsByCountry);
  const byTopic = packIndex(dataset.eventsByTopic);
  const buffers = [byActor, byCountry, byTopic].flatMap((packed) => [packed.offsets.buffer as ArrayBuffer, packed.values.buffer as ArrayBuffer]);
  yield { message: { part: 'indices', byActor, byCountry, byTopic }, transfer: buffers };
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  // The first of duplicate ids wins, as in the loader's model.
  for (const record of records) if (!map.has(record.id)) map.set(record.id, record);
  return map;
}

/** Rebuilds the Dataset from its parts, one part per call (one task each on the page). */
export class DatasetAssembler {
  private tables: Tables | null = null;
  private readonly events: TimelineEvent[] = [];
  private readonly eventById = new Map<string, TimelineEvent>();
  private dataset: Dataset | null = null;

  /** Events received so far and expected in all, for a progress indicator. */
  progress(): { received: number; expected: number } {
    return { received: this.events.length, expected: this.expected };
  }

  private expected = 0;

  add(message: DatasetPart): void {
    switch (message.part) {
      case 'tables':
        this.tables = message.tables;
        this.expected = message.eventCount;
        return;
      case 'events':
        for (const event of message.events) {
          this.events.push(event);
          if (!this.eventById.has(event.id)) this.eventById.set(event.id, event);
        }
        return;
      case 'indices': {
        const tables = this.tables;
        if (!tables) throw new Error('DatasetAssembler: the indices came before the tables');
        if (this.events.length !== this.expected) throw new Error(`DatasetAssembler: ${this.events.length} of ${this.expected} events arrived`);
        const dataset: Dataset = {
          title: tables.title,
          sources: tables.sources,
          countries: tables.countries,
          actors: tables.actors,
          topics: tables.topics,
          events: this.events,
          eventById: this.eventById,
          actorById: byId(tables.actors),
          countryById: byId(tables.countries),
          topicById: byId(tables.topics),
          sourceById: byId(tables.sources),
          eventsByActor: unpackIndex(message.byActor),
          eventsByCountry: unpackIndex(message.byCountry),
          eventsByTopic: unpackIndex(message.byTopic),
          extent: tables.extent,
        };
        if (tables.description !== undefined) dataset.description = tables.description;
        if (tables.openingWindow !== undefined) dataset.openingWindow = tables.openingWindow;
        this.dataset = dataset;
        return;
      }
    }
  }

  /** The dataset once every part has arrived, else null. */
  result(): Dataset | null {
    return this.dataset;
  }
}
