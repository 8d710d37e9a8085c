// Hand-built Datasets for layout tests and the chart's dev page, independent of the
// loader. Dates accept "2025", "2025-02", "2025-02-12" and "2025-02-12T10:30Z" with an
// optional EDTF qualifier; anything else throws so a typo in a test cannot pass.
import type {
  ActorRecord,
  CountryRecord,
  Dataset,
  DatePrecision,
  EventRecord,
  EventStatus,
  EventType,
  NormalisedDate,
  PositionRecord,
  TimelineEvent,
  TopicRecord,
} from '../model/types';

const DATE_PATTERN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})Z)?)?)?([?~%])?$/;

export function layoutTestDate(text: string): NormalisedDate {
  const match = DATE_PATTERN.exec(text);
  if (!match) throw new Error(`layoutTestDate: cannot read "${text}"`);
  const [, y, m, d, hh, mm, qualifier] = match;
  const year = Number(y);
  const month = m === undefined ? 0 : Number(m) - 1;
  const day = d === undefined ? 1 : Number(d);
  const utc = (yy: number, mo: number, dd: number, h = 0, mi = 0) => {
    const date = new Date(0);
    date.setUTCFullYear(yy, mo, dd);
    date.setUTCHours(h, mi, 0, 0);
    return date.getTime();
  };
  const start = utc(year, month, day, hh === undefined ? 0 : Number(hh), mm === undefined ? 0 : Number(mm));
  let precision: DatePrecision;
  let end: number;
  if (m === undefined) {
    precision = 'year';
    end = utc(year + 1, 0, 1);
  } else if (d === undefined) {
    precision = 'month';
    end = utc(year, month + 1, 1);
  } else if (hh === undefined) {
    precision = 'day';
    end = utc(year, month, day + 1);
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

export interface LayoutTestEvent {
  id: string;
  date: string;
  end?: string;
  type?: EventType;
  status?: EventStatus;
  actors: string[];
  /** Topic ids the event takes positions on (stance 'neutral', by its first actor). */
  topics?: string[];
  title?: string;
}

export interface LayoutTestSpec {
  countries?: CountryRecord[];
  actors: ActorRecord[];
  topics?: TopicRecord[];
  events: LayoutTestEvent[];
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function makeLayoutDataset(spec: LayoutTestSpec): Dataset {
  const countries = spec.countries ?? [];
  const topics = spec.topics ?? [];
  const actorById = new Map(spec.actors.map((a) => [a.id, a]));
  const drafts = spec.events.map((e, fileIndex) => {
    const positions: PositionRecord[] = (e.topics ?? []).map((topic) => ({ actor: e.actors[0] ?? '', topic, stance: 'neutral' }));
    const record: EventRecord = {
      id: e.id,
      type: e.type ?? 'statement',
      date: e.date,
      actors: e.actors,
      title: e.title ?? e.id,
      positions,
      ...(e.end ? { end: e.end } : {}),
      ...(e.status ? { status: e.status } : {}),
    };
    const date = layoutTestDate(e.date);
    const until = e.end ? layoutTestDate(e.end) : undefined;
    return { record, fileIndex, date, until };
  });
  drafts.sort((a, b) => a.date.start - b.date.start || a.fileIndex - b.fileIndex);
  const eventsByActor = new Map<string, number[]>();
  const eventsByCountry = new Map<string, number[]>();
  const eventsByTopic = new Map<string, number[]>();
  let min = Infinity;
  let max = -Infinity;
  const events: TimelineEvent[] = drafts.map((d, index) => {
    const countryIds = [...new Set(d.record.actors.flatMap((id) => actorById.get(id)?.country ?? []))];
    const topicIds = [...new Set((d.record.positions ?? []).map((p) => p.topic))];
    for (const id of d.record.actors) pushTo(eventsByActor, id, index);
    for (const id of countryIds) pushTo(eventsByCountry, id, index);
    for (const id of topicIds) pushTo(eventsByTopic, id, index);
    const end = (d.until ?? d.date).end;
    min = Math.min(min, d.date.start);
    max = Math.max(max, end);
    return {
      index,
      fileIndex: d.fileIndex,
      id: d.record.id,
      type: d.record.type,
      status: d.record.status ?? 'occurred',
      title: d.record.title,
      date: d.date,
      ...(d.until ? { until: d.until } : {}),
      start: d.date.start,
      end,
      actorIds: d.record.actors,
      countryIds,
      topicIds,
      record: d.record,
    };
  });
  return {
    title: 'Layout test dataset',
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
    eventsByActor,
    eventsByCountry,
    eventsByTopic,
    extent: events.length > 0 ? [min, max] : [0, 0],
  };
}

/** A small political dataset shaped like the seed data: two countries, NATO, an unaffiliated actor. */
export function sampleSpec(): LayoutTestSpec {
  return {
    countries: [
      { id: 'US', name: 'United States' },
      { id: 'RU', name: 'Russia' },
      { id: 'NATO', name: 'NATO', kind: 'organization' },
    ],
    actors: [
      { id: 'trump', name: 'Donald Trump', country: 'US' },
      { id: 'putin', name: 'Vladimir Putin', country: 'RU' },
      { id: 'hegseth', name: 'Pete Hegseth', country: 'US' },
      { id: 'rutte', name: 'Mark Rutte', country: 'NATO' },
      { id: 'allies', name: 'Other Western allies' },
    ],
    topics: [
      { id: 'nato', label: 'NATO membership for Ukraine', support: 'join', oppose: 'not join' },
      { id: 'ceasefire', label: 'Ceasefire', support: 'now', oppose: 'not now' },
    ],
    events: [
      { id: 'hegseth-remarks', date: '2025-02-12', actors: ['hegseth'], topics: ['nato'] },
      { id: 'trump-putin-call', date: '2025-02-12', type: 'call', actors: ['trump', 'putin'], topics: ['ceasefire', 'nato'] },
      { id: 'summit', date: '2025-02-14', end: '2025-02-16', type: 'meeting', actors: ['trump', 'hegseth', 'rutte'] },
      { id: 'allies-note', date: '2025-01~', actors: ['allies'] },
      { id: 'putin-planned', date: '2025-03-01', status: 'planned', actors: ['putin'] },
    ],
  };
}
