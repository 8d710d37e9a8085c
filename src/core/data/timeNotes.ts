// The optional top-level "periods" and "annotations": their own rules (dates that exist, a
// period that does not end before it starts, actors and countries that exist), kept apart
// from the event rules, and the notes as the chart draws them.
import type { TimeNote } from '../model/types';
import { parseDate } from '../time/dates';
import type { ProblemDraft } from './problems';
import { t } from '../i18n/translate';

export interface TimeNotesCheck {
  drafts: ProblemDraft[];
  periods: TimeNote[];
  annotations: TimeNote[];
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Ids in `list` that are not known: one problem each, placed at the id. */
function checkReferences(list: 'periods' | 'annotations', index: number, key: 'actors' | 'countries', ids: readonly string[], known: ReadonlySet<string>, drafts: ProblemDraft[]): void {
  ids.forEach((id, k) => {
    if (known.has(id)) return;
    drafts.push({ severity: 'error', rule: 'unresolved-reference', path: [list, index, key, k], anchor: 'value', message: t('{key, select, actors {No actor has the id "{id}": add it to "actors", or correct the id.} other {No country has the id "{id}": add it to "countries", or correct the id.}}', { key, id }) });
  });
}

/**
 * Checks `file.periods` and `file.annotations` and returns them ready to draw. Types and
 * missing fields are the schema's to report; entries it rejects are skipped here.
 */
export function checkTimeNotes(file: Record<string, unknown>, actorIds: ReadonlySet<string>, countryIds: ReadonlySet<string>): TimeNotesCheck {
  const drafts: ProblemDraft[] = [];
  const periods: TimeNote[] = [];
  const annotations: TimeNote[] = [];
  const periodList = Array.isArray(file.periods) ? file.periods : [];
  periodList.forEach((period, index) => {
    if (!isPlain(period) || typeof period.label !== 'string' || typeof period.start !== 'string' || typeof period.end !== 'string') return;
    const start = parseDate(period.start);
    const end = parseDate(period.end);
    if ('error' in start) drafts.push({ severity: 'error', rule: 'invalid-date', path: ['periods', index, 'start'], anchor: 'value', message: start.error });
    if ('error' in end) drafts.push({ severity: 'error', rule: 'invalid-date', path: ['periods', index, 'end'], anchor: 'value', message: end.error });
    const actors = idsOf(period.actors);
    const countries = idsOf(period.countries);
    checkReferences('periods', index, 'actors', actors, actorIds, drafts);
    checkReferences('periods', index, 'countries', countries, countryIds, drafts);
    if ('error' in start || 'error' in end) return;
    if (end.end <= start.start) {
      drafts.push({
        severity: 'error',
        rule: 'period-ends-before-start',
        path: ['periods', index, 'end'],
        anchor: 'value',
        message: t('The period "{label}" ends ({end}) before it starts ({start}). Swap the dates, or correct one.', { label: period.label, end: period.end, start: period.start }),
        related: [['periods', index, 'start']],
      });
      return;
    }
    periods.push({ fileIndex: index, label: period.label, note: typeof period.note === 'string' ? period.note : undefined, start: start.start, end: end.end, startText: period.start, endText: period.end, actorIds: actors, countryIds: countries });
  });
  const annotationList = Array.isArray(file.annotations) ? file.annotations : [];
  annotationList.forEach((annotation, index) => {
    if (!isPlain(annotation) || typeof annotation.label !== 'string' || typeof annotation.date !== 'string') return;
    const date = parseDate(annotation.date);
    const actors = idsOf(annotation.actors);
    const countries = idsOf(annotation.countries);
    checkReferences('annotations', index, 'actors', actors, actorIds, drafts);
    checkReferences('annotations', index, 'countries', countries, countryIds, drafts);
    if ('error' in date) {
      drafts.push({ severity: 'error', rule: 'invalid-date', path: ['annotations', index, 'date'], anchor: 'value', message: date.error });
      return;
    }
    annotations.push({ fileIndex: index, label: annotation.label, note: typeof annotation.note === 'string' ? annotation.note : undefined, start: date.start, end: date.end, startText: annotation.date, endText: annotation.date, actorIds: actors, countryIds: countries });
  });
  return { drafts, periods, annotations };
}

/**
 * Whether a period or annotation concerns someone with these actors and countries: one that
 * names no one concerns everyone; otherwise it names one of `actorIds` or `countryIds`, or,
 * given `countryOf`, an actor of one of `countryIds` (a lane that merges a country's actors).
 * The chart's bands, an event's details and the list all ask this.
 */
export function noteConcerns(note: Pick<TimeNote, 'actorIds' | 'countryIds'>, actorIds: readonly string[], countryIds: readonly string[], countryOf?: (actorId: string) => string | undefined): boolean {
  if (note.actorIds.length === 0 && note.countryIds.length === 0) return true;
  if (note.actorIds.some((id) => actorIds.includes(id)) || note.countryIds.some((id) => countryIds.includes(id))) return true;
  return countryOf !== undefined && note.actorIds.some((id) => {
    const country = countryOf(id);
    return country !== undefined && countryIds.includes(country);
  });
}

/** The periods and annotations that overlap an event's time and concern its actors (or everyone), for its details. */
export function timeNotesOf(event: { start: number; end: number; actorIds: readonly string[]; countryIds: readonly string[] }, notes: readonly TimeNote[] | undefined): TimeNote[] {
  return (notes ?? []).filter((note) => note.start < event.end && event.start < note.end && noteConcerns(note, event.actorIds, event.countryIds));
}
