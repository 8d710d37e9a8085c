// Datasets for unit tests, built with the loader's own date parser and model builder, so
// every test sees exactly the model the app sees. A bad date throws, so a typo in a test
// cannot pass quietly.
import type { ActorRecord, CountryRecord, Dataset, DeclaredTypeRecord, EventRecord, NormalisedDate, SourceRecord, TopicRecord } from '../model/types';
import { isDateError, parseDate } from '../time/dates';
import { buildDataset } from './model';

export function testDate(text: string): NormalisedDate {
  const parsed = parseDate(text);
  if (isDateError(parsed)) throw new Error(`testDate: ${parsed.error}`);
  return parsed;
}

export interface TestRecords {
  title?: string;
  sources?: SourceRecord[];
  countries?: CountryRecord[];
  actors?: ActorRecord[];
  topics?: TopicRecord[];
  types?: DeclaredTypeRecord[];
  /** In file order; the Dataset sorts them by start as the loader does. */
  events: EventRecord[];
}

export function datasetFromRecords(records: TestRecords): Dataset {
  const events = records.events;
  const dates = events.map((event) => ({
    date: testDate(event.date),
    ...(event.end ? { until: testDate(event.end) } : {}),
  }));
  return buildDataset(
    {
      version: 1,
      title: records.title ?? 'Test dataset',
      sources: records.sources ?? [],
      countries: records.countries ?? [],
      actors: records.actors ?? [],
      topics: records.topics ?? [],
      ...(records.types ? { types: records.types } : {}),
      events,
    },
    dates,
  );
}
