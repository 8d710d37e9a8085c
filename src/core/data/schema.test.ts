import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, SCHEMA_PATH, compileSchemaSource } from '../../../scripts/compile-schema';
import { EVENT_STATUSES, EVENT_TYPES, STANCES, TYPE_KINDS } from '../model/types';
import type {
  AnnotationRecord,
  PeriodRecord,
  ActorRecord,
  CountryRecord,
  DatasetFile,
  DeclaredTypeRecord,
  EventRecord,
  PositionRecord,
  QuoteRecord,
  SourceRecord,
  StoryRecord,
  StoryStepRecord,
  TopicRecord,
} from '../model/types';

interface ObjectSchema {
  required?: string[];
  properties: Record<string, { enum?: string[] }>;
}
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as ObjectSchema & {
  definitions: Record<string, ObjectSchema>;
};

// The keys a type requires and the keys it allows, written out once per record type.
// The type-level checks below make `npm run typecheck` fail when these lists and the
// TypeScript interfaces drift apart; the tests make vitest fail when the schema does.
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function keys<T>() {
  return <R extends readonly RequiredKeys<T>[], A extends readonly (keyof T)[]>(
    required: R & (Same<R[number], RequiredKeys<T>> extends true ? unknown : never),
    all: A & (Same<A[number], keyof T> extends true ? unknown : never),
  ) => ({ required: [...required] as string[], all: [...all] as string[] });
}

const RECORDS: Record<string, { required: string[]; all: string[] }> = {
  root: keys<DatasetFile>()(
    ['version', 'title', 'sources', 'countries', 'actors', 'topics', 'events'],
    ['$schema', 'version', 'title', 'description', 'language', 'sources', 'countries', 'actors', 'topics', 'types', 'events', 'periods', 'annotations', 'view', 'stories'],
  ),
  period: keys<PeriodRecord>()(['label', 'start', 'end'], ['label', 'start', 'end', 'note', 'actors', 'countries']),
  annotation: keys<AnnotationRecord>()(['label', 'date'], ['label', 'date', 'note', 'actors', 'countries']),
  source: keys<SourceRecord>()(['id', 'title'], ['id', 'title', 'publisher', 'published', 'url', 'note', 'text']),
  country: keys<CountryRecord>()(['id', 'name'], ['id', 'name', 'kind']),
  actor: keys<ActorRecord>()(['id', 'name'], ['id', 'name', 'role', 'country', 'kind']),
  type: keys<DeclaredTypeRecord>()(['id', 'label', 'kind'], ['id', 'label', 'description', 'kind']),
  topic: keys<TopicRecord>()(['id', 'label', 'support', 'oppose'], ['id', 'label', 'support', 'oppose', 'description']),
  quote: keys<QuoteRecord>()(['actor', 'text'], ['actor', 'text', 'source']),
  position: keys<PositionRecord>()(['actor', 'topic', 'stance'], ['actor', 'topic', 'stance', 'summary']),
  story: keys<StoryRecord>()(['id', 'title', 'steps'], ['id', 'title', 'description', 'steps']),
  storyStep: keys<StoryStepRecord>()(['view', 'caption'], ['view', 'title', 'caption']),
  event: keys<EventRecord>()(
    ['id', 'type', 'date', 'actors', 'title'],
    ['id', 'type', 'date', 'end', 'status', 'dateNote', 'actors', 'location', 'title', 'summary', 'quotes', 'positions', 'sources', 'tags', 'codes'],
  ),
};

function definition(name: string): ObjectSchema {
  const found = name === 'root' ? schema : schema.definitions[name];
  if (!found) throw new Error(`no definition ${name}`);
  return found;
}

describe('the JSON Schema and the TypeScript types', () => {
  it('list the same event types, statuses and stances', () => {
    // An event's type is a built-in or a declared type's id (checked by the rules), so the schema names the built-ins in its examples.
    expect((definition('event').properties.type as { examples?: string[] }).examples).toEqual(expect.arrayContaining([...EVENT_TYPES]));
    expect(definition('type').properties.kind?.enum).toEqual([...TYPE_KINDS]);
    expect(definition('event').properties.status?.enum).toEqual([...EVENT_STATUSES]);
    expect(definition('position').properties.stance?.enum).toEqual([...STANCES]);
  });

  it.each(Object.keys(RECORDS))('agree on the required and allowed fields of %s', (name) => {
    const expected = RECORDS[name];
    expect([...(definition(name).required ?? [])].sort()).toEqual([...(expected?.required ?? [])].sort());
    expect(Object.keys(definition(name).properties).sort()).toEqual([...(expected?.all ?? [])].sort());
  });

  it('give every field a description and an example for editors', () => {
    const missing: string[] = [];
    for (const name of Object.keys(RECORDS)) {
      for (const [field, property] of Object.entries(definition(name).properties) as [string, Record<string, unknown>][]) {
        if (typeof property.description !== 'string' || !Array.isArray(property.examples)) missing.push(`${name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the precompiled validator', () => {
  it('is up to date with the schema (run npm run schema:compile if not)', () => {
    const committed = readFileSync(GENERATED_PATH, 'utf8');
    expect(committed === compileSchemaSource(schema)).toBe(true);
  });

  it('needs no compiler at run time: no new Function, eval or imports', () => {
    const committed = readFileSync(GENERATED_PATH, 'utf8');
    expect(committed).not.toMatch(/new Function|\beval\(|^import |require\(/m);
  });
});
