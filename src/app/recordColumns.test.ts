import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/model/types';
import { makeInterner, packRecords, unpackRecords } from './recordColumns';
import type { Interner } from './recordColumns';

/** Packs, sends through a structured clone that moves the buffers (as postMessage does), unpacks. */
function roundTrip(records: readonly EventRecord[], intern?: Interner): EventRecord[] {
  const { columns, transfer } = packRecords(records);
  const received = structuredClone(columns, { transfer });
  // Moved, not copied: the sender's buffers are detached.
  for (const buffer of transfer) expect(buffer.byteLength).toBe(0);
  return unpackRecords(received, intern);
}

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

describe('event records as columns', () => {
  it('come back equal, with their keys in the order the file gave them', () => {
    const reordered = { title: 'Statement', actors: ['putin'], id: 'putin-says', date: '2025-02-13', type: 'statement' } as EventRecord;
    const back = roundTrip([call, reordered]);
    expect(back).toEqual([call, reordered]);
    expect(back.map((record) => Object.keys(record))).toEqual([Object.keys(call), Object.keys(reordered)]);
  });

  it('keep empty lists and strings, and positions and quotes as they were', () => {
    const sparse = { id: 'e', type: 'statement', date: '2025', actors: [], title: '', tags: [], codes: {} } as unknown as EventRecord;
    const [back] = roundTrip([sparse]);
    expect(back).toEqual(sparse);
    expect(roundTrip([call])[0]!.positions).toEqual(call.positions);
  });

  it('send values they cannot pack as they are, and a record whose keys they cannot spell whole', () => {
    const odd = { id: 'e', type: 'statement', date: '2025', actors: ['a', 7], title: 42, 'a,b': true } as unknown as EventRecord;
    const strange = { id: 'f', type: 'statement', date: '2025', actors: ['a'], title: 'T', codes: { cameo: 1 } } as unknown as EventRecord;
    expect(roundTrip([odd, strange, call])).toEqual([odd, strange, call]);
  });

  it('come back equal through an interner shared across slices, odd positions and quotes included', () => {
    const intern = makeInterner();
    const odd = { ...call, id: 'odd', positions: [null, 7, { actor: 'putin', topic: 3, stance: 'oppose' }], quotes: 'not a list' } as unknown as EventRecord;
    const slices = [[call, odd], [{ ...call, id: 'again' }]];
    for (const slice of slices) expect(roundTrip(slice, intern)).toEqual(slice);
  });

  it('store each repeated string once', () => {
    const many = Array.from({ length: 50 }, (_, k) => ({ ...call, id: `call-${k}` }));
    const { columns } = packRecords(many);
    expect(columns.strings.filter((text) => text === 'trump')).toHaveLength(1);
    expect(columns.strings.filter((text) => text === call.summary)).toHaveLength(1);
    expect(roundTrip(many)).toEqual(many);
  });
});
