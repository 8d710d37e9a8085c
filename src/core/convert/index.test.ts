import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHEET_NAMES, csvToDataset, detectFormat, importText, validateConversion } from './index';
import type { SheetInputs } from './index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

describe('detectFormat', () => {
  it('tells Stanceline JSON, TimelineJS3 JSON, TimelineJS3 CSV and Stanceline CSV sheets apart', () => {
    expect(detectFormat(read('tests/fixtures/valid/ap-brussels/events.json'), 'events.json')).toBe('stanceline');
    expect(detectFormat(read('tests/fixtures/convert/timelinejs-eras.json'), 'eras.json')).toBe('timelinejs-json');
    expect(detectFormat(read('tests/fixtures/convert/timelinejs-cosmological.json'), 'c.json')).toBe('timelinejs-json');
    expect(detectFormat(read('tests/fixtures/convert/timelinejs-template.csv'), 'sheet.csv')).toBe('timelinejs-csv');
    expect(detectFormat(read('data/templates/events.csv'), 'events.csv')).toBe('stanceline-csv');
    expect(detectFormat(read('data/templates/positions.csv'), 'export (3).csv')).toBe('stanceline-csv');
  });

  it('recognises TimelineJS3 by its events\' shape when the top level has only "events" (as in TimelineJS3\'s science.json)', () => {
    expect(detectFormat(read('tests/fixtures/convert/timelinejs-events-only.json'), 'timeline.json')).toBe('timelinejs-json');
    // Events with nothing but a text headline, or an older "date" object, are TimelineJS's too.
    expect(detectFormat('{"events":[{"text":{"headline":"A"}}]}', 'a.json')).toBe('timelinejs-json');
    expect(detectFormat('{"events":[{"date":{"year":"-541000000"}}]}', 'a.json')).toBe('timelinejs-json');
    // A Stanceline event has a string date: still Stanceline, even without "version".
    expect(detectFormat('{"events":[{"id":"a","date":"2025-02-12","title":"A"}]}', 'a.json')).toBe('stanceline');
  });

  it('sends broken JSON to the Stanceline loader (which says where it breaks) and calls anything else unknown', () => {
    expect(detectFormat('{"version": 1,', 'data.json')).toBe('stanceline');
    expect(detectFormat('hello, world\n', 'notes.txt')).toBe('unknown');
    expect(detectFormat('\u0000\u0001', 'picture.png')).toBe('unknown');
  });
});

describe('importText, the open-file entry point', () => {
  it('loads a Stanceline file as it is', async () => {
    const result = await importText(read('tests/fixtures/valid/ap-brussels/events.json'), 'events.json');
    expect(result.format).toBe('stanceline');
    expect(result.dataset?.events).toHaveLength(14);
  });

  it('accepts a single events sheet, deriving actors, and points problems at its cells', async () => {
    const ok = await importText(read('data/templates/events.csv'), 'events.csv');
    expect(ok.format).toBe('stanceline-csv');
    expect(ok.dataset?.actors.map((actor) => actor.id)).toEqual(['hegseth', 'rutte', 'trump', 'putin']);
    expect(ok.report.join('\n')).toMatch(/No actors sheet: derived 4 actors/);
    const broken = await importText('id,type,date,actors,title\r\na,statment,2025,x,A\r\n', 'my-events.csv');
    expect(broken.dataset).toBeUndefined();
    expect(broken.problems.filter((problem) => problem.severity === 'error')).toEqual([expect.objectContaining({ file: 'my-events.csv', line: 2, column: 2, path: 'type' })]);
  });

  it('refuses a sheet that cannot stand alone, saying which sheet it is', async () => {
    const result = await importText(read('data/templates/positions.csv'), 'positions.csv');
    expect(result.problems[0]?.message).toMatch(/^positions\.csv is the positions sheet .* cannot stand alone/);
  });

  it('imports TimelineJS3 JSON and CSV, and refuses an unknown file with a sentence', async () => {
    const json = await importText(read('tests/fixtures/convert/timelinejs-groups.json'), 'groups.json');
    expect(json.format).toBe('timelinejs-json');
    expect(json.dataset?.events).toHaveLength(5);
    expect(JSON.parse(json.text!).events[0].id).toBe('easy-timeline-2');
    const csv = await importText('Year,Headline,Group\n-44,Ides of March,Rome\n', 'tl.csv');
    expect(csv.dataset?.events[0]?.record).toMatchObject({ date: '-0043', actors: ['rome'] });
    const unknown = await importText('just some text', 'notes.txt');
    expect(unknown.problems[0]?.rule).toBe('unknown-format');
    // The message names every format the file was tried as.
    for (const format of ['Stanceline JSON', 'TimelineJS3 JSON', 'TimelineJS3 spreadsheet CSV', 'Stanceline CSV sheet']) {
      expect(unknown.problems[0]?.message).toContain(format);
    }
    expect(unknown.problems[0]?.message).toMatch(/^notes\.txt is not a file Stanceline can read\. It was tried as /);
  });

  it('imports a TimelineJS3 file whose top level has only "events", dated with "date" or "start_date"', async () => {
    const result = await importText(read('tests/fixtures/convert/timelinejs-events-only.json'), 'timeline.json');
    expect(result.format).toBe('timelinejs-json');
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.dataset?.events.map((event) => event.record.date)).toEqual(['-0043-03-15', '1815-06-18', '1969-07']);
    expect(result.report.join('\n')).toContain('2 events gave their start as "date", the older TimelineJS name for "start_date", and were read the same way.');
    expect(result.report.join('\n')).toContain('Event field "type" is not carried');
  });

  it('says a TimelineJS3 file with years beyond Stanceline\'s range is TimelineJS3, naming the year, not schema errors', async () => {
    const result = await importText('{"events":[{"date":{"year":"-541000000"},"text":{"headline":"Cambrian"}}]}', 'science.json');
    expect(result.format).toBe('timelinejs-json');
    expect(result.problems[0]?.message).toContain('The year -541000000 is beyond what Stanceline draws');
  });
});

describe('the CSV templates in data/templates', () => {
  it('hold every sheet of the layout, with the documented header row and example rows that load without any problem', async () => {
    const names = readdirSync(resolve(ROOT, 'data/templates')).sort();
    expect(names).toEqual([...SHEET_NAMES].map((name) => `${name}.csv`).sort());
    const sheets: SheetInputs = {};
    for (const name of SHEET_NAMES) sheets[name] = { name: `${name}.csv`, text: read(`data/templates/${name}.csv`) };
    const result = csvToDataset(sheets);
    expect(result.report).toEqual([]);
    const validated = await validateConversion(result, { file: 'templates.json' });
    expect(validated.problems).toEqual([]);
    expect(validated.dataset?.events.length).toBeGreaterThan(0);
  });
});
