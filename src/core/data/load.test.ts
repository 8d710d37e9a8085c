import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './index';
import type { LoadOptions } from './index';
import type { LoadResult, Problem } from '../model/types';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');

function readerFor(folder: string): NonNullable<LoadOptions['readSourceText']> {
  return async (relativePath) => {
    try {
      return await readFile(join(folder, relativePath), 'utf8');
    } catch {
      return undefined;
    }
  };
}

async function loadFixture(name: string): Promise<LoadResult> {
  const path = join(FIXTURES, `${name}.json`);
  const text = await readFile(path, 'utf8');
  return loadDataset(text, { file: `${name}.json`, readSourceText: readerFor(dirname(path)) });
}

function summary(problem: Problem): [string, string, number, number, string] {
  return [problem.rule, problem.severity, problem.line, problem.column, problem.path];
}

// One fixture per rule: each is the valid fixture with one mistake a person might make.
// [fixture, rule, severity, line, column, path, words the message must contain]
const CASES: [string, string, 'error' | 'warning', number, number, string, string][] = [
  ['broken/invalid-json-trailing-comma', 'invalid-json', 'error', 26, 71, '', 'Remove this comma'],
  ['broken/invalid-json-missing-comma', 'invalid-json', 'error', 11, 7, '', 'comma is missing'],
  ['broken/empty', 'empty-file', 'error', 0, 0, '', 'The file is empty'],
  ['broken/whitespace-only', 'empty-file', 'error', 0, 0, '', 'The file is empty'],
  ['broken/not-an-object', 'not-an-object', 'error', 1, 1, '', 'expected an object with version, title, sources, countries, actors, topics, events'],
  ['broken/timelinejs3', 'timelinejs3-file', 'error', 1, 1, '', 'TimelineJS3'],
  ['broken/missing-field', 'missing-field', 'error', 86, 5, 'events[2]', 'Event "earlier-call" has no "title"'],
  ['broken/unknown-type', 'unknown-value', 'error', 88, 15, 'events[2].type', '"phone-call"; use one of "statement", "call", "meeting"'],
  ['broken/unknown-status', 'unknown-value', 'error', 80, 17, 'events[1].status', '"cancelled"; use one of "occurred", "planned", "reported"'],
  ['broken/unknown-stance', 'unknown-value', 'error', 69, 67, 'events[0].positions[2].stance', 'Unknown stance "strong-support"; use one of "support", "lean-support"'],
  ['broken/unknown-field', 'unknown-field', 'error', 101, 7, 'events[3].locaton', 'did you mean "location"?'],
  ['broken/invalid-date-format', 'invalid-date', 'error', 99, 15, 'events[3].date', '"05/03/2024 14:30" is not a valid date'],
  ['broken/invalid-date-nonexistent', 'invalid-date', 'error', 89, 15, 'events[2].date', 'February 2024 has 29 days'],
  ['broken/invalid-date-month', 'invalid-date', 'error', 20, 20, 'sources[1].published', 'month 13 does not exist'],
  ['broken/end-before-date', 'end-before-date', 'error', 79, 14, 'events[1].end', 'The end "2025-02~" comes before the date "2025-03~"'],
  ['broken/duplicate-id', 'duplicate-id', 'error', 97, 13, 'events[3].id', 'first defined at line 49'],
  ['broken/unresolved-reference', 'unresolved-reference', 'error', 68, 37, 'events[0].positions[1].topic', 'did you mean "joint-licence"?'],
  ['broken/url-not-http', 'url-not-http', 'error', 12, 14, 'sources[0].url', '"javascript:alert(1)" is not a web address'],
  ['broken/wrong-type', 'wrong-type', 'error', 100, 17, 'events[3].actors', 'Write ["quill"]'],
  ['broken/invalid-id', 'invalid-id', 'error', 97, 13, 'events[3].id', '"quill statement" is not a valid id'],
  ['broken/unsupported-version', 'unsupported-version', 'error', 3, 14, 'version', 'version 2'],
  ['broken/event-without-source', 'event-without-source', 'warning', 96, 5, 'events[3]', '"quill-statement" cites no source'],
  ['broken/too-few-participants', 'too-few-participants', 'warning', 92, 17, 'events[2].actors', 'This call has one actor'],
  ['broken/invalid-language-tag', 'invalid-language-tag', 'warning', 6, 15, 'language', '"language" is "english_uk", which is not a BCP 47 language tag'],
  ['broken/position-actor-not-in-event', 'position-actor-not-in-event', 'warning', 107, 20, 'events[3].positions[0].actor', '"renn", who is not among'],
  ['broken/quote-actor-not-in-event', 'quote-actor-not-in-event', 'warning', 104, 20, 'events[3].quotes[0].actor', '"renn", who is not among'],
  ['broken/unused-actor', 'unused-actor', 'warning', 32, 13, 'actors[3].id', '"lind" is never used'],
  ['broken/unused-country', 'unused-country', 'warning', 27, 13, 'countries[3].id', '"CL" is never used'],
  ['broken/unused-topic', 'unused-topic', 'warning', 47, 13, 'topics[2].id', '"quota-war" is never used'],
  ['broken/unused-source', 'unused-source', 'warning', 23, 13, 'sources[2].id', '"ministry-release" is never used'],
  ['broken/quote-not-in-source', 'quote-not-in-source', 'warning', 104, 37, 'events[3].quotes[0].text', 'departs from the source at "wins"'],
  ['broken/source-text-unreadable', 'source-text-unreadable', 'warning', 14, 15, 'sources[0].text', 'could not be read'],
];

describe('loadDataset on the fixtures', () => {
  it('loads the valid fixture with no problems at all', async () => {
    const result = await loadFixture('valid/dataset');
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events).toHaveLength(4);
  });

  it.each(CASES)('reports %s as exactly one %s', async (name, rule, severity, line, column, path, words) => {
    const result = await loadFixture(name);
    expect(result.problems.map(summary)).toEqual([[rule, severity, line, column, path]]);
    expect(result.problems[0]?.message).toContain(words);
    expect(result.problems[0]?.file).toBe(`${name}.json`);
    // Errors refuse the file; warnings let it load.
    expect(result.dataset === undefined).toBe(severity === 'error');
  });

  it('has a broken fixture for every rule the table names, and no fixture without a case', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(join(FIXTURES, 'broken'))).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => `broken/${file.replace(/\.json$/, '')}`).sort()).toEqual(CASES.map((c) => c[0]).sort());
  });
});

describe('loadDataset builds the model', () => {
  it('sorts events by start, ties by file order, and numbers them', async () => {
    const { dataset } = await loadFixture('valid/dataset');
    expect(dataset?.events.map((event) => [event.id, event.index, event.fileIndex])).toEqual([
      ['earlier-call', 0, 2],
      ['harbour-meeting', 1, 0],
      ['quill-statement', 2, 3],
      ['council-summit', 3, 1],
    ]);
  });

  it('draws spans from the date to the end of the end, and defaults the status to occurred', async () => {
    const { dataset } = await loadFixture('valid/dataset');
    const summit = dataset?.eventById.get('council-summit');
    expect(summit?.start).toBe(Date.UTC(2025, 2, 1));
    expect(summit?.end).toBe(Date.UTC(2025, 4, 1));
    expect(summit?.until?.approximate).toBe(true);
    expect(summit?.status).toBe('planned');
    expect(dataset?.eventById.get('harbour-meeting')?.status).toBe('occurred');
    expect(dataset?.extent).toEqual([Date.UTC(2024, 1, 27), Date.UTC(2025, 4, 1)]);
  });

  it('derives countries from the actors and topics from the positions', async () => {
    const { dataset } = await loadFixture('valid/dataset');
    const summit = dataset?.eventById.get('council-summit');
    expect(summit?.countryIds).toEqual(['NC', 'AR', 'BM']);
    expect(dataset?.eventById.get('harbour-meeting')?.topicIds).toEqual(['joint-licence', 'southern-grounds']);
  });

  it('counts the events of each actor, country and topic', async () => {
    const { dataset } = await loadFixture('valid/dataset');
    expect(dataset?.eventCountByActor.get('quill')).toBe(4);
    expect(dataset?.eventCountByActor.get('council')).toBe(1);
    expect(dataset?.eventCountByCountry.get('BM')).toBe(3);
    expect(dataset?.eventCountByTopic.get('joint-licence')).toBe(2);
    expect(dataset?.eventCountByTopic.get('southern-grounds')).toBe(1);
  });

  it('counts an event once for an actor it names twice, and a listed actor no event names at 0', async () => {
    const file = JSON.parse(await readFile(join(FIXTURES, 'valid/dataset.json'), 'utf8')) as { actors: { id: string; name: string }[]; events: { actors: string[] }[] };
    file.events[0]!.actors.push(file.events[0]!.actors[0]!);
    file.actors.push({ id: 'idle', name: 'Named by no event' });
    const { dataset } = await loadDataset(JSON.stringify(file), { file: 'f.json' });
    expect(dataset?.eventCountByActor.get('quill')).toBe(4);
    expect(dataset?.eventCountByActor.get('idle')).toBe(0);
    expect(dataset?.actorById.get('renn')?.name).toBe('Bo Renn');
    expect(dataset?.sourceById.get('council-notice')?.publisher).toBe('Northern Council');
  });

  it('builds the event and source lookups on first read, and keeps them', async () => {
    const { dataset } = await loadFixture('valid/dataset');
    if (!dataset) throw new Error('the valid fixture did not load');
    // Not built yet: the loading worker posts the events without reading these.
    expect(Object.getOwnPropertyDescriptor(dataset, 'eventById')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(dataset, 'sourceById')?.get).toBeTypeOf('function');
    const events = dataset.eventById;
    expect([...events.keys()]).toEqual(dataset.events.map((event) => event.id));
    expect(dataset.eventById).toBe(events);
    expect(Object.getOwnPropertyDescriptor(dataset, 'eventById')?.value).toBe(events);
    expect([...dataset.sourceById.values()]).toEqual(dataset.sources);
    // Enumerable, so a copy or a comparison sees them as it saw the plain fields.
    expect(Object.keys({ ...dataset })).toEqual(expect.arrayContaining(['eventById', 'sourceById']));
  });
});

describe('loadDataset on awkward input', () => {
  it('strips a UTF-8 byte-order mark and loads with no problem', async () => {
    const text = await readFile(join(FIXTURES, 'valid/dataset.json'), 'utf8');
    const result = await loadDataset(`\uFEFF${text}`, { file: 'bom.json', readSourceText: readerFor(join(FIXTURES, 'valid')) });
    expect(result.problems).toEqual([]);
    expect(result.dataset).toBeDefined();
  });

  it('explains comments, single quotes and unquoted keys', async () => {
    const comment = await loadDataset('{\n  // note\n  "version": 1\n}', { file: 'f' });
    expect(comment.problems.map(summary)).toEqual([['invalid-json', 'error', 2, 3, '']]);
    expect(comment.problems[0]?.message).toContain('comments');
    const single = await loadDataset("{ 'version': 1 }", { file: 'f' });
    expect(single.problems[0]?.message).toContain('double quotes');
    const bare = await loadDataset('{\n  version: 1 }', { file: 'f' });
    expect(bare.problems[0]?.message).toContain('"version"');
    expect(bare.problems[0]?.line).toBe(2);
  });

  it('points at a raw line break inside a string', async () => {
    const result = await loadDataset('{\n  "title": "two\nlines"\n}', { file: 'f' });
    expect(result.problems.map(summary)).toEqual([['invalid-json', 'error', 2, 16, '']]);
  });

  it('says when the file ends too early', async () => {
    const result = await loadDataset('{\n  "version": 1,\n  "events": [\n', { file: 'f' });
    expect(result.problems[0]?.rule).toBe('invalid-json');
    expect(result.problems[0]?.message).toContain('ends too early');
  });

  it('returns problems, never throws, for deep nesting and very long strings', async () => {
    const deep = await loadDataset('['.repeat(100_000) + ']'.repeat(100_000), { file: 'deep.json' });
    expect(deep.problems[0]?.rule).toBe('not-an-object');
    const deepInside = await loadDataset(`{"version": 1, "events": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`, { file: 'deep.json' });
    expect(deepInside.dataset).toBeUndefined();
    expect(deepInside.problems.length).toBeGreaterThan(0);
    const long = 'x'.repeat(5_000_000);
    const longResult = await loadDataset(`{"version": 1, "title": "t", "sources": [], "countries": [], "actors": [], "topics": [], "events": [], "${long}": 1}`, { file: 'long.json' });
    expect(longResult.problems.map((problem) => problem.rule)).toEqual(['unknown-field', 'key-too-long']);
    expect(longResult.problems[0]?.message.length).toBeLessThan(400);
  });

  it('hands a TimelineJS3 file to the importer by its events\' shape, even with only "events" and older "date" objects', async () => {
    const science = '{"events":[{"date":{"year":"-541000000"},"text":{"headline":"Cambrian","text":"Testing"},"uniqueid":""}]}';
    const result = await loadDataset(science, { file: 'science.json' });
    expect(result.problems.map((problem) => problem.rule)).toEqual(['timelinejs3-file']);
    // A Stanceline file missing its version is still read as Stanceline, with the schema's message.
    const stanceline = await loadDataset('{"events":[{"id":"a","type":"statement","date":"2025","actors":["x"],"title":"A"}]}', { file: 'a.json' });
    expect(stanceline.problems.map((problem) => problem.rule)).not.toContain('timelinejs3-file');
  });

  it('reports every missing list of an empty object at the object', async () => {
    const result = await loadDataset('{}', { file: 'f' });
    expect(result.problems.map((problem) => problem.message)).toHaveLength(7);
    expect(new Set(result.problems.map(summary).map((s) => s.join()))).toEqual(new Set(['missing-field,error,1,1,']));
  });
});

describe('loadDataset checks quotes against the source copy', () => {
  async function withQuote(quote: string, sourceText: string): Promise<LoadResult> {
    const text = await readFile(join(FIXTURES, 'valid/dataset.json'), 'utf8');
    const edited = text.replace('"Nobody gains from a quota war."', JSON.stringify(quote));
    return loadDataset(edited, { file: 'q.json', readSourceText: async () => sourceText });
  }
  const source = 'He said: \u201CWe\u2019re not\u00A0going \u2014 at all,\u201D and\n   left.\n';

  it('treats typographic and straight quote marks, dashes and whitespace alike', async () => {
    const other = '"We are ready to share the northern grounds under a joint licence," "A joint licence is a start, not a settlement - the southern grounds are ours,"';
    const result = await withQuote('"We\'re not going - at all," and left.', source + other);
    expect(result.problems).toEqual([]);
  });

  it('warns when a word differs, naming where it departs', async () => {
    const result = await withQuote("We're not coming - at all", source);
    const warning = result.problems.find((problem) => problem.path === 'events[3].quotes[0].text');
    expect(warning?.rule).toBe('quote-not-in-source');
    expect(warning?.message).toContain('"coming"');
  });

  it('warns that quotes could not be checked when no reader is given', async () => {
    const text = await readFile(join(FIXTURES, 'valid/dataset.json'), 'utf8');
    const result = await loadDataset(text, { file: 'f' });
    expect(result.problems.map((problem) => problem.rule)).toEqual(['source-text-unreadable']);
    expect(result.dataset).toBeDefined();
  });

  it('warns when the reader rejects', async () => {
    const text = await readFile(join(FIXTURES, 'valid/dataset.json'), 'utf8');
    const result = await loadDataset(text, { file: 'f', readSourceText: () => Promise.reject(new Error('offline')) });
    expect(result.problems.map(summary)).toEqual([['source-text-unreadable', 'warning', 14, 15, 'sources[0].text']]);
  });
});
