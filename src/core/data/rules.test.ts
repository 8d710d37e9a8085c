import { describe, expect, it } from 'vitest';
import { checkDates } from './rules';

const event = (id: string, date: string, end?: string) => ({ id, type: 'statement', title: id, date, ...(end === undefined ? {} : { end }), actors: ['a'], sources: ['s'] });
const file = (events: unknown[]) => ({ sources: [{ id: 's', title: 'S' }], countries: [], actors: [{ id: 'a', name: 'A' }], topics: [], events });

describe('checkDates: dates parsed once per text', () => {
  it('reports a repeated invalid date at every event that has it', () => {
    const result = checkDates(file([event('one', '2024-02-30'), event('two', '2024-02-30'), event('three', '2024-02-28')]));
    const invalid = result.drafts.filter((draft) => draft.rule === 'invalid-date');
    expect(invalid.map((draft) => draft.path)).toEqual([
      ['events', 0, 'date'],
      ['events', 1, 'date'],
    ]);
    expect(result.eventDates.map((dates) => dates?.date.text)).toEqual([undefined, undefined, '2024-02-28']);
  });

  it('gives events of the same day equal dates, and checks each span with its own end', () => {
    const result = checkDates(file([event('one', '2024-03-01', '2024-03-05'), event('two', '2024-03-05', '2024-03-01'), event('three', '2024-03-01')]));
    const [one, two, three] = result.eventDates;
    expect(one?.date).toEqual(three?.date);
    expect(one?.until?.text).toBe('2024-03-05');
    expect(two).toBeUndefined();
    expect(result.drafts.filter((draft) => draft.rule === 'end-before-date').map((draft) => draft.path)).toEqual([['events', 1, 'end']]);
  });
});
