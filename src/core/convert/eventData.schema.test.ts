// The event-data importers build files that match the JSON Schema, and say so
// (ConvertResult.matchesSchema), so the loader skips the schema for them and runs only its
// rules. These tests hold that promise: on every fixture, on generated exports with any
// names, and by refusing the promise when a reader hands over a value the schema refuses.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate as validateSchema } from '../data/generated/validateSchema.js';
import { schemaErrorsToDrafts } from '../data/schemaProblems';
import { convertEventData } from './eventDataFormats';
import type { EventDataFormatId } from './eventDataFormats';
import { buildEventDataFile } from './eventData';
import type { DraftEvent, EventDataFormat } from './eventData';
import { GDELT_COLUMNS, gdeltToDataset } from './gdelt';
import { ICEWS_COLUMNS, icewsToDataset } from './icews';
import { RowLosses } from './eventRows';
import { validateConversion } from './validate';
import type { ConvertResult } from './result';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures/eventdata', name), 'utf8');

/**
 * A converted file's promise kept: when it says it matches the schema, the schema finds
 * nothing the loader would report (dates, addresses and references it leaves to the rules).
 */
function expectPromiseKept(result: ConvertResult): void {
  if (!result.file || !result.matchesSchema) return;
  const valid = validateSchema(result.file);
  expect(valid ? [] : schemaErrorsToDrafts(validateSchema.errors ?? [], result.file)).toEqual([]);
}

describe('event-data files match the JSON Schema by construction', () => {
  const fixtures: [EventDataFormatId, string][] = [
    ['icews', 'icews-events.tab'], ['gdelt', 'gdelt-events.export.CSV'], ['acled', 'acled-events.csv'],
    ['plover', 'plover-events.jsonl'], ['plover', 'plover-events.json'], ['polecat', 'polecat-events.txt'],
  ];
  it.each(fixtures)('%s: %s', (format, name) => {
    const result = convertEventData(format, fixture(name), name);
    expect(result.matchesSchema).toBe(true);
    expectPromiseKept(result);
  });

  // Names, codes and places of any text, white space alone among them.
  const anyText = fc.oneof(fc.constantFrom('', ' ', '\u00a0', '\t', 'USA', 'IGOUNO', 'NATO', 'Chile', 'x'), fc.string({ maxLength: 6 }));
  const gdeltRow = fc.record({
    id: fc.oneof(fc.nat({ max: 50 }).map(String), anyText),
    day: fc.constantFrom('20240305', '20240306', '20240230', '2024030', ''),
    code: fc.oneof(fc.constantFrom('010', '041', '042', '043', '190', '999', ''), anyText),
    actor1: fc.tuple(anyText, anyText, anyText, anyText, anyText),
    actor2: fc.tuple(anyText, anyText, anyText, anyText, anyText),
    place: anyText,
    url: fc.constantFrom('', 'https://news.example.org/a', 'HTTPS://www.Example.net:8080/b', 'ftp://x', 'not a url'),
  });

  it('holds on generated GDELT exports with any names', () => {
    fc.assert(
      fc.property(fc.array(gdeltRow, { maxLength: 20 }), (rows) => {
        const lines = rows.map((row) => {
          const cells = new Array<string>(GDELT_COLUMNS.length).fill('');
          const put = (column: string, value: string) => { cells[GDELT_COLUMNS.indexOf(column)] = value.replaceAll(/[\t\r\n]/g, ' '); };
          put('GlobalEventID', row.id);
          put('Day', row.day);
          put('EventCode', row.code);
          for (const [prefix, [code, name, country, group, type]] of [['Actor1', row.actor1], ['Actor2', row.actor2]] as const) {
            put(`${prefix}Code`, code);
            put(`${prefix}Name`, name);
            put(`${prefix}CountryCode`, country);
            put(`${prefix}KnownGroupCode`, group);
            put(`${prefix}Type1Code`, type);
          }
          put('ActionGeo_FullName', row.place);
          put('SOURCEURL', row.url);
          return cells.join('\t');
        });
        expectPromiseKept(gdeltToDataset(lines.join('\n'), 'generated.export.CSV'));
      }),
      { numRuns: 200 },
    );
  });

  it('holds on generated ICEWS exports with any names', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText, anyText, anyText, anyText, anyText), { maxLength: 20 }), (rows) => {
        const lines = rows.map(([source, sectors, country, target, publisher, text], index) => {
          const cells = new Array<string>(ICEWS_COLUMNS.length).fill('');
          const put = (column: string, value: string) => { cells[(ICEWS_COLUMNS as readonly string[]).indexOf(column)] = value.replaceAll(/[\t\r\n]/g, ' '); };
          put('Event ID', String(index + 1));
          put('Event Date', '2024-03-05');
          put('Source Name', source);
          put('Source Sectors', sectors);
          put('Source Country', country);
          put('Event Text', text);
          put('CAMEO Code', '042');
          put('Target Name', target);
          put('Publisher', publisher);
          return cells.join('\t');
        });
        expectPromiseKept(icewsToDataset([ICEWS_COLUMNS.join('\t'), ...lines].join('\n'), 'generated.tab'));
      }),
      { numRuns: 200 },
    );
  });

  it('is withdrawn when a reader hands over a value the schema refuses, and the loader then runs the schema', async () => {
    const format: EventDataFormat = { idScheme: 'test', idKey: 'test', label: 'Test', publisher: 'Test', citation: 'Test.', mirrored: false };
    const draft = (change: Partial<DraftEvent>): DraftEvent => ({
      origin: { file: 'test.txt', line: 2, column: 1, path: '' }, fields: {}, label: 'Test 1', originalId: '1', codes: {}, codeKey: '',
      type: { builtIn: 'statement' }, date: '2024-03-05', sources: [{ name: 'Someone' }], targets: [], action: 'Says', references: [], ...change,
    });
    const build = (change: Partial<DraftEvent>) => buildEventDataFile(format, 'test.txt', { drafts: [draft(change)], problems: [], losses: new RowLosses(), skipped: 0, records: 1 });
    expect(build({}).matchesSchema).toBe(true);
    for (const change of [
      { sources: [{ name: ' ' }] },
      { sources: [{ name: 'Someone', group: { name: '', organisation: false } }] },
      { title: '  ' },
      { references: [{ publisher: '\t' }] },
      { type: { declared: { id: '-bad', label: 'Bad', kind: 'act' as const } } },
      { type: { declared: { id: 'blank-label', label: ' ', kind: 'act' as const } } },
      { type: { declared: { id: 'odd-kind', label: 'Odd', kind: 'other' as unknown as 'act' } } },
      { type: { builtIn: 'speech' as unknown as 'statement' } },
    ]) {
      const result = build(change);
      expect(result.matchesSchema, JSON.stringify(change)).toBe(false);
      const validated = await validateConversion(result, { file: 'test.json' }, { asText: false });
      expect(validated.problems.some((problem) => problem.severity === 'error'), JSON.stringify(change)).toBe(true);
    }
  });
});
