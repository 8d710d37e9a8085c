// CSV sheets → Stanceline: each row into its record, problems pointing at the cell they
// came from, actors and topics derived when their sheets are missing.
import { readStories } from './storiesSheet';
import type {
  ActorRecord, AnnotationRecord, CountryRecord, DatasetFile, DeclaredTypeRecord, PeriodRecord, EventRecord, EventStatus, EventType, PositionRecord,
  Problem, QuoteRecord, SourceRecord, Stance, TopicRecord, TypeKind,
} from '../model/types';
import { parentPath, problemAt } from './result';
import type { ConvertResult, Origin } from './result';
import { cellOrigin, isBlankRow, listCell, readSheet, textCell, tokenCell } from './sheet';
import type { CellTable, ParsedSheet, SheetRow } from './sheet';
import { SHEET_LAYOUTS } from './csvLayouts';
import type { SheetName } from './csvLayouts';
import { t } from '../i18n/translate';
import { runAtOnce } from '../data/steps';
import type { Steps } from '../data/steps';
import { actorAndTopicUsesOf, sourceUsesOf, usePath } from './idUses';
import type { FirstUse } from './idUses';

export type SheetInput = {
  /** The file name as the user knows it; it appears in every problem. */
  name: string;
} & (
  | { text: string }
  /** Cells already read from a columnar file (parquet.ts): column names first, records numbered from 1. */
  | { table: CellTable }
);

export type SheetInputs = Partial<Record<SheetName, SheetInput>>;

/** Reads `field` into `target` when the cell is not blank. */
function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

class SheetReader {
  readonly problems: Problem[] = [];
  readonly report: string[] = [];
  /** Single cells (title, description): where they came from. */
  readonly origins = new Map<string, Origin>();
  /** The row each nested record came from (a position, a quote, a story's step), by its JSON path; a field's cell is found on demand. */
  readonly records = new Map<string, { sheet: ParsedSheet; row: SheetRow }>();
  /**
   * The row each top-level record came from, by list and position ("events", 3): an array per
   * list rather than a path string per record, which a million-row sheet made a million of.
   */
  private readonly listRows = new Map<string, { sheet: ParsedSheet; rows: SheetRow[] }>();
  /** A derived list's records (actors, topics, sources made from the ids used): the path of each one's first use, looked up only when a problem needs it. */
  private readonly derivedFrom = new Map<string, readonly FirstUse[]>();

  read(name: SheetName, input: SheetInput | undefined): ParsedSheet | undefined {
    if (!input) return undefined;
    return readSheet(input.name, 'text' in input ? input.text : input.table, name, SHEET_LAYOUTS[name], this.problems, this.report);
  }

  /** Whether the row has all its required cells (an error for each blank one). */
  required(sheet: ParsedSheet, sheetName: SheetName, row: SheetRow): boolean {
    let complete = true;
    for (const column of SHEET_LAYOUTS[sheetName]) {
      if (!column.required) continue;
      const blank = column.kind === 'list' ? listCell(sheet, row, column.header) === undefined : textCell(sheet, row, column.header) === undefined;
      if (blank) {
        this.problems.push(problemAt('error', 'csv-missing-value', cellOrigin(sheet, row, column.header),
          t('Row {row} of {file} has no {column}, which is required; the row was not carried over.', { row: row.line, file: sheet.file, column: column.header })));
        complete = false;
      }
    }
    return complete;
  }

  /** Records the row a nested record (JSON path `base`) came from. One entry per record, not per field: files can be large. */
  mark(base: string, sheet: ParsedSheet, row: SheetRow): void {
    this.records.set(base, { sheet, row });
  }

  /** Records the row the top-level record `listName[index]` came from. */
  markItem(listName: string, index: number, sheet: ParsedSheet, row: SheetRow): void {
    // A list's records all come from one sheet: the sheet is kept once, not with every row.
    let list = this.listRows.get(listName);
    if (!list) this.listRows.set(listName, (list = { sheet, rows: [] }));
    if (list.sheet !== sheet) throw new Error(`SheetReader: ${listName} came from ${list.sheet.file} and ${sheet.file}`);
    list.rows[index] = row;
  }

  /** The rows the records of `listName` came from, by position. */
  rowsOf(listName: string): readonly SheetRow[] {
    return this.listRows.get(listName)?.rows ?? [];
  }

  /** Says that `listName[k]` was derived from the id used first at `firstUses[k]`; that use's cell is its origin. */
  derived(listName: string, firstUses: readonly FirstUse[]): void {
    this.derivedFrom.set(listName, firstUses);
  }

  /** Where a JSON path of the built file came from: the nearest recorded ancestor, at the column of the field below it. */
  readonly origin = (path: string): Origin | undefined => {
    let at = path;
    let field: string | undefined;
    for (;;) {
      const single = this.origins.get(at);
      if (single) return single;
      const item = TOP_LEVEL_ITEM.exec(at);
      if (item) {
        const [, listName = '', position = ''] = item;
        const firstUse = this.derivedFrom.get(listName)?.[Number(position)];
        if (firstUse !== undefined) return this.origin(usePath(firstUse));
        const list = this.listRows.get(listName);
        const row = list?.rows[Number(position)];
        if (list && row) return rowOrigin({ sheet: list.sheet, row }, field);
      }
      const record = this.records.get(at);
      if (record) return rowOrigin(record, field);
      if (at === '') return undefined;
      const parent = parentPath(at);
      const segment = at.slice(parent.length);
      if (segment.startsWith('.')) field = segment.slice(1);
      at = parent;
    }
  };
}

/** A top-level record's path, e.g. `events[3]`: its list and position. */
const TOP_LEVEL_ITEM = /^([A-Za-z]+)\[(\d+)\]$/;

/** A record's row as an origin: the cell of `field` when the sheet has that column, else the row's first cell. */
function rowOrigin({ sheet, row }: { sheet: ParsedSheet; row: SheetRow }, field: string | undefined): Origin {
  return cellOrigin(sheet, row, field !== undefined && sheet.columns.has(field) ? field : firstColumn(sheet));
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
        t('The code {code} in row {row} names no scheme; write it as scheme:code, e.g. cameo:036.', { code: JSON.stringify(item), row: row.line })));
      continue;
    }
    codes[scheme] = item.slice(colon + 1).trim();
  }
  return Object.keys(codes).length > 0 ? codes : undefined;
}

/** The events sheet's required columns, which csvToDataset reads itself (a test holds them to the layout). */
export const EVENT_REQUIRED = ['id', 'type', 'date', 'actors', 'title'] as const;

/**
 * The events sheet's columns an event's details come from: none is required, the chart draws
 * none of them, and the model is made without them. A columnar file's may be read after the
 * rest (csvToDataset's `detailsLater`).
 */
export const EVENT_DETAIL_COLUMNS = ['dateNote', 'location', 'summary', 'sources', 'tags', 'codes'] as const;

/** Reads an event's details (EVENT_DETAIL_COLUMNS) from its row into its record, in the record's field order. */
function readEventDetails(reader: SheetReader, sheet: ParsedSheet, row: SheetRow, event: EventRecord): void {
  setIf(event, 'dateNote', textCell(sheet, row, 'dateNote'));
  setIf(event, 'location', textCell(sheet, row, 'location'));
  setIf(event, 'summary', textCell(sheet, row, 'summary'));
  setIf(event, 'sources', listCell(sheet, row, 'sources'));
  setIf(event, 'tags', listCell(sheet, row, 'tags'));
  setIf(event, 'codes', parseCodes(reader, sheet, row));
}

/** Events whose details are read in one step of `readDetails` (a few milliseconds' work). */
const DETAILS_PER_STEP = 20_000;

/**
 * What csvToDataset gives when asked for the events' details later: the file without them (and
 * without the sources derived from them), and the steps that read them once the events sheet's
 * rows hold their cells.
 */
export interface DetailsLater extends ConvertResult {
  /**
   * Reads every event's details from its row into its record, reports a row taken as blank
   * before its details came, and derives the sources (without a sources sheet): their problems
   * and report lines join the result's, as if read at once.
   */
  readDetails(): Steps<void>;
}

/**
 * With `detailsLater`, the events' details (EVENT_DETAIL_COLUMNS) are left out until the caller
 * has filled their cells into the events sheet's rows and run `readDetails`: a columnar file's
 * chart is drawn before they are decoded (parquet.ts). Only for an events sheet read alone.
 */
export function csvToDataset(sheets: SheetInputs, meta: { title?: string } | undefined, options: { detailsLater: true }): DetailsLater;
/**
 * Builds a Stanceline file from CSV sheets. The events sheet is required; actors, countries,
 * topics and sources are derived from the ids used when their sheets are not given (and the
 * report says so). The file is returned whenever the events sheet could be read, so that
 * the loader can report every remaining problem at once; validate it before use.
 */
export function csvToDataset(sheets: SheetInputs, meta?: { title?: string }): ConvertResult;
export function csvToDataset(sheets: SheetInputs, meta?: { title?: string }, { detailsLater = false }: { detailsLater?: boolean } = {}): ConvertResult | DetailsLater {
  if (detailsLater && (sheets.positions || sheets.quotes)) throw new Error('csvToDataset: the details come later only for an events sheet read alone');
  const reader = new SheetReader();
  const { problems, report, origins, origin } = reader;
  const eventsSheet = reader.read('events', sheets.events);
  if (!sheets.events) {
    const given = Object.values(sheets).map((input) => input?.name).filter(Boolean).join(', ');
    problems.push(problemAt('error', 'csv-no-events', { file: given || 'events.csv', line: 0, column: 0, path: '' },
      t('No events sheet was given: a Stanceline spreadsheet needs an events sheet (events.csv) with at least id, type, date, actors and title columns.')));
  }
  const positionsSheet = reader.read('positions', sheets.positions);
  const quotesSheet = reader.read('quotes', sheets.quotes);
  const actorsSheet = reader.read('actors', sheets.actors);
  const countriesSheet = reader.read('countries', sheets.countries);
  const topicsSheet = reader.read('topics', sheets.topics);
  const typesSheet = reader.read('types', sheets.types);
  const periodsSheet = reader.read('periods', sheets.periods);
  const annotationsSheet = reader.read('annotations', sheets.annotations);
  const sourcesSheet = reader.read('sources', sheets.sources);
  const datasetSheet = reader.read('dataset', sheets.dataset);
  const storiesSheet = reader.read('stories', sheets.stories);
  if (!eventsSheet) return { problems, report };

  // Events, in row order.
  const events: EventRecord[] = [];
  // Positions and quotes find their event by id: without their sheets (a Parquet file, a lone
  // events sheet) the two maps would be a million entries each for nothing.
  const joinsEvents = positionsSheet !== undefined || quotesSheet !== undefined;
  const eventById = new Map<string, EventRecord>();
  const eventIndex = new Map<string, number>();
  const skippedEvents = new Set<string>();
  for (const row of eventsSheet.rows) {
    // The required cells (EVENT_REQUIRED), read once: a row missing any is checked column by
    // column, each blank one reported, and not carried over.
    const id = tokenCell(eventsSheet, row, 'id');
    const type = tokenCell(eventsSheet, row, 'type') as EventType | undefined;
    const date = tokenCell(eventsSheet, row, 'date');
    const actors = listCell(eventsSheet, row, 'actors');
    const title = textCell(eventsSheet, row, 'title');
    if (id === undefined || type === undefined || date === undefined || actors === undefined || title === undefined) {
      reader.required(eventsSheet, 'events', row);
      if (id) skippedEvents.add(id);
      continue;
    }
    const event: EventRecord = { id, type, date, actors, title };
    setIf(event, 'end', tokenCell(eventsSheet, row, 'end'));
    setIf(event, 'status', tokenCell(eventsSheet, row, 'status') as EventStatus | undefined);
    if (!detailsLater) readEventDetails(reader, eventsSheet, row, event);
    const index = events.length;
    reader.markItem('events', index, eventsSheet, row);
    if (joinsEvents && !eventById.has(event.id)) {
      eventById.set(event.id, event);
      eventIndex.set(event.id, index);
    }
    events.push(event);
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
            t('Row {row} of {file} belongs to event "{event}", but {eventsFile} has no event with that id.', { row: row.line, file: sheet.file, event: eventId, eventsFile: eventsSheet.file })));
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

  // The lists: given, or derived from the ids used. Each id maps to the path of its first use
  // (a Map keeps first-use order); the path is written once per id, not once per use.
  const { actorUses, topicUses } = actorAndTopicUsesOf(events);

  const readList = <T>(sheet: ParsedSheet | undefined, sheetName: SheetName, listName: string, build: (sheet: ParsedSheet, row: SheetRow) => T): T[] => {
    const list: T[] = [];
    if (!sheet) return list;
    for (const row of sheet.rows) {
      if (!reader.required(sheet, sheetName, row)) continue;
      reader.markItem(listName, list.length, sheet, row);
      list.push(build(sheet, row));
    }
    return list;
  };
  const derive = <T>(listName: string, uses: ReadonlyMap<string, FirstUse>, build: (id: string) => T): T[] => {
    reader.derived(listName, [...uses.values()]);
    return Array.from(uses.keys(), build);
  };
  /** The first eight ids used, and how many more. */
  const listIds = (uses: ReadonlyMap<string, FirstUse>) => {
    const ids: string[] = [];
    for (const id of uses.keys()) if (ids.push(id) === 8) break;
    return uses.size > 8 ? t('{ids} and {more} more', { ids: ids.join(', '), more: uses.size - 8 }) : ids.join(', ');
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
    actors = derive('actors', actorUses, (id) => ({ id, name: id }));
    if (actors.length > 0) {
      report.push(t('No actors sheet: derived {count, plural, one {# actor} other {# actors}} from the ids used, each named by its id and with no country ({ids}). Add an actors sheet to give names, roles and countries.', { count: actors.length, ids: listIds(actorUses) }));
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
    const countryUses = new Map<string, FirstUse>();
    actors.forEach((actor, index) => {
      if (actor.country && !countryUses.has(actor.country)) countryUses.set(actor.country, `actors[${index}].country`);
    });
    countries = derive('countries', countryUses, (id) => ({ id, name: id }));
    if (countries.length > 0) {
      report.push(t('No countries sheet: derived {count, plural, one {# country} other {# countries}} from the actors\' country ids, each named by its id ({ids}). Add a countries sheet to name them and mark organisations.', { count: countries.length, ids: listIds(countryUses) }));
    } else if (!actorsSheet && actors.length > 0) {
      report.push(t('No countries: without an actors sheet no actor has a country, so the timeline cannot group events by country.'));
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
    topics = derive('topics', topicUses, (id) => ({ id, label: id, support: `${id}: support`, oppose: `${id}: oppose` }));
    if (topics.length > 0) {
      report.push(t('No topics sheet: derived {count, plural, one {# topic} other {# topics}} from the positions, each labelled by its id, with placeholder wording for support and oppose ({ids}). Add a topics sheet to say what supporting and opposing mean.', { count: topics.length, ids: listIds(topicUses) }));
    }
  }

  let sources: SourceRecord[];
  /** Derives the sources from the ids cited, and says so in the report at `reportAt`. */
  const deriveSources = (sourceUses: ReadonlyMap<string, FirstUse>, reportAt: number): SourceRecord[] => {
    const derived = derive('sources', sourceUses, (id) => ({ id, title: id }));
    if (derived.length > 0) {
      report.splice(reportAt, 0, t('No sources sheet: derived {count, plural, one {# source} other {# sources}} from the ids cited, each titled by its id ({ids}). Add a sources sheet for titles, publishers and links.', { count: derived.length, ids: listIds(sourceUses) }));
    }
    return derived;
  };
  /** Where the report says the sources were derived: after the topics, whenever that is known. */
  const sourcesReportAt = report.length;
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
    // Derived from the events' details: with them later, the list is filled in then (readDetails).
    sources = detailsLater ? [] : deriveSources(runAtOnce(sourceUsesOf(events)), sourcesReportAt);
  }

  // The file's own fields.
  const datasetRow = datasetSheet?.rows[0];
  if (datasetSheet && datasetSheet.rows.length > 1) {
    problems.push(problemAt('warning', 'csv-extra-row', cellOrigin(datasetSheet, datasetSheet.rows[1]!, 'title'),
      t('The dataset sheet holds one row (the file\'s title and description); rows after row {row} were not carried over.', { row: datasetRow!.line })));
  }
  const sheetTitle = datasetSheet && datasetRow ? textCell(datasetSheet, datasetRow, 'title') : undefined;
  let title = meta?.title ?? sheetTitle;
  if (title === undefined) {
    title = `Imported from ${eventsSheet.file.split(/[\\/]/).pop() ?? eventsSheet.file}`;
    report.push(t('No title was given: the file is titled "{title}". Give one with a dataset sheet (title column) or --title.', { title }));
  }
  const types = readList(typesSheet, 'types', 'types', (sheet, row) => {
    const type: DeclaredTypeRecord = { id: tokenCell(sheet, row, 'id')!, label: textCell(sheet, row, 'label')!, kind: tokenCell(sheet, row, 'kind') as TypeKind };
    setIf(type, 'description', textCell(sheet, row, 'description'));
    return type;
  });
  const periods = readList(periodsSheet, 'periods', 'periods', (sheet, row) => {
    const period: PeriodRecord = { label: textCell(sheet, row, 'label')!, start: tokenCell(sheet, row, 'start')!, end: tokenCell(sheet, row, 'end')! };
    setIf(period, 'note', textCell(sheet, row, 'note'));
    setIf(period, 'actors', listCell(sheet, row, 'actors'));
    setIf(period, 'countries', listCell(sheet, row, 'countries'));
    return period;
  });
  const annotations = readList(annotationsSheet, 'annotations', 'annotations', (sheet, row) => {
    const annotation: AnnotationRecord = { label: textCell(sheet, row, 'label')!, date: tokenCell(sheet, row, 'date')! };
    setIf(annotation, 'note', textCell(sheet, row, 'note'));
    setIf(annotation, 'actors', listCell(sheet, row, 'actors'));
    setIf(annotation, 'countries', listCell(sheet, row, 'countries'));
    return annotation;
  });
  const file: DatasetFile = {
    version: 1,
    title,
    sources,
    countries,
    actors,
    topics,
    ...(types.length > 0 ? { types } : {}),
    events,
    ...(periods.length > 0 ? { periods } : {}),
    ...(annotations.length > 0 ? { annotations } : {}),
  };
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
  const stories = storiesSheet ? readStories(storiesSheet, reader) : [];
  if (stories.length > 0) file.stories = stories;
  if (!detailsLater) return { file, problems, report, origin };
  function* readDetails(): Steps<void> {
    const rows = reader.rowsOf('events');
    for (let index = 0; index < events.length; index++) {
      readEventDetails(reader, eventsSheet!, rows[index]!, events[index]!);
      if (index % DETAILS_PER_STEP === DETAILS_PER_STEP - 1) yield;
    }
    // A row blank but for its details would have been read, and its blank required cells named.
    for (const row of eventsSheet!.blankRows) if (!isBlankRow(row.cells)) reader.required(eventsSheet!, 'events', row);
    if (sourcesSheet) return;
    // The same array the file (and a model made from it) holds.
    for (const source of deriveSources(yield* sourceUsesOf(events), sourcesReportAt)) sources.push(source);
  }
  return { file, problems, report, origin, readDetails };
}
