// Words the compiled JSON Schema's findings for a person. Checks that the loader's own rules
// word better (dates, URLs, references) are left to those rules, so nothing is said twice.
import { t } from '../i18n/translate';
import { FIELDS } from './generated/validateSchema.js';
import type { SchemaError } from './generated/validateSchema.js';
import { describeValue, listValues, pointerToPath, show } from './problems';
import type { JsonPath, PathSegment, ProblemDraft } from './problems';
import { closestId } from './suggest';

/** Definitions whose pattern failures another rule reports with a better sentence. */
const PATTERN_HANDLED_ELSEWHERE = new Set(['date', 'url', 'reference']);

const KIND_OF_OBJECT: Record<string, string> = {
  root: 'the file',
  source: 'this source',
  country: 'this country',
  actor: 'this actor',
  topic: 'this topic',
  quote: 'this quote',
  position: 'this position',
  event: 'this event',
};

/** "date" from "#/definitions/date/pattern" (leaf definitions that Ajv inlines keep their path). */
function definitionOf(schemaPath: string): string | undefined {
  return /^#\/definitions\/([^/]+)/.exec(schemaPath)?.[1];
}

const ITEM_KINDS: Record<string, string> = {
  sources: 'source',
  countries: 'country',
  actors: 'actor',
  topics: 'topic',
  events: 'event',
  quotes: 'quote',
  positions: 'position',
};

/**
 * Which definition an object at `path` follows, from the path's shape (Ajv reports schema
 * paths relative to a referenced definition, so they cannot tell an event from a source).
 */
function objectKindOf(path: JsonPath): string {
  if (path.length === 0) return 'root';
  const list = path[path.length - 2];
  return typeof path[path.length - 1] === 'number' && typeof list === 'string' ? (ITEM_KINDS[list] ?? 'object') : 'object';
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** What a message is about, for its subject: an item of a list, an item, the file, or a field (its name). */
function subjectOf(path: JsonPath): { subject: 'item' | 'thisItem' | 'file' | 'field'; name: string } {
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return typeof parent === 'string' ? { subject: 'item', name: show(parent) } : { subject: 'thisItem', name: '' };
  }
  return last === undefined ? { subject: 'file', name: '' } : { subject: 'field', name: show(last) };
}

/** The kind of a wrong value, for "but it is the string "x"" (its shown form goes in `value`). */
function valueKind(value: unknown): { actual: string; value: string } {
  if (typeof value === 'string') return { actual: 'string', value: show(value) };
  if (typeof value === 'number' || typeof value === 'boolean') return { actual: typeof value, value: String(value) };
  return { actual: value === null ? 'null' : Array.isArray(value) ? 'array' : 'object', value: '' };
}

/** The kinds of object a sentence names in words of its own, in each language. */
const NAMED_KINDS = new Set(['source', 'country', 'actor', 'topic', 'quote', 'position', 'period', 'annotation', 'type', 'story', 'storyStep', 'event']);

/** "Event "earlier-call" has no "title", which is required; add it." — whole sentences, so each language can order and inflect them. */
function missingFieldMessage(definition: string, id: string | null, field: string, owner: string): string {
  if (id !== null && NAMED_KINDS.has(definition)) {
    return t('{kind, select, source {Source} country {Country} actor {Actor} topic {Topic} quote {Quote} position {Position} period {Period} annotation {Annotation} type {Type} story {Story} storyStep {Story step} other {Event}} {id} has no "{field}", which is required; add it.', { kind: definition, id, field });
  }
  if (id === null && (NAMED_KINDS.has(definition) || definition === 'root')) {
    return t('{kind, select, root {The file} source {This source} country {This country} actor {This actor} topic {This topic} quote {This quote} position {This position} period {This period} annotation {This annotation} type {This type} story {This story} storyStep {This story step} other {This event}} has no "{field}", which is required; add it.', { kind: definition, field });
  }
  return t('{owner} has no "{field}", which is required; add it.', { owner: capitalise(owner), field });
}

function unknownFieldMessage(definition: string, key: string, near: string | undefined, allowed: string, owner: string): string {
  const kind = NAMED_KINDS.has(definition) || definition === 'root' ? definition : 'object';
  return near
    ? t('Unknown field {key} in {kind, select, root {the file} source {this source} country {this country} actor {this actor} topic {this topic} quote {this quote} position {this position} period {this period} annotation {this annotation} type {this type} story {this story} storyStep {this story step} event {this event} other {{owner}}}; did you mean "{near}"? Allowed fields: {allowed}.', { key, kind, owner, near, allowed })
    : t('Unknown field {key} in {kind, select, root {the file} source {this source} country {this country} actor {this actor} topic {this topic} quote {this quote} position {this position} period {this period} annotation {this annotation} type {this type} story {this story} storyStep {this story step} event {this event} other {{owner}}}. Allowed fields: {allowed}.', { key, kind, owner, allowed });
}

function schemaErrorToDraft(error: SchemaError, data: unknown): ProblemDraft | undefined {
  const path = pointerToPath(error.instancePath);
  const definition = definitionOf(error.schemaPath) ?? objectKindOf(path);
  const value = valueAt(data, path);
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
      // Name the object by its id when it has one: "Event "earlier-call" has no "title"".
      const owner = typeof id === 'string' && definition !== 'root'
        ? `${definition} ${show(id)}`
        : (KIND_OF_OBJECT[definition] ?? 'this object');
      return {
        severity: 'error',
        rule: 'missing-field',
        path,
        anchor: 'value',
        message: missingFieldMessage(definition, typeof id === 'string' && definition !== 'root' ? show(id) : null, missing, owner),
      };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = FIELDS[definition] ?? [];
      const near = closestId(key, allowed);
      const owner = KIND_OF_OBJECT[definition] ?? 'this object';
      return {
        severity: 'error',
        rule: 'unknown-field',
        path: [...path, key],
        anchor: 'key',
        message: unknownFieldMessage(definition, show(key), near, allowed.join(', '), owner),
      };
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? (params.allowedValues as unknown[]) : [];
      const near = typeof value === 'string' ? closestId(value, allowed.map(String)) : undefined;
      // The field's name without its quotes: the sentence names it as a kind ("Unknown type …").
      const subject = subjectOf(path);
      const values = { ...subject, name: subject.name.replace(/"/g, ''), value: show(value), allowed: listValues(allowed) };
      return {
        severity: 'error',
        rule: 'unknown-value',
        path,
        anchor: 'value',
        message: near
          ? t('Unknown {subject, select, item {each item of {name}} thisItem {this item} file {the file} other {{name}}} {value} (did you mean "{near}"?); use one of {allowed}.', { ...values, near })
          : t('Unknown {subject, select, item {each item of {name}} thisItem {this item} file {the file} other {{name}}} {value}; use one of {allowed}.', values),
      };
    }
    case 'const':
      return {
        severity: 'error',
        rule: 'unsupported-version',
        path,
        anchor: 'value',
        message: t('This file says version {version}; this Stanceline reads version {readable}. Write "version": 1.', { version: show(value), readable: show(params.allowedValue) }),
      };
    case 'type': {
      const wrong = t('{subject, select, item {Each item of {name}} thisItem {This item} file {The file} other {The field {name}}} should be {expected, select, object {an object \'{ … }\'} array {an array [ … ]} string {a string in double quotes} number {a number} integer {a whole number} boolean {true or false} other {{expected}}}, but it is {actual, select, string {the string {value}} number {the number {value}} boolean {the value {value}} null {null} array {an array} other {an object}}.', { ...subjectOf(path), expected: String(params.type), ...valueKind(value) });
      const hint = params.type === 'array' && typeof value === 'string' ? ` ${t('Write {list} for a list of one.', { list: `[${JSON.stringify(value.slice(0, 80))}]` })}` : '';
      return {
        severity: 'error',
        rule: 'wrong-type',
        path,
        anchor: 'value',
        message: wrong + hint,
      };
    }
    case 'minItems':
      return {
        severity: 'error',
        rule: 'missing-field',
        path,
        anchor: 'value',
        message: t('{subject, select, item {Each item of {name}} thisItem {This item} file {The file} other {The field {name}}} is empty; name at least one actor.', subjectOf(path)),
      };
    case 'pattern': {
      if (PATTERN_HANDLED_ELSEWHERE.has(definition)) return undefined;
      if (definition === 'id') {
        return {
          severity: 'error',
          rule: 'invalid-id',
          path,
          anchor: 'value',
          message: t('{value} is not a valid id: use letters, digits, "-", "_" or ".", starting with a letter or digit (e.g. "hegseth-nato-remarks").', { value: show(value) }),
        };
      }
      return {
        severity: 'error',
        rule: 'empty-text',
        path,
        anchor: 'value',
        message: t('{subject, select, item {Each item of {name}} thisItem {This item} file {The file} other {The field {name}}} is empty; write the text or remove the field.', subjectOf(path)),
      };
    }
    default:
      return {
        severity: 'error',
        rule: 'schema',
        path,
        anchor: 'value',
        message: t('{subject, select, item {Each item of {name}} thisItem {This item} file {The file} other {The field {name}}} does not match the schema ({keyword}).', { ...subjectOf(path), keyword: error.keyword }),
      };
  }
}

function capitalise(text: string): string {
  const first = text.charAt(0);
  return first === '"' ? `The field ${text}` : first.toUpperCase() + text.slice(1);
}

export function schemaErrorsToDrafts(errors: readonly SchemaError[], data: unknown): ProblemDraft[] {
  const drafts: ProblemDraft[] = [];
  for (const error of errors) {
    const draft = schemaErrorToDraft(error, data);
    if (draft) drafts.push(draft);
  }
  return drafts;
}
