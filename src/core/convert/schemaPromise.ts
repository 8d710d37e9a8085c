// Whether a file a converter builds record by record still matches the JSON Schema, kept as
// it is built (EventDataBuilder): the values the converter did not make itself are checked
// the first time they are used, so the loader need not run the schema over 100,000 events
// (ConvertResult.matchesSchema). The tests hold the promise (eventData.schema.test.ts).
import type { TypeChoice } from './eventCodes';
import { isValidId } from './ids';
import { EVENT_TYPES } from '../model/types';

/** The schema's "text": a string with something besides white space. */
const HAS_TEXT = /\S/;
const TYPE_KINDS: ReadonlySet<string> = new Set(['act', 'interaction']);
const TYPE_FIELDS: ReadonlySet<string> = new Set(['id', 'label', 'description', 'kind']);

export class SchemaPromise {
  /** False from the first value the schema would refuse. */
  kept = true;
  private readonly typesSeen = new Set<string>();

  /** A name, label or title: the schema's "text". */
  text(value: unknown): void {
    if (typeof value !== 'string' || !HAS_TEXT.test(value)) this.kept = false;
  }

  /** An optional plain string (a role, a description). */
  optionalString(value: unknown): void {
    if (value !== undefined && typeof value !== 'string') this.kept = false;
  }

  id(value: unknown): void {
    if (typeof value !== 'string' || !isValidId(value)) this.kept = false;
  }

  /** An event's type, checked the first time an event has it: a built-in one, or a declared record with the schema's fields only. */
  type(choice: TypeChoice, typeId: string): void {
    if (this.typesSeen.has(typeId)) return;
    this.typesSeen.add(typeId);
    if ('builtIn' in choice) {
      // Typed as one of the three, but a reader's value may come from data at run time.
      if (!(EVENT_TYPES as readonly string[]).includes(choice.builtIn)) this.kept = false;
      return;
    }
    const type = choice.declared;
    this.id(type.id);
    this.text(type.label);
    this.optionalString(type.description);
    if (!TYPE_KINDS.has(type.kind) || Object.keys(type).some((key) => !TYPE_FIELDS.has(key))) this.kept = false;
  }

  /** An event's parties (at least one) and the title a reader gave it, if any. */
  event(parties: readonly string[], title: string | undefined): void {
    if (parties.length === 0 || (title !== undefined && !HAS_TEXT.test(title))) this.kept = false;
  }
}
