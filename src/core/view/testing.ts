// Small hand-built datasets for unit tests of the view code, independent of the loader.
import type {
  ActorRecord,
  CountryRecord,
  DatePrecision,
  Dataset,
  EventRecord,
  NormalisedDate,
  TimelineEvent,
  TopicRecord,
} from '../model/types';
import { calendarInterval, parseInstant } from './dates';

function normalise(text: string): NormalisedDate {
  const calendar = calendarInterval(text);
  if (calendar) {
    const precision: DatePrecision = text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day';
    return { text, precision, start: calendar.start, end: calendar.end, uncertain: false, approximate: false };
  }
  const start = parseInstant(text);
  if (Number.isNaN(start)) throw new Error(`testing.ts cannot read the date "${text}"`);
  return { text, precision: 'minute', start, end: start + 60_000, uncertain: false, approximate: false };
}

function indexBy<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function addTo(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

export interface TestDatasetInput {
  countries?: CountryRecord[];
  actors?: ActorRecord[];
  topics?: TopicRecord[];
  events: EventRecord[];
}

/** Builds a Dataset the way the loader would, for records the test writes by hand. */
export function makeDataset(input: TestDatasetInput): Dataset {
  const countries = input.countries ?? [];
  const actors = input.actors ?? [];
  const topics = input.topics ?? [];
  const actorById = indexBy(actors);
  const unsorted = input.events.map((record, fileIndex) => {
    const date = normalise(record.date);
    const until = record.end ? normalise(record.end) : undefined;
    const countryIds = [...new Set(record.actors.map((id) => actorById.get(id)?.country).filter((id): id is string => !!id))];
    const topicIds = [...new Set((record.positions ?? []).map((position) => position.topic))];
    return { record, fileIndex, date, until, countryIds, topicIds };
  });
  unsorted.sort((a, b) => a.date.start - b.date.start || a.fileIndex - b.fileIndex);
  const events: TimelineEvent[] = unsorted.map(({ record, fileIndex, date, until, countryIds, topicIds }, index) => ({
    index,
    fileIndex,
    id: record.id,
    type: record.type,
    status: record.status ?? 'occurred',
    title: record.title,
    date,
    ...(until ? { until } : {}),
    start: date.start,
    end: (until ?? date).end,
    actorIds: record.actors,
    countryIds,
    topicIds,
    record,
  }));
  const eventsByActor = new Map<string, number[]>();
  const eventsByCountry = new Map<string, number[]>();
  const eventsByTopic = new Map<string, number[]>();
  for (const event of events) {
    for (const id of event.actorIds) addTo(eventsByActor, id, event.index);
    for (const id of event.countryIds) addTo(eventsByCountry, id, event.index);
    for (const id of event.topicIds) addTo(eventsByTopic, id, event.index);
  }
  const extent: readonly [number, number] =
    events.length === 0 ? [0, 0] : [events[0]!.start, Math.max(...events.map((event) => event.end))];
  return {
    title: 'Test dataset',
    sources: [],
    countries,
    actors,
    topics,
    events,
    eventById: indexBy(events),
    actorById,
    countryById: indexBy(countries),
    topicById: indexBy(topics),
    sourceById: new Map(),
    eventsByActor,
    eventsByCountry,
    eventsByTopic,
    extent,
  };
}

/** A small dataset shaped like the seed: a call between two countries, statements, a planned meeting. */
export function seedLikeDataset(): Dataset {
  return makeDataset({
    countries: [
      { id: 'US', name: 'United States' },
      { id: 'RU', name: 'Russia' },
      { id: 'UA', name: 'Ukraine' },
      { id: 'FR', name: 'France' },
    ],
    actors: [
      { id: 'hegseth', name: 'Pete Hegseth', role: 'U.S. Secretary of Defense', country: 'US' },
      { id: 'trump', name: 'Donald Trump', role: 'President of the United States', country: 'US' },
      { id: 'putin', name: 'Vladimir Putin', role: 'President of Russia', country: 'RU' },
      { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', role: 'President of Ukraine', country: 'UA' },
      { id: 'barrot', name: 'Jean-Noël Barrot', role: 'Minister for Europe and Foreign Affairs', country: 'FR' },
    ],
    topics: [
      {
        id: 'ukraine-nato-membership',
        label: 'NATO membership for Ukraine',
        support: 'Ukraine should join NATO',
        oppose: 'Ukraine should not join NATO',
      },
    ],
    events: [
      {
        id: 'trump-putin-call',
        type: 'call',
        date: '2025-02-12',
        actors: ['trump', 'putin'],
        title: 'Trump and Putin speak by phone',
        summary: 'A long call about negotiations.',
      },
      {
        id: 'hegseth-nato-remarks',
        type: 'statement',
        date: '2025-02-12T10:30Z',
        actors: ['hegseth'],
        location: 'NATO headquarters, Brussels',
        title: 'Hegseth: NATO membership for Ukraine not realistic',
        quotes: [{ actor: 'hegseth', text: 'NATO membership for Ukraine is not a realistic outcome.' }],
        positions: [{ actor: 'hegseth', topic: 'ukraine-nato-membership', stance: 'oppose' }],
      },
      {
        id: 'barrot-remarks',
        type: 'statement',
        date: '2025-02',
        actors: ['barrot'],
        title: 'Barrot on security guarantees',
        summary: 'Européens must be at the table.',
        positions: [{ actor: 'barrot', topic: 'ukraine-nato-membership', stance: 'lean-support' }],
      },
      {
        id: 'zelenskyy-trump-meeting',
        type: 'meeting',
        date: '2025-02-28',
        status: 'planned',
        actors: ['zelenskyy', 'trump'],
        location: 'White House, Washington',
        title: 'Zelenskyy meets Trump',
      },
    ],
  });
}
