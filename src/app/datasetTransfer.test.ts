import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../core/data';
import type { Dataset, SourceRecord } from '../core/model/types';
import { DatasetAssembler, datasetParts, EVENTS_PER_SLICE, packCounts, parseRecordsWhenIdle, SOURCES_PER_PART, unpackCounts } from './datasetTransfer';
import { publishersOf } from '../core/data/publishers';
import { eventColumnsOf } from '../core/layout/eventColumns';
import type { DatasetPart } from './datasetTransfer';
import { unpackRecords } from './recordTable';
import { PendingLookup } from './pendingLookup';
import { whenRecordsArrive } from '../core/model/recordsArrival';

async function seedDataset(): Promise<Dataset> {
  const { dataset } = await loadDataset(readFileSync('tests/fixtures/valid/ap-brussels/events.json', 'utf8'), { file: 'tests/fixtures/valid/ap-brussels/events.json' });
  if (!dataset) throw new Error('the seed dataset should load');
  return dataset;
}

/** The seed's events repeated under new ids, so the dataset spans several slices. */
function enlarged(dataset: Dataset, copies: number): Dataset {
  const events = Array.from({ length: copies }, (_, copy) =>
    dataset.events.map((event) => ({ ...event, id: `${event.id}-${copy}`, record: { ...event.record, id: `${event.id}-${copy}` } })),
  ).flat();
  events.forEach((event, index) => (event.index = index));
  return { ...dataset, events, eventById: new Map(events.map((event) => [event.id, event])) };
}

/**
 * The dataset with its events as plain objects holding their records: the page's events read
 * their record from their slice when asked (a getter), which toEqual would not compare.
 */
function withRecords(dataset: Dataset | null | undefined): Dataset | null {
  if (!dataset) return null;
  const events = dataset.events.map((event) => ({ ...event, id: event.id, title: event.title, record: event.record }));
  // The page's lookups are maps made in steps (pendingLookup.ts): compared by their entries, as plain maps.
  return { ...dataset, events, eventById: new Map([...dataset.eventById].map(([id, event]) => [id, events[event.index]!])), sourceById: new Map(dataset.sourceById) };
}

/** Posts every part through a structured clone, as postMessage does, and reassembles them. */
function sendThroughClone(dataset: Dataset): { assembler: DatasetAssembler; parts: DatasetPart[] } {
  const assembler = new DatasetAssembler();
  const parts: DatasetPart[] = [];
  for (const { message, transfer } of datasetParts(dataset)) {
    const received = structuredClone(message, { transfer });
    parts.push(received);
    assembler.add(received);
  }
  return { assembler, parts };
}

describe('moving a dataset from the loading worker in parts', () => {
  it('rebuilds a dataset equal to the one sent', async () => {
    const dataset = await seedDataset();
    const rebuilt = sendThroughClone(dataset).assembler.result();
    expect(withRecords(rebuilt)).toEqual(withRecords(dataset));
  });

  it('sends no field twice: a record\'s summarised fields travel as placeholders and come back in their order, the worker\'s records untouched', async () => {
    const dataset = await seedDataset();
    const before = structuredClone(dataset.events.map((event) => event.record));
    const { assembler, parts } = sendThroughClone(dataset);
    // The sender's records are as they were, once the slices are sent.
    expect(dataset.events.map((event) => event.record)).toEqual(before);
    const recordsText = parts.flatMap((part) => (part.part === 'records' ? [new TextDecoder().decode(part.records)] : [])).join('');
    for (const event of dataset.events) expect(recordsText).not.toContain(JSON.stringify(event.title));
    const rebuilt = assembler.result()!;
    rebuilt.events.forEach((event, index) => {
      const sent = dataset.events[index]!.record;
      expect(Object.keys(event.record)).toEqual(Object.keys(sent));
      expect(event.record).toEqual(sent);
      // Held once: the record's title and actors are the event's own.
      expect(event.record.title).toBe(event.title);
      expect(event.record.actors).toBe(event.actorIds);
    });
    expect(dataset.events.some((event) => event.record.status === undefined)).toBe(true);
    expect(dataset.events.some((event) => event.record.end !== undefined)).toBe(true);
  });

  it('rebuilds every kind of date: precisions, spans, offsets, uncertain and approximate dates', async () => {
    const text = JSON.stringify({
      version: 1,
      title: 'Dates',
      sources: [{ id: 's', title: 'S', url: 'https://example.org/' }],
      countries: [{ id: 'c', name: 'C' }],
      actors: [
        { id: 'a', name: 'A', country: 'c' },
        { id: 'b', name: 'B', country: 'c' },
      ],
      topics: [],
      events: [
        { id: 'e1', type: 'statement', title: 'Year', date: '2020?', actors: ['a'], sources: ['s'] },
        { id: 'e2', type: 'meeting', title: 'Span', date: '2021-03~', end: '2021-04-02%', actors: ['a', 'b', 'a'], sources: ['s'], status: 'planned' },
        { id: 'e3', type: 'call', title: 'Offset', date: '2022-05-06T10:30+05:30', actors: ['b', 'a'], sources: ['s'] },
        { id: 'e4', type: 'statement', title: 'Seconds', date: '2022-05-06T10:30:15Z', end: '2022-05-07T08:00-0130', actors: ['b'], sources: ['s'] },
      ],
    });
    const { dataset, problems } = await loadDataset(text, { file: 'dates.json' });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(dataset?.events.some((event) => event.until?.offsetMinutes === -90)).toBe(true);
    const rebuilt = sendThroughClone(dataset!).assembler.result();
    expect(withRecords(rebuilt)).toEqual(withRecords(dataset));
    // The events' lists are the records' own, as in the loader's model.
    for (const event of rebuilt!.events) expect(event.actorIds).toBe(event.record.actors);
  });

  it('keeps each event looked up by id the same object as in the event list', async () => {
    const rebuilt = sendThroughClone(await seedDataset()).assembler.result();
    expect(rebuilt).not.toBeNull();
    for (const event of rebuilt!.events) expect(rebuilt!.eventById.get(event.id)).toBe(event);
  });

  it('sends the events in slices of at most EVENTS_PER_SLICE, in order', async () => {
    const dataset = enlarged(await seedDataset(), Math.ceil((2.5 * EVENTS_PER_SLICE) / 14));
    const { assembler, parts } = sendThroughClone(dataset);
    const slices = parts.flatMap((part) => (part.part === 'events' ? [part.summaries.count] : []));
    expect(slices.length).toBe(Math.ceil(dataset.events.length / EVENTS_PER_SLICE));
    expect(Math.max(...slices)).toBe(EVENTS_PER_SLICE);
    expect(assembler.result()?.events.map((event) => event.id)).toEqual(dataset.events.map((event) => event.id));
  });

  it('sends many sources in parts of at most SOURCES_PER_PART, and keeps their lookup and publishers', async () => {
    const seed = await seedDataset();
    const extra = Array.from({ length: Math.round(2.5 * SOURCES_PER_PART) }, (_, k) => ({ id: `derived-${k}`, title: `derived-${k}` }));
    const sources = [...seed.sources, ...extra];
    const dataset: Dataset = { ...seed, sources, sourceById: new Map(sources.map((source) => [source.id, source])) };
    const { assembler, parts } = sendThroughClone(dataset);
    const sizes = parts.flatMap((part) => (part.part === 'sources' ? [unpackRecords(part.sources).length] : []));
    expect(sizes.length).toBe(Math.ceil(sources.length / SOURCES_PER_PART));
    expect(Math.max(...sizes)).toBe(SOURCES_PER_PART);
    const rebuilt = assembler.result()!;
    expect(withRecords(rebuilt)).toEqual(withRecords(dataset));
    expect(publishersOf(rebuilt.sources)).toEqual(publishersOf(dataset.sources));
  });

  it('makes the chart\'s event columns as the slices arrive, the same as made from the whole dataset', async () => {
    const dataset = enlarged(await seedDataset(), Math.ceil((2.5 * EVENTS_PER_SLICE) / 14));
    const rebuilt = sendThroughClone(dataset).assembler.result()!;
    const afresh = { ...rebuilt };
    expect(eventColumnsOf(rebuilt)).toEqual(eventColumnsOf(afresh));
  });

  it('parses a slice\'s records only when one of them is first read, and once', async () => {
    const dataset = enlarged(await seedDataset(), Math.ceil((2.5 * EVENTS_PER_SLICE) / 14));
    const parts = [...datasetParts(dataset)].map(({ message, transfer }) => structuredClone(message, { transfer }));
    const assembler = new DatasetAssembler();
    const parse = vi.spyOn(JSON, 'parse');
    try {
      for (const part of parts) assembler.add(part);
      // The summaries are columns, not JSON: nothing is parsed until a record is read.
      expect(parse).toHaveBeenCalledTimes(0);
      const rebuilt = assembler.result()!;
      const last = rebuilt.events[rebuilt.events.length - 1]!;
      expect(last.record).toEqual(dataset.events[dataset.events.length - 1]!.record);
      expect(rebuilt.events[rebuilt.events.length - 2]!.record.id).toBe(rebuilt.events[rebuilt.events.length - 2]!.id);
      expect(last.record).toBe(last.record);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('makes the lookups of events and sources by id in steps, reading one id without waiting for them, the first of duplicate ids winning', async () => {
    const seed = await seedDataset();
    const twice = seed.events[3]!;
    const events = [...seed.events, { ...twice, index: seed.events.length, record: { ...twice.record } }];
    const rebuilt = sendThroughClone({ ...seed, events }).assembler.result()!;
    expect(rebuilt.eventById).toBeInstanceOf(PendingLookup);
    expect(rebuilt.eventById.get(twice.id)).toBe(rebuilt.events[3]);
    expect(rebuilt.sourceById.get(seed.sources[0]!.id)).toBe(rebuilt.sources[0]);
    expect(rebuilt.eventById.size).toBe(seed.events.length);
    expect(rebuilt.sourceById.size).toBe(seed.sourceById.size);
  });

  it('makes the lookup by id, then parses the waiting records, in idle time, a step per idle call when the page has no time to spare', async () => {
    const dataset = enlarged(await seedDataset(), Math.ceil((2.5 * EVENTS_PER_SLICE) / 14));
    const rebuilt = sendThroughClone(dataset).assembler.result()!;
    const slices = Math.ceil(rebuilt.events.length / EVENTS_PER_SLICE);
    const idleCalls: ((idle: { timeRemaining(): number }) => void)[] = [];
    parseRecordsWhenIdle(rebuilt, (work) => idleCalls.push(work));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      let calls = 0;
      while (idleCalls.length > 0) {
        idleCalls.shift()!({ timeRemaining: () => 0 });
        calls++;
      }
      // One step for each lookup, events' and sources' (each fewer than a step takes), then one per slice.
      expect(calls).toBe(2 + slices);
      expect(parse).toHaveBeenCalledTimes(slices);
      // Read afterwards, the records are there: nothing more is parsed.
      expect(withRecords(rebuilt)).toEqual(withRecords(dataset));
      expect(parse).toHaveBeenCalledTimes(slices);
    } finally {
      parse.mockRestore();
    }
  });

  it('moves a dataset sent before the schema refused it, whatever its lists hold', async () => {
    // The worker sends the model before the schema check ends; this file's event names its actor as a string, not a list.
    const file = 'tests/fixtures/broken/wrong-type.json';
    let early: Dataset | undefined;
    const { dataset } = await loadDataset(readFileSync(file, 'utf8'), { file, onEarlyDataset: (sent) => { early = sent; } });
    expect(dataset).toBeUndefined();
    expect(early?.events.some((event) => !Array.isArray(event.actorIds))).toBe(true);
    const rebuilt = sendThroughClone(early!).assembler.result();
    expect(withRecords(rebuilt)).toEqual(withRecords(early));
  });

  it('has no dataset until the counts have arrived', async () => {
    const assembler = new DatasetAssembler();
    const parts = [...datasetParts(await seedDataset())].map(({ message }) => message);
    const counts = parts.findIndex((part) => part.part === 'counts');
    for (const message of parts.slice(0, counts)) assembler.add(message);
    expect(assembler.result()).toBeNull();
    assembler.add(parts[counts]!);
    expect(assembler.result()).not.toBeNull();
  });

  it('refuses the counts (and order) when they arrive before some of the events, and records before their events', async () => {
    const parts = [...datasetParts(await seedDataset())].map(({ message }) => message);
    const assembler = new DatasetAssembler();
    assembler.add(parts[0]!);
    expect(() => assembler.add(parts.find((part) => part.part === 'counts')!)).toThrow(/0 of 14 events/);
    expect(() => assembler.add(parts.find((part) => part.part === 'records')!)).toThrow(/records of slice 0 came before/);
  });

  it('sends the records after the counts: the dataset is there to draw, and its records are read once they are all in', async () => {
    const dataset = enlarged(await seedDataset(), Math.ceil((2.5 * EVENTS_PER_SLICE) / 14));
    const parts = [...datasetParts(dataset)].map(({ message, transfer }) => structuredClone(message, { transfer }));
    const kinds = parts.map((part) => part.part);
    const slices = Math.ceil(dataset.events.length / EVENTS_PER_SLICE);
    expect(kinds.slice(kinds.indexOf('counts'))).toEqual(['counts', ...Array<string>(slices).fill('records')]);
    expect(parts.flatMap((part) => (part.part === 'records' ? [part.slice] : []))).toEqual([...Array(slices).keys()]);
    const assembler = new DatasetAssembler();
    for (const part of parts.slice(0, kinds.indexOf('counts') + 1)) assembler.add(part);
    const rebuilt = assembler.result()!;
    expect(rebuilt.events.map((event) => event.title)).toEqual(dataset.events.map((event) => event.title));
    const arriving = whenRecordsArrive(rebuilt);
    expect(arriving).not.toBeNull();
    // Read too early, a record is an error, never an empty record.
    expect(() => rebuilt.events[0]!.record).toThrow(/before its slice's records arrived/);
    let heard = false;
    void arriving!.then(() => (heard = true));
    for (const part of parts.slice(kinds.indexOf('counts') + 1, -1)) assembler.add(part);
    expect(whenRecordsArrive(rebuilt)).toBe(arriving);
    assembler.add(parts[parts.length - 1]!);
    // Once the last slice's records are in they may be read, at once and by whoever waited.
    expect(whenRecordsArrive(rebuilt)).toBeNull();
    await arriving;
    expect(heard).toBe(true);
    expect(withRecords(rebuilt)).toEqual(withRecords(dataset));
    expect(() => assembler.add(parts[parts.length - 1]!)).toThrow(/came twice/);
  });

  it('sends the sources with the records when they come after the chart, and the page counts their publishers as they come', async () => {
    const dataset = await seedDataset();
    const parts = [...datasetParts(dataset, { sourcesWithRecords: true })].map(({ message, transfer }) => structuredClone(message, { transfer }));
    const kinds = parts.map((part) => part.part);
    const counts = kinds.indexOf('counts');
    expect(kinds.slice(0, counts)).not.toContain('sources');
    expect(kinds[counts + 1]).toBe('sources');
    expect(parts[0]).toMatchObject({ part: 'tables', sourceCount: null });
    const assembler = new DatasetAssembler();
    for (const part of parts.slice(0, counts + 1)) assembler.add(part);
    const rebuilt = assembler.result()!;
    expect(rebuilt.sources).toEqual([]);
    expect(publishersOf(rebuilt.sources).count).toBe(0);
    for (const part of parts.slice(counts + 1)) assembler.add(part);
    expect(whenRecordsArrive(rebuilt)).toBeNull();
    // Their lookup by id took them in as they came: none is left to add (read whole, below, it would be completed).
    expect((rebuilt.sourceById as PendingLookup<SourceRecord>).addSome(0)).toBe(true);
    expect(withRecords(rebuilt)).toEqual(withRecords(dataset));
    expect(publishersOf(rebuilt.sources)).toEqual(publishersOf(dataset.sources));
    // Sources after the counts are a bug unless the tables said they would come then.
    const usual = [...datasetParts(dataset)].map(({ message }) => message);
    const strict = new DatasetAssembler();
    for (const part of usual.slice(0, usual.findIndex((part) => part.part === 'counts') + 1)) strict.add(part);
    expect(() => strict.add(usual.find((part) => part.part === 'sources')!)).toThrow(/sources came after the counts/);
  });

  it('waits for the records to arrive before parsing them in idle time', async () => {
    const dataset = enlarged(await seedDataset(), Math.ceil((1.5 * EVENTS_PER_SLICE) / 14));
    const parts = [...datasetParts(dataset)].map(({ message, transfer }) => structuredClone(message, { transfer }));
    const assembler = new DatasetAssembler();
    for (const part of parts.filter((part) => part.part !== 'records')) assembler.add(part);
    const rebuilt = assembler.result()!;
    const idleCalls: ((idle: { timeRemaining(): number }) => void)[] = [];
    parseRecordsWhenIdle(rebuilt, (work) => idleCalls.push(work));
    await Promise.resolve();
    expect(idleCalls).toEqual([]);
    for (const part of parts.filter((part) => part.part === 'records')) assembler.add(part);
    await whenRecordsArrive(rebuilt);
    await Promise.resolve();
    expect(idleCalls.length).toBe(1);
  });

  it('packs counts by id into flat arrays and back, keeping the order of ids and the zeros', () => {
    const counts = new Map([['b', 2], ['a', 0], ['c', 3]]);
    const packed = packCounts(counts);
    expect(Array.from(packed.counts)).toEqual([2, 0, 3]);
    expect(unpackCounts(packed)).toEqual(counts);
    expect([...unpackCounts(packed).keys()]).toEqual(['b', 'a', 'c']);
  });
});

describe('a dataset sent again', () => {
  it('replaces what had arrived of the first: a new tables part starts over', async () => {
    const first = await seedDataset();
    const second = enlarged(first, 2);
    const assembler = new DatasetAssembler();
    const firstParts = [...datasetParts(first)].map(({ message }) => message);
    // Part of the first dataset, then the whole second one.
    for (const part of firstParts.slice(0, 2)) assembler.add(part);
    for (const { message } of datasetParts(second)) assembler.add(message);
    expect(assembler.result()?.events.map((event) => event.id)).toEqual(second.events.map((event) => event.id));
  });
});
