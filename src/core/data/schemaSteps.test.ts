import { describe, expect, it } from 'vitest';
import { validate as validateSchema } from './generated/validateSchema.js';
import type { SchemaError } from './generated/validateSchema.js';
import { checkSchemaInSteps, ITEMS_PER_SCHEMA_STEP } from './schemaSteps';
import { runAtOnce } from './steps';
import { readFileSync } from 'node:fs';

/** A file of `count` events and as many sources, each list longer than a step. */
function largeFile(count: number): Record<string, unknown> {
  return {
    version: 1,
    title: 'Large',
    sources: Array.from({ length: count }, (_, k) => ({ id: `s${k}`, title: `Source ${k}` })),
    countries: [{ id: 'us', name: 'United States' }],
    actors: [{ id: 'a', name: 'A', country: 'us' }],
    topics: [],
    events: Array.from({ length: count }, (_, k) => ({ id: `e${k}`, type: 'statement', date: '2025-01-01', actors: ['a'], title: `Event ${k}`, sources: [`s${k}`] })),
  };
}

const byPlace = (errors: readonly SchemaError[]) => [...errors].sort((a, b) => a.instancePath.localeCompare(b.instancePath) || a.keyword.localeCompare(b.keyword) || a.schemaPath.localeCompare(b.schemaPath));

describe('the schema checked in steps', () => {
  const count = 2 * ITEMS_PER_SCHEMA_STEP + 123;

  it('finds the errors one run over the whole file finds, at the same paths, in a step per stretch of each long list', () => {
    const file = largeFile(count);
    const events = file.events as Record<string, unknown>[];
    const sources = file.sources as Record<string, unknown>[];
    events[3]!.status = 'sometimes';
    events[ITEMS_PER_SCHEMA_STEP + 7]!.mood = 'grim';
    events[count - 1]!.actors = [];
    sources[ITEMS_PER_SCHEMA_STEP]!.url = 5;
    file.description = 5;
    const whole = validateSchema(file) ? [] : [...(validateSchema.errors ?? [])];
    expect(whole.length).toBeGreaterThanOrEqual(5);
    const steps = checkSchemaInSteps(file);
    let taken = 0;
    let result: SchemaError[] | undefined;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        result = next.value;
        break;
      }
      taken++;
    }
    // Three stretches of each of the two long lists.
    expect(taken).toBe(6);
    expect(byPlace(result)).toEqual(byPlace(whole));
    expect(result.map((error) => error.instancePath)).toEqual(expect.arrayContaining([
      '/events/3/status', `/events/${ITEMS_PER_SCHEMA_STEP + 7}`, `/events/${count - 1}/actors`, `/sources/${ITEMS_PER_SCHEMA_STEP}/url`, '/description',
    ]));
  });

  it('checks a file with no long list in one run, and finds nothing in a valid large file', () => {
    expect(runAtOnce(checkSchemaInSteps({ version: 1 }))).toEqual(validateSchema({ version: 1 }) ? [] : validateSchema.errors);
    const steps = checkSchemaInSteps(largeFile(10));
    expect(steps.next()).toEqual({ done: true, value: [] });
    expect(runAtOnce(checkSchemaInSteps(largeFile(count)))).toEqual([]);
  });
});

describe("the schema's shape that checking in steps relies on", () => {
  it('constrains no top-level list as a whole: only each item, so a stretch checked alone finds what the whole list would', () => {
    const schema = JSON.parse(readFileSync('data/schema/stanceline.schema.json', 'utf8')) as { properties: Record<string, Record<string, unknown>>; [keyword: string]: unknown };
    const wholeListKeywords = ['minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'prefixItems', 'additionalItems', 'unevaluatedItems'];
    const lists = Object.entries(schema.properties).filter(([, property]) => property.type === 'array');
    expect(lists.length).toBeGreaterThan(5);
    for (const [name, property] of lists) {
      expect(Object.keys(property).filter((keyword) => wholeListKeywords.includes(keyword)), name).toEqual([]);
      expect(Array.isArray(property.items), `${name}: one schema for every item`).toBe(false);
    }
    // Nor does the file's own schema look inside its lists (a condition on them, a dependency between them).
    expect(Object.keys(schema).filter((keyword) => ['if', 'allOf', 'anyOf', 'oneOf', 'not', 'dependentSchemas', 'dependentRequired', 'dependencies'].includes(keyword))).toEqual([]);
  });
});
