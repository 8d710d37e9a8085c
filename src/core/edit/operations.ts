// Edits of a data file, as plain values: each operation takes the file object and
// returns a new one, sharing everything it did not touch. The loader judges the result;
// these only keep the shape (key order, optional fields left out rather than emptied).
import { slugify } from '../convert/ids';
import { t } from '../i18n/translate';
import type { DatasetFile, EventRecord, PositionRecord, QuoteRecord } from '../model/types';

/** The order the data format documents an event's keys in; new keys are placed by it. */
const EVENT_KEY_ORDER: readonly (keyof EventRecord)[] = [
  'id',
  'type',
  'date',
  'end',
  'status',
  'dateNote',
  'actors',
  'location',
  'title',
  'summary',
  'quotes',
  'positions',
  'sources',
  'tags',
  'codes',
];

/** The fields of an event the editor changes directly (quotes and positions have their own operations). */
export type EventFields = Partial<Pick<EventRecord, 'type' | 'date' | 'end' | 'status' | 'dateNote' | 'actors' | 'location' | 'title' | 'summary' | 'sources' | 'tags'>>;

const OPTIONAL_FIELDS = new Set<keyof EventRecord>(['end', 'status', 'dateNote', 'location', 'summary', 'quotes', 'positions', 'sources', 'tags', 'codes']);

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The record with `key` set: an existing key keeps its place, a new one goes after the
 * nearest key before it in the documented order; an optional field set to nothing
 * (undefined, "", []) is left out, as a person writing the file would.
 */
export function withEventField<K extends keyof EventRecord>(record: EventRecord, key: K, value: EventRecord[K] | undefined): EventRecord {
  const drop = isEmpty(value) && OPTIONAL_FIELDS.has(key);
  if (Object.hasOwn(record, key)) {
    const entries = Object.entries(record).flatMap(([name, old]) => (name !== key ? [[name, old]] : drop ? [] : [[name, value]]));
    return Object.fromEntries(entries) as EventRecord;
  }
  if (drop || value === undefined) return record;
  const rank = EVENT_KEY_ORDER.indexOf(key);
  const entries = Object.entries(record);
  let at = entries.findIndex(([name]) => EVENT_KEY_ORDER.indexOf(name as keyof EventRecord) > rank);
  if (at < 0) at = entries.length;
  entries.splice(at, 0, [key, value]);
  return Object.fromEntries(entries) as EventRecord;
}

function eventIndex(file: DatasetFile, eventId: string): number {
  const index = file.events.findIndex((event) => event.id === eventId);
  if (index < 0) throw new Error(t('There is no event with id “{id}”.', { id: eventId }));
  return index;
}

function replaceEvent(file: DatasetFile, eventId: string, change: (record: EventRecord) => EventRecord): DatasetFile {
  const index = eventIndex(file, eventId);
  const events = file.events.slice();
  events[index] = change(file.events[index]!);
  return { ...file, events };
}

export function updateEventFields(file: DatasetFile, eventId: string, fields: EventFields): DatasetFile {
  return replaceEvent(file, eventId, (record) => {
    let next = record;
    for (const [key, value] of Object.entries(fields) as [keyof EventFields, EventRecord[keyof EventFields]][]) {
      next = withEventField(next, key, value);
    }
    return next;
  });
}

/** A readable id from a title ("Trump calls Putin" → "trump-calls-putin"), unique among `taken`. */
export function newId(title: string, taken: Iterable<string>, fallback = 'event'): string {
  const used = new Set(taken);
  const base = slugify(title) || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface NewEvent {
  title: string;
  type: EventRecord['type'];
  date: string;
  actors: string[];
  sources?: string[];
}

/** Adds an event after `afterId` (or at the end); returns the file and the new event's id. */
export function addEvent(file: DatasetFile, event: NewEvent, afterId?: string): { file: DatasetFile; id: string } {
  const id = newId(event.title, file.events.map((existing) => existing.id));
  let record: EventRecord = { id, type: event.type, date: event.date, actors: [...event.actors], title: event.title };
  if (event.sources && event.sources.length > 0) record = withEventField(record, 'sources', [...event.sources]);
  const events = file.events.slice();
  const at = afterId === undefined ? events.length : eventIndex(file, afterId) + 1;
  events.splice(at, 0, record);
  return { file: { ...file, events }, id };
}

export function removeEvent(file: DatasetFile, eventId: string): DatasetFile {
  const index = eventIndex(file, eventId);
  return { ...file, events: file.events.filter((_, position) => position !== index) };
}

function changeList<K extends 'quotes' | 'positions'>(
  file: DatasetFile,
  eventId: string,
  key: K,
  change: (list: NonNullable<EventRecord[K]>) => NonNullable<EventRecord[K]>,
): DatasetFile {
  return replaceEvent(file, eventId, (record) => {
    const list = (record[key] ?? []) as NonNullable<EventRecord[K]>;
    const next = change(list.slice() as NonNullable<EventRecord[K]>);
    // An emptied list is removed only if the file did not have it before the editor touched it.
    return withEventField(record, key, next.length === 0 && record[key] === undefined ? undefined : next);
  });
}

function checkIndex(length: number, index: number, what: 'quote' | 'position'): void {
  if (Number.isInteger(index) && index >= 0 && index < length) return;
  const number = index + 1;
  throw new Error(what === 'quote' ? t('There is no quote number {number}.', { number }) : t('There is no position number {number}.', { number }));
}

export function addQuote(file: DatasetFile, eventId: string, quote: QuoteRecord): DatasetFile {
  return changeList(file, eventId, 'quotes', (quotes) => [...quotes, quote]);
}

export function updateQuote(file: DatasetFile, eventId: string, index: number, quote: QuoteRecord): DatasetFile {
  return changeList(file, eventId, 'quotes', (quotes) => {
    checkIndex(quotes.length, index, 'quote');
    // A quote without a source falls back to the event's first one: say nothing rather than "".
    quotes[index] = quote.source ? quote : { actor: quote.actor, text: quote.text };
    return quotes;
  });
}

export function removeQuote(file: DatasetFile, eventId: string, index: number): DatasetFile {
  return changeList(file, eventId, 'quotes', (quotes) => {
    checkIndex(quotes.length, index, 'quote');
    return quotes.filter((_, position) => position !== index);
  });
}

export function addPosition(file: DatasetFile, eventId: string, position: PositionRecord): DatasetFile {
  return changeList(file, eventId, 'positions', (positions) => [...positions, position]);
}

export function updatePosition(file: DatasetFile, eventId: string, index: number, position: PositionRecord): DatasetFile {
  return changeList(file, eventId, 'positions', (positions) => {
    checkIndex(positions.length, index, 'position');
    const { summary, ...rest } = position;
    positions[index] = summary ? { ...rest, summary } : rest;
    return positions;
  });
}

export function removePosition(file: DatasetFile, eventId: string, index: number): DatasetFile {
  return changeList(file, eventId, 'positions', (positions) => {
    checkIndex(positions.length, index, 'position');
    return positions.filter((_, position) => position !== index);
  });
}
