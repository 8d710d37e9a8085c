import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH, matchLanguage } from '../i18n/languages';
import { loadLanguage } from '../i18n/load';
import { currentDates, setLanguage } from '../i18n/translate';
import { ENGLISH_DATES } from '../time/dateLocale';
import { loadDataset } from '../data/load';
import { filterEvents } from './filter';
import { formatNoteDate, listRows, noteConcernsText } from './listRows';
import { EMPTY_FILTERS } from './types';
import type { Filters } from './types';

const file = {
  version: 1,
  title: 'List',
  sources: [],
  countries: [{ id: 'RU', name: 'Russia' }, { id: 'UA', name: 'Ukraine' }],
  actors: [{ id: 'putin', name: 'Vladimir Putin', country: 'RU' }, { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', country: 'UA' }],
  topics: [],
  events: [
    { id: 'a', type: 'statement', date: '2022-09-01', actors: ['putin'], title: 'A' },
    { id: 'b', type: 'statement', date: '2022-10-05', actors: ['zelenskyy'], title: 'B' },
    { id: 'c', type: 'statement', date: '2023-01-01', actors: ['putin'], title: 'C' },
  ],
  periods: [{ label: 'Autumn', start: '2022-09~', end: '2022-11', countries: ['UA'] }],
  annotations: [{ label: 'Annexation', date: '2022-09-30', actors: ['putin'] }, { label: 'New year', date: '2023' }],
};

async function rowsFor(filters: Partial<Filters> = {}) {
  const { dataset } = await loadDataset(JSON.stringify(file), { file: 'list.json' });
  const all = { ...EMPTY_FILTERS, ...filters };
  const { rows, notes } = listRows(dataset!, filterEvents(dataset!, all), all);
  return { dataset: dataset!, notes, names: rows.map((row) => (row >= 0 ? dataset!.events[row]!.id : notes[-1 - row]!.note.label)) };
}

describe('the list view’s rows', () => {
  it('put periods and annotations among the events by date, a note before the events that start with it', async () => {
    const { names, notes, dataset } = await rowsFor();
    expect(names).toEqual(['Autumn', 'a', 'Annexation', 'b', 'New year', 'c']);
    expect(notes.map((item) => formatNoteDate(item))).toEqual(['Sep 2022 (approx.) – Nov 2022', '30 Sep 2022', '2023']);
    expect(notes.map((item) => noteConcernsText(dataset, item.note))).toEqual(['Ukraine', 'Vladimir Putin', 'Everyone']);
  });

  it('follow the date filters and the actor and country filters', async () => {
    expect((await rowsFor({ from: '2022-10', to: '2022-12' })).names).toEqual(['Autumn', 'b']);
    // Putin's filter: notes about him or about everyone; Ukraine's period is not his.
    expect((await rowsFor({ actors: ['putin'] })).names).toEqual(['a', 'Annexation', 'New year', 'c']);
    // Zelenskyy's filter keeps Ukraine's period, as the chart draws it in his lane.
    expect((await rowsFor({ actors: ['zelenskyy'] })).names).toEqual(['Autumn', 'b', 'New year']);
  });

  it('are the events themselves when there are no notes', async () => {
    const { dataset } = await loadDataset(JSON.stringify({ ...file, periods: undefined, annotations: undefined }), { file: 'list.json' });
    const included = filterEvents(dataset!, EMPTY_FILTERS);
    expect(listRows(dataset!, included, EMPTY_FILTERS).rows).toBe(included);
  });
});

describe('the list\'s notes in another language', () => {
  afterEach(() => setLanguage(ENGLISH, null, ENGLISH_DATES));

  it('write their dates with the language\'s months and their "everyone" in its words', async () => {
    await loadLanguage(matchLanguage('fr')!);
    const { dataset, notes } = await rowsFor();
    expect(notes.map((item) => formatNoteDate(item, currentDates()))).toEqual(['sept. 2022 (approx.) – nov. 2022', '30 sept. 2022', '2023']);
    expect(noteConcernsText(dataset, notes[2]!.note)).toBe('Tout le monde');
    await loadLanguage(matchLanguage('ar')!);
    expect(formatNoteDate(notes[1]!, currentDates())).toBe('30 سبتمبر 2022');
  });
});
