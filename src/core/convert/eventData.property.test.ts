// Property tests of the event-data importers: whatever rows an export holds (mirrored,
// repeated, broken), none is lost — each becomes part of an event that keeps its id, or a
// problem on its row — and every event's ids trace back to exactly one record each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConvertResult } from './result';
import { GDELT_COLUMNS, gdeltToDataset } from './gdelt';
import { icewsToDataset, ICEWS_COLUMNS } from './icews';
import { ploverToDataset } from './plover';
import { validateConversion } from './validate';

const ACTORS = [
  ['Government (Norway)', 'Norway'], ['Government (Chile)', 'Chile'], ['NATO', ''], ['Citizen (Chile)', 'Chile'], ['Police (Norway)', 'Norway'],
] as const;
const CAMEO = ['010', '036', '040', '041', '042', '043', '046', '073', '112', '145', '183', '190', '999', ''];
const DAYS = ['2024-03-05', '2024-03-06', '2024-02-29', '2024-02-30', '5 March 2024', ''];

/** Where each original id ended up: the events keeping it under the id key or a mirror key. */
function placesOfIds(result: ConvertResult, idKey: string): Map<string, number> {
  const places = new Map<string, number>();
  for (const event of result.file?.events ?? []) {
    for (const [key, value] of Object.entries(event.codes ?? {})) {
      if (key === idKey || key.startsWith(`${idKey}-mirror`)) places.set(value, (places.get(value) ?? 0) + 1);
    }
  }
  return places;
}

const icewsRow = fc.record({
  source: fc.constantFrom(...ACTORS),
  target: fc.option(fc.constantFrom(...ACTORS), { nil: undefined }),
  code: fc.constantFrom(...CAMEO),
  day: fc.constantFrom(...DAYS),
  mirrored: fc.boolean(),
  truncated: fc.boolean(),
});

describe('ICEWS import, on generated exports', () => {
  it('loses no row, keeps every id exactly once, and writes a file the loader accepts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(icewsRow, { maxLength: 40 }), async (rows) => {
        const lines: string[][] = [];
        let next = 1;
        for (const row of rows) {
          const cells = (source: typeof row.source, target: typeof row.target) => [
            String(next++), row.day, source[0], 'Government', source[1], 'Action', row.code, '1.0', target?.[0] ?? '', '', target?.[1] ?? '',
            '1', '1', 'Example Wire', '', '', '', '', '', '',
          ];
          const line = cells(row.source, row.target);
          lines.push(row.truncated ? line.slice(0, 6) : line);
          if (row.mirrored && row.target) lines.push(cells(row.target, row.source));
        }
        const text = [ICEWS_COLUMNS.join('\t'), ...lines.map((cells) => cells.join('\t'))].join('\n');
        const result = icewsToDataset(text, 'generated.tab');
        const places = placesOfIds(result, 'icews');
        const problemLines = new Set(result.problems.filter((problem) => /not imported/.test(problem.message) || problem.rule === 'no-events').map((problem) => problem.line));
        lines.forEach((cells, index) => {
          const id = cells[0]!;
          const kept = places.get(id) ?? 0;
          // Kept once, or reported on its own row (row 1 is the header) — never both, never neither.
          expect(kept + (problemLines.has(index + 2) ? 1 : 0), `row ${index + 2}`).toBe(1);
        });
        for (const id of places.keys()) expect(Number(id)).toBeLessThan(next);
        if (result.file) {
          const validated = await validateConversion(result, { file: 'generated.json' });
          expect(validated.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

const ploverRecord = fc.record({
  source: fc.oneof(fc.constantFrom('NOR', 'CHL', 'IGOUNO', 'Minister of Trade'), fc.constant(['NOR', 'CHL', 'FRA'])),
  recipient: fc.option(fc.constantFrom('NOR', 'CHL', 'RUSGOV'), { nil: undefined }),
  event: fc.constantFrom('CONSULT', 'AGREE', 'ASSAULT', 'FIGHT', 'CELEBRATE', ''),
  mode: fc.option(fc.constantFrom('phone', 'visit', 'multilateral', 'unspecified'), { nil: undefined }),
  date: fc.constantFrom('2024-03-05', '2024-03-06', 'soon', ''),
  broken: fc.boolean(),
});

describe('PLOVER import, on generated JSON lines', () => {
  it('loses no record and keeps every id exactly once', () => {
    fc.assert(
      fc.property(fc.array(ploverRecord, { maxLength: 30 }), (records) => {
        const lines = records.map((record, index) => {
          const json = JSON.stringify({ id: `p${index}`, date: record.date, source: record.source, recipient: record.recipient, event: record.event, mode: record.mode });
          return record.broken ? json.slice(0, -3) : json;
        });
        const result = ploverToDataset(lines.join('\n'), 'generated.jsonl');
        const places = placesOfIds(result, 'plover-id');
        const problemLines = new Set(result.problems.filter((problem) => /not imported/.test(problem.message)).map((problem) => problem.line));
        lines.forEach((_, index) => {
          expect((places.get(`p${index}`) ?? 0) + (problemLines.has(index + 1) ? 1 : 0), `line ${index + 1}`).toBe(1);
        });
      }),
      { numRuns: 150 },
    );
  });
});

const gdeltRow = fc.record({
  actor1: fc.constantFrom('USAGOV', 'RUSGOV', 'IGOUNO', 'FRA', ''),
  actor2: fc.constantFrom('USAGOV', 'RUSGOV', 'CHL', ''),
  code: fc.constantFrom(...CAMEO),
  day: fc.constantFrom('20240305', '20240306', '20240230', '2024030', ''),
  mirrored: fc.boolean(),
  truncated: fc.boolean(),
  blankAfter: fc.constantFrom('', '', '', ' ', '\t'),
});

describe('GDELT import, on generated exports', () => {
  it('loses no line, keeps every id exactly once, and writes a file the loader accepts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(gdeltRow, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), async (rows, newline) => {
        const lines: string[] = [];
        /** The line each id is written on (1-based), blank lines counted. */
        const lineOf = new Map<string, number>();
        let next = 1;
        const write = (cells: string[]) => {
          lines.push(cells.join('\t'));
          lineOf.set(cells[0]!, lines.length);
        };
        for (const row of rows) {
          const cells = (actor1: string, actor2: string) => {
            const line = new Array<string>(GDELT_COLUMNS.length).fill('');
            const put = (column: string, value: string) => { line[GDELT_COLUMNS.indexOf(column)] = value; };
            put('GlobalEventID', String(next++));
            put('Day', row.day);
            put('EventCode', row.code);
            put('Actor1Code', actor1);
            put('Actor2Code', actor2);
            put('SOURCEURL', `https://news.example.org/${next}`);
            return line;
          };
          const line = cells(row.actor1, row.actor2);
          write(row.truncated ? line.slice(0, 30) : line);
          if (row.mirrored && row.actor2) write(cells(row.actor2, row.actor1));
          if (row.blankAfter !== '') lines.push(row.blankAfter);
        }
        const result = gdeltToDataset(lines.join(newline), 'generated.export.CSV');
        const places = placesOfIds(result, 'gdelt');
        const problemLines = new Set(result.problems.filter((problem) => /not imported/.test(problem.message) || problem.rule === 'no-events').map((problem) => problem.line));
        for (const [id, line] of lineOf) {
          // Kept once, or reported on its own line — never both, never neither.
          expect((places.get(id) ?? 0) + (problemLines.has(line) ? 1 : 0), `line ${line}`).toBe(1);
        }
        if (result.file) {
          const validated = await validateConversion(result, { file: 'generated.json' }, { asText: false });
          expect(validated.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
