import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data';
import type { DatasetFile } from '../model/types';
import { eventFieldOfPath } from './fields';
import { addEvent, addPosition, addQuote, newId, removeEvent, removePosition, removeQuote, updateEventFields, updatePosition, updateQuote } from './operations';

const seed = JSON.parse(readFileSync(new URL('../../../tests/fixtures/valid/ap-brussels/events.json', import.meta.url), 'utf8')) as DatasetFile;
const event = (file: DatasetFile, id: string) => file.events.find((candidate) => candidate.id === id)!;

describe('edit operations', () => {
  it('makes readable ids, unique in their list', () => {
    expect(newId('Trump calls Putin!', [])).toBe('trump-calls-putin');
    expect(newId('Trump calls Putin', ['trump-calls-putin', 'trump-calls-putin-2'])).toBe('trump-calls-putin-3');
    expect(newId('«»', ['event'])).toBe('event-2');
  });

  it('sets fields in the documented key order and leaves emptied optional fields out', () => {
    const withEnd = updateEventFields(seed, 'hegseth-nato-remarks', { end: '2025-02-13', location: '' });
    const record = event(withEnd, 'hegseth-nato-remarks');
    expect(Object.keys(record).slice(0, 4)).toEqual(['id', 'type', 'date', 'end']);
    expect('location' in record).toBe(false);
    // Untouched events are the same objects.
    expect(withEnd.events.filter((candidate, index) => candidate !== seed.events[index])).toHaveLength(1);
    expect(seed.events.find((candidate) => candidate.id === 'hegseth-nato-remarks')!.location).toBe('NATO headquarters, Brussels');
  });

  it('adds, changes and removes quotes and positions; the result still loads', async () => {
    let file = addQuote(seed, 'trump-putin-call', { actor: 'trump', text: 'We agreed to have our respective teams start negotiations immediately' });
    file = updateQuote(file, 'trump-putin-call', event(file, 'trump-putin-call').quotes!.length - 1, { actor: 'trump', text: 'edited', source: '' });
    expect(event(file, 'trump-putin-call').quotes!.at(-1)).toEqual({ actor: 'trump', text: 'edited' });
    file = addPosition(file, 'trump-putin-call', { actor: 'putin', topic: 'negotiated-settlement', stance: 'support' });
    const last = event(file, 'trump-putin-call').positions!.length - 1;
    file = updatePosition(file, 'trump-putin-call', last, { actor: 'putin', topic: 'negotiated-settlement', stance: 'lean-support', summary: '' });
    expect(event(file, 'trump-putin-call').positions![last]).toEqual({ actor: 'putin', topic: 'negotiated-settlement', stance: 'lean-support' });
    file = removePosition(file, 'trump-putin-call', last);
    file = removeQuote(file, 'trump-putin-call', event(file, 'trump-putin-call').quotes!.length - 1);
    expect(event(file, 'trump-putin-call')).toEqual(event(seed, 'trump-putin-call'));
    const { file: added, id } = addEvent(file, { title: 'Hegseth at Munich', type: 'statement', date: '2025-02', actors: ['hegseth'], sources: ['ap-brussels'] }, 'trump-putin-call');
    expect(added.events[added.events.findIndex((candidate) => candidate.id === 'trump-putin-call') + 1]!.id).toBe(id);
    const loaded = await loadDataset(JSON.stringify(added), { file: 'edited.json' });
    expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(removeEvent(added, id)).toEqual(file);
  });

  it('refuses an unknown event or item', () => {
    expect(() => removeEvent(seed, 'no-such-event')).toThrow(/no-such-event/);
    expect(() => removeQuote(seed, 'trump-putin-call', 99)).toThrow(/quote number 100/);
  });

  it('maps problem paths to the fields of an event', () => {
    expect(eventFieldOfPath('events[3].title', 3)).toBe('title');
    expect(eventFieldOfPath('events[3].actors[1]', 3)).toBe('actors');
    expect(eventFieldOfPath('events[3].quotes[1].text', 3)).toBe('quotes.1.text');
    expect(eventFieldOfPath('events[3].positions[0]', 3)).toBe('positions.0');
    expect(eventFieldOfPath('events[3]', 3)).toBe('event');
    expect(eventFieldOfPath('events[31].title', 3)).toBeNull();
    expect(eventFieldOfPath('actors[3].name', 3)).toBeNull();
  });
});
