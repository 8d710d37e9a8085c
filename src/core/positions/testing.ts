// Hand-built Datasets for the positions unit tests. They do not go through the loader
// (which another module owns), so the tests pin the stance logic alone. Dates accept
// the common precisions ("2025", "2025-02", "2025-02-12", "2025-02-12T10:30Z") with an
// optional EDTF qualifier; anything else throws so a typo in a test cannot pass silently.
import type {
  ActorRecord,
  CountryRecord,
  Dataset,
  DatePrecision,
  EventRecord,
  NormalisedDate,
  PositionRecord,
  TimelineEvent,
  TopicRecord,
} from '../model/types';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})Z)?)?)?([?~%])?$/;

export function testDate(text: string): NormalisedDate {
  const match = DATE_PATTERN.exec(text);
  if (!match) throw new Error(`testDate: cannot read "${text}"`);
  const [, y, m, d, hh, mm, qualifier] = match;
  const year = Number(y);
  const month = m === undefined ? 0 : Number(m) - 1;
  const day = d === undefined ? 1 : Number(d);
  const hour = hh === undefined ? 0 : Number(hh);
  const minute = mm === undefined ? 0 : Number(mm);
  const start = Date.UTC(year, month, day, hour, minute);
  let precision: DatePrecision;
  let end: number;
  if (m === undefined) {
    precision = 'year';
    end = Date.UTC(year + 1, 0, 1);
  } else if (d === undefined) {
    precision = 'month';
    end = Date.UTC(year, month + 1, 1);
  } else if (hh === undefined) {
    precision = 'day';
    end = Date.UTC(year, month, day + 1);
  } else {
    precision = 'minute';
    end = start + 60_000;
  }
  return {
    text,
    precision,
    start,
    end,
    uncertain: qualifier === '?' || qualifier === '%',
    approximate: qualifier === '~' || qualifier === '%',
  };
}

export interface TestEvent {
  id: string;
  date: string;
  actors?: string[];
  positions?: PositionRecord[];
  title?: string;
}

export interface TestDatasetSpec {
  countries?: CountryRecord[];
  actors: ActorRecord[];
  topics?: TopicRecord[];
  /** In file order; the Dataset sorts them by start as the loader does. */
  events: TestEvent[];
}

export const NATO_TOPIC: TopicRecord = {
  id: 'ukraine-nato',
  label: 'NATO membership for Ukraine',
  support: 'Ukraine should join NATO',
  oppose: 'Ukraine should not join NATO',
};

export function makeDataset(spec: TestDatasetSpec): Dataset {
  const topics = spec.topics ?? [NATO_TOPIC];
  const countries = spec.countries ?? [];
  const actorById = new Map(spec.actors.map((a) => [a.id, a]));
  const drafts = spec.events.map((e, fileIndex) => {
    const record: EventRecord = {
      id: e.id,
      type: 'statement',
      date: e.date,
      actors: e.actors ?? [...new Set((e.positions ?? []).map((p) => p.actor))],
      title: e.title ?? e.id,
      positions: e.positions ?? [],
    };
    return { record, fileIndex, date: testDate(e.date) };
  });
  drafts.sort((a, b) => a.date.start - b.date.start || a.fileIndex - b.fileIndex);
  const events: TimelineEvent[] = drafts.map((d, index) => ({
    index,
    fileIndex: d.fileIndex,
    id: d.record.id,
    type: d.record.type,
    status: 'occurred',
    title: d.record.title,
    date: d.date,
    start: d.date.start,
    end: d.date.end,
    actorIds: d.record.actors,
    countryIds: [
      ...new Set(d.record.actors.flatMap((id) => (actorById.get(id)?.country ? [actorById.get(id)!.country!] : []))),
    ],
    topicIds: [...new Set((d.record.positions ?? []).map((p) => p.topic))],
    record: d.record,
  }));
  const byKey = (lists: (e: TimelineEvent) => readonly string[]): ReadonlyMap<string, readonly number[]> => {
    const map = new Map<string, number[]>();
    for (const event of events) {
      for (const id of new Set(lists(event))) {
        const list = map.get(id);
        if (list) list.push(event.index);
        else map.set(id, [event.index]);
      }
    }
    return map;
  };
  return {
    title: 'Test dataset',
    sources: [],
    countries,
    actors: spec.actors,
    topics,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    actorById,
    countryById: new Map(countries.map((c) => [c.id, c])),
    topicById: new Map(topics.map((t) => [t.id, t])),
    sourceById: new Map(),
    eventsByActor: byKey((e) => e.actorIds),
    eventsByCountry: byKey((e) => e.countryIds),
    eventsByTopic: byKey((e) => e.topicIds),
    extent: events.length ? [Math.min(...events.map((e) => e.start)), Math.max(...events.map((e) => e.end))] : [0, 0],
  };
}
