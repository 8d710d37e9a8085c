// Datasets for the positions unit tests, built by the loader's own model builder from a
// compact spec, so the stance logic is tested on the model the app sees.
import type { ActorRecord, CountryRecord, Dataset, EventRecord, PositionRecord, TopicRecord } from '../model/types';
import { datasetFromRecords, testDate } from '../data/testing';

export { testDate };

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
  return datasetFromRecords({
    countries: spec.countries ?? [],
    actors: spec.actors,
    topics: spec.topics ?? [NATO_TOPIC],
    events: spec.events.map(
      (e): EventRecord => ({
        id: e.id,
        type: 'statement',
        date: e.date,
        actors: e.actors ?? [...new Set((e.positions ?? []).map((p) => p.actor))],
        title: e.title ?? e.id,
        positions: e.positions ?? [],
      }),
    ),
  });
}
