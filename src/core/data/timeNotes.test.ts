import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { noteConcerns, timeNotesOf } from './timeNotes';

const base = {
  version: 1,
  title: 'Notes',
  sources: [],
  countries: [{ id: 'RU', name: 'Russia' }, { id: 'UA', name: 'Ukraine' }],
  actors: [{ id: 'putin', name: 'Vladimir Putin', country: 'RU' }, { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', country: 'UA' }],
  topics: [],
  events: [{ id: 'e', type: 'statement', date: '2022-09-30', actors: ['putin'], title: 'A statement' }],
};

async function load(extra: object) {
  const text = JSON.stringify({ ...base, ...extra }, null, 2);
  return loadDataset(text, { file: 'notes.json' });
}

describe('periods and annotations', () => {
  it('load with their dates read at their precision and the lanes they concern', async () => {
    const { dataset, problems } = await load({
      periods: [{ label: 'Autumn', start: '2022-09', end: '2022-11' }],
      annotations: [{ label: 'Russia annexes four regions', date: '2022-09-30', countries: ['RU', 'UA'] }],
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset!.periods![0]).toMatchObject({ label: 'Autumn', start: Date.UTC(2022, 8, 1), end: Date.UTC(2022, 11, 1) });
    expect(dataset!.annotations![0]).toMatchObject({ start: Date.UTC(2022, 8, 30), end: Date.UTC(2022, 9, 1), countryIds: ['RU', 'UA'] });
    const event = dataset!.events[0]!;
    expect(timeNotesOf(event, [...dataset!.periods!, ...dataset!.annotations!]).map((n) => n.label)).toEqual(['Autumn', 'Russia annexes four regions']);
  });

  it('name the line, column and field of a period that ends before it starts, a date that does not exist and an unknown actor', async () => {
    const { dataset, problems } = await load({
      periods: [{ label: 'Backwards', start: '2022-11', end: '2022-09' }],
      annotations: [
        { label: 'Nowhere', date: '2022-02-30' },
        { label: 'Someone', date: '2022-02-24', actors: ['nobody'] },
      ],
    });
    expect(dataset).toBeUndefined();
    const found = problems.map((p) => `${p.path} ${p.rule} ${p.line}:${p.column}`);
    expect(found).toEqual(
      expect.arrayContaining([expect.stringMatching(/^periods\[0\]\.end period-ends-before-start \d+:\d+$/), expect.stringMatching(/^annotations\[0\]\.date invalid-date/), expect.stringMatching(/^annotations\[1\]\.actors\[0\] unresolved-reference/)]),
    );
    for (const problem of problems) expect(problem.line).toBeGreaterThan(1);
  });

  it('concern everyone when they name no one, else the actors and countries they name (and, for a merged country, its actors)', () => {
    const countryOf = (id: string) => ({ putin: 'RU', zelenskyy: 'UA' })[id];
    expect(noteConcerns({ actorIds: [], countryIds: [] }, [], [])).toBe(true);
    expect(noteConcerns({ actorIds: ['putin'], countryIds: [] }, ['putin'], [])).toBe(true);
    expect(noteConcerns({ actorIds: [], countryIds: ['UA'] }, ['zelenskyy'], ['UA'])).toBe(true);
    expect(noteConcerns({ actorIds: ['zelenskyy'], countryIds: [] }, [], ['UA'])).toBe(false);
    expect(noteConcerns({ actorIds: ['zelenskyy'], countryIds: [] }, [], ['UA'], countryOf)).toBe(true);
    expect(noteConcerns({ actorIds: ['zelenskyy'], countryIds: ['UA'] }, ['putin'], ['RU'], countryOf)).toBe(false);
  });
});
