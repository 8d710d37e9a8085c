// TimelineJS3 → Stanceline: its JSON (events with start_date/end_date objects, HTML text,
// one group per event, eras, a scale) and its spreadsheet CSV (the template's columns Year,
// Month, Day, Time, End Year, …, Headline, Text, Media, Type, Group, Background).
//
// Faithful, not inventive: a date keeps exactly the precision given; negative years (BCE
// in TimelineJS, which shows -500 as "500 BCE") become ISO 8601 astronomical years
// (-0499, where 0000 is 1 BCE) with a dateNote saying so; times have no zone in TimelineJS
// and are read as UTC, also said in the dateNote. Whatever cannot be carried is named in the
// report, never silently dropped.
import { csvParseRows } from 'd3';
import { indexPositions } from '../data/positions';
import { formatPath } from '../data/problems';
import type { PathSegment } from '../data/problems';
import type { ActorRecord, DatasetFile, EventRecord, Problem, SourceRecord } from '../model/types';
import { daysInMonth, isDateError, parseDate } from '../time/dates';
import { htmlToText } from './html';
import { IdAllocator, isValidId } from './ids';
import { LossReport, originFromTable, problemAt } from './result';
import type { ConvertResult, Origin } from './result';
import { normaliseHeader, stripBom } from './sheet';

/** Where a value of the TimelineJS input is, from its path in TimelineJS's JSON terms. */
type Locate = (path: readonly PathSegment[]) => Origin;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** TimelineJS accepts numbers and numeric strings alike; "" and null mean "not given". */
function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type DatePart = (typeof DATE_PARTS)[number];
const KNOWN_DATE_KEYS = new Set<string>([...DATE_PARTS, 'display_date', 'format', 'format_short']);

const KNOWN_EVENT_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'unique_id']);
const KNOWN_TOP_KEYS = new Set(['title', 'events', 'eras', 'scale']);

/** Largest year the Stanceline date grammar draws (see src/core/time/dates.ts). */
const MAX_ABS_YEAR = 200_000;

const UNGROUPED_ACTOR = { id: 'ungrouped', name: 'Ungrouped' };

interface DateResult {
  /** ISO 8601 text at the precision given. */
  text: string;
  notes: string[];
}

class Conversion {
  readonly problems: Problem[] = [];
  readonly report: string[] = [];
  readonly losses = new LossReport();
  readonly origins = new Map<string, Origin>();

  constructor(readonly locate: Locate) {}

  problem(severity: 'error' | 'warning', rule: string, path: readonly PathSegment[], message: string): void {
    this.problems.push(problemAt(severity, rule, this.locate(path), message));
  }

  /** A date that cannot be read: the event is left out, and the message says so. */
  badDate(path: readonly PathSegment[], message: string): undefined {
    this.problem('error', 'timelinejs-bad-date', path, `${message} The event was not carried over.`);
    return undefined;
  }

  /** Reads one date part as an integer, or undefined when not given; errors when it is not a whole number. */
  part(date: Json, part: DatePart, path: readonly PathSegment[]): number | undefined | 'bad' {
    const raw = date[part];
    if (!present(raw)) return undefined;
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    if (!/^-?\d+$/.test(text)) {
      this.badDate([...path, part], `The ${part} ${JSON.stringify(raw)} is not a whole number; TimelineJS dates are written as numbers, e.g. "year": 1815, "month": 12.`);
      return 'bad';
    }
    return Number(text);
  }

  /** A TimelineJS date object as ISO 8601 text at the precision it gives, or undefined (with a problem). */
  date(value: unknown, path: readonly PathSegment[], which: 'start' | 'end', eventName: string): DateResult | undefined {
    if (!isObject(value)) {
      return this.badDate(path, `The ${which} date must be an object such as {"year": 1815, "month": 12}.`);
    }
    for (const key of Object.keys(value)) {
      if (!KNOWN_DATE_KEYS.has(key) && present(value[key])) this.losses.add(`Date field "${key}" is not carried`, eventName);
    }
    if (present(value.format)) this.losses.add('Date "format" (TimelineJS display format) is not carried', eventName);
    const parts: Partial<Record<DatePart, number>> = {};
    for (const part of DATE_PARTS) {
      const read = this.part(value, part, path);
      if (read === 'bad') return undefined;
      if (read !== undefined) parts[part] = read;
    }
    const { year } = parts;
    let { month, day, hour, minute, second } = parts;
    if (year === undefined) {
      this.problem('error', 'timelinejs-no-year', [...path, 'year'], `The ${which} date has no year, which TimelineJS requires; the event was not carried over.`);
      return undefined;
    }
    if (Math.abs(year) > MAX_ABS_YEAR) {
      this.problem('error', 'timelinejs-year-out-of-range', [...path, 'year'], `The year ${year} is beyond what Stanceline draws (±${MAX_ABS_YEAR}); the event was not carried over.`);
      return undefined;
    }
    const notes: string[] = [];
    if (month !== undefined && (month < 1 || month > 12)) {
      return this.badDate([...path, 'month'], `Month ${month} does not exist; months run from 1 to 12.`);
    }
    if (day !== undefined && month === undefined) {
      this.problem('warning', 'timelinejs-day-without-month', [...path, 'day'], `The ${which} date gives a day but no month; only the year was carried over.`);
      day = hour = minute = second = undefined;
    }
    const isoYear = year < 0 ? year + 1 : year; // astronomical numbering: 1 BCE is year 0
    if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(isoYear, month))) {
      return this.badDate([...path, 'day'], `Day ${day} does not exist in month ${month} of ${year}.`);
    }
    if (hour !== undefined && day === undefined) {
      this.problem('warning', 'timelinejs-time-without-day', [...path, 'hour'], `The ${which} date gives a time but no day; the time was not carried over.`);
      hour = minute = second = undefined;
    }
    if (hour === undefined && (minute !== undefined || second !== undefined)) {
      this.problem('warning', 'timelinejs-minute-without-hour', [...path, minute !== undefined ? 'minute' : 'second'], `The ${which} date gives minutes or seconds but no hour; they were not carried over.`);
      minute = second = undefined;
    }
    if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) {
      const shown = [hour, minute ?? 0, ...(second === undefined ? [] : [second])].map((n) => String(n).padStart(2, '0')).join(':');
      return this.badDate([...path, 'hour'], `The time ${shown} does not exist; hours run from 0 to 23, minutes and seconds from 0 to 59.`);
    }
    if (parts.millisecond !== undefined && parts.millisecond !== 0 && hour !== undefined) {
      this.losses.add('Milliseconds are not carried (Stanceline times stop at the second)', eventName);
    }

    const yearText = isoYear >= 0 && isoYear <= 9999 ? String(isoYear).padStart(4, '0') : `${isoYear < 0 ? '-' : '+'}${String(Math.abs(isoYear)).padStart(4, '0')}`;
    let text = yearText;
    if (month !== undefined) text += `-${String(month).padStart(2, '0')}`;
    if (day !== undefined) text += `-${String(day).padStart(2, '0')}`;
    if (hour !== undefined) {
      text += `T${String(hour).padStart(2, '0')}:${String(minute ?? 0).padStart(2, '0')}`;
      if (second !== undefined) text += `:${String(second).padStart(2, '0')}`;
      const hourOnly = minute === undefined ? ' (TimelineJS gives the hour only; written as :00)' : '';
      notes.push(`TimelineJS gives the ${which} time without a time zone; it is read as UTC${hourOnly}.`);
    }
    if (year < 0) {
      notes.push(`TimelineJS year ${year} (${-year} BCE) is written ${yearText} in ISO 8601, where year 0000 is 1 BCE.`);
    } else if (year === 0) {
      notes.push('TimelineJS year 0 (no such year in BCE/CE counting) is read as 1 BCE, ISO 8601 year 0000.');
    }
    if (typeof value.display_date === 'string' && value.display_date.trim() !== '') {
      notes.push(`${which === 'start' ? 'Shown' : 'End shown'} in TimelineJS as "${htmlToText(value.display_date).text}".`);
    }
    const parsed = parseDate(text);
    if (isDateError(parsed)) {
      return this.badDate(path, parsed.error);
    }
    return { text, notes };
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "1 event had no group and was", "2 events had no group and were". */
function was(count: number): string {
  return count === 1 ? 'was' : 'were';
}

/** Text of a TimelineJS text or caption: HTML made plain; undefined when empty. */
function plain(value: unknown, conversion: Conversion, eventName: string): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const result = htmlToText(String(value));
  if (result.links > 0) conversion.losses.add('Links inside the text were reduced to their words (their addresses are not carried)', eventName);
  return result.text === '' ? undefined : result.text;
}

function describeEra(era: unknown): string {
  if (!isObject(era)) return 'an era';
  const headline = isObject(era.text) && typeof era.text.headline === 'string' ? htmlToText(era.text.headline).text : '';
  const year = (date: unknown) => (isObject(date) && present(date.year) ? String(date.year) : '?');
  return `${headline ? `"${headline}" ` : ''}(${year(era.start_date)}–${year(era.end_date)})`;
}

/** Converts a parsed TimelineJS document; `locate` positions problems in the user's input. */
function convertDocument(document: unknown, locate: Locate, fileName: string): ConvertResult {
  const conversion = new Conversion(locate);
  const { problems, report, losses, origins } = conversion;
  if (!isObject(document) || !Array.isArray(document.events)) {
    conversion.problem('error', 'timelinejs-no-events', [], 'A TimelineJS file is an object with an "events" list; none was found.');
    return { problems, report };
  }
  if (document.scale === 'cosmological') {
    conversion.problem('error', 'timelinejs-cosmological', ['scale'],
      'This timeline uses TimelineJS\'s cosmological scale (years only, up to billions of years ago). Stanceline draws calendar dates within ±200,000 years, so it cannot be imported; change "scale" to "human" if every date fits.');
    return { problems, report };
  }
  if (present(document.scale) && document.scale !== 'human') {
    conversion.problem('warning', 'timelinejs-unknown-scale', ['scale'], `The scale ${JSON.stringify(document.scale)} is not one TimelineJS knows ("human" or "cosmological"); it was read as "human".`);
  }
  for (const key of Object.keys(document)) {
    if (!KNOWN_TOP_KEYS.has(key)) losses.add(`Top-level field "${key}" is not carried`, 'the file');
  }

  // Title slide → the file's title and description.
  let title: string | undefined;
  let description: string | undefined;
  if (isObject(document.title)) {
    const slide = document.title;
    const text = isObject(slide.text) ? slide.text : {};
    title = plain(text.headline, conversion, 'the title slide');
    description = plain(text.text, conversion, 'the title slide');
    if (title) origins.set('title', locate(['title', 'text', 'headline']));
    if (description) origins.set('description', locate(['title', 'text', 'text']));
    for (const key of Object.keys(slide)) {
      if (key !== 'text' && present(slide[key]) && !(isObject(slide[key]) && Object.values(slide[key]).every((v) => !present(v)))) {
        losses.add(`Title slide field "${key}" is not carried`, 'the title slide');
      }
    }
  }
  if (title === undefined) {
    title = `Imported from ${fileName}`;
    report.push(`The timeline has no title headline: the file is titled "${title}".`);
  }

  const eras = Array.isArray(document.eras) ? document.eras : [];
  if (eras.length > 0) {
    report.push(`${plural(eras.length, 'era')} not carried over (Stanceline has no eras yet): ${eras.map(describeEra).join(', ')}.`);
  }

  // Ids: unique_ids that are valid ids are kept as they are, then the others are made into
  // ids, then events without one take their headline's; so a derived id never takes a given one.
  const rawEvents: unknown[] = document.events;
  const eventIds = new IdAllocator();
  const ids: (string | undefined)[] = rawEvents.map(() => undefined);
  const renamed: string[] = [];
  const uniqueIdOf = (event: unknown): string | undefined =>
    isObject(event) && typeof event.unique_id === 'string' && event.unique_id.trim() !== '' ? event.unique_id : undefined;
  for (const validPass of [true, false]) {
    rawEvents.forEach((event, index) => {
      const uniqueId = uniqueIdOf(event);
      if (uniqueId === undefined || isValidId(uniqueId) !== validPass) return;
      const id = validPass ? eventIds.unique(uniqueId) : eventIds.allocate(uniqueId, `event-${index + 1}`);
      ids[index] = id;
      if (id !== uniqueId) renamed.push(`"${uniqueId}" → "${id}"`);
    });
  }
  rawEvents.forEach((event, index) => {
    if (ids[index] !== undefined) return;
    const headline = isObject(event) && isObject(event.text) && typeof event.text.headline === 'string' ? htmlToText(event.text.headline).text : '';
    ids[index] = eventIds.allocate(headline, `event-${index + 1}`);
  });
  if (renamed.length > 0) report.push(`${plural(renamed.length, 'unique_id')} changed to fit Stanceline ids (letters, digits, ".", "_", "-"; unique): ${renamed.join(', ')}.`);

  const actorIds = new IdAllocator();
  actorIds.reserve(UNGROUPED_ACTOR.id);
  const actorByGroup = new Map<string, ActorRecord>();
  const actorOrigin = new Map<ActorRecord, Origin>();
  let ungroupedCount = 0;
  const sourceIds = new IdAllocator();
  const sourceByUrl = new Map<string, SourceRecord>();
  const sources: SourceRecord[] = [];
  const untitled: string[] = [];
  const events: EventRecord[] = [];
  let startsNamedDate = 0;

  rawEvents.forEach((raw, inputIndex) => {
    const path: PathSegment[] = ['events', inputIndex];
    if (!isObject(raw)) {
      conversion.problem('error', 'timelinejs-bad-event', path, 'An event must be an object with a start_date; this one was not carried over.');
      return;
    }
    const id = ids[inputIndex]!;
    const eventName = `"${id}"`;
    // Older TimelineJS3 files (its own science.json example) name the start "date".
    const startKey = isObject(raw.start_date) ? 'start_date' : isObject(raw.date) ? 'date' : undefined;
    if (startKey === undefined) {
      conversion.problem('error', 'timelinejs-no-start', path, `Event ${eventName} has no start_date, which TimelineJS requires; it was not carried over.`);
      return;
    }
    if (startKey === 'date') startsNamedDate++;
    const start = conversion.date(raw[startKey], [...path, startKey], 'start', eventName);
    if (!start) return;
    let end: DateResult | undefined;
    if (isObject(raw.end_date) && DATE_PARTS.some((part) => present((raw.end_date as Json)[part]))) {
      if (!present(raw.end_date.year)) {
        conversion.problem('warning', 'timelinejs-end-without-year', [...path, 'end_date'], `Event ${eventName} has an end date without a year; the end was not carried over.`);
      } else {
        end = conversion.date(raw.end_date, [...path, 'end_date'], 'end', eventName);
        if (!end) return;
      }
    }

    const text = isObject(raw.text) ? raw.text : {};
    const headline = plain(text.headline, conversion, eventName);
    const body = plain(text.text, conversion, eventName);
    let eventTitle = headline;
    if (eventTitle === undefined) {
      const firstLine = body?.split('\n')[0];
      eventTitle = firstLine ? (firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine) : `Untitled event ${inputIndex + 1}`;
      untitled.push(id);
    }

    // The group becomes the event's one actor.
    let actor: ActorRecord;
    const group = typeof raw.group === 'string' || typeof raw.group === 'number' ? htmlToText(String(raw.group)).text : '';
    if (group !== '') {
      let found = actorByGroup.get(group);
      if (!found) {
        found = { id: actorIds.allocate(group, 'group'), name: group };
        actorByGroup.set(group, found);
        actorOrigin.set(found, conversion.locate([...path, 'group']));
      }
      actor = found;
    } else {
      ungroupedCount++;
      let found = actorByGroup.get('\u0000ungrouped');
      if (!found) {
        found = { ...UNGROUPED_ACTOR };
        actorByGroup.set('\u0000ungrouped', found);
        actorOrigin.set(found, conversion.locate(path));
      }
      actor = found;
    }

    // Media: an http(s) link becomes a source; anything else (embedded HTML, a local path) is reported.
    let sourceId: string | undefined;
    if (isObject(raw.media)) {
      const media = raw.media;
      const url = typeof media.url === 'string' ? media.url.trim() : '';
      if (/^https?:\/\/\S+$/i.test(url)) {
        let source = sourceByUrl.get(url);
        if (!source) {
          source = { id: sourceIds.allocate(`${id}-media`, 'media'), title: plain(media.caption, conversion, eventName) ?? `Media for "${eventTitle}"`, url };
          const credit = plain(media.credit, conversion, eventName);
          if (credit) source.publisher = credit;
          sourceByUrl.set(url, source);
          sources.push(source);
          origins.set(`sources[${sources.length - 1}]`, conversion.locate([...path, 'media', 'url']));
        }
        sourceId = source.id;
      } else if (url !== '') {
        losses.add('Media that is not an http(s) link (embedded HTML, a relative path) is not carried', eventName);
      }
      for (const key of ['thumbnail', 'thumb', 'alt', 'title', 'link', 'link_target']) {
        if (present(media[key])) losses.add(`Media "${key}" is not carried`, eventName);
      }
    }

    for (const key of Object.keys(raw)) {
      if (!KNOWN_EVENT_KEYS.has(key) && key !== startKey && present(raw[key]) && !(isObject(raw[key]) && Object.values(raw[key]).every((v) => !present(v)))) {
        losses.add(`Event field "${key}" is not carried`, eventName);
      }
    }

    const notes: string[] = [];
    if (typeof raw.display_date === 'string' && raw.display_date.trim() !== '') {
      notes.push(`Shown in TimelineJS as "${htmlToText(raw.display_date).text}".`);
    }
    for (const note of [...start.notes, ...(end?.notes ?? [])]) if (!notes.includes(note)) notes.push(note);

    const event: EventRecord = { id, type: 'statement', date: start.text, actors: [actor.id], title: eventTitle };
    if (end) event.end = end.text;
    if (notes.length > 0) event.dateNote = notes.join(' ');
    if (body !== undefined) event.summary = body;
    if (sourceId) event.sources = [sourceId];

    const at = `events[${events.length}]`;
    origins.set(at, conversion.locate(path));
    origins.set(`${at}.date`, conversion.locate([...path, startKey]));
    if (end) origins.set(`${at}.end`, conversion.locate([...path, 'end_date']));
    origins.set(`${at}.title`, conversion.locate([...path, 'text', 'headline']));
    origins.set(`${at}.summary`, conversion.locate([...path, 'text', 'text']));
    origins.set(`${at}.actors`, conversion.locate(group !== '' ? [...path, 'group'] : path));
    if (sourceId) origins.set(`${at}.sources`, conversion.locate([...path, 'media', 'url']));
    events.push(event);
  });

  const actors = [...actorByGroup.values()];
  actors.forEach((actor, index) => {
    const at = actorOrigin.get(actor);
    if (at) origins.set(`actors[${index}]`, at);
  });

  if (events.length > 0) report.push(`Every event was given the type "statement": TimelineJS has no event types. Change "type" to "call" or "meeting" where that is what happened.`);
  const grouped = actors.filter((actor) => actor.id !== UNGROUPED_ACTOR.id || ungroupedCount === 0);
  if (grouped.length > 0) report.push(`${plural(grouped.length, 'group')} became actors named by the group, with no country: ${grouped.map((actor) => `"${actor.name}"`).join(', ')}.`);
  if (ungroupedCount > 0) report.push(`${plural(ungroupedCount, 'event')} had no group and ${was(ungroupedCount)} given the actor "${UNGROUPED_ACTOR.id}".`);
  if (sources.length > 0) report.push(`${plural(sources.length, 'media link')} became ${sources.length === 1 ? 'a source' : 'sources'} (title from the caption, publisher from the credit).`);
  if (startsNamedDate > 0) report.push(`${plural(startsNamedDate, 'event')} gave ${startsNamedDate === 1 ? 'its' : 'their'} start as "date", the older TimelineJS name for "start_date", and ${was(startsNamedDate)} read the same way.`);
  if (untitled.length > 0) report.push(`${plural(untitled.length, 'event')} had no headline and ${was(untitled.length)} titled from their text or their position: ${untitled.join(', ')}.`);
  report.push(...losses.lines());

  const file: DatasetFile = { version: 1, title, sources, countries: [], actors, topics: [], events };
  if (description !== undefined) file.description = description;
  return { file, problems, report, origin: originFromTable(origins) };
}

// ---------------------------------------------------------------------------
// The two inputs.

/** Converts TimelineJS3 JSON text. Problems point at lines and columns of that text. */
export function timelineJsJsonToDataset(text: string, fileName: string): ConvertResult {
  const body = stripBom(text);
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [problemAt('error', 'invalid-json', { file: fileName, line: 1, column: 1, path: '' }, `The file is not valid JSON (${reason}).`)], report: [] };
  }
  let positions: ReturnType<typeof indexPositions> | undefined;
  const locate: Locate = (path) => {
    positions ??= indexPositions(body);
    const at = positions.locate(path);
    return { file: fileName, line: at.line, column: at.column, path: formatPath(path) };
  };
  return convertDocument(document, locate, fileName);
}

/** TimelineJS template columns, and where each lands in TimelineJS's JSON. */
const TIMELINEJS_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
  'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;
type TimelineJsColumn = (typeof TIMELINEJS_COLUMNS)[number];

/** The column a JSON path of a converted row came from. */
function columnOfPath(rest: readonly PathSegment[]): TimelineJsColumn | undefined {
  const [first, second] = rest;
  if (first === 'start_date' || first === 'end_date') {
    const prefix = first === 'end_date' ? 'End ' : '';
    if (second === 'year' || second === undefined) return `${prefix}Year` as TimelineJsColumn;
    if (second === 'month') return `${prefix}Month` as TimelineJsColumn;
    if (second === 'day') return `${prefix}Day` as TimelineJsColumn;
    return `${prefix}Time` as TimelineJsColumn;
  }
  if (first === 'text') return second === 'text' ? 'Text' : 'Headline';
  if (first === 'media') return second === 'credit' ? 'Media Credit' : second === 'caption' ? 'Media Caption' : second === 'thumbnail' ? 'Media Thumbnail' : 'Media';
  if (first === 'display_date') return 'Display Date';
  if (first === 'group') return 'Group';
  if (first === 'background') return 'Background';
  return undefined;
}

interface ParsedTime {
  hour: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/** Reads a time cell the way TimelineJS does: "10:30", "10:30:15.5", "1030", "10.30", "2:15 PM". */
export function parseTimelineJsTime(text: string): ParsedTime | { error: string } {
  let body = text.trim();
  const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(body);
  if (period) body = body.slice(0, period.index).trim();
  let parts: string[];
  const compact = /^(\d{1,2})(\d{2})$/.exec(body);
  if (compact) parts = [compact[1]!, compact[2]!];
  else {
    parts = body.split(':');
    if (parts.length === 1) parts = body.split('.');
  }
  if (parts.length > 3 || parts.some((part, index) => !(index === 2 ? /^\d{1,2}([.,]\d+)?$/ : /^\d{1,2}$/).test(part.trim()))) {
    return { error: `The time ${JSON.stringify(text)} is not one TimelineJS reads; write it as 10:30, 10:30:15 or 2:30 PM.` };
  }
  let hour = Number(parts[0]);
  if (period) {
    const pm = period[1]!.toLowerCase() === 'p';
    if (hour < 1 || hour > 12) return { error: `The time ${JSON.stringify(text)} has hour ${hour}, which does not exist with AM/PM.` };
    if (pm && hour !== 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  const result: ParsedTime = { hour };
  if (parts[1] !== undefined) result.minute = Number(parts[1]);
  if (parts[2] !== undefined) {
    const [seconds, fraction] = parts[2].trim().split(/[.,]/);
    result.second = Number(seconds);
    if (fraction !== undefined) result.millisecond = Math.round(Number(`0.${fraction}`) * 1000);
  }
  return result;
}

/**
 * Converts a TimelineJS3 spreadsheet saved as CSV (its template's header row). Rows of type
 * "title" give the title, rows of type "era" are eras, every other row is an event, as in
 * TimelineJS. Problems point at spreadsheet rows (header = 1) and columns.
 */
export function timelineJsCsvToDataset(text: string, fileName: string): ConvertResult {
  const rows = csvParseRows(stripBom(text));
  const header = rows[0] ?? [];
  const columnIndex = new Map<TimelineJsColumn, number>();
  const problems: Problem[] = [];
  const unknownColumns: string[] = [];
  header.forEach((name, index) => {
    const column = TIMELINEJS_COLUMNS.find((known) => normaliseHeader(known) === normaliseHeader(name));
    if (column && !columnIndex.has(column)) columnIndex.set(column, index);
    else if (name.trim() !== '') unknownColumns.push(name);
  });
  if (!columnIndex.has('Year') || !columnIndex.has('Headline')) {
    problems.push(problemAt('error', 'timelinejs-csv-header', { file: fileName, line: 1, column: 1, path: '' },
      `The first row is not TimelineJS's header: it needs at least Year and Headline (the template's columns are ${TIMELINEJS_COLUMNS.join(', ')}).`));
    return { problems, report: [] };
  }
  const cell = (row: readonly string[], column: TimelineJsColumn): string => {
    const index = columnIndex.get(column);
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  // TimelineJS strips spaces and thousands separators from its number cells ("1,815").
  const integer = (value: string) => value.replace(/[\s,]+/g, '');

  const rowOfEvent: number[] = [];
  const rowOfEra: number[] = [];
  let titleRow: number | undefined;
  const events: Json[] = [];
  const eras: Json[] = [];
  let title: Json | undefined;
  const report: string[] = [];

  rows.forEach((row, index) => {
    if (index === 0 || row.every((value) => value.trim() === '')) return;
    const line = index + 1;
    const item: Json = {
      text: { headline: cell(row, 'Headline'), text: cell(row, 'Text') },
      media: { url: cell(row, 'Media'), credit: cell(row, 'Media Credit'), caption: cell(row, 'Media Caption'), thumbnail: cell(row, 'Media Thumbnail') },
    };
    const start: Json = { year: integer(cell(row, 'Year')), month: integer(cell(row, 'Month')), day: integer(cell(row, 'Day')) };
    const end: Json = { year: integer(cell(row, 'End Year')), month: integer(cell(row, 'End Month')), day: integer(cell(row, 'End Day')) };
    let badTime = false;
    for (const [target, column] of [[start, 'Time'], [end, 'End Time']] as const) {
      const time = cell(row, column);
      if (time === '') continue;
      const parsed = parseTimelineJsTime(time);
      if ('error' in parsed) {
        const at = columnIndex.get(column)!;
        problems.push(problemAt('error', 'timelinejs-bad-time', { file: fileName, line, column: at + 1, path: column }, `${parsed.error} The row was not carried over.`));
        badTime = true;
      } else {
        Object.assign(target, parsed);
      }
    }
    if (badTime) return;
    item.start_date = start;
    if (Object.values(end).some(present)) item.end_date = end;
    if (cell(row, 'Display Date') !== '') item.display_date = cell(row, 'Display Date');
    if (cell(row, 'Group') !== '') item.group = cell(row, 'Group');
    if (cell(row, 'Background') !== '') item.background = cell(row, 'Background');
    const type = cell(row, 'Type').toLowerCase();
    if (type === 'title' && title === undefined) {
      title = item;
      titleRow = line;
    } else if (type === 'era') {
      eras.push(item);
      rowOfEra.push(line);
    } else {
      events.push(item);
      rowOfEvent.push(line);
    }
  });

  const locate: Locate = (path) => {
    const [root, index, ...rest] = path;
    const line = root === 'events' && typeof index === 'number' ? rowOfEvent[index]
      : root === 'eras' && typeof index === 'number' ? rowOfEra[index]
      : root === 'title' ? titleRow
      : undefined;
    if (line === undefined) return { file: fileName, line: 1, column: 1, path: '' };
    // A whole row is pointed at by its headline, the cell people recognise it by.
    const column = columnOfPath(root === 'title' ? [index ?? '', ...rest] : rest) ?? 'Headline';
    const at = column === undefined ? undefined : columnIndex.get(column);
    return { file: fileName, line, column: at === undefined ? 1 : at + 1, path: at === undefined ? '' : column! };
  };

  const result = convertDocument({ title, events, eras }, locate, fileName);
  const problemsOut = [...problems, ...result.problems].sort((a, b) => a.line - b.line || a.column - b.column);
  if (unknownColumns.length > 0) report.push(`Columns not in TimelineJS's template were not carried over: ${unknownColumns.join(', ')}.`);
  return { ...result, problems: problemsOut, report: [...report, ...result.report] };
}
