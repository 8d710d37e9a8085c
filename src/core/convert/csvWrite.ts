// Stanceline → CSV sheets, and the list of what the layout cannot carry (csvLosses), so
// nothing is lost silently.
import { storiesLosses, storiesRows } from './storiesSheet';
import type { DatasetFile, EventRecord } from '../model/types';
import { LossReport } from './result';
import { LIST_SEPARATOR, formatCsvRows } from './sheet';
import type { ColumnSpec } from './sheet';
import { SHEET_LAYOUTS } from './csvLayouts';
import type { SheetName } from './csvLayouts';
import { t } from '../i18n/translate';

const JOIN = `${LIST_SEPARATOR} `;

function joinCodes(codes: Readonly<Record<string, string>> | undefined): string {
  return codes ? Object.entries(codes).map(([scheme, code]) => `${scheme}:${code}`).join(JOIN) : '';
}

function sheet(name: SheetName, rows: (readonly (string | undefined)[])[]): string {
  const header = SHEET_LAYOUTS[name].map((column) => column.header);
  return formatCsvRows([header, ...rows.map((row) => row.map((cell) => cell ?? ''))]);
}

/** An event's cells in the events sheet's column order (SHEET_LAYOUTS.events); undefined for a blank cell. */
export function eventSheetRow(event: EventRecord): (string | undefined)[] {
  return [
    event.id, event.type, event.date, event.end, event.status, event.dateNote, event.actors.join(JOIN),
    event.location, event.title, event.summary, event.sources?.join(JOIN), event.tags?.join(JOIN), joinCodes(event.codes) || undefined,
  ];
}

/** The file as CSV sheets (header row first, CRLF line ends). */
export function datasetToCsv(file: DatasetFile): Record<SheetName, string> {
  const positions: (string | undefined)[][] = [];
  const quotes: (string | undefined)[][] = [];
  for (const event of file.events) {
    for (const position of event.positions ?? []) {
      positions.push([event.id, position.actor, position.topic, position.stance, position.summary]);
    }
    for (const quote of event.quotes ?? []) quotes.push([event.id, quote.actor, quote.text, quote.source]);
  }
  return {
    events: sheet('events', file.events.map(eventSheetRow)),
    positions: sheet('positions', positions),
    quotes: sheet('quotes', quotes),
    actors: sheet('actors', file.actors.map((actor) => [actor.id, actor.name, actor.role, actor.country, actor.kind])),
    countries: sheet('countries', file.countries.map((country) => [country.id, country.name, country.kind])),
    topics: sheet('topics', file.topics.map((topic) => [topic.id, topic.label, topic.support, topic.oppose, topic.description])),
    types: sheet('types', (file.types ?? []).map((type) => [type.id, type.label, type.kind, type.description])),
    sources: sheet('sources', file.sources.map((source) => [
      source.id, source.title, source.publisher, source.published, source.url, source.note, source.text,
    ])),
    dataset: sheet('dataset', [[file.title, file.description, file.$schema, file.view?.from, file.view?.to]]),
    periods: sheet('periods', (file.periods ?? []).map((p) => [p.label, p.start, p.end, p.note, p.actors?.join(JOIN), p.countries?.join(JOIN)])),
    annotations: sheet('annotations', (file.annotations ?? []).map((a) => [a.label, a.date, a.note, a.actors?.join(JOIN), a.countries?.join(JOIN)])),
    stories: sheet('stories', storiesRows(file)),
  };
}

/** Fields each record may have; anything else in a file cannot go into a sheet. */
const KNOWN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  file: ['$schema', 'version', 'title', 'description', 'sources', 'countries', 'actors', 'topics', 'types', 'events', 'periods', 'annotations', 'view', 'stories'],
  event: SHEET_LAYOUTS.events.map((column) => column.header).concat(['quotes', 'positions']),
  position: ['actor', 'topic', 'stance', 'summary'],
  quote: ['actor', 'text', 'source'],
  actor: SHEET_LAYOUTS.actors.map((column) => column.header),
  country: SHEET_LAYOUTS.countries.map((column) => column.header),
  topic: SHEET_LAYOUTS.topics.map((column) => column.header),
  type: SHEET_LAYOUTS.types.map((column) => column.header),
  period: SHEET_LAYOUTS.periods.map((column) => column.header),
  annotation: SHEET_LAYOUTS.annotations.map((column) => column.header),
  source: SHEET_LAYOUTS.sources.map((column) => column.header),
};

/**
 * What `datasetToCsv` cannot carry for this file, as sentences; empty when the CSV sheets
 * give back exactly this file.
 */
export function csvLosses(file: DatasetFile): string[] {
  const losses = new LossReport();
  const checkRecord = (kind: string, record: object, name: string) => {
    for (const [key, value] of Object.entries(record)) {
      if (!KNOWN_FIELDS[kind]?.includes(key)) {
        losses.add(t('Field "{key}" of {kind, select, file {the file} event {an event} position {a position} quote {a quote} actor {an actor} country {a country} topic {a topic} type {a type} period {a period} annotation {an annotation} other {a source}} has no column and is not carried', { key, kind }), name);
      } else if (typeof value === 'string' && value.trim() === '') {
        losses.add(t('An empty "{key}" is written as an empty cell and read back as no "{key}"', { key }), name);
      } else if (typeof value === 'string' && value !== value.trim() && isTokenField(kind, key)) {
        losses.add(t('Spaces around "{key}" are dropped when the sheet is read', { key }), name);
      }
    }
  };
  const checkList = (field: string, list: readonly string[] | undefined, name: string) => {
    if (list === undefined) return;
    if (list.length === 0) losses.add(t('An empty "{field}" list is written as an empty cell and read back as no "{field}"', { field }), name);
    for (const item of list) {
      if (item.includes(LIST_SEPARATOR) || item.trim() !== item || item === '') {
        losses.add(t('Items of "{field}" that contain ";", are empty or have spaces around them cannot be kept in a ;-separated cell', { field }), name);
      }
    }
  };
  const theFile = t('the file');
  const placeOf = (kind: string, id: string) => t('{kind, select, event {event "{id}"} actor {actor "{id}"} country {country "{id}"} topic {topic "{id}"} type {type "{id}"} period {period "{id}"} annotation {annotation "{id}"} other {source "{id}"}}', { kind, id });
  checkRecord('file', file, theFile);
  if (file.version !== 1) losses.add(t('Only version 1 is written'), theFile);
  for (const event of file.events) {
    const name = placeOf('event', event.id);
    checkRecord('event', event, name);
    checkList('actors', event.actors, name);
    checkList('sources', event.sources, name);
    checkList('tags', event.tags, name);
    if (event.codes) {
      const entries = Object.entries(event.codes);
      if (entries.length === 0) losses.add(t('An empty "codes" object is written as an empty cell and read back as no "codes"'), name);
      for (const [scheme, code] of entries) {
        if (scheme === '' || /[:;]/.test(scheme) || scheme.trim() !== scheme || code.includes(LIST_SEPARATOR) || code.trim() !== code) {
          losses.add(t('Codes whose scheme contains ":" or ";", or whose code contains ";", or either with spaces around it, cannot be kept in a "scheme:code" cell'), name);
        }
      }
    }
    if (event.positions?.length === 0) losses.add(t('An empty "{field}" list is read back as no "{field}"', { field: 'positions' }), name);
    if (event.quotes?.length === 0) losses.add(t('An empty "{field}" list is read back as no "{field}"', { field: 'quotes' }), name);
    event.positions?.forEach((position) => checkRecord('position', position, name));
    event.quotes?.forEach((quote) => checkRecord('quote', quote, name));
  }
  file.actors.forEach((actor) => checkRecord('actor', actor, placeOf('actor', actor.id)));
  file.countries.forEach((country) => checkRecord('country', country, placeOf('country', country.id)));
  file.topics.forEach((topic) => checkRecord('topic', topic, placeOf('topic', topic.id)));
  file.types?.forEach((type) => checkRecord('type', type, placeOf('type', type.id)));
  if (file.types?.length === 0) losses.add(t('An empty "{field}" list is read back as no "{field}"', { field: 'types' }), theFile);
  file.periods?.forEach((period) => checkRecord('period', period, placeOf('period', period.label)));
  file.annotations?.forEach((annotation) => checkRecord('annotation', annotation, placeOf('annotation', annotation.label)));
  file.sources.forEach((source) => checkRecord('source', source, placeOf('source', source.id)));
  for (const loss of storiesLosses(file)) losses.add(loss, t('the stories'));
  return losses.lines();
}

function isTokenField(kind: string, key: string): boolean {
  const layout: readonly ColumnSpec[] | undefined =
    kind === 'event' ? SHEET_LAYOUTS.events
    : kind === 'position' ? SHEET_LAYOUTS.positions
    : kind === 'quote' ? SHEET_LAYOUTS.quotes
    : kind === 'actor' ? SHEET_LAYOUTS.actors
    : kind === 'country' ? SHEET_LAYOUTS.countries
    : kind === 'source' ? SHEET_LAYOUTS.sources
    : undefined;
  return layout?.some((column) => column.header === key && column.kind === 'token') ?? false;
}
