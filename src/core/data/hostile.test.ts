// Hostile and broken input at the loader: each gets a positioned problem in bounded work,
// never an exception or a stack overflow.
import { describe, expect, it } from 'vitest';
import { loadDataset } from './index';
import { MAX_DATA_BYTES, MAX_KEY_LENGTH, MAX_NESTING_DEPTH, MAX_TEXT_LENGTH } from './limits';
import { checkTextLengths, mayHoldLongText, scanStringLengths } from './longText';
import { findExcessiveNesting } from './nesting';

const EMPTY_FILE = { version: 1, title: 'T', sources: [], countries: [], actors: [], topics: [], events: [] };
const DEEP = 100_000;

describe('deeply nested input', () => {
  it('an array nested 100,000 levels is named as an array, not a crash', async () => {
    const result = await loadDataset('['.repeat(DEEP) + ']'.repeat(DEEP), { file: 'deep.json' });
    expect(result.dataset).toBeUndefined();
    expect(result.problems.map((problem) => [problem.rule, problem.line, problem.column])).toEqual([['not-an-object', 1, 1]]);
  });

  it('a field nested 100,000 levels deep is reported where the depth begins', async () => {
    const text = JSON.stringify(EMPTY_FILE).replace('"title":"T"', `"title":${'['.repeat(DEEP)}${']'.repeat(DEEP)}`);
    const result = await loadDataset(text, { file: 'deep.json' });
    const [problem] = result.problems;
    expect(result.problems).toHaveLength(1);
    expect(problem).toMatchObject({ rule: 'too-deep', file: 'deep.json', line: 1 });
    // The file's own { is level 1, so the title's 64th bracket is the first one too deep.
    expect(problem!.column).toBe(text.indexOf('[') + MAX_NESTING_DEPTH);
    expect(problem!.message).toContain('100,001 levels');
  });

  it('unclosed deep nesting is reported as too deep where it starts going too deep', async () => {
    const result = await loadDataset(`{\n "title": ${'['.repeat(DEEP)}`, { file: 'deep.json' });
    expect(result.problems.map((problem) => [problem.rule, problem.line])).toEqual([['too-deep', 2]]);
  });

  it('brackets inside strings do not count as nesting', () => {
    const text = JSON.stringify({ title: '['.repeat(1000), note: 'a \\" [[[' });
    expect(findExcessiveNesting(text, 2)).toBeUndefined();
    expect(findExcessiveNesting('[[[', 2)).toEqual({ position: { line: 1, column: 3 }, depth: 3 });
  });
});

describe('very large input', () => {
  it('a 10 MB title is refused where it is, with its length, quickly', async () => {
    const title = `<img src=x onerror=alert(1)>${'A'.repeat(10 * 1024 * 1024)}`;
    const result = await loadDataset(JSON.stringify({ ...EMPTY_FILE, title }, null, 1), { file: 'long.json' });
    expect(result.dataset).toBeUndefined();
    expect(result.problems.map((problem) => [problem.rule, problem.line, problem.column, problem.path])).toEqual([['text-too-long', 3, 11, 'title']]);
    expect(result.problems[0]!.message).toContain(`is ${title.length.toLocaleString('en')} characters long (it starts "<img src=x onerror=alert(1)>AAAA`);
  });

  it('a text of exactly the limit is fine, one more character is not', async () => {
    const atLimit = await loadDataset(JSON.stringify({ ...EMPTY_FILE, description: 'd'.repeat(MAX_TEXT_LENGTH) }), { file: 'f.json' });
    expect(atLimit.problems).toEqual([]);
    const over = await loadDataset(JSON.stringify({ ...EMPTY_FILE, description: 'd'.repeat(MAX_TEXT_LENGTH + 1) }), { file: 'f.json' });
    expect(over.problems.map((problem) => problem.path)).toEqual(['description']);
  });

  it('a converted file (a parsed value, no text) is walked: over-long texts and keys found at any depth, none in a clean one', () => {
    const clean = { events: [{ id: 'e', actors: ['a', 'b'], codes: { cameo: '036' }, quotes: [{ text: 'q'.repeat(MAX_TEXT_LENGTH) }] }] };
    expect(checkTextLengths(clean, undefined)).toEqual([]);
    const long = { events: [clean.events[0], { id: 'f', actors: ['a', 'x'.repeat(MAX_TEXT_LENGTH + 1)], codes: { ['k'.repeat(MAX_KEY_LENGTH + 1)]: '1' } }] };
    expect(checkTextLengths(long, undefined).map((draft) => [draft.rule, draft.path.join('/')]).sort()).toEqual([
      ['key-too-long', `events/1/codes/${'k'.repeat(MAX_KEY_LENGTH + 1)}`],
      ['text-too-long', 'events/1/actors/1'],
    ]);
  });

  it('long texts made of escaped quotes, and long code schemes, are found too', async () => {
    const quotes = '"'.repeat(MAX_TEXT_LENGTH + 1);
    const text = JSON.stringify({ ...EMPTY_FILE, events: [{ id: 'e', title: quotes, codes: { ['k'.repeat(MAX_TEXT_LENGTH + 1)]: '1' } }] });
    expect(mayHoldLongText(text)).toBe(true);
    const problems = (await loadDataset(text, { file: 'f.json' })).problems;
    expect(problems.filter((problem) => problem.rule === 'text-too-long').map((problem) => problem.path)).toEqual(['events[0].title']);
    expect(problems.filter((problem) => problem.rule === 'key-too-long').map((problem) => problem.path)).toEqual([`events[0].codes["${'k'.repeat(80)}…"]`]);
  });


  it('every field name is limited, and a file of long ones gets short problems', async () => {
    // The report's case, scaled down: megabyte-long unknown field names at every level.
    const long = (tag: string) => `${tag}${'k'.repeat(2_000_000)}`;
    const file = {
      ...EMPTY_FILE,
      [long('a')]: 1,
      actors: [{ id: 'x', name: 'X', [long('b')]: { [long('c')]: 'nested' } }],
      events: [{ id: 'e', type: 'statement', date: long('d'), actors: ['x'], title: 't', [long('e')]: 'x', codes: { [long('f')]: '1' } }],
    };
    const text = JSON.stringify(file, null, 2);
    expect(scanStringLengths(text).mayHoldLongKey).toBe(true);
    const { problems } = await loadDataset(text, { file: 'keys.json' });
    const tooLong = problems.filter((problem) => problem.rule === 'key-too-long');
    expect(tooLong.map((problem) => problem.path.slice(0, 17)).sort()).toEqual(['["akkkkkkkkkkkkkk', 'actors[0]["bkkkkk', 'actors[0]["bkkkkk', 'events[0].codes["', 'events[0]["ekkkkk']);
    expect(tooLong[0]!.message).toContain(`may be at most ${MAX_KEY_LENGTH} characters`);
    // Every problem is bounded: paths and quoted values end in "…", whatever the data holds.
    for (const problem of problems) {
      expect(problem.path.length, problem.rule).toBeLessThan(200);
      expect(problem.message.length, problem.rule).toBeLessThan(1000);
    }
  });

  it('a key at the key limit is fine, one character more is not', async () => {
    const at = await loadDataset(JSON.stringify({ ...EMPTY_FILE, events: [{ id: 'e', type: 'statement', date: '2020', actors: [], title: 't', codes: { ['c'.repeat(MAX_KEY_LENGTH)]: '1' } }] }), { file: 'f.json' });
    expect(at.problems.filter((problem) => problem.rule === 'key-too-long')).toEqual([]);
    const over = await loadDataset(JSON.stringify({ ...EMPTY_FILE, events: [{ id: 'e', type: 'statement', date: '2020', actors: [], title: 't', codes: { ['c'.repeat(MAX_KEY_LENGTH + 1)]: '1' } }] }), { file: 'f.json' });
    expect(over.problems.filter((problem) => problem.rule === 'key-too-long')).toHaveLength(1);
  });

  it('long values that are not keys do not make the quick scan look for keys', () => {
    const text = JSON.stringify({ ...EMPTY_FILE, description: 'd'.repeat(MAX_KEY_LENGTH * 5) }, null, 2);
    expect(scanStringLengths(text)).toEqual({ mayHoldLongText: false, mayHoldLongKey: false });
  });

  it('a large file of short texts is passed by the quick scan', () => {
    const text = JSON.stringify({ ...EMPTY_FILE, events: Array.from({ length: 5000 }, (_, index) => ({ id: `e${index}`, title: 'A short title' })) });
    expect(text.length).toBeGreaterThan(MAX_TEXT_LENGTH * 10);
    expect(mayHoldLongText(text)).toBe(false);
  });

  it('a file over the size limit is refused before parsing, with its size and the limit', async () => {
    // Not JSON at all: a refusal that parsed first would say "not valid JSON" instead.
    const result = await loadDataset('x'.repeat(MAX_DATA_BYTES + 1), { file: 'huge.json' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ rule: 'file-too-large', file: 'huge.json', line: 1, column: 1 });
    expect(result.problems[0]!.message).toContain('over the 100 MB Stanceline reads');
  });
});

describe('files that are something else', () => {
  it('an HTML page is named as a web page, at its first character', async () => {
    const result = await loadDataset('\n  <!doctype html><title>Not found</title>', { file: 'page.json' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ rule: 'invalid-json', line: 2, column: 3 });
    expect(result.problems[0]!.message).toContain('web page (HTML');
  });

  it('a TimelineJS3 file names the command that converts it', async () => {
    const text = JSON.stringify({ events: [{ start_date: { year: 2020 }, text: { headline: 'x' } }] });
    const result = await loadDataset(text, { file: 'timeline.json' });
    expect(result.problems[0]!.message).toContain('npm run convert -- timeline.json --out');
  });

  it('a UTF-8 byte-order mark is skipped', async () => {
    const result = await loadDataset(`\uFEFF${JSON.stringify(EMPTY_FILE)}`, { file: 'bom.json' });
    expect(result.problems).toEqual([]);
    expect(result.dataset).toBeDefined();
  });
});
