// Datasets for layout tests and the chart's dev page, built by the loader's own model
// builder from a compact spec (a bad date throws, so a typo in a test cannot pass).
import type { ActorRecord, CountryRecord, Dataset, EventRecord, EventStatus, EventType, PositionRecord, TopicRecord } from '../model/types';
import { datasetFromRecords, testDate } from '../data/testing';

/** A date as the loader reads it (kept under this name for the layout tests). */
export const layoutTestDate = testDate;

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

export function makeLayoutDataset(spec: LayoutTestSpec): Dataset {
  const events = spec.events.map((e): EventRecord => {
    const positions: PositionRecord[] = (e.topics ?? []).map((topic) => ({ actor: e.actors[0] ?? '', topic, stance: 'neutral' }));
    return {
      id: e.id,
      type: e.type ?? 'statement',
      date: e.date,
      actors: e.actors,
      title: e.title ?? e.id,
      positions,
      ...(e.end ? { end: e.end } : {}),
      ...(e.status ? { status: e.status } : {}),
    };
  });
  return datasetFromRecords({
    title: 'Layout test dataset',
    countries: spec.countries ?? [],
    actors: spec.actors,
    topics: spec.topics ?? [],
    events,
  });
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
