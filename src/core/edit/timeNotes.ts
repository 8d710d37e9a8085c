// Edits of a file's periods and annotations, as pure functions from file to file (the
// editor's session keeps undo and writes only the changed lines back). Fields keep the
// data format's order; optional fields set to nothing are left out; a list emptied of its
// last entry leaves the file, as if it never had one.
import type { AnnotationRecord, DatasetFile, PeriodRecord } from '../model/types';
import { t } from '../i18n/translate';

export type TimeNoteList = 'periods' | 'annotations';
type NoteRecord<L extends TimeNoteList> = L extends 'periods' ? PeriodRecord : AnnotationRecord;

/** The order the data format documents the file's keys in; a new list is placed by it. */
const FILE_KEY_ORDER: readonly string[] = ['$schema', 'version', 'title', 'description', 'sources', 'countries', 'actors', 'topics', 'types', 'events', 'periods', 'annotations', 'view', 'stories'];
const NOTE_KEY_ORDER: readonly string[] = ['label', 'start', 'end', 'date', 'note', 'actors', 'countries'];
const OPTIONAL_NOTE_FIELDS = new Set(['note', 'actors', 'countries']);

/** The fields of a period or an annotation the editor changes. */
export type PeriodFields = Partial<PeriodRecord>;
export type AnnotationFields = Partial<AnnotationRecord>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** `entries` with `key` set to `value`: in its place when present, else after the nearest key before it in `order`. */
function placeKey(entries: [string, unknown][], key: string, value: unknown, order: readonly string[]): [string, unknown][] {
  const at = entries.findIndex(([name]) => name === key);
  if (at >= 0) {
    const next = entries.slice();
    next[at] = [key, value];
    return next;
  }
  // After the nearest key that comes before it in the documented order (the file's own order may differ).
  const rank = order.indexOf(key);
  let insertAt = -1;
  for (let earlier = rank - 1; earlier >= 0 && insertAt < 0; earlier--) {
    const found = entries.findIndex(([name]) => name === order[earlier]);
    if (found >= 0) insertAt = found + 1;
  }
  if (insertAt < 0) insertAt = entries.length;
  const next = entries.slice();
  next.splice(insertAt, 0, [key, value]);
  return next;
}

function withList<L extends TimeNoteList>(file: DatasetFile, list: L, change: (items: NoteRecord<L>[]) => NoteRecord<L>[]): DatasetFile {
  const items = change(((file[list] ?? []) as NoteRecord<L>[]).slice());
  const entries = Object.entries(file).filter(([name]) => name !== list || items.length > 0);
  if (items.length === 0) return Object.fromEntries(entries) as unknown as DatasetFile;
  return Object.fromEntries(placeKey(entries, list, items, FILE_KEY_ORDER)) as unknown as DatasetFile;
}

function checkIndex(items: readonly unknown[], index: number, list: TimeNoteList): void {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) throw new Error(list === 'periods' ? t('There is no period number {number}.', { number: index + 1 }) : t('There is no annotation number {number}.', { number: index + 1 }));
}

/** The record with the given fields set; an emptied optional field is left out. */
function withFields<R extends PeriodRecord | AnnotationRecord>(record: R, fields: Partial<R>): R {
  let entries = Object.entries(record);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined && !OPTIONAL_NOTE_FIELDS.has(key)) continue;
    if (OPTIONAL_NOTE_FIELDS.has(key) && isEmpty(value)) entries = entries.filter(([name]) => name !== key);
    else entries = placeKey(entries, key, value, NOTE_KEY_ORDER);
  }
  return Object.fromEntries(entries) as R;
}

/** Adds a period at the end of the list; returns the file and its index. */
export function addPeriod(file: DatasetFile, period: PeriodRecord): { file: DatasetFile; index: number } {
  let index = 0;
  const next = withList(file, 'periods', (items) => {
    index = items.length;
    return [...items, withFields({ label: period.label, start: period.start, end: period.end }, period)];
  });
  return { file: next, index };
}

export function updatePeriod(file: DatasetFile, index: number, fields: PeriodFields): DatasetFile {
  return withList(file, 'periods', (items) => {
    checkIndex(items, index, 'periods');
    items[index] = withFields(items[index]!, fields);
    return items;
  });
}

/** Adds an annotation at the end of the list; returns the file and its index. */
export function addAnnotation(file: DatasetFile, annotation: AnnotationRecord): { file: DatasetFile; index: number } {
  let index = 0;
  const next = withList(file, 'annotations', (items) => {
    index = items.length;
    return [...items, withFields({ label: annotation.label, date: annotation.date }, annotation)];
  });
  return { file: next, index };
}

export function updateAnnotation(file: DatasetFile, index: number, fields: AnnotationFields): DatasetFile {
  return withList(file, 'annotations', (items) => {
    checkIndex(items, index, 'annotations');
    items[index] = withFields(items[index]!, fields);
    return items;
  });
}

export function removeTimeNote(file: DatasetFile, list: TimeNoteList, index: number): DatasetFile {
  return withList(file, list, (items) => {
    checkIndex(items, index, list);
    return items.filter((_, position) => position !== index);
  });
}
