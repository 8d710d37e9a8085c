// The four event-data importers on their fixtures (invented rows in each codebook's layout),
// through importText, the entry point the app and `npm run convert` share.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DatasetFile, EventRecord, Problem } from '../model/types';
import { csvLosses, csvToDataset, datasetToCsv, detectFormat, importText, SHEET_NAMES } from './index';
import type { SheetInputs } from './index';
import { hostOf, readDay, webUrl } from './eventRows';
import { acledDate } from './acled';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures/eventdata', name), 'utf8');

async function imported(name: string) {
  const result = await importText(fixture(name), name, { asText: true });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(errors).toEqual([]);
  expect(result.dataset).toBeDefined();
  const file = JSON.parse(result.text!) as DatasetFile;
  const event = (id: string): EventRecord => {
    const found = file.events.find((candidate) => Object.entries(candidate.codes ?? {}).some(([key, value]) => /^(icews|gdelt|acled|plover-id)(-mirror)?$/.test(key) && value === id));
    if (!found) throw new Error(`no event keeps ${id}`);
    return found;
  };
  const actorName = (id: string) => file.actors.find((actor) => actor.id === id)?.name;
  const countryOf = (actorId: string) => file.countries.find((country) => country.id === file.actors.find((actor) => actor.id === actorId)?.country);
  const at = (problem: Problem) => `${problem.line}:${problem.column} ${problem.path} ${problem.rule}`;
  return { result, file, event, actorName, countryOf, problems: result.problems.map(at), report: result.report.join('\n') };
}

describe('recognising event data by content', () => {
  it('tells the four formats apart whatever the files are called, and leaves the other formats alone', () => {
    expect(detectFormat(fixture('icews-events.tab'), 'download.txt')).toBe('icews');
    expect(detectFormat(fixture('gdelt-events.export.CSV'), 'x.csv')).toBe('gdelt');
    expect(detectFormat(fixture('acled-events.csv'), 'events.csv')).toBe('acled');
    expect(detectFormat(fixture('plover-events.jsonl'), 'p.json')).toBe('plover');
    expect(detectFormat(fixture('plover-events.json'), 'p.json')).toBe('plover');
    expect(detectFormat(readFileSync(resolve(ROOT, 'data/events.json'), 'utf8'), 'events.json')).toBe('stanceline');
    expect(detectFormat('{"version":1,"title":"x","sources":[],"countries":[],"actors":[],"topics":[],"events":[]}', 'min.json')).toBe('stanceline');
  });

  it('says which formats were tried when a file is none of them', async () => {
    // A table of no known layout is offered for a column mapping; other text is refused. Both say what was tried.
    const table = await importText('a\tb\tc\n1\t2\t3\n', 'table.tsv');
    expect(table.problems[0]).toMatchObject({ rule: 'needs-column-mapping', line: 1, column: 1 });
    const prose = await importText('Minutes of the meeting\nNobody came.\n', 'notes.txt');
    expect(prose.problems[0]).toMatchObject({ rule: 'unknown-format', line: 1, column: 1 });
    for (const result of [table, prose]) {
      for (const name of ['ICEWS', 'GDELT 2.0', 'ACLED', 'PLOVER/POLECAT', 'TimelineJS3']) expect(result.problems[0]!.message).toContain(name);
    }
  });
});

describe('ICEWS', () => {
  it('merges A→B and B→A on the same day with the same code into one call, and a visit made (042) and hosted (043) into one meeting, listing each merge', async () => {
    const { event, file, report } = await imported('icews-events.tab');
    const call = event('9000002');
    expect(call).toBe(event('9000001'));
    expect(call).toMatchObject({ type: 'call', date: '2024-03-05', actors: ['foreign-affairs-norway', 'foreign-affairs-chile'] });
    expect(call.codes).toMatchObject({ icews: '9000001', 'icews-mirror': '9000002', cameo: '041' });
    const visit = event('9000003');
    expect(visit).toBe(event('9000004'));
    expect(visit).toMatchObject({ type: 'meeting', codes: { cameo: '042', 'cameo-mirror': '043' } });
    expect(report).toMatch(/Merged ICEWS 9000001 \(Foreign Affairs \(Norway\) → Foreign Affairs \(Chile\)\) and ICEWS 9000002 .* one call/);
    expect(report).toMatch(/Merged ICEWS 9000003 .* and ICEWS 9000004 .* one meeting/);
    expect(file.events).toHaveLength(7);
  });

  it('keeps ICEWS country names, sectors as roles, organisations as their own group, and the meaning of each code', async () => {
    const { event, countryOf, file } = await imported('icews-events.tab');
    expect(countryOf('foreign-affairs-norway')).toEqual({ id: 'norway', name: 'Norway' });
    expect(file.actors.find((actor) => actor.id === 'foreign-affairs-norway')?.role).toBe('Government,Executive');
    expect(countryOf('north-atlantic-treaty-organization')).toMatchObject({ kind: 'organization' });
    expect(event('9000005')).toMatchObject({ type: 'statement', actors: ['government-norway'], title: 'Government (Norway) → Citizen (Chile): Make statement' });
    expect(event('9000006')).toMatchObject({ type: 'consult', actors: ['north-atlantic-treaty-organization', 'government-norway'] });
    expect(event('9000007')).toMatchObject({ type: 'cameo-07', actors: ['military-chile', 'government-norway'] });
    expect(file.types?.find((type) => type.id === 'cameo-07')).toMatchObject({ label: 'Provide aid', kind: 'interaction' });
    expect(event('9000001').sources).toEqual(['icews', 'example-wire']);
    expect(event('9000001').location).toBe('Oslo, Oslo, Norway');
  });

  it('reports an unknown code as a type labelled with it, and a broken or truncated row by row and field', async () => {
    const { event, problems, report } = await imported('icews-events.tab');
    expect(event('9000009')).toMatchObject({ type: 'cameo-999' });
    expect(problems).toEqual(expect.arrayContaining([
      '10:7 CAMEO Code unknown-code',
      '11:2 Event Date bad-date',
      '12:6 Event Text short-row',
    ]));
    expect(report).toMatch(/2 records could not be read/);
    expect(report).toMatch(/Not carried: Intensity/);
  });
});

describe('GDELT 2.0 events', () => {
  it('reads the 61 columns: CAMEO actor codes to country names, known groups as organisations, the day, the source URL', async () => {
    const { event, countryOf, file, problems, report } = await imported('gdelt-events.export.CSV');
    const call = event('1100000001');
    expect(call).toBe(event('1100000002'));
    expect(call).toMatchObject({ type: 'call', date: '2024-03-05', codes: { gdelt: '1100000001', 'gdelt-mirror': '1100000002', cameo: '041', 'cameo-actor1': 'USAGOV' } });
    expect(call.actors.map((id) => countryOf(id)?.name)).toEqual(['United States', 'Russia']);
    expect(file.sources.filter((source) => call.sources?.includes(source.id)).map((source) => source.url)).toEqual([undefined, 'https://news.example.org/call-1', 'https://news.example.net/call-2']);
    expect(event('1100000003')).toMatchObject({ type: 'meeting' });
    expect(countryOf(event('1100000003').actors[0]!)).toEqual({ id: 'united-nations', name: 'United Nations', kind: 'organization' });
    expect(event('1100000004')).toMatchObject({ type: 'cameo-19' });
    expect(event('1100000005')).toMatchObject({ type: 'statement', actors: ['united-states'] });
    expect(event('1100000006')).toMatchObject({ type: 'cameo-999' });
    expect(problems).toEqual(expect.arrayContaining(['6:27 EventCode unknown-code', '7:2 Day bad-date', '8:31 GoldsteinScale wrong-column-count']));
    expect(report).toMatch(/Merged GDELT 1100000001 .* one call/);
    expect(report).toMatch(/Not carried: GoldsteinScale, AvgTone/);
  });
});

describe('ACLED', () => {
  it('reads each date form and keeps time_precision: a day, a week as an approximate day, a month', async () => {
    const { event } = await imported('acled-events.csv');
    expect(event('EXA1')).toMatchObject({ date: '2024-02-12' });
    expect(event('EXA2')).toMatchObject({ date: '2024-02-12~', dateNote: expect.stringMatching(/week/) });
    expect(event('EXA3')).toMatchObject({ date: '2024-02', dateNote: expect.stringMatching(/only the month/) });
  });

  it('groups actors under ACLED\'s country and organisations under themselves, with notes as the summary and publishers as sources', async () => {
    const { event, countryOf, file } = await imported('acled-events.csv');
    const battle = event('EXA1');
    expect(battle).toMatchObject({ type: 'acled-battles', title: 'Military Forces of Examplestan (2020-) and Northern Rebels: Armed clash' });
    expect(battle.summary).toBe('On 12 February 2024, the army and the Northern Rebels clashed near Town A, both sides said. Reported fatalities: 3.');
    expect(battle.sources).toEqual(['acled', 'example-daily', 'radio-example']);
    expect(countryOf(battle.actors[0]!)).toEqual({ id: 'examplestan', name: 'Examplestan' });
    expect(file.actors.find((actor) => actor.id === battle.actors[0])?.role).toBe('State forces');
    expect(countryOf(event('EXA3').actors[0]!)).toMatchObject({ name: 'UN', kind: 'organization' });
    expect(event('EXA2').actors).toEqual(['protesters-examplestan', 'teachers-union-examplestan']);
  });

  it('reports an unknown event type, an impossible date and an unknown precision by row and field', async () => {
    const { event, problems } = await imported('acled-events.csv');
    expect(event('EXA4')).toMatchObject({ type: 'acled-ceremonies' });
    expect(problems).toEqual(expect.arrayContaining(['5:6 event_type unknown-code', '6:2 event_date bad-date', '7:4 time_precision bad-precision']));
  });

  it('reads the date forms ACLED writes, day first', () => {
    expect(readDay('2025-02-12')).toBe('2025-02-12');
    expect(readDay('12 February 2025')).toBe('2025-02-12');
    expect(readDay('12-Feb-2025')).toBe('2025-02-12');
    expect(readDay('12/02/2025')).toBe('2025-02-12');
    expect(readDay('31/02/2025')).toBeUndefined();
    expect(readDay('12 Brumaire 2025')).toBeUndefined();
    expect(acledDate('2025-02-12', '3')).toMatchObject({ date: '2025-02' });
    expect(acledDate('2025-02-12', '4')).toHaveProperty('error');
  });
});

describe('PLOVER / POLECAT', () => {
  for (const name of ['plover-events.jsonl', 'plover-events.json']) {
    it(`maps CONSULT by mode, keeps a multilateral meeting with every party and its span, and the rest by their meaning (${name})`, async () => {
      const { event, countryOf } = await imported(name);
      expect(event('plv-0001')).toMatchObject({ type: 'call', codes: { 'plover-id': 'plv-0001', plover: 'CONSULT', 'plover-mode': 'phone' } });
      const talks = event('plv-0002');
      expect(talks).toMatchObject({ type: 'meeting', date: '2024-03-10', end: '2024-03-12', location: 'Geneva', tags: ['diplomacy'] });
      expect(talks.actors.map((id) => countryOf(id)?.name)).toEqual(['Norway', 'Chile', 'United Nations']);
      expect(event('plv-0003')).toMatchObject({ type: 'statement', date: '2024-03-11T09:30Z', actors: ['minister-of-trade'], summary: "Norway's trade minister demanded talks on tariffs." });
      expect(event('plv-0004')).toMatchObject({ type: 'plover-assault' });
      expect(event('plv-0005')).toMatchObject({ type: 'plover-celebrate' });
      expect(event('plv-0006')).toMatchObject({ type: 'consult', actors: ['nor', 'chl'] });
    });
  }

  it('reports a line that is not JSON and a record without a date, and reads the rest', async () => {
    const { problems, file } = await imported('plover-events.jsonl');
    expect(problems).toEqual(expect.arrayContaining(['7:1  invalid-record', '8:1 date bad-date', '5:1 event unknown-code']));
    expect(file.events).toHaveLength(6);
  });
});

describe('source addresses', () => {
  it('keeps only http(s) addresses without spaces, and names a source by its host', () => {
    expect(webUrl(' https://news.example.org/a?b=1 ')).toBe('https://news.example.org/a?b=1');
    for (const bad of ['javascript:alert(1)', 'ftp://example.org/x', 'https://exa mple.org', 'news.example.org/a', '']) expect(webUrl(bad), bad).toBeUndefined();
    expect(hostOf('https://www.Example.org:8080/a#b')).toBe('example.org');
    expect(hostOf('http://user@news.example.net/x')).toBe('news.example.net');
  });
});

describe('declared types in the CSV sheets', () => {
  it('writes a converted export as sheets, types sheet included, and reads it back unchanged', async () => {
    const { file } = await imported('icews-events.tab');
    expect(csvLosses(file)).toEqual([]);
    const sheets = datasetToCsv(file);
    expect(sheets.types.split('\r\n')[0]).toBe('id,label,kind,description');
    const inputs: SheetInputs = {};
    for (const name of SHEET_NAMES) inputs[name] = { name: `${name}.csv`, text: sheets[name] };
    const back = csvToDataset(inputs);
    expect(back.problems).toEqual([]);
    expect(back.file).toEqual(file);
  });
});

describe('an export handed to the loader as records', () => {
  const FIXTURES = ['icews-events.tab', 'gdelt-events.export.CSV', 'acled-events.csv', 'plover-events.jsonl', 'plover-events.json', 'polecat-events.txt'];
  it.each(FIXTURES)('%s opens as it does when its conversion is written out as JSON and read back', async (name) => {
    const asRecords = await importText(fixture(name), name);
    const asText = await importText(fixture(name), name, { asText: true });
    expect(asRecords.text).toBeUndefined();
    expect(asText.text).toBeDefined();
    expect(asRecords.dataset).toBeDefined();
    // The same model, built from the records the importer made rather than from their JSON.
    expect(asRecords.dataset).toEqual(asText.dataset);
    expect(asRecords.report).toEqual(asText.report);
    // The same problems; each one the input explains at the same row and column.
    expect(asRecords.problems.map(({ rule, severity, message }) => ({ rule, severity, message }))).toEqual(asText.problems.map(({ rule, severity, message }) => ({ rule, severity, message })));
    asRecords.problems.forEach((problem, index) => {
      if (problem.file === name) expect([problem.line, problem.column], problem.message).toEqual([asText.problems[index]!.line, asText.problems[index]!.column]);
    });
  });
});
