// The column mapping's shape (its check and its JSON Schema agree), its first guess from a
// header, and dates read at their precision.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkColumnMapping, guessMapping, missingColumns, parseColumnMapping } from './columnMapping';
import type { ColumnMapping } from './columnMapping';
import { guessDateOrder, patternPrecision, readMappedDate } from './mappedDates';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const schema = JSON.parse(readFileSync(resolve(ROOT, 'data/schema/column-mapping.schema.json'), 'utf8')) as object;
const validateWithSchema = new Ajv({ allErrors: true }).compile(schema);
const fixtureMapping = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/mapping/diplomacy-log.mapping.json'), 'utf8')) as ColumnMapping;

const valid: ColumnMapping = {
  format: 'stanceline-column-mapping',
  version: 1,
  delimiter: ',',
  columns: { date: 'Date', actors: [{ column: 'Actor' }] },
  dates: { order: 'YMD' },
  separator: ';',
  types: { scheme: 'names', default: 'statement' },
};

const invalid: [string, unknown, string][] = [
  ['not an object', [], ''],
  ['a wrong format name', { ...valid, format: 'mapping' }, 'format'],
  ['another version', { ...valid, version: 2 }, 'version'],
  ['an unknown delimiter', { ...valid, delimiter: ':' }, 'delimiter'],
  ['no date column', { ...valid, columns: { actors: [{ column: 'Actor' }] } }, 'columns.date'],
  ['no actors', { ...valid, columns: { date: 'Date', actors: [] } }, 'columns.actors'],
  ['an actors entry without a column', { ...valid, columns: { date: 'Date', actors: [{ country: 'Land' }] } }, 'columns.actors[0].column'],
  ['a blank optional column', { ...valid, columns: { ...valid.columns, title: ' ' } }, 'columns.title'],
  ['an unknown column key', { ...valid, columns: { ...valid.columns, colour: 'Hue' } }, 'columns.colour'],
  ['an unknown date order', { ...valid, dates: { order: 'DYM' } }, 'dates.order'],
  ['an empty separator', { ...valid, separator: '' }, 'separator'],
  ['an unknown type scheme', { ...valid, types: { scheme: 'idea', default: 'statement' } }, 'types.scheme'],
  ['a default type that is not built in', { ...valid, types: { scheme: 'names', default: 'protest' } }, 'types.default'],
  ['an unknown top-level key', { ...valid, colour: 'red' }, 'colour'],
];

describe('the column mapping document', () => {
  it('accepts a whole mapping and the fixture, as the JSON Schema does', () => {
    for (const mapping of [valid, fixtureMapping, { ...valid, dates: { order: 'DMY', format: 'dd.MM.yyyy' } }]) {
      expect(checkColumnMapping(mapping).problems).toEqual([]);
      expect(validateWithSchema(mapping)).toBe(true);
    }
  });

  it.each(invalid)('refuses %s at its path, as the JSON Schema does', (_, value, path) => {
    const { mapping, problems } = checkColumnMapping(value);
    expect(mapping).toBeUndefined();
    expect(problems.map((problem) => problem.path)).toContain(path);
    expect(validateWithSchema(value)).toBe(false);
  });

  it('says where JSON breaks', () => {
    expect(parseColumnMapping('{"format":').problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('names the mapped columns a file lacks', () => {
    const problems = missingColumns({ ...valid, columns: { ...valid.columns, title: 'Headline' } }, ['Date', 'Actor']);
    expect(problems).toEqual([{ path: 'columns.title', message: 'The file has no column "Headline" (its columns are "Date", "Actor").' }]);
    // Headers match loosely, and a blank header is "column N".
    expect(missingColumns({ ...valid, columns: { date: 'date', actors: [{ column: 'column 2' }] } }, ['Date', ''])).toEqual([]);
  });
});

describe('the first guess from a header', () => {
  it('picks columns by their words and leaves the rest unmapped', () => {
    const guess = guessMapping(['Ref', 'When', 'Who', 'Nation', 'Kind', 'Headline', 'Notes', 'Link', 'Outlet'], ',');
    expect(checkColumnMapping(guess).problems).toEqual([]);
    expect(guess.columns).toEqual({
      date: 'When', actors: [{ column: 'Who', country: 'Nation' }], type: 'Kind', title: 'Headline', summary: 'Notes', sourceUrl: 'Link', sourceTitle: 'Outlet',
    });
  });

  it('falls back to the first columns when no header says what it holds', () => {
    const guess = guessMapping(['a', 'b'], ';');
    expect(guess.columns.date).toBe('a');
    expect(guess.columns.actors).toEqual([{ column: 'b' }]);
    expect(guess.delimiter).toBe(';');
  });
});

describe('the order of day, month and year guessed from the dates', () => {
  it('takes the order that reads more of them than either other', () => {
    expect(guessDateOrder(['12/02/2025', '03/03/2025', 'March 2025', '14/03/2025'])).toBe('DMY');
    expect(guessDateOrder(['02/12/2025', '3/30/2025', ''])).toBe('MDY');
    expect(guessDateOrder(['2025/02/12', '2025.03.01'])).toBe('YMD');
    expect(guessDateOrder(['12 February 2025', '1 March 2025'])).toBe('DMY');
    expect(guessDateOrder(['February 12, 2025'])).toBe('MDY');
  });
  it('guesses nothing when the dates cannot tell: ISO dates, only day-or-month dates, or no dates', () => {
    expect(guessDateOrder(['2025-02-12', '2025-03', '2025'])).toBeNull();
    expect(guessDateOrder(['03/04/2025', '12/11/2025'])).toBeNull();
    expect(guessDateOrder(['', 'soon'])).toBeNull();
    expect(guessDateOrder([])).toBeNull();
  });
});

describe('dates read at their precision', () => {
  const ymd = { order: 'YMD' as const };
  const dmy = { order: 'DMY' as const };
  const mdy = { order: 'MDY' as const };
  it.each([
    ['2025', ymd, '2025'],
    ['2025-02', ymd, '2025-02'],
    ['2025-02-12', dmy, '2025-02-12'],
    ['2025/2/3', ymd, '2025-02-03'],
    ['12/02/2025', dmy, '2025-02-12'],
    ['2/3/2025', dmy, '2025-03-02'],
    ['12.02.2025', dmy, '2025-02-12'],
    ['12 February 2025', dmy, '2025-02-12'],
    ['12-Feb-2025', dmy, '2025-02-12'],
    ['February 2025', dmy, '2025-02'],
    ['02/2025', dmy, '2025-02'],
    ['02/12/2025', mdy, '2025-02-12'],
    ['February 12, 2025', mdy, '2025-02-12'],
    ['2025-02-12~', dmy, '2025-02-12~'],
    ['March 2025?', dmy, '2025-03?'],
    ['2025-02-12T10:30Z', ymd, '2025-02-12T10:30Z'],
  ])('reads %s (%o) as %s', (raw, order, date) => {
    expect(readMappedDate(raw, order)).toEqual({ date });
  });

  it.each([
    ['31/02/2025', dmy],
    ['13/13/2025', dmy],
    ['soon', ymd],
    ['12/02/25', dmy],
    ['', ymd],
  ])('refuses %s with a sentence', (raw, order) => {
    const read = readMappedDate(raw, order);
    expect('error' in read && read.error).toMatch(/is not a date written/);
  });

  it('reads a pattern of its own, at the precision of its tokens', () => {
    expect(readMappedDate('2025 wk 12.02', { order: 'YMD', format: "yyyy 'wk' dd.MM" })).toEqual({ date: '2025-02-12' });
    expect(readMappedDate('Q 02-2025', { order: 'YMD', format: "'Q' MM-yyyy" })).toEqual({ date: '2025-02' });
    expect(readMappedDate('12.02.2025', { order: 'YMD', format: 'MM/dd/yyyy' })).toEqual({ error: '"12.02.2025" does not match the date pattern "MM/dd/yyyy"' });
    expect(patternPrecision('yyyy')).toBe('year');
    expect(patternPrecision("MMM 'd' yyyy")).toBe('month');
  });
});
