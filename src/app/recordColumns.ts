// Event records as columns for the trip from the loading worker to the page. Cloning an
// array of record objects (postMessage's structured clone) costs per object and per key:
// at 100,000 events it was about four fifths of the page's share of taking the dataset
// (docs/performance.md). Here a slice's records become one table of its distinct strings
// and typed arrays of indices into it, which are transferred, not copied; ids, types,
// actors and tags repeat, so the table is smaller than the text. The page rebuilds each
// record with its keys in the order the file gave them. What is not a plain string, list of
// strings or codes map (positions, quotes, anything unexpected) travels as it is.
import type { EventRecord } from '../core/model/types';

const SCALAR_FIELDS = ['id', 'type', 'date', 'end', 'status', 'dateNote', 'location', 'title', 'summary'] as const;
const LIST_FIELDS = ['actors', 'sources', 'tags'] as const;
const ABSENT = -1;

const scalarSlot = new Map<string, number>(SCALAR_FIELDS.map((field, slot) => [field, slot]));
const listSlot = new Map<string, number>(LIST_FIELDS.map((field, slot) => [field, slot]));

export interface RecordColumns {
  count: number;
  /** Every distinct string of the slice: values, list items, code schemes and codes, key orders. */
  strings: string[];
  /** Per record: its keys in file order, as the index of "key,key,…" in strings (ABSENT: the record is whole in extras). */
  shapes: Int32Array;
  /** Per record and SCALAR_FIELDS slot: a string index, or ABSENT. */
  scalars: Int32Array;
  /** Per record, per LIST_FIELDS slot, then codes: the item count (ABSENT when not packed), then the items' string indices (codes: scheme, code pairs). */
  lists: Int32Array;
  /** Per record, the fields sent as they are (positions, quotes, anything not packed), or null. */
  extras: (Record<string, unknown> | null)[];
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isCodes(value: unknown): value is Record<string, string> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((code) => typeof code === 'string');
}

/** The records as columns; `transfer` holds the buffers postMessage may move instead of copying. */
export function packRecords(records: readonly EventRecord[]): { columns: RecordColumns; transfer: ArrayBuffer[] } {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string): number => {
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const shapes = new Int32Array(records.length);
  const scalars = new Int32Array(records.length * SCALAR_FIELDS.length).fill(ABSENT);
  const lists: number[] = [];
  const extras: (Record<string, unknown> | null)[] = [];
  records.forEach((record, k) => {
    const keys = Object.keys(record);
    const fields = record as unknown as Record<string, unknown>;
    if (keys.some((key) => key.includes(','))) {
      // A key the shape cannot spell (the schema allows none such): the record travels whole.
      shapes[k] = ABSENT;
      for (let slot = 0; slot <= LIST_FIELDS.length; slot++) lists.push(ABSENT);
      extras.push({ ...fields });
      return;
    }
    shapes[k] = intern(keys.join(','));
    let extra: Record<string, unknown> | null = null;
    const packedLists: (string[] | undefined)[] = [undefined, undefined, undefined];
    let codes: Record<string, string> | undefined;
    for (const key of keys) {
      const value = fields[key];
      const scalar = scalarSlot.get(key);
      const list = listSlot.get(key);
      if (scalar !== undefined && typeof value === 'string') scalars[k * SCALAR_FIELDS.length + scalar] = intern(value);
      else if (list !== undefined && isStringList(value)) packedLists[list] = value;
      else if (key === 'codes' && isCodes(value)) codes = value;
      else (extra ??= {})[key] = value;
    }
    for (const items of packedLists) {
      if (!items) {
        lists.push(ABSENT);
        continue;
      }
      lists.push(items.length);
      for (const item of items) lists.push(intern(item));
    }
    if (!codes) lists.push(ABSENT);
    else {
      const entries = Object.entries(codes);
      lists.push(entries.length);
      for (const [scheme, code] of entries) lists.push(intern(scheme), intern(code));
    }
    extras.push(extra);
  });
  const packedLists = Int32Array.from(lists);
  const columns: RecordColumns = { count: records.length, strings, shapes, scalars, lists: packedLists, extras };
  return { columns, transfer: [shapes.buffer as ArrayBuffer, scalars.buffer as ArrayBuffer, packedLists.buffer as ArrayBuffer] };
}

/** One copy of each string: what `intern` gives back for a string equal to one it has seen. */
export type Interner = (text: string) => string;

/** An interner over a map kept for one dataset's assembly. */
export function makeInterner(): Interner {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
}

/**
 * Positions' and quotes' ids and stance words, one copy each: they travel as cloned objects,
 * and a clone writes every string anew ("oppose", an actor's id, once per position), which
 * was about 4 MB of a 100,000-event dataset's heap.
 */
function internExtras(extra: Record<string, unknown>, intern: Interner): void {
  for (const key of ['positions', 'quotes'] as const) {
    const items = extra[key];
    if (!Array.isArray(items)) continue;
    for (const item of items as unknown[]) {
      if (item === null || typeof item !== 'object') continue;
      const fields = item as Record<string, unknown>;
      for (const field of ['actor', 'topic', 'stance', 'source']) {
        const value = fields[field];
        if (typeof value === 'string') fields[field] = intern(value);
      }
    }
  }
}

/**
 * The records back, equal to those packed, keys in the same order. With `intern`, strings
 * repeated across slices (ids, types, tags, positions' and quotes' ids) are shared.
 */
export function unpackRecords(columns: RecordColumns, intern?: Interner): EventRecord[] {
  const { shapes, scalars, lists, extras } = columns;
  const strings = intern ? columns.strings.map(intern) : columns.strings;
  if (intern) for (const extra of extras) if (extra) internExtras(extra, intern);
  const shapeKeys = new Map<number, string[]>();
  const records: EventRecord[] = [];
  let at = 0;
  for (let k = 0; k < columns.count; k++) {
    // Lists and codes first, in their packed order, so the cursor moves once through them.
    const packedLists: (string[] | undefined)[] = [];
    for (let slot = 0; slot < LIST_FIELDS.length; slot++) {
      const count = lists[at++]!;
      if (count === ABSENT) {
        packedLists.push(undefined);
        continue;
      }
      const items = new Array<string>(count);
      for (let i = 0; i < count; i++) items[i] = strings[lists[at++]!]!;
      packedLists.push(items);
    }
    let codes: Record<string, string> | undefined;
    const codeCount = lists[at++]!;
    if (codeCount !== ABSENT) {
      codes = {};
      for (let i = 0; i < codeCount; i++) {
        const scheme = strings[lists[at++]!]!;
        codes[scheme] = strings[lists[at++]!]!;
      }
    }
    const extra = extras[k];
    if (shapes[k] === ABSENT) {
      records.push(extra as unknown as EventRecord);
      continue;
    }
    let keys = shapeKeys.get(shapes[k]!);
    if (!keys) {
      const shape = strings[shapes[k]!]!;
      keys = shape === '' ? [] : shape.split(',');
      shapeKeys.set(shapes[k]!, keys);
    }
    const record: Record<string, unknown> = {};
    for (const key of keys) {
      if (extra && key in extra) {
        record[key] = extra[key];
        continue;
      }
      const scalar = scalarSlot.get(key);
      if (scalar !== undefined) record[key] = strings[scalars[k * SCALAR_FIELDS.length + scalar]!];
      else if (key === 'codes') record[key] = codes;
      else record[key] = packedLists[listSlot.get(key)!];
    }
    records.push(record as unknown as EventRecord);
  }
  return records;
}
