import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { cellText, importParquet, isParquet, parquetChartFirst, parquetToDataset } from './parquet';
import { csvToDataset } from './csvRead';
import type { Dataset, Problem } from '../model/types';

type Column = { name: string; data: (string | null)[]; type: 'STRING' };

function eventsParquet(columns: Column[]): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({ columnData: columns }));
}

const column = (name: string, data: (string | null)[]): Column => ({ name, data, type: 'STRING' });

const clean = [
  column('id', ['e1', 'e2', 'e3']),
  column('type', ['statement', 'call', 'meeting']),
  column('date', ['2025-02-12', '2025-03', '2025-04-01T10:30Z']),
  column('actors', ['trump', 'trump; putin', 'macron;putin']),
  column('title', ['Says a thing', 'Phone call', 'Meets']),
  column('tags', [null, 'ukraine; trade', null]),
];

describe('Parquet events files', () => {
  it('are told by their magic bytes, not their name', () => {
    expect(isParquet(eventsParquet(clean))).toBe(true);
    expect(isParquet(new TextEncoder().encode('PAR1 is how this text starts, not a Parquet file'))).toBe(false);
    expect(isParquet(new TextEncoder().encode('{"version": 1}'))).toBe(false);
  });

  it('hand their model over before the last checks, as the very dataset they load', async () => {
    const early: unknown[] = [];
    const imported = await importParquet(eventsParquet(clean), 'events.parquet', { onEarlyDataset: (dataset) => { early.push(dataset); } });
    expect(imported.dataset).toBeDefined();
    expect(early).toHaveLength(1);
    expect(early[0]).toBe(imported.dataset);
  });

  it('load the events sheet columns, deriving actors and sources as a lone CSV sheet does', async () => {
    const imported = await importParquet(eventsParquet(clean), 'events.parquet');
    expect(imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const dataset = imported.dataset!;
    expect(dataset.events.map((event) => event.id).sort()).toEqual(['e1', 'e2', 'e3']);
    const call = dataset.eventById.get('e2')!;
    expect(call.actorIds).toEqual(['trump', 'putin']);
    expect(call.record.tags).toEqual(['ukraine', 'trade']);
    expect(dataset.eventById.get('e3')!.record.date).toBe('2025-04-01T10:30Z');
    expect(dataset.actors.map((actor) => actor.id).sort()).toEqual(['macron', 'putin', 'trump']);
    expect(imported.report.some((line) => line.startsWith('No actors sheet'))).toBe(true);
    // Checked as records, never written out as JSON.
    expect(imported.text).toBeUndefined();
  });

  it('name the record and the column of a problem', async () => {
    const broken = clean.map((col) => col.name === 'date' ? column('date', ['2025-02-12', '2025-13-40', '2025-04-01']) : col);
    const imported = await importParquet(eventsParquet(broken), 'events.parquet');
    expect(imported.dataset).toBeUndefined();
    const problem = imported.problems.find((found) => found.severity === 'error')!;
    // The second record, the third column ("date"): records count from 1, there is no header row.
    expect(problem).toMatchObject({ file: 'events.parquet', line: 2, column: 3, path: 'date' });
    expect(problem.message).toMatch(/2025-13-40/);
  });

  it('name the record and the column of a missing required cell', async () => {
    const broken = clean.map((col) => col.name === 'title' ? column('title', ['Says a thing', 'Phone call', null]) : col);
    const imported = await importParquet(eventsParquet(broken), 'events.parquet');
    expect(imported.problems).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'csv-missing-value', line: 3, column: 5, path: 'title' }));
  });

  it('read a file of several row groups in order, each problem at its record, a blank record skipped but counted', async () => {
    const ids = Array.from({ length: 25 }, (_, index) => `e${index + 1}`);
    const blank = 11; // the twelfth record: every cell empty
    const cellOf = (value: string) => (_: string, index: number) => (index === blank ? null : value);
    const columns = [
      column('id', ids.map((id, index) => (index === blank ? null : id))),
      column('type', ids.map(cellOf('statement'))),
      column('date', ids.map((_, index) => (index === blank ? null : index === 20 ? '2025-02-30' : '2025-02-12'))),
      column('actors', ids.map(cellOf('trump'))),
      column('title', ids.map(cellOf('Says a thing'))),
    ];
    // Row groups of 4 records: the records reach the reader as seven column chunks per column.
    const file = new Uint8Array(parquetWriteBuffer({ columnData: columns, rowGroupSize: 4 }));
    const imported = await importParquet(file, 'events.parquet');
    const errors = imported.problems.filter((problem) => problem.severity === 'error');
    expect(errors).toHaveLength(1);
    // The 21st record, in the sixth row group: counted with the blank one before it.
    expect(errors[0]).toMatchObject({ line: 21, column: 3, path: 'date' });
    expect(errors[0]!.message).toMatch(/2025-02-30/);
    const valid = await importParquet(new Uint8Array(parquetWriteBuffer({
      columnData: columns.map((col) => (col.name === 'date' ? column('date', ids.map(cellOf('2025-02-12'))) : col)),
      rowGroupSize: 4,
    })), 'events.parquet');
    expect(valid.dataset!.events.map((event) => event.record.id)).toEqual(ids.filter((_, index) => index !== blank));
  });

  it('refuse a file that is cut short with a sentence naming it', async () => {
    const bytes = eventsParquet(clean);
    const cut = new Uint8Array([...bytes.slice(0, 40), ...bytes.slice(-8)]);
    const imported = await importParquet(cut, 'cut.parquet');
    expect(imported.dataset).toBeUndefined();
    expect(imported.problems[0]).toMatchObject({ severity: 'error', rule: 'parquet-unreadable', file: 'cut.parquet' });
    expect(imported.problems[0]!.message).toMatch(/cut\.parquet could not be read as Parquet/);
  });

  it('read list columns as pandas, Polars and DuckDB write them (Parquet LIST), and timestamp dates', async () => {
    const text = (name: string) => ({ name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const });
    const bytes = new Uint8Array(parquetWriteBuffer({
      columnData: [
        { name: 'id', data: ['e1', 'e2', 'e3'] },
        { name: 'type', data: ['statement', 'call', 'meeting'] },
        { name: 'date', data: [new Date(Date.UTC(2025, 1, 12)), new Date(Date.UTC(2025, 1, 13, 9, 5)), new Date(Date.UTC(2025, 1, 14))] },
        // The third list's items are read as their text "macron; putin; zelensky; " would be.
        { name: 'actors', data: [['trump'], ['trump', 'putin'], [' macron ', 'putin;zelensky', '']] },
        { name: 'title', data: ['Says', 'Calls', 'Meet'] },
      ],
      schema: [
        { name: 'root', num_children: 5 },
        text('id'),
        text('type'),
        { name: 'date', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' },
        { name: 'actors', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        text('element'),
        text('title'),
      ],
    }));
    const imported = await importParquet(bytes, 'from-pandas.parquet');
    expect(imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const call = imported.dataset!.eventById.get('e2')!;
    expect(call.actorIds).toEqual(['trump', 'putin']);
    expect(call.record.date).toBe('2025-02-13T09:05Z');
    expect(imported.dataset!.eventById.get('e1')!.record.date).toBe('2025-02-12');
    expect(imported.dataset!.eventById.get('e3')!.record.actors).toEqual(['macron', 'putin', 'zelensky']);
  });

  it('take an empty LIST cell of a required column as a blank cell, and name it', async () => {
    const bytes = new Uint8Array(parquetWriteBuffer({
      columnData: [
        { name: 'id', data: ['e1'] },
        { name: 'type', data: ['statement'] },
        { name: 'date', data: ['2025-02-12'] },
        { name: 'actors', data: [[]] },
        { name: 'title', data: ['Says'] },
      ],
    }));
    const imported = await importParquet(bytes, 'empty-list.parquet');
    expect(imported.dataset).toBeUndefined();
    expect(imported.problems.find((problem) => problem.severity === 'error')).toMatchObject({ rule: 'csv-missing-value', line: 1, column: 4, path: 'actors' });
  });

  it('read LIST columns, maps, timestamps and numbers as the cells a CSV sheet would hold', () => {
    expect(cellText(['trump', 'putin'])).toBe('trump; putin');
    expect(cellText({ cameo: '036', plover: 'CONSULT' })).toBe('cameo:036; plover:CONSULT');
    expect(cellText(new Date(Date.UTC(2025, 1, 12)))).toBe('2025-02-12');
    expect(cellText(new Date(Date.UTC(2025, 1, 12, 10, 30)))).toBe('2025-02-12T10:30Z');
    expect(cellText(42n)).toBe('42');
    expect(cellText(null)).toBe('');
  });

  describe('read chart first, the events\' details after', () => {
    // Details in every detail column, a code without a scheme (a conversion error found only
    // with the details), and a record blank but for its summary (read as a row then, its
    // required cells named). Row groups of 2, so the details are decoded a group at a time.
    const detailed = [
      column('id', ['e1', 'e2', null, 'e4', 'e5']),
      column('type', ['statement', 'call', null, 'meeting', 'statement']),
      column('date', ['2025-02-12', '2025-03', null, '2025-04-01', '2025-04-02']),
      column('dateNote', [null, 'Reported a week later', null, null, null]),
      column('actors', ['trump', 'trump; putin', null, 'macron', 'putin']),
      column('location', ['Washington', null, null, 'Brussels', null]),
      column('title', ['Says a thing', 'Phone call', null, 'Meets', 'Answers']),
      column('summary', ['What he said.', null, 'A summary with no event', null, 'What he answered.']),
      column('sources', ['ap-1', 'ap-1; reuters-2', null, 'afp-3', null]),
      column('tags', [null, 'ukraine; trade', null, null, 'ukraine']),
      column('codes', ['cameo:010', null, null, '042', null]),
    ];
    const bytes = () => new Uint8Array(parquetWriteBuffer({ columnData: detailed, rowGroupSize: 2 }));

    /** The file read in one piece, its rows handed to the sheet reader whole, as before the details came later. */
    async function readWhole(file: Uint8Array) {
      const buffer = file.slice().buffer;
      const metadata = parquetMetadata(buffer);
      const header = parquetSchema(metadata).children.map((child) => child.element.name);
      let decoded: unknown[][] = [];
      await parquetRead({ file: buffer, metadata, rowFormat: 'array', onComplete: (rows) => { decoded = rows as unknown[][]; } });
      const rows = [header, ...decoded.map((row) => row.map(cellText))];
      return csvToDataset({ events: { name: 'events.parquet', table: { rows } } });
    }
    const byPlace = (problems: readonly Problem[]) => [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));

    it('give the same file, problems and report as a read in one piece', async () => {
      const whole = await readWhole(bytes());
      const read = await parquetToDataset(bytes(), 'events.parquet');
      expect(read.file).toEqual(whole.file);
      // Key order too: the records are written out as JSON.
      expect(JSON.stringify(read.file)).toBe(JSON.stringify(whole.file));
      expect(read.report).toEqual(whole.report);
      expect(byPlace(read.problems)).toEqual(byPlace(whole.problems));
      expect(read.problems).toContainEqual(expect.objectContaining({ rule: 'csv-bad-code', line: 4, column: 11, path: 'codes' }));
      expect(read.problems).toContainEqual(expect.objectContaining({ rule: 'csv-missing-value', line: 3, column: 1, path: 'id' }));
      expect(read.origin?.('sources[2]')).toMatchObject({ line: 4, column: 9, path: 'sources' });
    });

    it('leave the details and the sources out until the records are completed', async () => {
      const read = await parquetChartFirst(bytes(), 'events.parquet');
      const file = read.file!;
      expect(file.events.map((event) => Object.keys(event))).toEqual([
        ['id', 'type', 'date', 'actors', 'title'],
        ['id', 'type', 'date', 'actors', 'title'],
        ['id', 'type', 'date', 'actors', 'title'],
        ['id', 'type', 'date', 'actors', 'title'],
      ]);
      expect(file.sources).toEqual([]);
      expect(read.problems.map((problem) => problem.rule)).not.toContain('csv-bad-code');
      const sources = file.sources;
      let steps = 0;
      await read.completeRecords!(async () => { steps++; });
      // Each of the three row groups' six detail columns, decoded between two steps.
      expect(steps).toBeGreaterThanOrEqual(18);
      expect(file.sources).toBe(sources);
      expect(file.sources.map((source) => source.id)).toEqual(['ap-1', 'reuters-2', 'afp-3']);
      expect(file.events[1]).toMatchObject({ dateNote: 'Reported a week later', sources: ['ap-1', 'reuters-2'], tags: ['ukraine', 'trade'] });
      expect(read.problems.map((problem) => problem.rule)).toContain('csv-bad-code');
      expect(read.report.findIndex((line) => line.startsWith('No sources sheet'))).toBeLessThan(read.report.findIndex((line) => line.startsWith('No title')));
    });

    it('hand the model over before the details are read, with the way to complete them; the details are complete before the last checks', async () => {
      const fixed = detailed.map((col) => (col.name === 'codes' ? column('codes', ['cameo:010', null, null, 'cameo:042', null]) : col.name === 'summary' ? column('summary', ['What he said.', null, null, null, 'What he answered.']) : col));
      const file = new Uint8Array(parquetWriteBuffer({ columnData: fixed, rowGroupSize: 2 }));
      const handed: { summary: unknown; sources: number; completed: boolean }[] = [];
      const imported = await importParquet(file, 'events.parquet', {
        onEarlyDataset: async (dataset: Dataset, completeRecords) => {
          const first = dataset.events.find((event) => event.id === 'e1')!;
          handed.push({ summary: first.record.summary, sources: dataset.sources.length, completed: false });
          await completeRecords!();
          handed.push({ summary: first.record.summary, sources: dataset.sources.length, completed: true });
        },
      });
      expect(handed).toEqual([
        { summary: undefined, sources: 0, completed: false },
        { summary: 'What he said.', sources: 3, completed: true },
      ]);
      expect(imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(imported.dataset!.sourceById.get('afp-3')).toEqual({ id: 'afp-3', title: 'afp-3' });
    });

    it('refuse the dataset handed over early when its details hold an error, naming the cell', async () => {
      let early: Dataset | undefined;
      const imported = await importParquet(bytes(), 'events.parquet', { onEarlyDataset: (dataset) => { early = dataset; } });
      expect(early).toBeDefined();
      expect(imported.dataset).toBeUndefined();
      expect(imported.problems).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'csv-bad-code', line: 4, column: 11 }));
    });
  });
});
