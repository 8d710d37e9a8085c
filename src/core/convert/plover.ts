// PLOVER / POLECAT records: JSON objects, one per line (JSON lines) or in one JSON array,
// with the fields of the PLOVER specification (id, date, enddate, source, recipient, event,
// mode, event_text, link, …). `source` may list several actors: with no recipient, a
// multilateral consultation with all of them.
import type { Problem } from '../model/types';
import { CAMEO_ROLES, placeOfCode } from './countryCodes';
import { classifyPlover, PLOVER_EVENTS } from './eventCodes';
import { EventDataBuilder } from './eventData';
import type { DraftActor, DraftEvent, EventDataFormat } from './eventData';
import { RecordProblems, RowLosses, firstLines, readDay, webUrl } from './eventRows';
import type { FieldColumns } from './eventRows';
import { problemAt } from './result';
import type { ConvertResult, Origin } from './result';
import { stripBom } from './sheet';
import { t } from '../i18n/translate';

type Json = Record<string, unknown>;

export const PLOVER_FIELDS = [
  'id', 'date', 'time', 'enddate', 'endtime', 'source', 'recipient', 'event', 'event_loc', 'event_text', 'quad_code', 'event_scale',
  'mode', 'context', 'link', 'text', 'text_info', 'cite_info', 'coder', 'coded_date', 'comment',
] as const;
const KNOWN_FIELDS = new Set<string>(PLOVER_FIELDS);
const key = (path: string) => ({ column: 1, path });
const FIELDS: FieldColumns = { date: key('date'), end: key('enddate'), type: key('event'), actors: key('source'), summary: key('event_text'), location: key('event_loc') };

export const PLOVER_FORMAT: EventDataFormat = {
  idScheme: 'plover',
  idKey: 'plover-id',
  label: 'PLOVER',
  publisher: 'PLOVER / POLECAT event data',
  mirrored: false,
  citation: 'Cite the PLOVER specification and the POLECAT dataset (Halterman et al., Harvard Dataverse) with the release you used; each event\'s codes.plover is its record id.',
};

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function looksLikeRecord(value: unknown): boolean {
  return isObject(value) && 'event' in value && 'date' in value && ('source' in value || 'id' in value);
}

/** True for JSON lines or a JSON array whose first record has PLOVER's event, date and source or id. */
export function looksLikePlover(text: string): boolean {
  const body = stripBom(text).trimStart();
  if (body.startsWith('[')) {
    // Only the first record is parsed: enough to tell, cheap on a large file.
    const end = endOfFirstElement(body);
    if (end === undefined) return false;
    try {
      return looksLikeRecord(JSON.parse(body.slice(1, end).trim() || 'null'));
    } catch {
      return false;
    }
  }
  if (!body.startsWith('{')) return false;
  const firstLine = firstLines(body, 1)[0] ?? '';
  try {
    return looksLikeRecord(JSON.parse(firstLine));
  } catch {
    return false;
  }
}

/** Offset of the ',' or ']' ending the first element of a JSON array text (which starts with '['). */
function endOfFirstElement(body: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 1; i < body.length; i++) {
    const char = body[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      if (depth === 0) return i;
      depth--;
    } else if (char === ',' && depth === 0) return i;
  }
  return undefined;
}

interface RawRecord {
  /** The parsed record, or the reason it could not be parsed. */
  value: unknown;
  parseError?: string;
  line: number;
  /** How messages name the record: "line 3" or "record 4 (line 12)", worded only when one does. */
  where: () => string;
  /** The JSON path prefix of its fields in the input: "" for JSON lines, "[3]" for an array. */
  path: string;
}

/** The records of JSON lines, each with its line. */
function jsonLines(body: string): RawRecord[] {
  const records: RawRecord[] = [];
  body.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const record: RawRecord = { value: undefined, line: index + 1, where: () => t('{unit, select, line {line {number}} other {row {number}}}', { unit: 'line', number: index + 1 }), path: '' };
    try {
      record.value = JSON.parse(line);
    } catch (error) {
      record.parseError = error instanceof Error ? error.message : String(error);
    }
    records.push(record);
  });
  return records;
}

/** The elements of a JSON array, each with the line it starts on. */
function jsonArray(body: string, fileName: string, problems: Problem[]): RawRecord[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    problems.push(problemAt('error', 'invalid-json', { file: fileName, line: 1, column: 1, path: '' },
      t('The file starts like a JSON array of PLOVER records but is not valid JSON ({reason}); JSON lines (one record per line) let the rest be read when one record is broken.', { reason: error instanceof Error ? error.message : String(error) })));
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  // The line each element starts on, from one pass over the text (strings skipped).
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = true;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') continue;
    if (depth === 1 && expectElement && char !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    else if (char === ',' && depth === 1) expectElement = true;
  }
  return parsed.map((value, index) => ({ value, line: lines[index] ?? 1, where: () => t('record {number} (line {line})', { number: index + 1, line: lines[index] ?? 1 }), path: `[${index}]` }));
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A PLOVER actor: a name or a CAMEO/ISO code as a string, or an object with a name and a country. */
function actorOf(value: unknown): DraftActor | undefined {
  if (isObject(value)) {
    const name = text(value.name) ?? text(value.actor) ?? text(value.text) ?? text(value.code);
    if (name === undefined) return undefined;
    const actor: DraftActor = { name };
    const country = text(value.country);
    const place = country === undefined ? undefined : placeOfCode(country);
    if (place) actor.group = place;
    else if (country !== undefined) actor.group = { name: country, organisation: false };
    const role = text(value.role) ?? text(value.agent) ?? text(value.sector);
    if (role !== undefined) actor.role = role;
    return actor;
  }
  const name = text(value);
  if (name === undefined) return undefined;
  const actor: DraftActor = { name };
  // "USA", "RUSGOV", "IGOUNO": CAMEO-style codes name their country or organisation.
  const coded = /^[A-Z]{3}(?:[A-Z]{3})*$/.test(name);
  const place = coded ? placeOfCode(name) : undefined;
  if (place) actor.group = place;
  const role = coded && name.length >= 6 ? CAMEO_ROLES.get(name.slice(3, 6)) : undefined;
  if (role !== undefined && !place?.organisation) actor.role = role;
  return actor;
}

function actorsOf(value: unknown): { actors: DraftActor[]; unreadable: number } {
  const items = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
  const actors: DraftActor[] = [];
  let unreadable = 0;
  for (const item of items) {
    const actor = actorOf(item);
    if (actor) actors.push(actor);
    else unreadable++;
  }
  return { actors, unreadable };
}

/** "2025-02-12" plus an optional "10:30" or "10:30:15" (no zone: read as UTC). */
function dateWithTime(day: string, time: string | undefined): string {
  const match = time === undefined ? null : /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!match) return day;
  return `${day}T${match[1]}:${match[2]}${match[3] ? `:${match[3]}` : ''}Z`;
}

function contextTags(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((tag): tag is string => tag !== undefined);
  const single = text(value);
  return single === undefined ? [] : single.split(/[;,]/).map((tag) => tag.trim()).filter((tag) => tag !== '');
}

export function ploverToDataset(input: string, fileName: string): ConvertResult {
  const body = stripBom(input).trimStart();
  const problems: Problem[] = [];
  const losses = new RowLosses();
  const raw = body.startsWith('[') ? jsonArray(body, fileName, problems) : jsonLines(body);
  if (!raw) return { problems, report: [] };
  // Each draft goes to the builder as it is read: none is kept.
  const builder = new EventDataBuilder(PLOVER_FORMAT, fileName);
  let skipped = 0;
  for (const record of raw) {
    const at = (field: string): Origin => ({ file: fileName, line: record.line, column: 1, path: record.path === '' ? field : `${record.path}.${field}` });
    const check = new RecordProblems(problems, () => t('{layout} {record}', { layout: 'PLOVER', record: record.where() }));
    if (record.parseError !== undefined || !isObject(record.value)) {
      check.error('invalid-record', { file: fileName, line: record.line, column: 1, path: record.path },
        record.parseError !== undefined ? t('it is not valid JSON ({reason}).', { reason: record.parseError }) : t('it is not a JSON object \'{ … }\'.'));
      skipped++;
      continue;
    }
    const value = record.value;
    const id = text(value.id);
    if (!id) check.error('missing-value', at('id'), t('it has no "{field}".', { field: 'id' }));
    const dayText = text(value.date);
    const day = dayText === undefined ? undefined : readDay(dayText);
    if (!day) check.error('bad-date', at('date'), dayText === undefined ? t('it has no "{field}".', { field: 'date' }) : t('its {column} "{text}" is not a day (write YYYY-MM-DD).', { column: 'date', text: dayText }));
    const endText = text(value.enddate);
    const endDay = endText === undefined ? undefined : readDay(endText);
    if (endText !== undefined && !endDay) check.error('bad-date', at('enddate'), t('its {column} "{text}" is not a day (write YYYY-MM-DD).', { column: 'enddate', text: endText }));
    const event = text(value.event);
    if (!event) check.error('missing-value', at('event'), t('it has no "{field}".', { field: 'event' }));
    const sources = actorsOf(value.source);
    const recipients = actorsOf(value.recipient);
    if (sources.unreadable + recipients.unreadable > 0) check.warning('unreadable-actor', at(sources.unreadable > 0 ? 'source' : 'recipient'), 'an actor that is neither a name nor an object with a "name" was left out.');
    if (sources.actors.length === 0 && recipients.actors.length === 0) check.error('missing-value', at('source'), 'it names no source and no recipient.');
    if (check.errors > 0 || !id || !day || !event || (endText !== undefined && !endDay)) {
      skipped++;
      continue;
    }
    const multilateral = sources.actors.length > 1 && recipients.actors.length === 0;
    const mode = text(value.mode);
    const codes: Record<string, string> = { plover: event };
    if (mode) codes['plover-mode'] = mode;
    const quad = text(value.quad_code);
    if (quad) codes['plover-quad'] = quad;
    const scale = text(value.event_scale);
    if (scale) codes['plover-scale'] = scale;
    const url = text(value.link);
    const web = webUrl(url);
    if (url !== undefined && web === undefined) losses.add(t('"link" values that are not web addresses'), record.where);
    const citation = text(value.cite_info);
    const references = web || citation ? [{ ...(web ? { url: web } : {}), ...(citation ? { publisher: citation } : {}) }] : [];
    const time = text(value.time);
    const endTime = text(value.endtime);
    const draft: DraftEvent = {
      origin: { file: fileName, line: record.line, column: 1, path: record.path },
      fields: FIELDS,
      label: `PLOVER ${id}`,
      originalId: id,
      codes,
      codeKey: `${event}/${mode ?? ''}`,
      type: classifyPlover(event, mode, multilateral),
      date: dateWithTime(day, time),
      // A record with only a recipient is told from the recipient's side.
      sources: sources.actors.length > 0 ? sources.actors : recipients.actors,
      targets: sources.actors.length > 0 ? recipients.actors : [],
      action: PLOVER_EVENTS[event.toUpperCase()]?.label ?? event,
      references,
    };
    if (endDay) draft.end = dateWithTime(endDay, endTime);
    if (time !== undefined || endTime !== undefined) draft.dateNote = 'PLOVER gives the time without a time zone; it is read as UTC.';
    const summary = text(value.event_text);
    if (summary) draft.summary = summary;
    const location = isObject(value.event_loc) ? (text(value.event_loc.name) ?? text(value.event_loc.placename)) : text(value.event_loc);
    if (location) draft.location = location;
    const tags = contextTags(value.context);
    if (tags.length > 0) draft.tags = tags;
    if (text(value.text) !== undefined) losses.add(t('"text" (the story the record was coded from; cite it through the link)'), record.where);
    for (const field of ['text_info', 'coder', 'coded_date', 'comment'] as const) {
      if (value[field] !== undefined && value[field] !== null && value[field] !== '') losses.add(`"${field}"`, record.where);
    }
    for (const key of Object.keys(value)) {
      if (!KNOWN_FIELDS.has(key)) losses.add(t('field "{field}", not part of the PLOVER record', { field: key }), record.where);
    }
    builder.add(draft);
  }
  return builder.finish({ problems, losses, skipped, records: raw.length });
}
