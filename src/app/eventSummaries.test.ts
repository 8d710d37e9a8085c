import { describe, expect, it } from 'vitest';
import type { NormalisedDate, TimelineEvent } from '../core/model/types';
import { sliceNames, SummaryDecoder, SummaryEncoder } from './eventSummaries';
import type { Summary, SummaryColumns } from './eventSummaries';
import { makeInterner } from './sharedStrings';

const day = (text: string, start: number): NormalisedDate => ({ text, precision: 'day', start, end: start + 86_400_000, uncertain: false, approximate: false });

function event(id: string, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    index: 0,
    fileIndex: 0,
    id,
    type: 'statement',
    typeId: 'statement',
    status: 'occurred',
    title: `Title of ${id}`,
    date: day('2025-02-12', 1_739_318_400_000),
    start: 1_739_318_400_000,
    end: 1_739_404_800_000,
    actorIds: ['hegseth'],
    countryIds: ['us'],
    topicIds: [],
    stances: [],
    quoteCount: 0,
    record: { id } as TimelineEvent['record'],
    ...fields,
  };
}

/** A summary as read back, with the event's id and title cut from its slice's names. */
type ReadSummary = Summary & { id: string; title: string };

/** Each slice through a structured clone, as postMessage sends it, and read back. */
function roundTrip(slices: TimelineEvent[][]): { sent: SummaryColumns[]; read: ReadSummary[][] } {
  const encoder = new SummaryEncoder();
  const decoder = new SummaryDecoder(makeInterner());
  const sent = slices.map((slice) => structuredClone(encoder.encode(slice)));
  const read = sent.map((columns) => {
    const summaries: ReadSummary[] = [];
    const names = sliceNames(columns);
    decoder.decode(columns, names, (summary, k) => summaries.push({ ...summary, id: names.id(k), title: names.title(k) }));
    return summaries;
  });
  return { sent, read };
}

const expected = (event: TimelineEvent): ReadSummary => ({
  fileIndex: event.fileIndex,
  id: event.id,
  title: event.title,
  typeId: event.typeId,
  status: event.status,
  date: event.date,
  until: event.until,
  actorIds: event.actorIds,
  topicIds: event.topicIds,
  stances: event.stances,
  quoteCount: event.quoteCount,
});

describe('event summaries as columns', () => {
  const first = [
    event('a', { fileIndex: 3, actorIds: ['hegseth', 'healey'], topicIds: ['ukraine-aid'], stances: ['support'], quoteCount: 2 }),
    event('b', { fileIndex: 0, typeId: 'call', type: 'meeting', status: 'planned', until: { ...day('2025-02-14~', 1_739_491_200_000), approximate: true, precision: 'day' } }),
  ];
  const second = [event('c', { fileIndex: 1, actorIds: ['healey', 'putin'], date: { ...day('2025-02-12T10:30+01:00', 1_739_352_600_000), precision: 'minute', offsetMinutes: 60 } })];

  it('reads back every event as it was sent, slice after slice', () => {
    const { read } = roundTrip([first, second]);
    expect(read).toEqual([first.map(expected), second.map(expected)]);
  });

  it('sends each recurring string once per dataset: a slice lists only the strings it is first to use', () => {
    const { sent } = roundTrip([first, second]);
    expect(sent[0]!.strings).toEqual(['statement', 'occurred', '2025-02-12', 'hegseth', 'healey', 'ukraine-aid', 'support', 'call', 'planned', '2025-02-14~']);
    expect(sent[1]!.strings).toEqual(['2025-02-12T10:30+01:00', 'putin']);
    expect(sent.map((columns) => columns.irregular)).toEqual([null, null]);
  });

  it('gives the events of one date text one date object, across slices', () => {
    const { read } = roundTrip([first, [...second, event('d')]]);
    const dates = read.flat().map((summary) => summary.date);
    expect(dates[0]).toBe(dates[1]);
    expect(dates[0]).toBe(dates[3]);
    expect(dates[2]).not.toBe(dates[0]);
    expect(dates[2]?.offsetMinutes).toBe(60);
  });

  it('carries an event whose fields are not of the usual kinds as it is, and the events after it in their places', () => {
    // A model sent before the schema refused its file: a string where the list of actors belongs.
    const odd = event('odd', { actorIds: 'hegseth' as unknown as string[] });
    const slice = [first[0]!, odd, first[1]!];
    const { sent, read } = roundTrip([slice]);
    expect(sent[0]!.irregular).not.toBeNull();
    expect(read[0]).toEqual(slice.map(expected));
  });

  it('refuses a summary that names a string the table does not have', () => {
    const columns = new SummaryEncoder().encode([first[0]!]);
    const decoder = new SummaryDecoder(makeInterner());
    const broken = { ...columns, strings: [] };
    expect(() => decoder.decode(broken, sliceNames(broken), () => undefined)).toThrow(/no string at 0/);
  });
});
