import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GEN_OPTIONS, generateDataset } from '../../../scripts/gen';
import { loadDataset } from '../data/index';
import type { DatasetFile, EventRecord } from '../model/types';
import { SHEET_NAMES, csvLosses, csvToDataset, datasetToCsv } from './csv';
import { EVENT_REQUIRED } from './csvRead';
import { SHEET_LAYOUTS } from './csvLayouts';
import type { SheetInputs } from './csv';
import { validateConversion } from './validate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const seed = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/valid/ap-brussels/events.json'), 'utf8')) as DatasetFile;

function asInputs(sheets: Partial<Record<string, string>>): SheetInputs {
  const inputs: SheetInputs = {};
  for (const name of SHEET_NAMES) {
    const text = sheets[name];
    if (text !== undefined) inputs[name] = { name: `${name}.csv`, text };
  }
  return inputs;
}

function roundTrip(file: DatasetFile): ReturnType<typeof csvToDataset> {
  return csvToDataset(asInputs(datasetToCsv(file)));
}

/** JSON equality ignores key order; toEqual does too, but undefined-valued keys must not sneak in. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function located(problems: readonly { file: string; line: number; column: number; path: string; severity: string }[]): string[] {
  return problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.path}`);
}

const EVENTS_HEADER = 'id,type,date,end,status,dateNote,actors,location,title,summary,sources,tags,codes';

describe('the Stanceline CSV layout', () => {
  it('gives back the seed dataset exactly after JSON → CSV → JSON, and says nothing is lost', () => {
    const result = roundTrip(seed);
    expect(result.problems).toEqual([]);
    expect(result.report).toEqual([]);
    expect(plain(result.file)).toEqual(seed);
    expect(csvLosses(seed)).toEqual([]);
  });

  it('gives back a generated dataset of 400 events exactly, and the loader accepts it without problems', async () => {
    const chunks: string[] = [];
    generateDataset({ ...DEFAULT_GEN_OPTIONS, events: 400, seed: 7 }, (text) => chunks.push(text));
    const generated = JSON.parse(chunks.join('')) as DatasetFile;
    const result = roundTrip(generated);
    expect(csvLosses(generated)).toEqual([]);
    expect(plain(result.file)).toEqual(generated);
    const validated = await validateConversion(result, { file: 'generated.json' });
    expect(validated.problems).toEqual([]);
    expect(validated.dataset?.events).toHaveLength(400);
  });

  it('keeps any text people type (commas, quotes, line breaks, CRLF, accents, leading spaces) through a round trip', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', ';', ':', 'é', '—', '😀', '\t'), minLength: 1 })
      .filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(text, text, text, text, (title, summary, dateNote, quote) => {
        const event: EventRecord = {
          id: 'e1', type: 'statement', date: '2025-02-12', actors: ['a'], title, summary, dateNote,
          quotes: [{ actor: 'a', text: quote }],
        };
        const file: DatasetFile = {
          version: 1, title: summary, sources: [], countries: [], actors: [{ id: 'a', name: title }], topics: [], events: [event],
        };
        expect(plain(roundTrip(file).file)).toEqual(file);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a header row in the documented order and one row per position, in event order', () => {
    const sheets = datasetToCsv(seed);
    expect(sheets.events.split('\r\n')[0]).toBe(EVENTS_HEADER);
    expect(sheets.positions.split('\r\n')[0]).toBe('event,actor,topic,stance,summary');
    const positionRows = sheets.positions.trimEnd().split('\r\n').length - 1;
    expect(positionRows).toBe(seed.events.reduce((sum, event) => sum + (event.positions?.length ?? 0), 0));
  });

  it('reads a UTF-8 byte-order mark, CRLF line ends, quoted commas, quotes and line breaks, and empty cells', () => {
    const events = `\ufeff${EVENTS_HEADER}\r\n`
      + 'call-1,call,2025-02-12,,,,"trump; putin",,"Trump and Putin talk, at length","He said ""negotiations""\r\nstart now.",,,\r\n';
    const result = csvToDataset({ events: { name: 'events.csv', text: events } }, { title: 'A call' });
    expect(result.problems).toEqual([]);
    expect(result.file?.events).toEqual([{
      id: 'call-1', type: 'call', date: '2025-02-12', actors: ['trump', 'putin'],
      title: 'Trump and Putin talk, at length', summary: 'He said "negotiations"\r\nstart now.',
    }]);
    expect(result.file?.title).toBe('A call');
  });

  it('matches headers as people type them ("Date Note", "date_note") and skips blank rows without renumbering', () => {
    const events = 'ID,Type,Date,Date Note,Actors,Title\n\ns1,statement,2025,"a note",x,First\n,,,,,\ns2,statement,2025-13,,x,Second\n';
    const result = csvToDataset({ events: { name: 'events.csv', text: events } });
    expect(result.file?.events.map((event) => event.id)).toEqual(['s1', 's2']);
    expect(result.file?.events[0]?.dateNote).toBe('a note');
    // The bad month is on spreadsheet row 5 (header 1, blank 2, s1 3, blank 4).
    expect(result.origin?.('events[1].date')).toEqual({ file: 'events.csv', line: 5, column: 3, path: 'date' });
  });

  it('derives actors, countries and topics from the ids used when only events and positions are given, and says so', async () => {
    const sheets = datasetToCsv(seed);
    const result = csvToDataset(asInputs({ events: sheets.events, positions: sheets.positions }));
    const file = result.file!;
    expect(file.actors.map((actor) => actor.id)).toContain('hegseth');
    for (const actor of file.actors) expect(actor.name).toBe(actor.id);
    expect(file.countries).toEqual([]);
    expect(file.topics.map((topic) => topic.id)).toEqual(seed.topics.map((topic) => topic.id).filter((id) => file.topics.some((topic) => topic.id === id)));
    expect(file.sources).toEqual([{ id: 'ap-brussels', title: 'ap-brussels' }]);
    expect(result.report.join('\n')).toMatch(/derived 12 actors .*named by its id/);
    expect(result.report.join('\n')).toMatch(/No countries/);
    expect(result.report.join('\n')).toMatch(/derived 9 topics/);
    const validated = await validateConversion(result, { file: 'out.json' });
    expect(validated.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(validated.dataset?.events).toHaveLength(seed.events.length);
  });

  it('derives countries from the actors sheet when there is no countries sheet', () => {
    const result = csvToDataset({
      events: { name: 'events.csv', text: 'id,type,date,actors,title\ne,statement,2025,macron,T\n' },
      actors: { name: 'actors.csv', text: 'id,name,country\nmacron,Emmanuel Macron,FR\n' },
    }, { title: 'x' });
    expect(result.file?.countries).toEqual([{ id: 'FR', name: 'FR' }]);
    expect(result.origin?.('countries[0]')).toEqual({ file: 'actors.csv', line: 2, column: 3, path: 'country' });
  });

  it('places a derived actor, topic or source at the cell of its first use, and a read record\'s field at its own cell', () => {
    const result = csvToDataset({
      events: { name: 'events.csv', text: 'id,type,date,actors,title,sources\ne1,statement,2025,macron,T,s1\ne2,call,2025-02,macron; scholz,U,s2; s1\n' },
      positions: { name: 'positions.csv', text: 'event,actor,topic,stance\ne2,merz,defence,support\n' },
    }, { title: 'x' });
    expect(result.file?.actors.map((actor) => actor.id)).toEqual(['macron', 'scholz', 'merz']);
    expect(result.origin?.('actors[1]')).toEqual({ file: 'events.csv', line: 3, column: 4, path: 'actors' });
    expect(result.origin?.('actors[2].name')).toEqual({ file: 'positions.csv', line: 2, column: 2, path: 'actor' });
    expect(result.origin?.('topics[0]')).toEqual({ file: 'positions.csv', line: 2, column: 3, path: 'topic' });
    expect(result.origin?.('sources[1].title')).toEqual({ file: 'events.csv', line: 3, column: 6, path: 'sources' });
    expect(result.origin?.('events[1].date')).toEqual({ file: 'events.csv', line: 3, column: 3, path: 'date' });
    expect(result.origin?.('events[1].positions[0].stance')).toEqual({ file: 'positions.csv', line: 2, column: 4, path: 'stance' });
  });

  it('names file, row and column for a missing column, a blank required cell, an unknown event and a code without a scheme', () => {
    const result = csvToDataset({
      events: { name: 'ev.csv', text: 'id,type,date,actors,title,codes,colour\na,statement,2025,x,,,red\nb,statement,2025,x,B,036,\n' },
      positions: { name: 'pos.csv', text: 'event,actor,topic,stance\nb,x,t,support\nzz,x,t,oppose\n' },
      quotes: { name: 'q.csv', text: 'event,actor\n' },
    });
    expect(located(result.problems)).toEqual([
      'ev.csv:1:7 warning colour',
      'q.csv:1:3 error text',
      'ev.csv:2:5 error title',
      'ev.csv:3:6 error codes',
      'pos.csv:3:1 error event',
    ]);
    expect(result.problems[2]?.message).toBe('Row 2 of ev.csv has no title, which is required; the row was not carried over.');
    expect(result.file?.events.map((event) => event.id)).toEqual(['b']);
    expect(result.report).toContain('ev.csv: column "colour" is not part of the events sheet and was not carried over.');
  });

  it('points the loader\'s problems back at the cell they came from', async () => {
    const result = csvToDataset({
      events: { name: 'events.csv', text: 'id,type,date,end,actors,title\na,statement,2025-02-30,,x,A\nb,speech,2025-02-10,2025-02-01,x,B\n' },
      positions: { name: 'positions.csv', text: 'event,actor,topic,stance\na,x,t,support\nb,x,t,strongly-for\n' },
      topics: { name: 'topics.csv', text: 'id,label,support,oppose\nt,T,for,against\n' },
    }, { title: 'Broken' });
    const validated = await validateConversion(result, { file: 'out.json' });
    const errors = validated.problems.filter((problem) => problem.severity === 'error');
    expect(located(errors).sort()).toEqual([
      'events.csv:2:3 error date',
      'events.csv:3:2 error type',
      'events.csv:3:4 error end',
      'positions.csv:3:4 error stance',
    ].sort());
    expect(errors.find((problem) => problem.path === 'stance')?.message).toMatch(/\(events\[1\]\.positions\[0\]\.stance in the converted file\)$/);
    expect(validated.dataset).toBeUndefined();
  });

  it('refuses to build a file without an events sheet', () => {
    const result = csvToDataset({ positions: { name: 'positions.csv', text: 'event,actor,topic,stance\n' } });
    expect(result.file).toBeUndefined();
    expect(result.problems.map((problem) => problem.rule)).toEqual(['csv-no-events']);
  });

  it('names what the layout cannot carry: empty lists, empty strings, list items with ";" and unknown fields', () => {
    const file: DatasetFile = {
      version: 1, title: 'T', sources: [], countries: [], actors: [{ id: 'a', name: 'A' }], topics: [],
      events: [{ id: 'e', type: 'statement', date: '2025', actors: ['a'], title: 'E', tags: ['x;y'], sources: [], summary: '', codes: {} }],
    };
    (file.events[0] as unknown as Record<string, unknown>).colour = 'red';
    const losses = csvLosses(file).join('\n');
    expect(losses).toMatch(/Field "colour" of an event has no column/);
    expect(losses).toMatch(/empty "sources" list/);
    expect(losses).toMatch(/empty "summary"/);
    expect(losses).toMatch(/Items of "tags" that contain ";"/);
    expect(losses).toMatch(/empty "codes" object/);
  });

  it('produces text the loader reads from a generated file without any problems when given the source copy', async () => {
    const result = roundTrip(seed);
    const validated = await validateConversion(result, {
      file: resolve(ROOT, 'tests/fixtures/valid/ap-brussels/events.json'),
      readSourceText: async (path) => readFileSync(resolve(ROOT, 'tests/fixtures/valid/ap-brussels', path), 'utf8'),
    });
    expect(validated.problems).toEqual([]);
    expect((await loadDataset(validated.text!, { file: 'x.json' })).dataset).toBeDefined();
  });
});

describe('the events sheet reader', () => {
  it('reads every required column of the layout itself, and no other as required', () => {
    expect([...EVENT_REQUIRED].sort()).toEqual(SHEET_LAYOUTS.events.filter((column) => column.required).map((column) => column.header).sort());
  });

  it('reports every blank required cell of a row, and carries the row over only when none is blank', () => {
    const result = csvToDataset({ events: { name: 'events.csv', text: 'id,type,date,actors,title\ne1,statement,,,Says\ne2,call,2025-02-12, a ;b ,Calls\n' } });
    expect(result.problems.filter((problem) => problem.rule === 'csv-missing-value').map((problem) => [problem.line, problem.column])).toEqual([[2, 3], [2, 4]]);
    expect(result.file?.events.map((event) => [event.id, event.actors])).toEqual([['e2', ['a', 'b']]]);
  });

  it('takes a cell of white space only (spaces, a tab, a no-break space, an ideographic space) as blank, and keeps text that starts with a space', () => {
    const text = 'id,type,date,actors,title,summary\ne1,statement,2025-02-12,a,"\t ",x\ne2,call,2025-02-12,a,\u00a0\u3000,x\ne3,call,2025-02-12,a,  Calls,  \n';
    const result = csvToDataset({ events: { name: 'events.csv', text } });
    expect(result.problems.filter((problem) => problem.rule === 'csv-missing-value').map((problem) => [problem.line, problem.column])).toEqual([[2, 5], [3, 5]]);
    expect(result.file?.events.map((event) => [event.id, event.title, event.summary])).toEqual([['e3', '  Calls', undefined]]);
  });
});
