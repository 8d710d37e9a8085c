import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data';
import type { DatasetFile } from '../model/types';
import { timeNoteFieldOfPath } from './fields';
import { planTextEdits } from './textEdits';
import { addAnnotation, addPeriod, removeTimeNote, updateAnnotation, updatePeriod } from './timeNotes';

const text = readFileSync(new URL('../../../tests/fixtures/valid/ap-brussels/events.json', import.meta.url), 'utf8');
const fixture = JSON.parse(text) as DatasetFile;

describe('editing periods and annotations', () => {
  it('adds the first period after the events, in the format’s key order, and the text gains only its lines', async () => {
    expect(fixture.periods).toBeUndefined();
    const { file, index } = addPeriod(fixture, { label: 'Talks', start: '2025-02-13', end: '2025-02-16~', note: '', actors: [], countries: ['UA'] });
    expect(index).toBe(0);
    expect(Object.keys(file).indexOf('periods')).toBe(Object.keys(file).indexOf('events') + 1);
    expect(file.periods).toEqual([{ label: 'Talks', start: '2025-02-13', end: '2025-02-16~', countries: ['UA'] }]);
    expect(Object.keys(file.periods![0]!)).toEqual(['label', 'start', 'end', 'countries']);
    const planned = planTextEdits(text, file);
    // Everything before the events' end is untouched.
    const eventsEnd = text.lastIndexOf(']', text.indexOf('"stories"') > 0 ? text.indexOf('"stories"') : text.length);
    expect(planned.text.slice(0, eventsEnd)).toBe(text.slice(0, eventsEnd));
    const loaded = await loadDataset(planned.text, { file: 'events.json' });
    expect(loaded.dataset?.periods?.[0]).toMatchObject({ label: 'Talks', startText: '2025-02-13', endText: '2025-02-16~', countryIds: ['UA'] });
  });

  it('changes fields in place, leaves an emptied note out, and the loader names a bad field', async () => {
    let file = addPeriod(fixture, { label: 'Talks', start: '2025-02-13', end: '2025-02-16', note: 'From the report.' }).file;
    file = updatePeriod(file, 0, { end: '2025-02-12', note: '' });
    expect(file.periods![0]).toEqual({ label: 'Talks', start: '2025-02-13', end: '2025-02-12' });
    const loaded = await loadDataset(JSON.stringify(file), { file: 'events.json' });
    const error = loaded.problems.find((problem) => problem.severity === 'error')!;
    expect(error.message).toContain('ends (2025-02-12) before it starts (2025-02-13)');
    expect(timeNoteFieldOfPath(error.path, 'periods', 0)).toBe('end');
    expect(timeNoteFieldOfPath(error.path, 'periods', 1)).toBeNull();
  });

  it('adds, changes and removes annotations; removing the last one removes the list', () => {
    let { file } = addAnnotation(fixture, { label: 'Call', date: '2025-02-12', actors: ['trump'] });
    file = addAnnotation(file, { label: 'Second', date: '2025-02' }).file;
    file = updateAnnotation(file, 1, { label: 'Second, renamed', note: 'Why.' });
    expect(file.annotations).toEqual([
      { label: 'Call', date: '2025-02-12', actors: ['trump'] },
      { label: 'Second, renamed', date: '2025-02', note: 'Why.' },
    ]);
    file = updateAnnotation(file, 0, { actors: [] });
    expect(file.annotations![0]).toEqual({ label: 'Call', date: '2025-02-12' });
    file = removeTimeNote(removeTimeNote(file, 'annotations', 0), 'annotations', 0);
    expect('annotations' in file).toBe(false);
    expect(planTextEdits(text, file).text).toBe(text);
    expect(() => removeTimeNote(file, 'periods', 0)).toThrow('There is no period number 1.');
  });

  it('maps problem paths to the fields of one entry', () => {
    expect(timeNoteFieldOfPath('annotations[2].date', 'annotations', 2)).toBe('date');
    expect(timeNoteFieldOfPath('periods[0].actors[1]', 'periods', 0)).toBe('actors');
    expect(timeNoteFieldOfPath('periods[0]', 'periods', 0)).toBe('item');
    expect(timeNoteFieldOfPath('periods[10].label', 'periods', 1)).toBeNull();
    expect(timeNoteFieldOfPath('events[0].date', 'periods', 0)).toBeNull();
  });
});
