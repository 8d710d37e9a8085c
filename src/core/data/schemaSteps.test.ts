import { describe, expect, it } from 'vitest';
import { validate as validateSchema } from './generated/validateSchema.js';
import type { SchemaError } from './generated/validateSchema.js';
import { checkSchemaInSteps, ITEMS_PER_SCHEMA_STEP } from './schemaSteps';
import { runAtOnce } from './steps';

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
