// Moving a Dataset from the loading worker to the page without freezing it. One
// structured clone of a 100,000-event Dataset blocks the page while it is deserialised
// (measured 12.6 s in one task on a busy 2-core machine, docs/performance.md), so the
// worker sends it in parts the page takes in one task each: the small tables first, the
// sources in parts, the events in slices, then the per-actor, per-country and per-topic
// counts of events and the events' mark-time order as typed arrays (transferred, not copied),
// and last the events' records. The page makes the chart's event columns as the parts arrive,
// shows the dataset once the counts are in, and fills its lookups of events and sources by id
// after the first render (pendingLookup.ts).
// A slice carries what the chart, the filters and the labels read of each event (id, title,
// type, status, dates, actors, topics, stances, quote count) as columns (eventSummaries.ts),
// and the events' file records follow, a slice's at a time, as JSON text: the browser's
// JSON.stringify and JSON.parse are native and need no warm-up, and text is copied in one piece
// rather than object by object. Writing them is most of the worker's posting (about 2 s of
// 2.3 at a million events), so they come after the counts: the page draws the chart while the
// worker writes them, and whoever reads a record waits until they are in (model/recordsArrival.ts).
// The records go as UTF-8 bytes, transferred, and wait on the page as such. The page reads
// the summaries as they arrive and a slice's records only when one of them is first read
// (details, lists, positions, search, edits), so the first render does not wait for every
// record to be parsed: at 100,000 events the records are about three times the summaries'
// bytes. The page shares their repeated strings when it parses them (sharedStrings.ts).
import { byId, countryIdsOf, drawnTypeOf, NONE } from '../core/data/eventFields';
import type { ActorRecord, Dataset, DeclaredTypeRecord, EventRecord, EventStatus, EventType, NormalisedDate, SourceRecord, Stance, TimelineEvent } from '../core/model/types';
import { keepPublishers, PublisherCounter } from '../core/data/publishers';
import { EventColumnsBuilder, keepEventColumns, markOrderOf } from '../core/layout/eventColumns';
import { markTimeOf } from '../core/layout/marks';
import { sliceNames, SummaryDecoder, SummaryEncoder } from './eventSummaries';
import type { SliceNames, SummaryColumns } from './eventSummaries';
import { PendingLookup } from './pendingLookup';
import { recordsToCome, whenRecordsArrive } from '../core/model/recordsArrival';
import { packRecords, unpackRecords } from './recordTable';
import type { PackedRecords } from './recordTable';
import { makeInterner, shareRepeatedStrings } from './sharedStrings';
import { recordsJson, restoreSummarised } from './summarisedRecords';
import type { Interner } from './sharedStrings';

/** Events per slice: a slice deserialises in well under the 100 ms budget for one task. */
export const EVENTS_PER_SLICE = 500;
/**
 * Sources per part: a million-row import derives hundreds of thousands of sources, which in
 * the tables part took one task of about a second to clone and index on the page.
 */
export const SOURCES_PER_PART = 10_000;

type Tables = Pick<Dataset, 'title' | 'description' | 'language' | 'countries' | 'actors' | 'topics' | 'types' | 'extent' | 'openingWindow' | 'stories' | 'periods' | 'annotations'>;

/** The tables a dataset may leave out; copied only when present, so an absent one stays absent (not undefined). */
const OPTIONAL_TABLES = ['description', 'language', 'openingWindow', 'stories', 'periods', 'annotations'] as const;

function copyOptionalTables(from: Tables, to: Tables): void {
  for (const key of OPTIONAL_TABLES) {
    const value = from[key];
    if (value !== undefined) Object.assign(to, { [key]: value });
  }
}

/** Counts by id (id → number of events) as flat arrays: ids[k]'s count is counts[k]. */
export interface PackedCounts {
  ids: string[];
  counts: Int32Array;
}

export type DatasetPart =
  /** `sourceCount` is null when the sources come after the counts, with the records (PartsOptions). */
  | { part: 'tables'; tables: Tables; sourceCount: number | null; eventCount: number }
  | { part: 'sources'; sources: PackedRecords<SourceRecord> }
  /** What the page reads of a slice's events (eventSummaries.ts). */
  | { part: 'events'; summaries: SummaryColumns }
  /**
   * The events' counts per actor, country and topic (Dataset.eventCountByActor …), and
   * `markOrder`, every event index ordered by mark time (EventColumns.markOrder), worked out
   * here while the page takes the slices: with them the page has its dataset to show.
   */
  | { part: 'counts'; byActor: PackedCounts; byCountry: PackedCounts; byTopic: PackedCounts; markOrder: Int32Array }
  /** Then the `slice`th slice's file records (its events' order), as JSON text in UTF-8 (transferred). */
  | { part: 'records'; slice: number; records: Uint8Array };

export function packCounts(counts: ReadonlyMap<string, number>): PackedCounts {
  return { ids: [...counts.keys()], counts: Int32Array.from(counts.values()) };
}

export function unpackCounts(packed: PackedCounts): Map<string, number> {
  return new Map(packed.ids.map((id, k) => [id, packed.counts[k]!]));
}

/**
 * A slice's records wait on the page as UTF-8 bytes: about one byte a character, where a
 * string holding any character past Latin-1 takes two for every one of them.
 */
const utf8Bytes = new TextEncoder();
const utf8 = new TextDecoder();

/**
 * One slice's file records, kept as the UTF-8 bytes of their JSON until one of them is read
 * or the page is idle. Parsing a slice of 500 takes a few milliseconds; parsing all of them
 * before the first render was most of the page's work while a large file arrived. Its events'
 * ids and titles wait likewise, as one text (`names`).
 */
class SliceRecords {
  /** The records' bytes once they have arrived, until parsed. */
  private bytes: Uint8Array | null = null;
  private records: EventRecord[] | null = null;

  constructor(
    /** The position in Dataset.events of the slice's first event. */
    readonly firstIndex: number,
    private readonly events: readonly TimelineEvent[],
    private readonly intern: Interner,
    /** The dataset's sources by id, for sharing the records' source ids (completed when first asked). */
    private readonly sources: PendingLookup<SourceRecord>,
    /** The slice's ids and titles, by the event's position in the slice. */
    readonly names: SliceNames,
  ) {}

  /** The slice's records have come, as the UTF-8 bytes of their JSON. */
  arrive(bytes: Uint8Array): void {
    if (this.records || this.bytes) throw new Error(`DatasetAssembler: the records of the slice from event ${this.firstIndex} came twice`);
    this.bytes = bytes;
  }

  /** Parses the slice's records now, if they have arrived and no reader has parsed them yet. */
  parseNow(): void {
    if (this.bytes) this.records ??= this.parse();
  }

  /** The record of the event at `index` in Dataset.events, one of this slice's. */
  record(index: number): EventRecord {
    // Readers wait for whenRecordsArrive: a read before is a bug, and must not look like an empty record.
    if (!this.records && !this.bytes) throw new Error(`DatasetAssembler: the record of event ${index} was read before its slice's records arrived`);
    this.records ??= this.parse();
    const record = this.records[index - this.firstIndex];
    if (!record) throw new Error(`DatasetAssembler: the record of event ${index} is not in the slice from ${this.firstIndex} (${this.records.length} records)`);
    return record;
  }

  private parse(): EventRecord[] {
    const records = JSON.parse(utf8.decode(this.bytes!)) as EventRecord[];
    this.bytes = null;
    // The fields the summaries carried come back from the event, so each is held once: the
    // id and title (unique, so not interned), the list of actors (the record's own, as in the
    // loader's model), and the type, status and dates, interned with the event's.
    records.forEach((record, k) => {
      const event = this.events[k];
      if (event && record !== null && typeof record === 'object') restoreSummarised(record, event);
    });
    shareRepeatedStrings(records, this.intern, this.sources.complete());
    return records;
  }
}

/**
 * An event rebuilt on the page: every field but the record, which its slice parses when first
 * read, and its id and title, cut from its slice's names when first read and kept.
 */
class ReceivedEvent implements TimelineEvent {
  declare until?: NormalisedDate;
  readonly #slice: SliceRecords;
  #id: string | undefined;
  #title: string | undefined;

  constructor(
    public index: number,
    public fileIndex: number,
    public type: EventType,
    public typeId: string,
    public status: EventStatus,
    public date: NormalisedDate,
    public start: number,
    public end: number,
    public actorIds: readonly string[],
    public countryIds: readonly string[],
    public topicIds: readonly string[],
    public stances: readonly Stance[],
    public quoteCount: number,
    slice: SliceRecords,
  ) {
    this.#slice = slice;
  }

  get id(): string {
    return (this.#id ??= this.#slice.names.id(this.index - this.#slice.firstIndex));
  }

  get title(): string {
    return (this.#title ??= this.#slice.names.title(this.index - this.#slice.firstIndex));
  }

  get record(): EventRecord {
    return this.#slice.record(this.index);
  }
}

/** The slices of a dataset the page assembled, for parsing their records when the page is idle. */
const slicesOf = new WeakMap<Dataset, readonly SliceRecords[]>();

/** The lookups by id of a dataset the page assembled, filled in idle steps (pendingLookup.ts). */
const pendingLookups = new WeakMap<Dataset, readonly PendingLookup<{ id: string }>[]>();
/** Items added to a pending lookup per step of idle work: a few milliseconds' worth. */
const LOOKUP_STEP = 20_000;

/** What an idle callback is told: how long the page expects to stay idle (requestIdleCallback's IdleDeadline). */
export interface IdleTime {
  timeRemaining(): number;
}

/**
 * Fills the lookups of events and sources by id (pendingLookup.ts), then parses the records
 * still waiting as bytes, slice by slice, in the page's idle time (at least one step per call
 * of `whenIdle`'s callback, more while it has time), until none is left. A slice's text
 * takes more memory than its parsed records with their repeated strings shared
 * (127 against 112 MB at 100,000 events, 850 against 679 MB at a million), and a later reader
 * (search, the positions view, an export) then finds them ready. A dataset not assembled from
 * parts has nothing waiting.
 */
export function parseRecordsWhenIdle(dataset: Dataset, whenIdle: (work: (idle: IdleTime) => void) => void): void {
  const arriving = whenRecordsArrive(dataset);
  if (arriving) {
    void arriving.then(() => parseRecordsWhenIdle(dataset, whenIdle));
    return;
  }
  const slices = slicesOf.get(dataset) ?? [];
  const lookups = [...(pendingLookups.get(dataset) ?? [])];
  let next = 0;
  const left = () => lookups.length > 0 || next < slices.length;
  const work = (idle: IdleTime) => {
    do {
      const lookup = lookups[0];
      if (lookup) {
        if (lookup.addSome(LOOKUP_STEP)) lookups.shift();
      } else slices[next++]?.parseNow();
    } while (left() && idle.timeRemaining() > 4);
    if (left()) whenIdle(work);
  };
  if (left()) whenIdle(work);
}

/** The events of a slice, and its records waiting to be read; `firstIndex` is the first event's position in Dataset.events. */
function unpackEvents(summaries: SummaryColumns, firstIndex: number, arrival: Pick<Arrival, 'actorById' | 'typeById' | 'sourceLookup' | 'summaries'>, intern: Interner): { events: TimelineEvent[]; slice: SliceRecords } {
  const events: TimelineEvent[] = [];
  const names = sliceNames(summaries);
  const slice = new SliceRecords(firstIndex, events, intern, arrival.sourceLookup, names);
  // Types, statuses, days and ids of actors, topics and stances come from the dataset's table of
  // summary strings, one copy each, shared with the records once they are parsed.
  arrival.summaries.decode(summaries, names, ({ fileIndex, typeId, status, date, until, actorIds, topicIds, stances, quoteCount }, k) => {
    if (!date) throw new Error(`DatasetAssembler: event ${firstIndex + k} arrived without its date`);
    const event = new ReceivedEvent(
      firstIndex + k,
      fileIndex,
      drawnTypeOf(typeId, arrival.typeById),
      typeId,
      status,
      date,
      date.start,
      (until ?? date).end,
      actorIds,
      countryIdsOf(actorIds, arrival.actorById),
      topicIds.length === 0 ? NONE : topicIds,
      stances.length === 0 ? NONE : stances,
      quoteCount,
      slice,
    );
    if (until) event.until = until;
    events.push(event);
  });
  return { events, slice };
}

/** A part as the worker posts it, with the buffers it may transfer. */
export type PostedPart = { message: DatasetPart; transfer: ArrayBuffer[] };

export interface PartsOptions {
  /**
   * The sources come after the counts, before the records: a dataset whose sources are derived
   * from the events' details, read after the chart is drawn (ConvertResult.completeRecords).
   */
  sourcesWithRecords?: boolean;
}

function* sourceParts(dataset: Dataset): Generator<PostedPart> {
  for (let start = 0; start < dataset.sources.length; start += SOURCES_PER_PART) {
    yield { message: { part: 'sources', sources: packRecords(dataset.sources.slice(start, start + SOURCES_PER_PART)) }, transfer: [] };
  }
}

/** The parts the chart is drawn from, in order: the tables, the sources (unless they come with the records), the events' summaries and the counts. */
export function* chartParts(dataset: Dataset, { sourcesWithRecords = false }: PartsOptions = {}): Generator<PostedPart> {
  const tables: Tables = {
    title: dataset.title,
    countries: dataset.countries,
    actors: dataset.actors,
    topics: dataset.topics,
    types: dataset.types,
    extent: dataset.extent,
  };
  copyOptionalTables(dataset, tables);
  yield { message: { part: 'tables', tables, sourceCount: sourcesWithRecords ? null : dataset.sources.length, eventCount: dataset.events.length }, transfer: [] };
  if (!sourcesWithRecords) yield* sourceParts(dataset);
  const encoder = new SummaryEncoder();
  for (let start = 0; start < dataset.events.length; start += EVENTS_PER_SLICE) {
    const summaries = encoder.encode(dataset.events.slice(start, start + EVENTS_PER_SLICE));
    yield { message: { part: 'events', summaries }, transfer: [summaries.numbers.buffer as ArrayBuffer] };
  }
  const byActor = packCounts(dataset.eventCountByActor);
  const byCountry = packCounts(dataset.eventCountByCountry);
  const byTopic = packCounts(dataset.eventCountByTopic);
  const markOrder = markOrderOf(Float64Array.from(dataset.events, markTimeOf));
  const buffers = [byActor, byCountry, byTopic].map((packed) => packed.counts.buffer as ArrayBuffer);
  yield { message: { part: 'counts', byActor, byCountry, byTopic, markOrder }, transfer: [...buffers, markOrder.buffer as ArrayBuffer] };
}

/**
 * The parts that follow the chart's: the sources when they come with the records, then the
 * records slice by slice. Each is written when asked for, so the worker can wait (and complete
 * the records) before the first.
 */
export function* detailParts(dataset: Dataset, { sourcesWithRecords = false }: PartsOptions = {}): Generator<PostedPart> {
  if (sourcesWithRecords) yield* sourceParts(dataset);
  for (let start = 0; start < dataset.events.length; start += EVENTS_PER_SLICE) {
    const records = utf8Bytes.encode(recordsJson(dataset.events.slice(start, start + EVENTS_PER_SLICE)));
    yield { message: { part: 'records', slice: start / EVENTS_PER_SLICE, records }, transfer: [records.buffer as ArrayBuffer] };
  }
}

/** Every part of the dataset, in order. */
export function* datasetParts(dataset: Dataset, options: PartsOptions = {}): Generator<PostedPart> {
  yield* chartParts(dataset, options);
  yield* detailParts(dataset, options);
}

/** What has arrived of one dataset, from its tables part on. */
interface Arrival {
  tables: Tables;
  /** Null when the sources come after the counts, with the records. */
  sourceCount: number | null;
  eventCount: number;
  actorById: Map<string, ActorRecord>;
  typeById: Map<string, DeclaredTypeRecord>;
  sources: SourceRecord[];
  /** The sources by id, made once the data is shown (pendingLookup.ts). */
  sourceLookup: PendingLookup<SourceRecord>;
  /** Publishers tallied as the sources arrive, for the credit line. */
  publishers: PublisherCounter;
  events: TimelineEvent[];
  /** The chart's per-event columns, made slice by slice so the first scene plan need not make them. */
  columns: EventColumnsBuilder;
  /** Each slice's records, waiting as bytes until read. */
  slices: SliceRecords[];
  /** Slices whose records have not come yet. */
  recordSlicesToCome: number;
  /** Says the dataset's records are in (model/recordsArrival.ts), once it is made. */
  allRecordsIn: () => void;
  /** The events' summaries, read slice by slice with the dataset's table of their strings. */
  summaries: SummaryDecoder;
}

/** Rebuilds the Dataset from its parts, one part per call (one task each on the page); a new 'tables' part starts over. */
export class DatasetAssembler {
  private arrival: Arrival | null = null;
  /** Strings shared across the slices while they arrive (dropped with the assembler). */
  private readonly intern = makeInterner();
  private dataset: Dataset | null = null;

  add(message: DatasetPart): void {
    if (message.part === 'tables') {
      // A dataset's first part: anything received before belonged to one the worker replaced.
      const { tables, sourceCount, eventCount } = message;
      const sources: SourceRecord[] = [];
      this.arrival = {
        tables,
        sourceCount,
        eventCount,
        actorById: byId(tables.actors),
        typeById: byId(tables.types),
        sources,
        sourceLookup: new PendingLookup(sources),
        publishers: new PublisherCounter(),
        events: [],
        columns: new EventColumnsBuilder(tables, eventCount),
        slices: [],
        recordSlicesToCome: Math.ceil(eventCount / EVENTS_PER_SLICE),
        allRecordsIn: () => {},
        summaries: new SummaryDecoder(this.intern),
      };
      this.dataset = null;
      return;
    }
    const arrival = this.arrival;
    if (!arrival) throw new Error(`DatasetAssembler: the ${message.part} came before the tables`);
    switch (message.part) {
      case 'sources': {
        if (this.dataset && arrival.sourceCount !== null) throw new Error('DatasetAssembler: sources came after the counts');
        const sources = unpackRecords(message.sources);
        for (const source of sources) arrival.sources.push(source);
        arrival.publishers.add(sources);
        // Coming with the records, they join the dataset already shown (its sources are this
        // list), and its lookup by id takes them in as they come: completed in one piece when a
        // first record was read, 463,000 of them were a task of its own.
        if (this.dataset) {
          keepPublishers(arrival.sources, arrival.publishers.tally());
          arrival.sourceLookup.addSome(sources.length);
        }
        return;
      }
      case 'events': {
        const { events, slice } = unpackEvents(message.summaries, arrival.events.length, arrival, this.intern);
        arrival.slices.push(slice);
        for (const event of events) {
          arrival.events.push(event);
        }
        arrival.columns.add(events);
        return;
      }
      case 'counts':
        this.dataset = assembled(arrival, message);
        if (arrival.recordSlicesToCome > 0) arrival.allRecordsIn = recordsToCome(this.dataset);
        return;
      case 'records': {
        const slice = arrival.slices[message.slice];
        if (!slice || !this.dataset) throw new Error(`DatasetAssembler: the records of slice ${message.slice} came before its events or the counts`);
        slice.arrive(message.records);
        if (--arrival.recordSlicesToCome === 0) arrival.allRecordsIn();
        return;
      }
    }
  }

  /** The dataset once its counts have arrived (its records may still be coming: model/recordsArrival.ts), else null. */
  result(): Dataset | null {
    return this.dataset;
  }
}

/** The dataset from everything that arrived and its last part, the counts. */
function assembled(arrival: Arrival, last: Extract<DatasetPart, { part: 'counts' }>): Dataset {
  const { tables, events, sources } = arrival;
  if (events.length !== arrival.eventCount) throw new Error(`DatasetAssembler: ${events.length} of ${arrival.eventCount} events arrived`);
  if (arrival.sourceCount !== null && sources.length !== arrival.sourceCount) throw new Error(`DatasetAssembler: ${sources.length} of ${arrival.sourceCount} sources arrived`);
  // Made after the first render, in idle steps (pendingLookup.ts).
  const eventLookup = new PendingLookup(events);
  const dataset: Dataset = {
    title: tables.title,
    sources,
    countries: tables.countries,
    actors: tables.actors,
    topics: tables.topics,
    types: tables.types,
    events,
    eventById: eventLookup,
    actorById: arrival.actorById,
    countryById: byId(tables.countries),
    topicById: byId(tables.topics),
    typeById: arrival.typeById,
    sourceById: arrival.sourceLookup,
    eventCountByActor: unpackCounts(last.byActor),
    eventCountByCountry: unpackCounts(last.byCountry),
    eventCountByTopic: unpackCounts(last.byTopic),
    extent: tables.extent,
  };
  pendingLookups.set(dataset, [eventLookup, arrival.sourceLookup]);
  copyOptionalTables(tables, dataset);
  keepEventColumns(dataset, arrival.columns.result(last.markOrder));
  slicesOf.set(dataset, arrival.slices);
  keepPublishers(sources, arrival.publishers.tally());
  return dataset;
}
