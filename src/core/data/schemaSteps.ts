// The JSON Schema's check of a whole file, in steps (steps.ts). At a million events it was one
// run of about 0.6 s in the loading worker, the one last check that could not give way to the
// reader. A file's long lists are checked a stretch at a time, each stretch against the schema
// with the long lists left empty, and the rest of the file once; the errors are those of one
// run over the whole file, their paths pointing into the whole lists. No list of the schema is
// constrained as a whole (no minItems, uniqueItems or contains at the top level), which is what
// makes this the same check.
import { validate as validateSchema } from './generated/validateSchema.js';
import type { SchemaError } from './generated/validateSchema.js';
import type { Steps } from './steps';

/** Items of a list checked in one step: a few milliseconds' work. */
export const ITEMS_PER_SCHEMA_STEP = 20_000;

/** A key as a JSON Pointer writes it (RFC 6901). */
const pointerKey = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

function errorsOf(value: unknown): SchemaError[] {
  return validateSchema(value) ? [] : [...(validateSchema.errors ?? [])];
}

/** The schema's errors in `record`, in steps of at most ITEMS_PER_SCHEMA_STEP list items. */
export function* checkSchemaInSteps(record: Record<string, unknown>): Steps<SchemaError[]> {
  const long = Object.keys(record).filter((key) => {
    const value = record[key];
    return Array.isArray(value) && value.length > ITEMS_PER_SCHEMA_STEP;
  });
  if (long.length === 0) return errorsOf(record);
  const rest: Record<string, unknown> = { ...record };
  for (const key of long) rest[key] = [];
  const errors = errorsOf(rest);
  for (const key of long) {
    const list = record[key] as unknown[];
    const prefix = `/${pointerKey(key)}/`;
    for (let start = 0; start < list.length; start += ITEMS_PER_SCHEMA_STEP) {
      yield;
      for (const error of errorsOf({ ...rest, [key]: list.slice(start, start + ITEMS_PER_SCHEMA_STEP) })) {
        // Anything outside the list was found once, in the rest.
        if (!error.instancePath.startsWith(prefix)) continue;
        const below = error.instancePath.slice(prefix.length);
        const slash = below.indexOf('/');
        const index = Number(slash < 0 ? below : below.slice(0, slash)) + start;
        errors.push({ ...error, instancePath: `${prefix}${index}${slash < 0 ? '' : below.slice(slash)}` });
      }
    }
  }
  return errors;
}
