// A column mapping: which columns of a CSV or TSV file Stanceline does not know hold the
// date, actors, countries, type, title, text and source of each event. A small JSON document
// (data/schema/column-mapping.schema.json) the app's mapping dialog makes and saves, and
// `npm run convert -- --mapping mapping.json table.csv` reuses. This file holds its shape,
// its check, and a first guess from the header; mappedTable.ts applies it.
import { normaliseHeader } from './sheet';
import { t } from '../i18n/translate';

export const MAPPING_FORMAT = 'stanceline-column-mapping';

export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DATE_ORDERS = ['YMD', 'DMY', 'MDY'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** What the type column holds: Stanceline's names (or words of the user's own), CAMEO codes or PLOVER event types. */
export const TYPE_SCHEMES = ['names', 'cameo', 'plover'] as const;
export type TypeScheme = (typeof TYPE_SCHEMES)[number];

export const BUILT_IN_TYPES = ['statement', 'call', 'meeting'] as const;
export type DefaultType = (typeof BUILT_IN_TYPES)[number];

/** One column of actors, with the column naming their country (cell by cell, or one country for all). */
export interface ActorColumns {
  column: string;
  country?: string;
}

/** The columns of the file, each named by its header text (or "column N" for a blank header). */
export interface MappedColumns {
  date: string;
  end?: string;
  actors: ActorColumns[];
  type?: string;
  title?: string;
  summary?: string;
  sourceUrl?: string;
  sourceTitle?: string;
  location?: string;
  id?: string;
}

export interface ColumnMapping {
  format: typeof MAPPING_FORMAT;
  version: 1;
  delimiter: Delimiter;
  columns: MappedColumns;
  /** How dates are written: the order of day, month and year, or a date-fns pattern ("dd.MM.yyyy"). */
  dates: { order: DateOrder; format?: string };
  /** What separates several values in one cell ("France; Germany"). */
  separator: string;
  types: { scheme: TypeScheme; default: DefaultType };
}

/** The name a file's mapping is saved under: "log.csv" → "log.mapping.json". */
export function mappingFileName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  return `${last.replace(/\.[^.]*$/, '') || 'table'}.mapping.json`;
}

/** A problem with the mapping itself: where in the document, and what. */
export interface MappingProblem {
  path: string;
  message: string;
}

export const OPTIONAL_COLUMNS = ['end', 'type', 'title', 'summary', 'sourceUrl', 'sourceTitle', 'location', 'id'] as const;
type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], path: string, problems: MappingProblem[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push({ path: path === '' ? key : `${path}.${key}`, message: t('"{key}" is not part of a column mapping (expected {known}).', { key, known: known.join(', ') }) });
  }
}

/**
 * Checks a parsed JSON value against the mapping's shape, naming each problem's place.
 * The same rules as data/schema/column-mapping.schema.json (a unit test holds them together).
 */
export function checkColumnMapping(value: unknown): { mapping?: ColumnMapping; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  if (!isObject(value)) return { problems: [{ path: '', message: t('A column mapping is a JSON object \'{\' "format": "stanceline-column-mapping", … \'}\'.') }] };
  unknownKeys(value, ['$schema', 'format', 'version', 'delimiter', 'columns', 'dates', 'separator', 'types'], '', problems);
  if (value.format !== MAPPING_FORMAT) problems.push({ path: 'format', message: t('"format" must be "{format}".', { format: MAPPING_FORMAT }) });
  if (value.version !== 1) problems.push({ path: 'version', message: t('"version" must be 1.') });
  if (!(DELIMITERS as readonly unknown[]).includes(value.delimiter)) problems.push({ path: 'delimiter', message: t('"delimiter" must be one of ",", "\\t", ";" or "|".') });
  if (!nonEmptyString(value.separator) || value.separator.length > 3) problems.push({ path: 'separator', message: t('"separator" must be one to three characters, such as ";".') });

  const dates = value.dates;
  if (!isObject(dates)) problems.push({ path: 'dates', message: t('"dates" must be an object with "order" (YMD, DMY or MDY).') });
  else {
    unknownKeys(dates, ['order', 'format'], 'dates', problems);
    if (!(DATE_ORDERS as readonly unknown[]).includes(dates.order)) problems.push({ path: 'dates.order', message: t('"order" must be "YMD", "DMY" or "MDY".') });
    if (dates.format !== undefined && !nonEmptyString(dates.format)) problems.push({ path: 'dates.format', message: t('"format" must be a date-fns pattern such as "dd.MM.yyyy", or left out.') });
  }

  const types = value.types;
  if (!isObject(types)) problems.push({ path: 'types', message: t('"types" must be an object with "scheme" and "default".') });
  else {
    unknownKeys(types, ['scheme', 'default'], 'types', problems);
    if (!(TYPE_SCHEMES as readonly unknown[]).includes(types.scheme)) problems.push({ path: 'types.scheme', message: t('"scheme" must be "names", "cameo" or "plover".') });
    if (!(BUILT_IN_TYPES as readonly unknown[]).includes(types.default)) problems.push({ path: 'types.default', message: t('"default" must be "statement", "call" or "meeting".') });
  }

  const columns = value.columns;
  if (!isObject(columns)) problems.push({ path: 'columns', message: t('"columns" must be an object naming at least the "date" and "actors" columns.') });
  else {
    unknownKeys(columns, ['date', 'actors', ...OPTIONAL_COLUMNS], 'columns', problems);
    if (!nonEmptyString(columns.date)) problems.push({ path: 'columns.date', message: t('Name the column that holds each event\'s date.') });
    for (const key of OPTIONAL_COLUMNS) {
      if (columns[key] !== undefined && !nonEmptyString(columns[key])) problems.push({ path: `columns.${key}`, message: t('"{key}" must name a column, or be left out.', { key }) });
    }
    const actors = columns.actors;
    if (!Array.isArray(actors) || actors.length === 0) problems.push({ path: 'columns.actors', message: t('Name at least one column of actors: "actors": [\'{\' "column": "Actor" \'}\'].') });
    else {
      actors.forEach((entry, index) => {
        const path = `columns.actors[${index}]`;
        if (!isObject(entry)) {
          problems.push({ path, message: t('Each actors entry is \'{\' "column": "…", "country": "…" \'}\' (country optional).') });
          return;
        }
        unknownKeys(entry, ['column', 'country'], path, problems);
        if (!nonEmptyString(entry.column)) problems.push({ path: `${path}.column`, message: t('Name the column of actors.') });
        if (entry.country !== undefined && !nonEmptyString(entry.country)) problems.push({ path: `${path}.country`, message: t('"{key}" must name a column, or be left out.', { key: 'country' }) });
      });
    }
  }
  return problems.length > 0 ? { problems } : { mapping: value as unknown as ColumnMapping, problems };
}

/** Reads a mapping file's text: JSON, then its shape. */
export function parseColumnMapping(text: string): { mapping?: ColumnMapping; problems: MappingProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [{ path: '', message: t('The mapping is not valid JSON ({reason}).', { reason: error instanceof Error ? error.message : String(error) }) }] };
  }
  return checkColumnMapping(value);
}

/** How the mapping names a column: its header, or "column 3" when the header is blank. */
export function columnNames(header: readonly string[]): string[] {
  return header.map((name, index) => (name.trim() === '' ? `column ${index + 1}` : name.trim()));
}

/** The 0-based index of a named column, matching headers loosely ("Event date" = "event_date"). */
export function columnIndex(names: readonly string[], name: string): number | undefined {
  const exact = names.indexOf(name.trim());
  if (exact >= 0) return exact;
  const loose = normaliseHeader(name);
  const index = names.findIndex((candidate) => normaliseHeader(candidate) === loose);
  return index >= 0 ? index : undefined;
}

/** Every column the mapping names, with where in the mapping it is named. */
export function namedColumns(mapping: ColumnMapping): { path: string; name: string }[] {
  const named: { path: string; name: string }[] = [{ path: 'columns.date', name: mapping.columns.date }];
  mapping.columns.actors.forEach((entry, index) => {
    named.push({ path: `columns.actors[${index}].column`, name: entry.column });
    if (entry.country !== undefined) named.push({ path: `columns.actors[${index}].country`, name: entry.country });
  });
  for (const key of OPTIONAL_COLUMNS) {
    const name = mapping.columns[key];
    if (name !== undefined) named.push({ path: `columns.${key}`, name });
  }
  return named;
}

/** Columns the mapping names that the file's header lacks. */
export function missingColumns(mapping: ColumnMapping, header: readonly string[]): MappingProblem[] {
  const names = columnNames(header);
  return namedColumns(mapping)
    .filter(({ name }) => columnIndex(names, name) === undefined)
    .map(({ path, name }) => ({ path, message: t('The file has no column "{name}" (its columns are {columns}).', { name, columns: names.map((column) => `"${column}"`).join(', ') }) }));
}

/** Header words that suggest what a column holds, in order of preference. */
const HINTS: Readonly<Record<'date' | 'actors' | 'country' | OptionalColumn, readonly string[]>> = {
  date: ['date', 'startdate', 'start', 'eventdate', 'day', 'when', 'datum', 'year'],
  end: ['enddate', 'end', 'until', 'to'],
  actors: ['actors', 'actor', 'actor1', 'who', 'speaker', 'participants', 'parties', 'source', 'sourcename', 'name', 'person'],
  country: ['country', 'countries', 'actorcountry', 'nation', 'state'],
  type: ['type', 'eventtype', 'kind', 'category', 'code', 'event'],
  title: ['title', 'headline', 'event', 'name', 'what'],
  summary: ['summary', 'text', 'description', 'notes', 'note', 'details', 'content'],
  sourceUrl: ['url', 'link', 'sourceurl', 'href', 'sourcelink'],
  sourceTitle: ['sourcetitle', 'source', 'publisher', 'outlet', 'citation'],
  location: ['location', 'place', 'city', 'where'],
  id: ['id', 'eventid', 'identifier', 'key'],
};

/** A first mapping from the header's words; the dialog shows it for the user to correct. */
export function guessMapping(header: readonly string[], delimiter: Delimiter): ColumnMapping {
  const names = columnNames(header);
  const used = new Set<number>();
  const pick = (hints: readonly string[]): string | undefined => {
    for (const hint of hints) {
      const index = names.findIndex((name, at) => !used.has(at) && normaliseHeader(name) === hint);
      if (index >= 0) {
        used.add(index);
        return names[index];
      }
    }
    return undefined;
  };
  const date = pick(HINTS.date) ?? names[0] ?? 'column 1';
  used.add(names.indexOf(date));
  const actor = pick(HINTS.actors);
  const country = pick(HINTS.country);
  const columns: MappedColumns = { date, actors: [{ column: actor ?? names.find((_, index) => !used.has(index)) ?? date, ...(country ? { country } : {}) }] };
  for (const key of ['id', 'end', 'sourceUrl', 'type', 'title', 'summary', 'sourceTitle', 'location'] as const) {
    const found = pick(HINTS[key]);
    if (found !== undefined) columns[key] = found;
  }
  return { format: MAPPING_FORMAT, version: 1, delimiter, columns, dates: { order: 'YMD' }, separator: ';', types: { scheme: 'names', default: 'statement' } };
}
