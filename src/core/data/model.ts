// Builds the indexed model the app reads from a file whose dates passed their rules. The ids and
// references may not have been checked yet (the loader hands the model over first, load.ts), so
// nothing here assumes that an id is unique or that a reference resolves.
import type {
  ActorRecord,
  CountryRecord,
  Dataset,
  DeclaredTypeRecord,
  DatasetFile,
  EventRecord,
  PositionRecord,
  SourceRecord,
  Stance,
  TimelineEvent,
  TopicRecord,
} from '../model/types';
import type { ParsedEventDates } from './rules';
import { dataLanguageOf } from '../i18n/dataLanguage';
import { byId, countryIdsOf, drawnTypeOf, NONE } from './eventFields';

type Lookups = Pick<Dataset, 'eventById' | 'sourceById'>;

/**
 * The model with its event and source lookups built on first read, then kept. The loading
 * worker builds the model only to post its events and never reads these (the page builds its
 * own as the events arrive, datasetTransfer.ts); at a million events, with 463,000 derived
 * sources, the two maps cost the worker about a second before its first post.
 */
function withLookupsOnFirstRead(model: Omit<Dataset, keyof Lookups>, builders: { [K in keyof Lookups]: () => Lookups[K] }): Dataset {
  for (const key of Object.keys(builders) as (keyof Lookups)[]) {
    Object.defineProperty(model, key, {
      configurable: true,
      enumerable: true,
      get() {
        const lookup = builders[key]();
        Object.defineProperty(model, key, { value: lookup, configurable: true, enumerable: true, writable: true });
        return lookup;
      },
    });
  }
  return model as Dataset;
}

/** A count per id, the ids of `table` first (at 0 until counted), then any other counted in the order first met. */
class Counts {
  readonly byId = new Map<string, number>();

  constructor(ids: Iterable<string>) {
    for (const id of ids) this.byId.set(id, 0);
  }

  /** Counts one for each of `keys` (one event's, each distinct). An indexed loop: this runs for every event. */
  add(keys: readonly string[]): void {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      this.byId.set(key, (this.byId.get(key) ?? 0) + 1);
    }
  }
}

/** The distinct values of one field of an event's positions, in file order (a shared empty list when none). */
function distinctInPositions<K extends 'topic' | 'stance'>(record: EventRecord, field: K): PositionRecord[K][] {
  const positions = record.positions;
  if (positions === undefined || positions.length === 0) return NONE;
  const values: PositionRecord[K][] = [];
  for (const position of positions) if (!values.includes(position[field])) values.push(position[field]);
  return values;
}

/** The distinct topics of an event's positions, in file order (a shared empty list when none). */
export const topicIdsOf = (record: EventRecord): string[] => distinctInPositions(record, 'topic');

/** The distinct stances of an event's positions, in file order (a shared empty list when none). */
export const stancesOf = (record: EventRecord): Stance[] => distinctInPositions(record, 'stance');

/**
 * The model of a valid file. `dates[i]` holds the parsed dates of `file.events[i]`
 * (the rules parse each date once; this reuses them).
 */
export function buildDataset(file: DatasetFile, dates: readonly (ParsedEventDates | undefined)[]): Dataset {
  const actorById = byId<ActorRecord>(file.actors);
  const countryById = byId<CountryRecord>(file.countries);
  const topicById = byId<TopicRecord>(file.topics);
  const types = file.types ?? [];
  const typeById = byId<DeclaredTypeRecord>(types);

  const unsorted: TimelineEvent[] = [];
  // Counted as the events are made, in file order, each event's keys without repeats.
  const byActor = new Counts(actorById.keys());
  const byCountry = new Counts(countryById.keys());
  const byTopic = new Counts(topicById.keys());
  file.events.forEach((record: EventRecord, fileIndex) => {
    const parsed = dates[fileIndex];
    if (!parsed) throw new Error(`buildDataset: event ${fileIndex} has no parsed date`);
    // The page reads an event's id and title as text everywhere (labels, search, details); a
    // file without them is the schema's to refuse, and is not built early (load.ts).
    if (typeof record.id !== 'string' || typeof record.title !== 'string') throw new Error(`buildDataset: event ${fileIndex} has no id or title as text`);
    // Small lists: a linear `includes` beats building a Set per event on 100,000 events, and
    // events without repeats or positions share arrays instead of allocating their own.
    const actors = record.actors;
    let actorIds: readonly string[] = actors;
    for (let i = 0; i < actors.length; i++) {
      if (actors.indexOf(actors[i] as string) !== i) {
        actorIds = [...new Set(actors)];
        break;
      }
    }
    const countryIds = countryIdsOf(actors, actorById);
    const topicIds = topicIdsOf(record);
    const event: TimelineEvent = {
      index: 0,
      fileIndex,
      id: record.id,
      type: drawnTypeOf(record.type, typeById),
      typeId: record.type,
      status: record.status ?? 'occurred',
      title: record.title,
      date: parsed.date,
      start: parsed.date.start,
      end: (parsed.until ?? parsed.date).end,
      actorIds: record.actors,
      countryIds,
      topicIds,
      stances: stancesOf(record),
      quoteCount: record.quotes?.length ?? 0,
      record,
    };
    if (parsed.until) event.until = parsed.until;
    byActor.add(actorIds);
    byCountry.add(countryIds);
    byTopic.add(topicIds);
    unsorted.push(event);
  });

  const events = unsorted.sort((a, b) => a.start - b.start || a.fileIndex - b.fileIndex);
  let minStart = Infinity;
  let maxEnd = -Infinity;
  events.forEach((event, index) => {
    event.index = index;
    if (event.start < minStart) minStart = event.start;
    if (event.end > maxEnd) maxEnd = event.end;
  });

  const dataset = withLookupsOnFirstRead({
    title: file.title,
    sources: file.sources,
    countries: file.countries,
    actors: file.actors,
    topics: file.topics,
    types,
    events,
    actorById,
    countryById,
    topicById,
    typeById,
    eventCountByActor: byActor.byId,
    eventCountByCountry: byCountry.byId,
    eventCountByTopic: byTopic.byId,
    extent: events.length > 0 ? [minStart, maxEnd] : [0, 0],
  }, {
    eventById: () => byId(events),
    sourceById: () => byId<SourceRecord>(file.sources),
  });
  if (file.description !== undefined) dataset.description = file.description;
  const language = dataLanguageOf(file.language);
  if (language) dataset.language = language;
  if (file.stories !== undefined && file.stories.length > 0) dataset.stories = file.stories;
  return dataset;
}
