// Stanceline as spreadsheets: one CSV sheet per list, events carrying their actors, sources,
// tags and codes in `;`-separated cells, positions and quotes in their own sheets keyed by
// event id (one row each, in order). docs/spreadsheets.md describes the layout for people.
//
// JSON → CSV → JSON gives back the same file (modulo key order) for everything the layout
// carries; `csvLosses` names what it cannot carry (empty lists, empty strings, list items
// containing ";", …) so nothing is lost silently.
import type {
  ActorRecord, CountryRecord, DatasetFile, DeclaredTypeRecord, EventRecord, EventStatus, EventType, PositionRecord,
  Problem, QuoteRecord, SourceRecord, Stance, TopicRecord, TypeKind,
} from '../model/types';
import { LossReport, parentPath, problemAt } from './result';
import type { ConvertResult, Origin } from './result';
import {
  LIST_SEPARATOR, cellOrigin, formatCsvRows, listCell, readSheet, textCell, tokenCell,
} from './sheet';
import type { ColumnSpec, ParsedSheet, SheetRow } from './sheet';

export const SHEET_NAMES = ['events', 'positions', 'quotes', 'actors', 'countries', 'topics', 'types', 'sources', 'dataset'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

export function isSheetName(name: string): name is SheetName {
  return (SHEET_NAMES as readonly string[]).includes(name);
}

export const SHEET_LAYOUTS: Readonly<Record<SheetName, readonly ColumnSpec[]>> = {
  events: [
    { header: 'id', kind: 'token', required: true },
    { header: 'type', kind: 'token', required: true },
    { header: 'date', kind: 'token', required: true },
    { header: 'end', kind: 'token' },
    { header: 'status', kind: 'token' },
    { header: 'dateNote', kind: 'text' },
    { header: 'actors', kind: 'list', required: true },
    { header: 'location', kind: 'text' },
    { header: 'title', kind: 'text', required: true },
    { header: 'summary', kind: 'text' },
    { header: 'sources', kind: 'list' },
    { header: 'tags', kind: 'list' },
    { header: 'codes', kind: 'codes' },
  ],
  positions: [
    { header: 'event', kind: 'token', required: true },
    { header: 'actor', kind: 'token', required: true },
    { header: 'topic', kind: 'token', required: true },
    { header: 'stance', kind: 'token', required: true },
    { header: 'summary', kind: 'text' },
  ],
  quotes: [
    { header: 'event', kind: 'token', required: true },
    { header: 'actor', kind: 'token', required: true },
    { header: 'text', kind: 'text', required: true },
    { header: 'source', kind: 'token' },
  ],
  actors: [
    { header: 'id', kind: 'token', required: true },
    { header: 'name', kind: 'text', required: true },
    { header: 'role', kind: 'text' },
    { header: 'country', kind: 'token' },
    { header: 'kind', kind: 'token' },
  ],
  countries: [
    { header: 'id', kind: 'token', required: true },
    { header: 'name', kind: 'text', required: true },
    { header: 'kind', kind: 'token' },
  ],
  topics: [
    { header: 'id', kind: 'token', required: true },
    { header: 'label', kind: 'text', required: true },
    { header: 'support', kind: 'text', required: true },
    { header: 'oppose', kind: 'text', required: true },
    { header: 'description', kind: 'text' },
  ],
  // Event types the dataset declares beyond statement, call and meeting.
  types: [
    { header: 'id', kind: 'token', required: true },
    { header: 'label', kind: 'text', required: true },
    { header: 'kind', kind: 'token', required: true },
    { header: 'description', kind: 'text' },
  ],
  sources: [
    { header: 'id', kind: 'token', required: true },
    { header: 'title', kind: 'text', required: true },
    { header: 'publisher', kind: 'text' },
    { header: 'published', kind: 'token' },
    { header: 'url', kind: 'token' },
    { header: 'note', kind: 'text' },
    { header: 'text', kind: 'token' },
  ],
  // Not one of the data file's lists: the file's own title and description, one row
  // (and its opening window, "view", as two dates).
  dataset: [
    { header: 'title', kind: 'text' },
    { header: 'description', kind: 'text' },
    { header: 'schema', kind: 'token' },
    { header: 'view_from', kind: 'token' },
    { header: 'view_to', kind: 'token' },
  ],
};

const JOIN = `${LIST_SEPARATOR} `;

// ---------------------------------------------------------------------------
// JSON → CSV

function joinCodes(codes: Readonly<Record<string, string>> | undefined): string {
  return codes ? Object.entries(codes).map(([scheme, code]) => `${scheme}:${code}`).join(JOIN) : '';
}

function sheet(name: SheetName, rows: (readonly (string | undefined)[])[]): string {
  const header = SHEET_LAYOUTS[name].map((column) => column.header);
  return formatCsvRows([header, ...rows.map((row) => row.map((cell) => cell ?? ''))]);
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
    events: sheet('events', file.events.map((event) => [
      event.id, event.type, event.date, event.end, event.status, event.dateNote, event.actors.join(JOIN),
      event.location, event.title, event.summary, event.sources?.join(JOIN), event.tags?.join(JOIN), joinCodes(event.codes),
    ])),
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
  };
}

/** Fields each record may have; anything else in a file cannot go into a sheet. */
const KNOWN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  file: ['$schema', 'version', 'title', 'description', 'sources', 'countries', 'actors', 'topics', 'types', 'events', 'view'],
  event: SHEET_LAYOUTS.events.map((column) => column.header).concat(['quotes', 'positions']),
  position: ['actor', 'topic', 'stance', 'summary'],
  quote: ['actor', 'text', 'source'],
  actor: SHEET_LAYOUTS.actors.map((column) => column.header),
  country: SHEET_LAYOUTS.countries.map((column) => column.header),
  topic: SHEET_LAYOUTS.topics.map((column) => column.header),
  type: SHEET_LAYOUTS.types.map((column) => column.header),
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
        losses.add(`Field "${key}" of ${kind === 'file' ? 'the file' : `a ${kind}`} has no column and is not carried`, name);
      } else if (typeof value === 'string' && value.trim() === '') {
        losses.add(`An empty "${key}" is written as an empty cell and read back as no "${key}"`, name);
      } else if (typeof value === 'string' && value !== value.trim() && isTokenField(kind, key)) {
        losses.add(`Spaces around "${key}" are dropped when the sheet is read`, name);
      }
    }
  };
  const checkList = (field: string, list: readonly string[] | undefined, name: string) => {
    if (list === undefined) return;
    if (list.length === 0) losses.add(`An empty "${field}" list is written as an empty cell and read back as no "${field}"`, name);
    for (const item of list) {
      if (item.includes(LIST_SEPARATOR) || item.trim() !== item || item === '') {
        losses.add(`Items of "${field}" that contain ";", are empty or have spaces around them cannot be kept in a ;-separated cell`, name);
      }
    }
  };
  checkRecord('file', file, 'the file');
  if (file.version !== 1) losses.add('Only version 1 is written', 'the file');
  for (const event of file.events) {
    const name = `event "${event.id}"`;
    checkRecord('event', event, name);
    checkList('actors', event.actors, name);
    checkList('sources', event.sources, name);
    checkList('tags', event.tags, name);
    if (event.codes) {
      const entries = Object.entries(event.codes);
      if (entries.length === 0) losses.add('An empty "codes" object is written as an empty cell and read back as no "codes"', name);
      for (const [scheme, code] of entries) {
        if (scheme === '' || /[:;]/.test(scheme) || scheme.trim() !== scheme || code.includes(LIST_SEPARATOR) || code.trim() !== code) {
          losses.add('Codes whose scheme contains ":" or ";", or whose code contains ";", or either with spaces around it, cannot be kept in a "scheme:code" cell', name);
        }
      }
    }
    if (event.positions?.length === 0) losses.add('An empty "positions" list is read back as no "positions"', name);
    if (event.quotes?.length === 0) losses.add('An empty "quotes" list is read back as no "quotes"', name);
    event.positions?.forEach((position) => checkRecord('position', position, name));
    event.quotes?.forEach((quote) => checkRecord('quote', quote, name));
  }
  file.actors.forEach((actor) => checkRecord('actor', actor, `actor "${actor.id}"`));
  file.countries.forEach((country) => checkRecord('country', country, `country "${country.id}"`));
  file.topics.forEach((topic) => checkRecord('topic', topic, `topic "${topic.id}"`));
  file.types?.forEach((type) => checkRecord('type', type, `type "${type.id}"`));
  if (file.types?.length === 0) losses.add('An empty "types" list is read back as no "types"', 'the file');
  file.sources.forEach((source) => checkRecord('source', source, `source "${source.id}"`));
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

// ---------------------------------------------------------------------------
// CSV → JSON

export interface SheetInput {
  /** The file name as the user knows it; it appears in every problem. */
  name: string;
  text: string;
}

export type SheetInputs = Partial<Record<SheetName, SheetInput>>;

/** A record built from a row, with the row it came from. */
interface Sourced<T> {
  record: T;
  row: SheetRow;
}

/** Reads `field` into `target` when the cell is not blank. */
function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

class SheetReader {
  readonly problems: Problem[] = [];
  readonly report: string[] = [];
  /** Derived records and single cells (title, description): where they came from. */
  readonly origins = new Map<string, Origin>();
  /** The row each record came from, by its JSON path; a field's cell is found on demand. */
  readonly records = new Map<string, { sheet: ParsedSheet; row: SheetRow }>();

  read(name: SheetName, input: SheetInput | undefined): ParsedSheet | undefined {
    if (!input) return undefined;
    return readSheet(input.name, input.text, name, SHEET_LAYOUTS[name], this.problems, this.report);
  }

  /** Whether the row has all its required cells (an error for each blank one). */
  required(sheet: ParsedSheet, sheetName: SheetName, row: SheetRow): boolean {
    let complete = true;
    for (const column of SHEET_LAYOUTS[sheetName]) {
      if (!column.required) continue;
      const blank = column.kind === 'list' ? listCell(sheet, row, column.header) === undefined : textCell(sheet, row, column.header) === undefined;
      if (blank) {
        this.problems.push(problemAt('error', 'csv-missing-value', cellOrigin(sheet, row, column.header),
          `Row ${row.line} of ${sheet.file} has no ${column.header}, which is required; the row was not carried over.`));
        complete = false;
      }
    }
    return complete;
  }

  /** Records the row a record (JSON path `base`) came from. One entry per record, not per field: files can be large. */
  mark(base: string, sheet: ParsedSheet, row: SheetRow): void {
    this.records.set(base, { sheet, row });
  }

  /** Where a JSON path of the built file came from: the nearest recorded ancestor, at the column of the field below it. */
  readonly origin = (path: string): Origin | undefined => {
    let at = path;
    let field: string | undefined;
    for (;;) {
      const single = this.origins.get(at);
      if (single) return single;
      const record = this.records.get(at);
      if (record) return cellOrigin(record.sheet, record.row, field !== undefined && record.sheet.columns.has(field) ? field : firstColumn(record.sheet));
      if (at === '') return undefined;
      const parent = parentPath(at);
      const segment = at.slice(parent.length);
      if (segment.startsWith('.')) field = segment.slice(1);
      at = parent;
    }
  };
}

/** The leftmost column present in a sheet, for pointing at a whole row. */
function firstColumn(sheet: ParsedSheet): string {
  let first: [string, number] | undefined;
  for (const entry of sheet.columns) if (!first || entry[1] < first[1]) first = entry;
  return first?.[0] ?? '';
}

function parseCodes(reader: SheetReader, sheet: ParsedSheet, row: SheetRow): Record<string, string> | undefined {
  const items = listCell(sheet, row, 'codes');
  if (!items) return undefined;
  const codes: Record<string, string> = {};
  for (const item of items) {
    const colon = item.indexOf(':');
    const scheme = colon < 0 ? '' : item.slice(0, colon).trim();
    if (scheme === '') {
      reader.problems.push(problemAt('error', 'csv-bad-code', cellOrigin(sheet, row, 'codes'),
        `The code ${JSON.stringify(item)} in row ${row.line} names no scheme; write it as scheme:code, e.g. cameo:036.`));
      continue;
    }
    codes[scheme] = item.slice(colon + 1).trim();
  }
  return Object.keys(codes).length > 0 ? codes : undefined;
}

/**
 * Builds a Stanceline file from CSV sheets. The events sheet is required; actors, countries,
 * topics and sources are derived from the ids used when their sheets are not given (and the
 * report says so). The file is returned whenever the events sheet could be read, so that
 * the loader can report every remaining problem at once; validate it before use.
 */
export function csvToDataset(sheets: SheetInputs, meta?: { title?: string }): ConvertResult {
  const reader = new SheetReader();
  const { problems, report, origins, origin } = reader;
  const eventsSheet = reader.read('events', sheets.events);
  if (!sheets.events) {
    const given = Object.values(sheets).map((input) => input?.name).filter(Boolean).join(', ');
    problems.push(problemAt('error', 'csv-no-events', { file: given || 'events.csv', line: 0, column: 0, path: '' },
      'No events sheet was given: a Stanceline spreadsheet needs an events sheet (events.csv) with at least id, type, date, actors and title columns.'));
  }
  const positionsSheet = reader.read('positions', sheets.positions);
  const quotesSheet = reader.read('quotes', sheets.quotes);
  const actorsSheet = reader.read('actors', sheets.actors);
  const countriesSheet = reader.read('countries', sheets.countries);
  const topicsSheet = reader.read('topics', sheets.topics);
  const typesSheet = reader.read('types', sheets.types);
  const sourcesSheet = reader.read('sources', sheets.sources);
  const datasetSheet = reader.read('dataset', sheets.dataset);
  if (!eventsSheet) return { problems, report };

  // Events, in row order.
  const events: Sourced<EventRecord>[] = [];
  const eventById = new Map<string, EventRecord>();
  const eventIndex = new Map<string, number>();
  const skippedEvents = new Set<string>();
  for (const row of eventsSheet.rows) {
    const id = tokenCell(eventsSheet, row, 'id');
    if (!reader.required(eventsSheet, 'events', row)) {
      if (id) skippedEvents.add(id);
      continue;
    }
    const event: EventRecord = {
      id: id!,
      type: tokenCell(eventsSheet, row, 'type') as EventType,
      date: tokenCell(eventsSheet, row, 'date')!,
      actors: listCell(eventsSheet, row, 'actors')!,
      title: textCell(eventsSheet, row, 'title')!,
    };
    setIf(event, 'end', tokenCell(eventsSheet, row, 'end'));
    setIf(event, 'status', tokenCell(eventsSheet, row, 'status') as EventStatus | undefined);
    setIf(event, 'dateNote', textCell(eventsSheet, row, 'dateNote'));
    setIf(event, 'location', textCell(eventsSheet, row, 'location'));
    setIf(event, 'summary', textCell(eventsSheet, row, 'summary'));
    setIf(event, 'sources', listCell(eventsSheet, row, 'sources'));
    setIf(event, 'tags', listCell(eventsSheet, row, 'tags'));
    setIf(event, 'codes', parseCodes(reader, eventsSheet, row));
    const index = events.length;
    reader.mark(`events[${index}]`, eventsSheet, row);
    if (!eventById.has(event.id)) {
      eventById.set(event.id, event);
      eventIndex.set(event.id, index);
    }
    events.push({ record: event, row });
  }

  // Positions and quotes join their event by id, in row order.
  const attach = <T>(sheet: ParsedSheet | undefined, sheetName: 'positions' | 'quotes', build: (row: SheetRow) => T) => {
    if (!sheet) return;
    for (const row of sheet.rows) {
      if (!reader.required(sheet, sheetName, row)) continue;
      const eventId = tokenCell(sheet, row, 'event')!;
      const event = eventById.get(eventId);
      if (!event) {
        if (!skippedEvents.has(eventId)) {
          problems.push(problemAt('error', 'csv-unknown-event', cellOrigin(sheet, row, 'event'),
            `Row ${row.line} of ${sheet.file} belongs to event "${eventId}", but ${eventsSheet.file} has no event with that id.`));
        }
        continue;
      }
      const list = (event[sheetName] ??= []) as T[];
      list.push(build(row));
      reader.mark(`events[${eventIndex.get(eventId)!}].${sheetName}[${list.length - 1}]`, sheet, row);
    }
  };
  attach<PositionRecord>(positionsSheet, 'positions', (row) => {
    const position: PositionRecord = {
      actor: tokenCell(positionsSheet!, row, 'actor')!,
      topic: tokenCell(positionsSheet!, row, 'topic')!,
      stance: tokenCell(positionsSheet!, row, 'stance') as Stance,
    };
    setIf(position, 'summary', textCell(positionsSheet!, row, 'summary'));
    return position;
  });
  attach<QuoteRecord>(quotesSheet, 'quotes', (row) => {
    const quote: QuoteRecord = { actor: tokenCell(quotesSheet!, row, 'actor')!, text: textCell(quotesSheet!, row, 'text')! };
    setIf(quote, 'source', tokenCell(quotesSheet!, row, 'source'));
    return quote;
  });

  // The lists: given, or derived from the ids used.
  const firstUse = new Map<string, Origin>();
  // The place is looked up only for an id's first use.
  const use = (kind: string, id: string, path: string) => {
    const key = `${kind}:${id}`;
    if (firstUse.has(key)) return;
    const at = origin(path);
    if (at) firstUse.set(key, at);
  };
  // Sets keep first-use order and stay fast when every event cites its own source.
  const actorIds = new Set<string>();
  const topicIds = new Set<string>();
  const sourceIds = new Set<string>();
  const pushUnique = (ids: Set<string>, id: string) => { ids.add(id); };
  events.forEach(({ record }, index) => {
    for (const actor of record.actors) { pushUnique(actorIds, actor); use('actor', actor, `events[${index}].actors`); }
    for (const source of record.sources ?? []) { pushUnique(sourceIds, source); use('source', source, `events[${index}].sources`); }
    record.positions?.forEach((position, p) => {
      pushUnique(actorIds, position.actor); use('actor', position.actor, `events[${index}].positions[${p}].actor`);
      pushUnique(topicIds, position.topic); use('topic', position.topic, `events[${index}].positions[${p}].topic`);
    });
    record.quotes?.forEach((quote, q) => {
      pushUnique(actorIds, quote.actor); use('actor', quote.actor, `events[${index}].quotes[${q}].actor`);
      if (quote.source) { pushUnique(sourceIds, quote.source); use('source', quote.source, `events[${index}].quotes[${q}].source`); }
    });
  });

  const readList = <T>(sheet: ParsedSheet | undefined, sheetName: SheetName, listName: string, build: (sheet: ParsedSheet, row: SheetRow) => T): T[] => {
    const list: T[] = [];
    if (!sheet) return list;
    for (const row of sheet.rows) {
      if (!reader.required(sheet, sheetName, row)) continue;
      reader.mark(`${listName}[${list.length}]`, sheet, row);
      list.push(build(sheet, row));
    }
    return list;
  };
  const derive = <T>(kind: string, listName: string, idSet: ReadonlySet<string>, build: (id: string) => T): T[] => {
    const ids = [...idSet];
    ids.forEach((id, index) => {
      const at = firstUse.get(`${kind}:${id}`);
      if (at) origins.set(`${listName}[${index}]`, at);
    });
    return ids.map(build);
  };
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const listIds = (idSet: ReadonlySet<string>) => {
    const ids = [...idSet];
    return ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ');
  };

  let actors: ActorRecord[];
  if (actorsSheet) {
    actors = readList(actorsSheet, 'actors', 'actors', (sheet, row) => {
      const actor: ActorRecord = { id: tokenCell(sheet, row, 'id')!, name: textCell(sheet, row, 'name')! };
      setIf(actor, 'role', textCell(sheet, row, 'role'));
      setIf(actor, 'country', tokenCell(sheet, row, 'country'));
      setIf(actor, 'kind', tokenCell(sheet, row, 'kind') as ActorRecord['kind']);
      return actor;
    });
  } else {
    actors = derive('actor', 'actors', actorIds, (id) => ({ id, name: id }));
    if (actors.length > 0) {
      report.push(`No actors sheet: derived ${plural(actors.length, 'actor')} from the ids used, each named by its id and with no country (${listIds(actorIds)}). Add an actors sheet to give names, roles and countries.`);
    }
  }

  let countries: CountryRecord[];
  if (countriesSheet) {
    countries = readList(countriesSheet, 'countries', 'countries', (sheet, row) => {
      const country: CountryRecord = { id: tokenCell(sheet, row, 'id')!, name: textCell(sheet, row, 'name')! };
      setIf(country, 'kind', tokenCell(sheet, row, 'kind') as CountryRecord['kind']);
      return country;
    });
  } else {
    const countryIds = new Set<string>();
    actors.forEach((actor, index) => {
      if (!actor.country) return;
      pushUnique(countryIds, actor.country);
      use('country', actor.country, `actors[${index}].country`);
    });
    countries = derive('country', 'countries', countryIds, (id) => ({ id, name: id }));
    if (countries.length > 0) {
      report.push(`No countries sheet: derived ${plural(countries.length, 'country')} from the actors' country ids, each named by its id (${listIds(countryIds)}). Add a countries sheet to name them and mark organisations.`);
    } else if (!actorsSheet && actors.length > 0) {
      report.push('No countries: without an actors sheet no actor has a country, so the timeline cannot group events by country.');
    }
  }

  let topics: TopicRecord[];
  if (topicsSheet) {
    topics = readList(topicsSheet, 'topics', 'topics', (sheet, row) => {
      const topic: TopicRecord = {
        id: tokenCell(sheet, row, 'id')!, label: textCell(sheet, row, 'label')!,
        support: textCell(sheet, row, 'support')!, oppose: textCell(sheet, row, 'oppose')!,
      };
      setIf(topic, 'description', textCell(sheet, row, 'description'));
      return topic;
    });
  } else {
    topics = derive('topic', 'topics', topicIds, (id) => ({ id, label: id, support: `${id}: support`, oppose: `${id}: oppose` }));
    if (topics.length > 0) {
      report.push(`No topics sheet: derived ${plural(topics.length, 'topic')} from the positions, each labelled by its id, with placeholder wording for support and oppose (${listIds(topicIds)}). Add a topics sheet to say what supporting and opposing mean.`);
    }
  }

  let sources: SourceRecord[];
  if (sourcesSheet) {
    sources = readList(sourcesSheet, 'sources', 'sources', (sheet, row) => {
      const source: SourceRecord = { id: tokenCell(sheet, row, 'id')!, title: textCell(sheet, row, 'title')! };
      setIf(source, 'publisher', textCell(sheet, row, 'publisher'));
      setIf(source, 'published', tokenCell(sheet, row, 'published'));
      setIf(source, 'url', tokenCell(sheet, row, 'url'));
      setIf(source, 'note', textCell(sheet, row, 'note'));
      setIf(source, 'text', tokenCell(sheet, row, 'text'));
      return source;
    });
  } else {
    sources = derive('source', 'sources', sourceIds, (id) => ({ id, title: id }));
    if (sources.length > 0) {
      report.push(`No sources sheet: derived ${plural(sources.length, 'source')} from the ids cited, each titled by its id (${listIds(sourceIds)}). Add a sources sheet for titles, publishers and links.`);
    }
  }

  // The file's own fields.
  const datasetRow = datasetSheet?.rows[0];
  if (datasetSheet && datasetSheet.rows.length > 1) {
    problems.push(problemAt('warning', 'csv-extra-row', cellOrigin(datasetSheet, datasetSheet.rows[1]!, 'title'),
      `The dataset sheet holds one row (the file's title and description); rows after row ${datasetRow!.line} were not carried over.`));
  }
  const sheetTitle = datasetSheet && datasetRow ? textCell(datasetSheet, datasetRow, 'title') : undefined;
  let title = meta?.title ?? sheetTitle;
  if (title === undefined) {
    title = `Imported from ${eventsSheet.file.split(/[\\/]/).pop() ?? eventsSheet.file}`;
    report.push(`No title was given: the file is titled "${title}". Give one with a dataset sheet (title column) or --title.`);
  }
  const types = readList(typesSheet, 'types', 'types', (sheet, row) => {
    const type: DeclaredTypeRecord = { id: tokenCell(sheet, row, 'id')!, label: textCell(sheet, row, 'label')!, kind: tokenCell(sheet, row, 'kind') as TypeKind };
    setIf(type, 'description', textCell(sheet, row, 'description'));
    return type;
  });
  const file: DatasetFile = { version: 1, title, sources, countries, actors, topics, ...(types.length > 0 ? { types } : {}), events: events.map(({ record }) => record) };
  if (datasetSheet && datasetRow) {
    if (meta?.title === undefined) origins.set('title', cellOrigin(datasetSheet, datasetRow, 'title'));
    const description = textCell(datasetSheet, datasetRow, 'description');
    const schema = tokenCell(datasetSheet, datasetRow, 'schema');
    if (description !== undefined) {
      file.description = description;
      origins.set('description', cellOrigin(datasetSheet, datasetRow, 'description'));
    }
    if (schema !== undefined) file.$schema = schema;
    const viewFrom = tokenCell(datasetSheet, datasetRow, 'view_from');
    const viewTo = tokenCell(datasetSheet, datasetRow, 'view_to');
    if (viewFrom !== undefined && viewTo !== undefined) file.view = { from: viewFrom, to: viewTo };
  }
  return { file, problems, report, origin };
}
