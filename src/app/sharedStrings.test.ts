import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/model/types';
import { makeInterner, shareRepeatedStrings } from './sharedStrings';

const call: EventRecord = {
  id: 'trump-putin-call',
  type: 'call',
  date: '2025-02-12',
  status: 'occurred',
  actors: ['trump', 'putin'],
  location: 'Washington',
  title: 'Phone call',
  summary: 'They spoke for 90 minutes; "a long call".',
  sources: ['ap-1'],
  tags: ['ukraine', 'peace talks'],
  codes: { cameo: '040', plover: 'CONSULT' },
  positions: [{ actor: 'trump', topic: 'ceasefire', stance: 'support' }],
  quotes: [{ actor: 'trump', text: 'A long call.', source: 'ap-1' }],
};

/** Records as the page gets them: through JSON text, so every string is a fresh copy. */
const received = (records: readonly unknown[]) => JSON.parse(JSON.stringify(records)) as EventRecord[];

/** An interner that marks what it was given, to see which fields go through it (JavaScript cannot tell two equal strings apart). */
const marking = (text: string) => `<${text}>`;

/** The dataset's sources as the page holds them; marked ids show where a record's source id came from. */
const sources = new Map([['ap-1', { id: '[ap-1]' }]]);
const noSources = new Map<string, { id: string }>();

describe('repeated strings in received records', () => {
  it('leave the records equal, keys in the order the file gave them', () => {
    const reordered = { title: 'Statement', actors: ['putin'], id: 'putin-says', date: '2025-02-13', type: 'statement' };
    const records = received([call, reordered]);
    shareRepeatedStrings(records, makeInterner(), noSources);
    expect(records).toEqual([call, reordered]);
    expect(records.map((record) => Object.keys(record))).toEqual([Object.keys(call), Object.keys(reordered)]);
  });

  it('go through the interner: type, status, day, place, lists, positions and quotes; not ids, titles, summaries or codes; source ids are the sources\' own', () => {
    const [record] = received([call]);
    shareRepeatedStrings([record!], marking, sources);
    expect(record).toEqual({
      ...call,
      type: '<call>',
      date: '<2025-02-12>',
      status: '<occurred>',
      actors: ['<trump>', '<putin>'],
      location: '<Washington>',
      sources: ['[ap-1]'],
      tags: ['<ukraine>', '<peace talks>'],
      positions: [{ actor: '<trump>', topic: '<ceasefire>', stance: '<support>' }],
      quotes: [{ actor: '<trump>', text: 'A long call.', source: '[ap-1]' }],
    });
  });

  it('leave a source id the sources do not list as it is', () => {
    const [record] = received([{ ...call, sources: ['elsewhere'], quotes: [{ actor: 'trump', text: 'A long call.', source: 'elsewhere' }] }]);
    shareRepeatedStrings([record!], marking, sources);
    expect(record!.sources).toEqual(['elsewhere']);
    expect(record!.quotes?.[0]?.source).toBe('elsewhere');
  });

  it('pass over values of unexpected types without changing them', () => {
    const odd = { id: 'e', type: 7, date: null, actors: ['a', 7], title: 42, tags: 'x', positions: [null, 7, { actor: 'putin', topic: 3 }], quotes: 'not a list' };
    const records = received([odd, null, call]);
    shareRepeatedStrings(records, makeInterner(), noSources);
    expect(records).toEqual([odd, null, call]);
  });
});
