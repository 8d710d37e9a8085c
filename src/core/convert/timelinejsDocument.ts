// A parsed TimelineJS3 document (from its JSON, or rebuilt from its spreadsheet's rows) into
// a Stanceline file: title slide, events, groups as actors, media links as sources, and a
// report of everything derived or not carried.
import type { PathSegment } from '../data/problems';
import type { ActorRecord, DatasetFile, EventRecord, PeriodRecord, SourceRecord } from '../model/types';
import { htmlToText } from './html';
import { IdAllocator, isValidId } from './ids';
import { originFromTable } from './result';
import type { ConvertResult, Origin } from './result';
import { Conversion, DATE_PARTS, isObject, present } from './timelinejsConversion';
import type { DateResult, Json, Locate } from './timelinejsConversion';
import { t } from '../i18n/translate';

const KNOWN_EVENT_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'unique_id']);
const KNOWN_TOP_KEYS = new Set(['title', 'events', 'eras', 'scale']);

const UNGROUPED_ACTOR = { id: 'ungrouped', name: 'Ungrouped' };

/** Text of a TimelineJS text or caption: HTML made plain; undefined when empty. */
function plain(value: unknown, conversion: Conversion, eventName: string): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const result = htmlToText(String(value));
  if (result.links > 0) conversion.losses.add(t('Links inside the text were reduced to their words (their addresses are not carried)'), eventName);
  return result.text === '' ? undefined : result.text;
}

function describeEra(era: unknown): string {
  if (!isObject(era)) return t('an era');
  const headline = isObject(era.text) && typeof era.text.headline === 'string' ? htmlToText(era.text.headline).text : '';
  const year = (date: unknown) => (isObject(date) && present(date.year) ? String(date.year) : '?');
  return `${headline ? `"${headline}" ` : ''}(${year(era.start_date)}–${year(era.end_date)})`;
}

/** Converts a parsed TimelineJS document; `locate` positions problems in the user's input. */
export function convertDocument(document: unknown, locate: Locate, fileName: string): ConvertResult {
  const conversion = new Conversion(locate);
  const { problems, report, losses, origins } = conversion;
  if (!isObject(document) || !Array.isArray(document.events)) {
    conversion.problem('error', 'timelinejs-no-events', [], t('A TimelineJS file is an object with an "events" list; none was found.'));
    return { problems, report };
  }
  if (document.scale === 'cosmological') {
    conversion.problem('error', 'timelinejs-cosmological', ['scale'],
      t('This timeline uses TimelineJS\'s cosmological scale (years only, up to billions of years ago). Stanceline draws calendar dates within ±200,000 years, so it cannot be imported; change "scale" to "human" if every date fits.'));
    return { problems, report };
  }
  if (present(document.scale) && document.scale !== 'human') {
    conversion.problem('warning', 'timelinejs-unknown-scale', ['scale'], t('The scale {scale} is not one TimelineJS knows ("human" or "cosmological"); it was read as "human".', { scale: JSON.stringify(document.scale) ?? '' }));
  }
  for (const key of Object.keys(document)) {
    if (!KNOWN_TOP_KEYS.has(key)) losses.add(t('Top-level field "{key}" is not carried', { key }), t('the file'));
  }

  // Title slide → the file's title and description.
  let title: string | undefined;
  let description: string | undefined;
  if (isObject(document.title)) {
    const slide = document.title;
    const text = isObject(slide.text) ? slide.text : {};
    title = plain(text.headline, conversion, t('the title slide'));
    description = plain(text.text, conversion, t('the title slide'));
    if (title) origins.set('title', locate(['title', 'text', 'headline']));
    if (description) origins.set('description', locate(['title', 'text', 'text']));
    for (const key of Object.keys(slide)) {
      if (key !== 'text' && present(slide[key]) && !(isObject(slide[key]) && Object.values(slide[key]).every((v) => !present(v)))) {
        losses.add(t('Title slide field "{key}" is not carried', { key }), t('the title slide'));
      }
    }
  }
  if (title === undefined) {
    title = `Imported from ${fileName}`;
    report.push(t('The timeline has no title headline: the file is titled "{title}".', { title }));
  }

  // Eras → periods: labelled bands behind every lane, at the precision their dates give.
  const eras = Array.isArray(document.eras) ? document.eras : [];
  const periods: PeriodRecord[] = [];
  const dropped: unknown[] = [];
  eras.forEach((era, index) => {
    const path = ['eras', index];
    const name = t('era {number}', { number: index + 1 });
    if (!isObject(era) || !isObject(era.start_date) || !isObject(era.end_date)) {
      dropped.push(era);
      return;
    }
    const start = conversion.date(era.start_date, [...path, 'start_date'], 'start', name);
    const end = conversion.date(era.end_date, [...path, 'end_date'], 'end', name);
    if (!start || !end) {
      dropped.push(era);
      return;
    }
    const text = isObject(era.text) ? era.text : {};
    const label = plain(text.headline, conversion, name) ?? `Era ${index + 1}`;
    const period: PeriodRecord = { label, start: start.text, end: end.text };
    const note = plain(text.text, conversion, name);
    if (note) period.note = note;
    periods.push(period);
  });
  if (periods.length > 0) report.push(t('{count, plural, one {# era carried over as a period} other {# eras carried over as periods}}: {periods}.', { count: periods.length, periods: periods.map((period) => `"${period.label}" (${period.start}–${period.end})`).join(', ') }));
  if (dropped.length > 0) report.push(t('{count, plural, one {# era} other {# eras}} not carried over (no usable start and end date): {eras}.', { count: dropped.length, eras: dropped.map(describeEra).join(', ') }));

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
  if (renamed.length > 0) report.push(t('{count, plural, one {# unique_id} other {# unique_ids}} changed to fit Stanceline ids (letters, digits, ".", "_", "-"; unique): {ids}.', { count: renamed.length, ids: renamed.join(', ') }));

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
      conversion.problem('error', 'timelinejs-bad-event', path, t('An event must be an object with a start_date; this one was not carried over.'));
      return;
    }
    const id = ids[inputIndex]!;
    const eventName = `"${id}"`;
    // Older TimelineJS3 files (its own science.json example) name the start "date".
    const startKey = isObject(raw.start_date) ? 'start_date' : isObject(raw.date) ? 'date' : undefined;
    if (startKey === undefined) {
      conversion.problem('error', 'timelinejs-no-start', path, t('Event {event} has no start_date, which TimelineJS requires; it was not carried over.', { event: eventName }));
      return;
    }
    if (startKey === 'date') startsNamedDate++;
    const start = conversion.date(raw[startKey], [...path, startKey], 'start', eventName);
    if (!start) return;
    let end: DateResult | undefined;
    if (isObject(raw.end_date) && DATE_PARTS.some((part) => present((raw.end_date as Json)[part]))) {
      if (!present(raw.end_date.year)) {
        conversion.problem('warning', 'timelinejs-end-without-year', [...path, 'end_date'], t('Event {event} has an end date without a year; the end was not carried over.', { event: eventName }));
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
        losses.add(t('Media that is not an http(s) link (embedded HTML, a relative path) is not carried'), eventName);
      }
      for (const key of ['thumbnail', 'thumb', 'alt', 'title', 'link', 'link_target']) {
        if (present(media[key])) losses.add(t('Media "{key}" is not carried', { key }), eventName);
      }
    }

    for (const key of Object.keys(raw)) {
      if (!KNOWN_EVENT_KEYS.has(key) && key !== startKey && present(raw[key]) && !(isObject(raw[key]) && Object.values(raw[key]).every((v) => !present(v)))) {
        losses.add(t('Event field "{key}" is not carried', { key }), eventName);
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

  if (events.length > 0) report.push(t('Every event was given the type "statement": TimelineJS has no event types. Change "type" to "call" or "meeting" where that is what happened.'));
  const grouped = actors.filter((actor) => actor.id !== UNGROUPED_ACTOR.id || ungroupedCount === 0);
  if (grouped.length > 0) report.push(t('{count, plural, one {# group} other {# groups}} became actors named by the group, with no country: {groups}.', { count: grouped.length, groups: grouped.map((actor) => `"${actor.name}"`).join(', ') }));
  if (ungroupedCount > 0) report.push(t('{count, plural, one {# event had no group and was} other {# events had no group and were}} given the actor "{actor}".', { count: ungroupedCount, actor: UNGROUPED_ACTOR.id }));
  if (sources.length > 0) report.push(t('{count, plural, one {# media link became a source} other {# media links became sources}} (title from the caption, publisher from the credit).', { count: sources.length }));
  if (startsNamedDate > 0) report.push(t('{count, plural, one {# event gave its start as "date", the older TimelineJS name for "start_date", and was read the same way.} other {# events gave their start as "date", the older TimelineJS name for "start_date", and were read the same way.}}', { count: startsNamedDate }));
  if (untitled.length > 0) report.push(t('{count, plural, one {# event had no headline and was} other {# events had no headline and were}} titled from their text or their position: {events}.', { count: untitled.length, events: untitled.join(', ') }));
  report.push(...losses.lines());

  const file: DatasetFile = { version: 1, title, sources, countries: [], actors, topics: [], events, ...(periods.length > 0 ? { periods } : {}) };
  if (description !== undefined) file.description = description;
  return { file, problems, report, origin: originFromTable(origins) };
}
