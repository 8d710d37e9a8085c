import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../model/types';
import { addEvent, addPosition, addQuote, removeEvent, removeQuote, updateEventFields } from './operations';
import { applyPlan, detectStyle, planTextEdits } from './textEdits';

const seedText = readFileSync(new URL('../../../tests/fixtures/valid/ap-brussels/events.json', import.meta.url), 'utf8');
const seed = JSON.parse(seedText) as DatasetFile;

/** The lines that differ, as [line number in the original, old line, new line] after aligning the unchanged head and tail. */
function changedLines(before: string, after: string): { removed: string[]; added: string[]; firstLine: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail), firstLine: head + 1 };
}

describe('planTextEdits', () => {
  it('turns a one-field change into a one-line diff', () => {
    const edited = updateEventFields(seed, 'hegseth-nato-remarks', { location: 'Brussels' });
    const { text, edits } = planTextEdits(seedText, edited);
    const diff = changedLines(seedText, text);
    expect(diff.removed).toEqual(['      "location": "NATO headquarters, Brussels",']);
    expect(diff.added).toEqual(['      "location": "Brussels",']);
    expect(edits).toHaveLength(1);
    expect(applyPlan(seedText, edits)).toBe(text);
    expect(JSON.parse(text)).toEqual(edited);
  });

  it('changes nothing when nothing changed', () => {
    expect(planTextEdits(seedText, seed)).toEqual({ text: seedText, edits: [] });
  });

  it('adds a quote by changing only the lines of that quote array', () => {
    const quote = { actor: 'hegseth', text: 'A new quote', source: 'ap-brussels' };
    const edited = addQuote(seed, 'hegseth-nato-remarks', quote);
    const { text, edits } = planTextEdits(seedText, edited);
    // A pure insertion right after the event's last quote, inside its quotes array.
    expect(edits).toEqual([{ offset: expect.any(Number), length: 0, content: ',\n        {\n          "actor": "hegseth",\n          "text": "A new quote",\n          "source": "ap-brussels"\n        }' }]);
    const eventStart = seedText.indexOf('"id": "hegseth-nato-remarks"');
    const quotesStart = seedText.indexOf('"quotes": [', eventStart);
    const positionsStart = seedText.indexOf('"positions": [', eventStart);
    expect(edits[0]!.offset).toBeGreaterThan(quotesStart);
    expect(edits[0]!.offset).toBeLessThan(positionsStart);
    expect(seedText.slice(edits[0]!.offset, positionsStart)).toBe('\n      ],\n      ');
    expect(JSON.parse(text)).toEqual(edited);
  });

  it('removes an event with its lines and nothing else', () => {
    const edited = removeEvent(seed, 'hegseth-nato-remarks');
    const { text } = planTextEdits(seedText, edited);
    const diff = changedLines(seedText, text);
    expect(diff.added).toEqual([]);
    expect(diff.removed.join('\n')).toContain('"id": "hegseth-nato-remarks"');
    expect(diff.removed.join('\n')).not.toMatch(/"id": "(?!hegseth-nato-remarks")/);
    expect(JSON.parse(text)).toEqual(edited);
  });

  it('removes the first item of a list without joining lines', () => {
    const text = '{\n  "a": [\n    1,\n    2\n  ]\n}\n';
    expect(planTextEdits(text, { a: [2] }).text).toBe('{\n  "a": [\n    2\n  ]\n}\n');
    expect(planTextEdits(text, { a: [] }).text).toBe('{\n  "a": []\n}\n');
  });

  it('adds a new event at the end of the list in the file’s layout', () => {
    const { file, id } = addEvent(seed, { title: 'Hegseth speaks again', type: 'statement', date: '2025-02-13', actors: ['hegseth'], sources: ['ap-brussels'] });
    expect(id).toBe('hegseth-speaks-again');
    const { text, edits } = planTextEdits(seedText, file);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.length).toBe(0);
    expect(edits[0]!.content).toBe(
      [
        ',',
        '    {',
        '      "id": "hegseth-speaks-again",',
        '      "type": "statement",',
        '      "date": "2025-02-13",',
        '      "actors": [',
        '        "hegseth"',
        '      ],',
        '      "title": "Hegseth speaks again",',
        '      "sources": [',
        '        "ap-brussels"',
        '      ]',
        '    }',
      ].join('\n'),
    );
    expect(JSON.parse(text)).toEqual(file);
  });

  it('keeps tabs and CRLF line endings', () => {
    const text = '{\r\n\t"title": "T",\r\n\t"events": [\r\n\t\t{\r\n\t\t\t"id": "a",\r\n\t\t\t"quotes": []\r\n\t\t}\r\n\t]\r\n}\r\n';
    expect(detectStyle(text)).toEqual({ indent: '\t', eol: '\r\n' });
    const edited = { title: 'T2', events: [{ id: 'a', quotes: [{ actor: 'x', text: 'y' }] }] };
    const planned = planTextEdits(text, edited).text;
    expect(planned).toBe('{\r\n\t"title": "T2",\r\n\t"events": [\r\n\t\t{\r\n\t\t\t"id": "a",\r\n\t\t\t"quotes": [\r\n\t\t\t\t{\r\n\t\t\t\t\t"actor": "x",\r\n\t\t\t\t\t"text": "y"\r\n\t\t\t\t}\r\n\t\t\t]\r\n\t\t}\r\n\t]\r\n}\r\n');
    expect(planned.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('keeps four-space indentation, a byte-order mark and one-line neighbours', () => {
    const text = '\uFEFF{\n    "list": [\n        { "k": 1 }\n    ],\n    "tags": ["a"]\n}';
    expect(detectStyle(text.slice(1)).indent).toBe('    ');
    const planned = planTextEdits(text, { list: [{ k: 1 }, { k: 2 }], tags: ['a', 'b'] }).text;
    expect(planned).toBe('\uFEFF{\n    "list": [\n        { "k": 1 },\n        { "k": 2 }\n    ],\n    "tags": ["a", "b"]\n}');
  });

  it('keeps key order, placing a new key where the edited object has it', () => {
    const text = '{\n  "z": 1,\n  "a": 2,\n  "m": 3\n}\n';
    const planned = planTextEdits(text, { z: 1, a: 5, b: 4, m: 3 }).text;
    expect(planned).toBe('{\n  "z": 1,\n  "a": 5,\n  "b": 4,\n  "m": 3\n}\n');
    // An event field added by the editor lands in the documented order.
    const edited = updateEventFields(seed, 'trump-putin-call', { end: '2025-02-13' });
    const event = JSON.parse(planTextEdits(seedText, edited).text).events.find((e: { id: string }) => e.id === 'trump-putin-call');
    expect(Object.keys(event).slice(0, 4)).toEqual(['id', 'type', 'date', 'end']);
  });

  it('escapes hostile strings so they read back exactly', () => {
    const hostile = ['"quoted" \\ back\\slash', '</script><script>alert(1)</script>', 'line\u2028separator\u2029', 'lone \ud800 surrogate \udfff', 'tab\tnew\nline\u0000'];
    for (const value of hostile) {
      const edited = updateEventFields(seed, 'hegseth-nato-remarks', { title: value });
      const { text } = planTextEdits(seedText, edited);
      expect(JSON.parse(text).events.find((e: { id: string }) => e.id === 'hegseth-nato-remarks').title).toBe(value);
      expect(changedLines(seedText, text).added).toHaveLength(1);
    }
    // Lone surrogates are written as escapes, so the file stays valid UTF-8.
    const { text } = planTextEdits(seedText, updateEventFields(seed, 'hegseth-nato-remarks', { title: 'x\ud800' }));
    expect(text).toContain('"x\\ud800"');
  });

  it('refuses an original that is not JSON', () => {
    expect(() => planTextEdits('{ "a": ', { a: 1 })).toThrow();
  });
});

// Random edits of the seed file: each is one of the editor's operations on a random event.
const titles = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '"', '\\', '\u2028', '\ud800', 'é', '<', '/', '\n', '\t'), maxLength: 12 });
const eventIds = fc.constantFrom(...seed.events.map((event) => event.id));
const edit = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), id: eventIds, key: fc.constantFrom('title', 'summary', 'location', 'dateNote', 'date'), value: titles }),
  fc.record({ kind: fc.constant('quote' as const), id: eventIds, value: titles }),
  fc.record({ kind: fc.constant('unquote' as const), id: eventIds, value: titles }),
  fc.record({ kind: fc.constant('position' as const), id: eventIds, value: titles }),
  fc.record({ kind: fc.constant('remove' as const), id: eventIds, value: titles }),
  fc.record({ kind: fc.constant('add' as const), id: eventIds, value: titles }),
);

function applyRandom(file: DatasetFile, step: { kind: string; id: string; value: string; key?: string }): DatasetFile {
  if (!file.events.some((event) => event.id === step.id)) return file;
  switch (step.kind) {
    case 'field':
      return updateEventFields(file, step.id, { [step.key!]: step.value });
    case 'quote':
      return addQuote(file, step.id, { actor: 'hegseth', text: step.value });
    case 'unquote': {
      const count = file.events.find((event) => event.id === step.id)?.quotes?.length ?? 0;
      return count > 0 ? removeQuote(file, step.id, count - 1) : file;
    }
    case 'position':
      return addPosition(file, step.id, { actor: 'hegseth', topic: 'ukraine-nato-membership', stance: 'oppose', summary: step.value });
    case 'remove':
      return removeEvent(file, step.id);
    default:
      return addEvent(file, { title: step.value, type: 'call', date: '2025-02-12', actors: ['trump', 'putin'] }, step.id).file;
  }
}

describe('planTextEdits on random edits', () => {
  it('always reads back as the edited data and leaves the rest of the text alone', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom('  ', '    ', '\t'), fc.constantFrom('\n', '\r\n'), (steps, indent, eol) => {
        const original = JSON.stringify(seed, null, indent).replace(/\n/g, eol) + eol;
        const edited = steps.reduce(applyRandom, seed);
        const { text, edits } = planTextEdits(original, edited);
        expect(JSON.parse(text)).toEqual(edited);
        expect(applyPlan(original, edits)).toBe(text);
        // Style kept: no foreign line endings or indentation.
        if (eol === '\r\n') expect(text.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(text).not.toContain('\r');
        // Split on the file's line ending only: raw U+2028 inside a string is not a line break in JSON.
        const lines = text.split(eol);
        if (indent === '\t') expect(lines.filter((line) => line.startsWith(' '))).toEqual([]);
        else expect(lines.filter((line) => line.startsWith('\t'))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
