// Any other CSV or TSV: recognised as a table that needs a mapping, then read through one
// (tests/fixtures/mapping, invented rows) with every row traceable and every problem placed.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../model/types';
import { guessMapping, parseColumnMapping } from './columnMapping';
import type { ColumnMapping } from './columnMapping';
import { importText } from './index';
import { guessSampleMapping, mappedTableToDataset, previewMapping, sniffDelimiter, tableSample } from './mappedTable';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures/mapping', name), 'utf8');
const mapping = parseColumnMapping(fixture('diplomacy-log.mapping.json')).mapping!;

describe('a table of no known format', () => {
  it('is offered for mapping, with its delimiter and start, instead of being refused', async () => {
    const result = await importText(fixture('diplomacy-log.csv'), 'diplomacy-log.csv');
    expect(result.dataset).toBeUndefined();
    expect(result.problems.map((problem) => problem.rule)).toEqual(['needs-column-mapping']);
    expect(result.problems[0]!.message).toMatch(/which formats|was tried as/);
    expect(result.table).toEqual({ delimiter: ',', head: fixture('diplomacy-log.csv'), truncated: false, rows: 4 });
  });

  it('tells tabs, semicolons and commas apart, and text that is no table', () => {
    expect(sniffDelimiter(fixture('bad-dates.tsv'))).toBe('\t');
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(sniffDelimiter('"a, b",c\n1,2\n')).toBe(',');
    expect(sniffDelimiter('just a sentence\nand another\n')).toBeUndefined();
    expect(sniffDelimiter('{"version": 1}')).toBeUndefined();
    expect(tableSample('one\n')).toBeUndefined();
  });

  it('keeps whole rows of a long file in its sample', () => {
    const text = 'When,Who\n' + Array.from({ length: 500 }, (_, index) => `2025-01-01,Actor ${index}`).join('\n') + '\n';
    const sample = tableSample(text)!;
    expect(sample.truncated).toBe(true);
    expect(sample.head.split('\n').length).toBe(202);
    expect(sample.rows).toBe(500);
    const preview = previewMapping(sample, 'long.csv', guessMapping(['When', 'Who'], ','));
    expect(preview.rowsRead).toBe(200);
    expect(preview.file!.events).toHaveLength(200);
  });

  it('leaves out of the preview a last row the sample cut inside a quoted cell, and counts the whole file\'s rows', () => {
    const quotedNote = (index: number) => (index === 199 ? '"a note\nover two lines"' : 'plain');
    const text = 'When,Who,Note\n' + Array.from({ length: 300 }, (_, index) => `2025-01-01,Actor ${index},${quotedNote(index)}`).join('\n') + '\n\n,,\n';
    const sample = tableSample(text)!;
    expect(sample.rows).toBe(300);
    const preview = previewMapping(sample, 'quoted.csv', guessMapping(['When', 'Who', 'Note'], ','));
    expect(preview.rowsRead).toBe(199);
  });

  it('says how many rows a short table has, and applies the mapping to every row of a long one, not only the previewed ones', async () => {
    expect(tableSample(fixture('diplomacy-log.csv'))!.rows).toBe(4);
    const rows = 1234;
    const text = 'When,Who,Kind\n' + Array.from({ length: rows }, (_, index) => `2025-01-${String((index % 28) + 1).padStart(2, '0')},Actor ${index % 7},${index % 3 === 0 ? 'protest' : 'statement'}`).join('\n') + '\n';
    const sample = tableSample(text)!;
    expect(sample).toMatchObject({ truncated: true, rows });
    const guessed = guessMapping(['When', 'Who', 'Kind'], ',');
    expect(previewMapping(sample, 'long.csv', guessed).rowsRead).toBeLessThan(rows);
    const opened = await importText(text, 'long.csv', { mapping: guessed });
    expect(opened.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const events = opened.dataset!.events;
    expect(events).toHaveLength(rows);
    // Every row is traceable by its row, the last ones included, and typed by the mapping.
    expect(new Set(events.map((event) => event.record.codes?.row))).toEqual(new Set(Array.from({ length: rows }, (_, index) => String(index + 2))));
    expect(events.filter((event) => event.typeId !== 'statement')).toHaveLength(Math.ceil(rows / 3));
  });
});

describe('a table read through a mapping', () => {
  it('makes one event per row, typed, dated at its precision, with actors under their countries', async () => {
    const result = await importText(fixture('diplomacy-log.csv'), 'diplomacy-log.csv', { mapping, asText: true });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const file = JSON.parse(result.text!) as DatasetFile;
    expect(file.events.map((event) => [event.id, event.type, event.date, event.end, event.codes])).toEqual([
      ['row-2', 'statement', '2025-02-12', undefined, { row: '2', id: 'DL-1' }],
      ['row-3', 'call', '2025-03-03', undefined, { row: '3', id: 'DL-2' }],
      ['row-4', 'meeting', '2025-03', '2025-03-14', { row: '4', id: 'DL-3' }],
      ['row-5', 'type-sanction', '2025', undefined, { row: '5', id: 'DL-4' }],
    ]);
    expect(file.types).toEqual([{ id: 'type-sanction', label: 'sanction', description: 'Rows whose type reads "sanction".', kind: 'act' }]);
    const name = (id: string) => file.actors.find((actor) => actor.id === id)!.name;
    const country = (id: string) => file.countries.find((place) => place.id === file.actors.find((actor) => actor.id === id)!.country)!.name;
    const call = file.events[1]!;
    expect(call.actors.map(name)).toEqual(['Ana Silva', 'Jon Berg']);
    expect(call.actors.map(country)).toEqual(['Portugal', 'Norway']);
    // ISO alpha-3 codes are named; a title cell is kept, an empty one is made from the parties.
    expect(file.events[2]!.actors.map(country)).toEqual(['Norway', 'Germany']);
    expect(file.events[2]!.title).toBe('Oslo talks on the corridor');
    expect(call.title).toBe('Ana Silva and Jon Berg: call');
    expect(file.events[0]!.summary).toBe('Invented row for tests.');
    expect(file.sources.find((source) => source.url === 'https://example.org/dl-1')).toMatchObject({ publisher: 'Example Wire' });
    expect(result.report.join('\n')).toMatch(/Read 4 CSV records: 4 events/);
    // An ftp address is not carried, and said so.
    expect(result.report.join('\n')).toMatch(/not web addresses .* \(1: row 5\)/);
  });

  it('reports every row it cannot read with its row, column and what is wrong', async () => {
    const tsvMapping: ColumnMapping = { ...guessMapping(['Ref', 'When', 'Who', 'Nation', 'Kind', 'Headline'], '\t'), dates: { order: 'DMY' } };
    const result = await importText(fixture('bad-dates.tsv'), 'bad-dates.tsv', { mapping: tsvMapping });
    const placed = result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.path} ${problem.rule}`);
    expect(placed).toEqual(['3:2 When bad-date', '4:2 When bad-date', '5:3 Who no-actors']);
    expect(result.problems[0]!.message).toBe('Row 3 was not imported: "31/02/2025" is not a date written day first: 12/02/2025, 12.02.2025, 12 February 2025, February 2025 (choose another order, or give a date pattern).');
    expect(result.dataset!.events).toHaveLength(1);
    expect(result.report.join('\n')).toMatch(/3 records could not be read/);
  });

  it('refuses a mapping that names columns the file lacks, pointing at the mapping', () => {
    const result = mappedTableToDataset(fixture('diplomacy-log.csv'), 'diplomacy-log.csv', { ...mapping, columns: { ...mapping.columns, title: 'Heading' } });
    expect(result.file).toBeUndefined();
    expect(result.problems.map((problem) => [problem.path, problem.severity])).toEqual([['columns.title', 'error']]);
    expect(result.problems[0]!.message).toMatch(/no column "Heading"/);
  });

  it('reads CAMEO codes in the type column as the event-data importers do', async () => {
    const text = 'date,actor,code\n2025-01-02,Ana Silva,041\n2025-01-03,Ana Silva,190\n';
    const cameo: ColumnMapping = { ...guessMapping(['date', 'actor', 'code'], ','), types: { scheme: 'cameo', default: 'statement' } };
    const result = await importText(text, 't.csv', { mapping: { ...cameo, columns: { ...cameo.columns, type: 'code' } }, asText: true });
    const file = JSON.parse(result.text!) as DatasetFile;
    expect(file.events.map((event) => [event.type, event.codes?.cameo])).toEqual([['call', '041'], ['cameo-19', '190']]);
  });

  it('loses no row: each row is an event that keeps its row number, or a reported problem', () => {
    const cell = fc.oneof(fc.constant(''), fc.constant('2025-02-03'), fc.constant('12/13/2025'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = ['When,Who', ...rows.map(([date, who]) => `"${date.replace(/"/g, '""')}","${who.replace(/"/g, '""')}"`)].join('\n');
        const result = mappedTableToDataset(text, 'p.csv', guessMapping(['When', 'Who'], ','));
        const kept = new Set((result.file?.events ?? []).map((event) => event.codes!.row));
        const reported = new Set(result.problems.filter((problem) => /was not imported/.test(problem.message)).map((problem) => String(problem.line)));
        rows.forEach(([date, who], index) => {
          const row = String(index + 2);
          if (date.trim() === '' && who.trim() === '') return; // a blank row is no row
          expect(kept.has(row) !== reported.has(row)).toBe(true);
        });
      }),
    );
  });
});

describe('the dialog’s first mapping from a sample', () => {
  it('reads the dates in the order the sample’s dates and end dates tell, so the preview has every row', () => {
    const text = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/mapping/diplomacy-log.csv'), 'utf8');
    const sample = tableSample(text)!;
    const guess = guessSampleMapping(sample, sample.delimiter);
    expect(guess.dates.order).toBe('DMY');
    expect(guess.columns).toEqual(guessMapping(text.split('\n')[0]!.split(','), ',').columns);
    const preview = previewMapping(sample, 'diplomacy-log.csv', guess);
    expect(preview.problems.filter((problem) => problem.rule === 'bad-date')).toEqual([]);
    expect(preview.file?.events.map((event) => event.date)).toContain('2025-02-12');
  });
  it('keeps year first when the sample’s dates read both day first and month first', () => {
    const sample = tableSample('date,actor\n03/04/2025,Ana\n12/11/2025,Jon\n')!;
    expect(guessSampleMapping(sample, sample.delimiter).dates.order).toBe('YMD');
  });
});
