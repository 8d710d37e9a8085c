// Small datasets for unit tests of the view code, built by the loader's own model builder.
import type { ActorRecord, CountryRecord, Dataset, DeclaredTypeRecord, EventRecord, TopicRecord } from '../model/types';
import { datasetFromRecords } from '../data/testing';

export interface TestDatasetInput {
  countries?: CountryRecord[];
  actors?: ActorRecord[];
  topics?: TopicRecord[];
  types?: DeclaredTypeRecord[];
  events: EventRecord[];
}

/** Builds a Dataset the way the loader does, for records the test writes by hand. */
export function makeDataset(input: TestDatasetInput): Dataset {
  return datasetFromRecords(input);
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
