// The list view's rows: the events shown, with the periods and annotations among them in
// date order. Notes follow the date filters and the actor and country filters (a note that
// names no one is about everyone); they are not events, so type, status, topic, stance and
// search filters do not apply to them.
import { noteConcerns } from '../data/timeNotes';
import { formatEventDate } from '../time/format';
import { ENGLISH_DATES } from '../time/dateLocale';
import type { DateLocale } from '../time/dateLocale';
import { t } from '../i18n/translate';
import { parseDate } from '../time/dates';
import type { Dataset, NormalisedDate, TimeNote } from '../model/types';
import { calendarInterval } from './dates';
import type { Filters } from './types';

export interface ListNote {
  kind: 'period' | 'annotation';
  note: TimeNote;
}

export interface ListRows {
  /** In date order: an index into dataset.events (≥ 0), or a note as -(its index in `notes`) - 1. */
  rows: readonly number[];
  notes: readonly ListNote[];
}

/** The notes the filters let through, by start (periods before annotations at the same start). */
export function notesForList(dataset: Dataset, filters: Pick<Filters, 'from' | 'to' | 'actors' | 'countries'>): ListNote[] {
  const from = filters.from ? calendarInterval(filters.from) : null;
  const to = filters.to ? calendarInterval(filters.to) : null;
  const countryOf = (id: string) => dataset.actorById.get(id)?.country;
  // An actor filter lets through the notes about the actors' countries, as the chart draws them in their lanes.
  const countries = [...filters.countries, ...filters.actors.flatMap((id) => countryOf(id) ?? [])];
  const anyone = filters.actors.length === 0 && filters.countries.length === 0;
  const shown = (note: TimeNote) =>
    (!from || note.end > from.start) && (!to || note.start < to.end) && (anyone || noteConcerns(note, filters.actors, countries, countryOf));
  const notes: ListNote[] = [
    ...(dataset.periods ?? []).filter(shown).map((note) => ({ kind: 'period' as const, note })),
    ...(dataset.annotations ?? []).filter(shown).map((note) => ({ kind: 'annotation' as const, note })),
  ];
  return notes.sort((a, b) => a.note.start - b.note.start);
}

/** The events (ascending indices, so in date order) and the notes merged by start; a note comes before events that start with it. */
export function listRows(dataset: Dataset, included: readonly number[], filters: Pick<Filters, 'from' | 'to' | 'actors' | 'countries'>): ListRows {
  const notes = notesForList(dataset, filters);
  if (notes.length === 0) return { rows: included, notes };
  const rows: number[] = [];
  let next = 0;
  for (const index of included) {
    const start = dataset.events[index]!.start;
    while (next < notes.length && notes[next]!.note.start <= start) rows.push(-1 - next++);
    rows.push(index);
  }
  while (next < notes.length) rows.push(-1 - next++);
  return { rows, notes };
}

/** A note's date at its own precision: "13 Feb 2025 – 16 Feb 2025 (approx.)", or one date for an annotation. */
export function formatNoteDate(item: ListNote, dates: DateLocale = ENGLISH_DATES): string {
  const read = (text: string): NormalisedDate | undefined => {
    const parsed = parseDate(text);
    return 'error' in parsed ? undefined : parsed;
  };
  const date = read(item.note.startText);
  if (!date) return item.note.startText;
  const until = item.kind === 'period' ? read(item.note.endText) : undefined;
  return formatEventDate(until ? { date, until } : { date }, 'short', dates);
}

/** Who a note concerns, in words: the names of its actors and countries, or everyone. */
export function noteConcernsText(dataset: Dataset, note: TimeNote): string {
  if (note.actorIds.length === 0 && note.countryIds.length === 0) return t('Everyone');
  return [...note.actorIds.map((id) => dataset.actorById.get(id)?.name ?? id), ...note.countryIds.map((id) => dataset.countryById.get(id)?.name ?? id)].join(t(', '));
}
