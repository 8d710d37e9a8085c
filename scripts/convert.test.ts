import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/core/data/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = 'tests/fixtures/convert';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function convert(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile('npx', ['tsx', 'scripts/convert.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const scratch = () => mkdtempSync(join(tmpdir(), 'stanceline-convert-'));

describe('npm run convert', { timeout: 120_000 }, () => {
  it('turns an events and a positions sheet into a file the loader accepts, and prints what it derived', async () => {
    const out = join(scratch(), 'out.json');
    const run = await convert(`${FIXTURES}/sheets/events.csv`, `${FIXTURES}/sheets/positions.csv`, '--title', 'Two sheets', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('note: No actors sheet: derived 2 actors from the ids used, each named by its id');
    expect(run.stdout).toMatch(/^tests\/fixtures\/convert\/sheets\/events\.csv:2:1 {2}warning {2}id {2}Event "macron-call" cites no source/m);
    expect(run.stdout).toContain(`wrote ${out}: 2 events, 2 actors, 1 topic, 0 sources (2 warnings)`);
    const text = readFileSync(out, 'utf8');
    const loaded = await loadDataset(text, { file: out });
    expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(JSON.parse(text)).toMatchObject({ title: 'Two sheets', events: [{ id: 'macron-call', codes: { cameo: '040' }, positions: [{ stance: 'support' }] }, { summary: 'He said "no".' }] });
    expect(JSON.parse(text).$schema).toMatch(/data\/schema\/stanceline\.schema\.json$/);
  });

  it('writes the seed dataset as CSV sheets and reads them back into the same file', async () => {
    const dir = scratch();
    const toSheets = await convert('tests/fixtures/valid/ap-brussels/events.json', '--out', `${dir}/sheets/`);
    expect(toSheets.code).toBe(0);
    expect(readdirSync(join(dir, 'sheets')).sort()).toEqual(
      ['actors', 'annotations', 'countries', 'dataset', 'events', 'periods', 'positions', 'quotes', 'sources', 'stories', 'topics', 'types'].map((name) => `${name}.csv`),
    );
    const sheets = readdirSync(join(dir, 'sheets')).map((name) => join(dir, 'sheets', name));
    // The source's local text copy sits beside the output, as it sits beside data/events.json.
    mkdirSync(join(dir, 'sources'));
    copyFileSync(join(ROOT, 'tests/fixtures/valid/ap-brussels/sources/ap-brussels.txt'), join(dir, 'sources/ap-brussels.txt'));
    const back = join(dir, 'back.json');
    const fromSheets = await convert(...sheets, '--out', back);
    expect(fromSheets.stdout).not.toMatch(/ {2}(error|warning) {2}/);
    expect(fromSheets.code).toBe(0);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/valid/ap-brussels/events.json'), 'utf8')));
  });

  it('imports a TimelineJS3 file and prints the report of what was not carried over', async () => {
    const out = join(scratch(), 'tl.json');
    const run = await convert(`${FIXTURES}/timelinejs-groups.json`, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('note: 2 groups became actors named by the group, with no country: "Hello", "Goodbye".');
    expect(run.stdout).toContain(`${FIXTURES}/timelinejs-groups.json:41:44  warning  events[4].start_date.day  The start date gives a day but no month`);
    expect(JSON.parse(readFileSync(out, 'utf8')).events).toHaveLength(5);
  });

  it('refuses a cosmological TimelineJS3 file with exit code 1 and writes nothing', async () => {
    const out = join(scratch(), 'no.json');
    const run = await convert(`${FIXTURES}/timelinejs-cosmological.json`, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^tests\/fixtures\/convert\/timelinejs-cosmological\.json:2:12 {2}error {2}scale {2}This timeline uses TimelineJS's cosmological scale/);
    expect(existsSync(out)).toBe(false);
  });

  it('points a loader error at the CSV cell, exits 1 and writes nothing', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'my events.csv'), 'id,type,date,actors,title\ne1,statement,2025-02-30,a,One\n');
    writeFileSync(join(dir, 'positions.csv'), 'event,actor,topic,stance\ne1,a,t,for\n');
    const out = join(dir, 'out.json');
    const run = await convert(`--sheet`, `events=${join(dir, 'my events.csv')}`, join(dir, 'positions.csv'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${join(dir, 'my events.csv')}:2:3  error  date  "2025-02-30" is not a valid date`);
    expect(run.stdout).toMatch(new RegExp(`${join(dir, 'positions.csv').replace(/[.]/g, '\\.')}:2:4 {2}error {2}stance`));
    expect(existsSync(out)).toBe(false);
  });

  it('says how to name a sheet it cannot recognise, with exit code 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'stuff.csv'), 'id,type\n');
    const run = await convert(join(dir, 'stuff.csv'), '--out', join(dir, 'x.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot tell which sheet this is from its name');
  });
  it('converts an ICEWS, a GDELT, an ACLED, a POLECAT and a PLOVER export, recognised by content, into files npm run validate passes', async () => {
    const dir = scratch();
    const inputs = ['icews-events.tab', 'gdelt-events.export.CSV', 'acled-events.csv', 'polecat-events.txt', 'plover-events.jsonl', 'plover-events.json'];
    const outputs: string[] = [];
    for (const input of inputs) {
      const out = join(dir, `${input.replace(/\W+/g, '-')}.json`);
      const run = await convert(`tests/fixtures/eventdata/${input}`, '--out', out);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^note: Read \d+ (ICEWS|GDELT|ACLED|POLECAT|PLOVER) records?: /m);
      expect(run.stdout).toMatch(/^wrote /m);
      outputs.push(out);
    }
    const validated = await new Promise<Run>((done) => {
      execFile('npx', ['tsx', 'scripts/validate.ts', ...outputs], { cwd: ROOT }, (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }));
    });
    expect(validated.code, validated.stdout).toBe(0);
    expect(validated.stdout).not.toMatch(/\berror\b {2}/);
  });
  it('reads a table of its own through a saved column mapping, and refuses a file that is no mapping', async () => {
    const dir = scratch();
    const out = join(dir, 'log.json');
    const run = await convert('--mapping', 'tests/fixtures/mapping/diplomacy-log.mapping.json', 'tests/fixtures/mapping/diplomacy-log.csv', '--out', out);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('note: Read 4 CSV records: 4 events.');
    expect(run.stdout).toContain(`wrote ${out}: 4 events, 3 actors, 0 topics, 4 sources (0 warnings)`);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { events: { codes: Record<string, string> }[] };
    expect(written.events.map((event) => event.codes.row)).toEqual(['2', '3', '4', '5']);
    const refused = await convert('--mapping', 'tests/fixtures/mapping/diplomacy-log.csv', 'tests/fixtures/mapping/diplomacy-log.csv', '--out', join(dir, 'no.json'));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^tests\/fixtures\/mapping\/diplomacy-log\.csv:1:1 {2}error {2}\(file\) {2}The mapping is not valid JSON/m);
    expect(existsSync(join(dir, 'no.json'))).toBe(false);
  });

  it('writes a JSON file\'s events as Parquet and reads them back, told by the magic bytes whatever the name', async () => {
    const dir = scratch();
    const parquet = join(dir, 'events.parquet');
    const toParquet = await convert('data/events.json', '--out', parquet);
    expect(toParquet.code).toBe(0);
    expect(toParquet.stdout).toContain('not carried: only the events sheet is written to Parquet');
    expect(toParquet.stdout).toMatch(new RegExp(`wrote ${parquet}: \\d+ events as Parquet`));
    expect(readFileSync(parquet).subarray(0, 4).toString('latin1')).toBe('PAR1');
    // Renamed: recognised by content, not by its name.
    const renamed = join(dir, 'events.bin');
    copyFileSync(parquet, renamed);
    const out = join(dir, 'back.json');
    const back = await convert(renamed, '--title', 'Back', '--out', out);
    expect(back.code).toBe(0);
    const original = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; title: string }[] };
    const read = JSON.parse(readFileSync(out, 'utf8')) as { title: string; events: { id: string; title: string }[] };
    expect(read.title).toBe('Back');
    expect(read.events.map((event) => [event.id, event.title])).toEqual(original.events.map((event) => [event.id, event.title]));
  });
});
