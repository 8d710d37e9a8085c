// Types for the generated standalone validator (see scripts/compile-schema.ts).

/** One schema violation as Ajv reports it (messages are off: the loader words them). */
export interface SchemaError {
  /** JSON Pointer to the offending value, e.g. "/events/3/date" ("" for the root). */
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export const validate: CompiledValidator;
export default validate;

/** Allowed field names of each closed object, by schema definition name ("root" for the file). */
export const FIELDS: Readonly<Record<string, readonly string[]>>;
