// Any other CSV or TSV, read through a column mapping (columnMapping.ts): each row one event,
// its date, actors, countries, type, title, text and source taken from the columns the mapping
// names. Rows are parsed by d3-dsv, like the Stanceline sheets. Every event keeps its row
// number in `codes.row` (and the file's own id in `codes.id` when mapped), and every row that
// cannot become an event is reported with its row and column.
import { dsvFormat } from 'd3';
import type { Problem } from '../model/types';
import { placeOfCode } from './countryCodes';
import { columnIndex, columnNames, DELIMITERS, guessMapping, missingColumns } from './columnMapping';
import type { ColumnMapping, Delimiter, MappedColumns } from './columnMapping';
import { classifyCameo, classifyPlover, cameoLabel, PLOVER_EVENTS } from './eventCodes';
import type { TypeChoice } from './eventCodes';
import { EventDataBuilder } from './eventData';
import type { DraftActor, DraftEvent, DraftReference, EventDataFormat } from './eventData';
import { RecordProblems, RowLosses, webUrl } from './eventRows';
import type { FieldColumns } from './eventRows';
import { guessDateOrder, readMappedDate } from './mappedDates';
import { problemAt } from './result';
import type { ConvertResult } from './result';
import { stripBom } from './sheet';
import { t } from '../i18n/translate';

/** What the app needs to offer the mapping dialog: the start of the file and a delimiter guess. */
export interface TableSample {
  delimiter: Delimiter;
  /** The text of the header and the first rows (whole rows only). */
  head: string;
  /** Whether the file goes on after `head`. */
  truncated: boolean;
  /** The data rows of the whole file (header and blank rows left out), so the preview can say which part of it it shows. */
  rows: number;
}

/** Rows shown and checked in the dialog's preview. */
export const SAMPLE_ROWS = 200;
const SAMPLE_MAX_CHARS = 256 * 1024;

/** The start of a text: up to `rows` + 1 lines and a size cap, cut at a line end. */
function headOf(text: string, rows: number): { head: string; truncated: boolean } {
  let at = 0;
  for (let line = 0; line <= rows; line++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length <= SAMPLE_MAX_CHARS ? { head: text, truncated: false } : { head: text.slice(0, SAMPLE_MAX_CHARS), truncated: true };
    if (next + 1 > SAMPLE_MAX_CHARS) break;
    at = next + 1;
  }
  if (at === 0) return { head: text.slice(0, SAMPLE_MAX_CHARS), truncated: text.length > SAMPLE_MAX_CHARS };
  return { head: text.slice(0, at), truncated: at < text.length };
}

/** Parses rows with a delimiter (d3-dsv: quotes, quoted delimiters and newlines, CRLF). */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  return dsvFormat(delimiter).parseRows(stripBom(text));
}

/**
 * Whether a text is a delimited table, and its most likely delimiter: the one that splits
 * the header into the most columns (at least two) and the next rows into as many.
 */
export function sniffDelimiter(text: string): Delimiter | undefined {
  const { head } = headOf(stripBom(text), 5);
  if (head.trimStart().startsWith('{') || head.trimStart().startsWith('[') || head.trimStart().startsWith('<')) return undefined;
  let best: { delimiter: Delimiter; columns: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const rows = parseDelimited(head, delimiter).filter((row) => row.some((cell) => cell.trim() !== ''));
    const columns = rows[0]?.length ?? 0;
    if (columns < 2) continue;
    // Every further row (but a last one cut short by the sample) must have as many cells.
    if (rows.slice(1, -1).some((row) => row.length !== columns)) continue;
    if (!best || columns > best.columns) best = { delimiter, columns };
  }
  return best?.delimiter;
}

/** The sample of a table for the mapping dialog, or undefined when the text is not a table. */
export function tableSample(text: string): TableSample | undefined {
  const delimiter = sniffDelimiter(text);
  if (delimiter === undefined) return undefined;
  const head = headOf(stripBom(text), SAMPLE_ROWS);
  return { delimiter, ...head, rows: head.truncated ? countTableRows(text, delimiter) : tableRows(head.head, delimiter).rows.length };
}

/**
 * How many data rows a table has, counted as tableRows counts them (quoted line breaks,
 * blank rows left out) without keeping the rows: the whole file is parsed once, row by row.
 */
export function countTableRows(text: string, delimiter: Delimiter): number {
  let rows = 0;
  dsvFormat(delimiter).parseRows(stripBom(text), (cells, index) => {
    if (index > 0 && cells.some((cellText) => cellText.trim() !== '')) rows += 1;
    return null;
  });
  return rows;
}

const FORMAT: EventDataFormat = {
  idScheme: 'row',
  idKey: 'row',
  label: 'table',
  publisher: 'The table this file was converted from',
  mirrored: false,
  citation: 'Each event\'s codes.row is its row in the table (the header is row 1).',
};

function typeOf(value: string | undefined, mapping: ColumnMapping): { choice: TypeChoice; action: string } {
  const fallback = mapping.types.default;
  if (value === undefined) return { choice: { builtIn: fallback }, action: fallback };
  if (mapping.types.scheme === 'cameo') return { choice: classifyCameo(value), action: cameoLabel(value) ?? `CAMEO ${value}` };
  if (mapping.types.scheme === 'plover') return { choice: classifyPlover(value, undefined, false), action: PLOVER_EVENTS[value.toUpperCase()]?.label ?? value };
  const word = value.trim().toLowerCase();
  if (word === 'statement' || word === 'call' || word === 'meeting') return { choice: { builtIn: word }, action: word };
  // A word of the user's own becomes a type of its own: what the table calls it, drawn as one side's act.
  const id = `type-${word.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'blank'}`;
  return { choice: { declared: { id, label: value.trim(), description: `Rows whose type reads "${value.trim()}".`, kind: 'act' } }, action: value.trim() };
}

interface Row {
  /** 1-based, as a spreadsheet shows it: the header is row 1. */
  line: number;
  cells: readonly string[];
}

/**
 * Turns the rows of a table into a Stanceline file with the mapping. `maxRows` stops early
 * (the dialog's preview); the rows read are then the first ones.
 */
export function mappedRowsToDataset(header: readonly string[], rows: readonly Row[], fileName: string, mapping: ColumnMapping): ConvertResult {
  const missing = missingColumns(mapping, header);
  if (missing.length > 0) {
    return { problems: missing.map((problem) => problemAt('error', 'mapping-column', { file: fileName, line: 1, column: 1, path: problem.path }, t('The column mapping names a column this file lacks: {problem}', { problem: problem.message }))), report: [] };
  }
  const names = columnNames(header);
  const indexOf = (name: string | undefined) => (name === undefined ? undefined : columnIndex(names, name));
  const columns: Partial<Record<keyof MappedColumns, number>> = {};
  for (const key of ['date', 'end', 'type', 'title', 'summary', 'sourceUrl', 'sourceTitle', 'location', 'id'] as const) {
    const index = indexOf(mapping.columns[key]);
    if (index !== undefined) columns[key] = index;
  }
  const actorColumns = mapping.columns.actors.map((entry) => ({ actors: indexOf(entry.column)!, country: indexOf(entry.country) }));
  const spot = (index: number | undefined) => (index === undefined ? undefined : { column: index + 1, path: names[index]! });
  const fields = Object.fromEntries(
    ([['date', columns.date], ['end', columns.end], ['type', columns.type], ['title', columns.title], ['actors', actorColumns[0]?.actors], ['summary', columns.summary], ['location', columns.location]] as const)
      .flatMap(([field, index]) => (index === undefined ? [] : [[field, spot(index)!]])),
  ) as FieldColumns;

  const used = new Set<number>([...Object.values(columns), ...actorColumns.flatMap((entry) => [entry.actors, ...(entry.country === undefined ? [] : [entry.country])])]);
  const problems: Problem[] = [];
  const losses = new RowLosses();
  names.forEach((name, index) => {
    if (!used.has(index)) losses.add(t('column "{column}", which the mapping does not use', { column: name }), () => t('column {number}', { number: index + 1 }));
  });
  const separator = mapping.separator;
  const split = (text: string | undefined) => (text ?? '').split(separator).map((part) => part.trim()).filter((part) => part !== '');

  const label = mapping.delimiter === '\t' ? 'TSV' : 'CSV';
  // Each draft goes to the builder as it is read: none is kept.
  const builder = new EventDataBuilder({ ...FORMAT, label }, fileName);
  let skipped = 0;
  for (const row of rows) {
    const cell = (index: number | undefined): string | undefined => {
      const value = index === undefined ? undefined : row.cells[index]?.trim();
      return value === undefined || value === '' ? undefined : value;
    };
    const at = (index: number) => ({ file: fileName, line: row.line, column: index + 1, path: names[index]! });
    const check = new RecordProblems(problems, () => t('Row {row}', { row: row.line }));
    if (row.cells.length < names.length && row.cells.length > 0) {
      check.warning('short-row', at(row.cells.length), t('it has {cells, plural, one {# cell} other {# cells}} where the header has {columns}; the missing cells are read as empty.', { cells: row.cells.length, columns: names.length }));
    }
    const dateText = cell(columns.date);
    const date = dateText === undefined ? { error: t('the date is empty') } : readMappedDate(dateText, mapping.dates);
    if ('error' in date) check.error('bad-date', at(columns.date!), t('{reason}.', { reason: date.error }));
    const endText = cell(columns.end);
    const end = endText === undefined ? undefined : readMappedDate(endText, mapping.dates);
    if (end && 'error' in end) check.error('bad-date', at(columns.end!), t('its end date {reason}.', { reason: end.error }));

    const actors: DraftActor[] = [];
    for (const entry of actorColumns) {
      const actorNames = split(cell(entry.actors));
      const countries = split(cell(entry.country));
      actorNames.forEach((name, index) => {
        // One country for every actor of the cell, or one per actor in the same order.
        const country = countries.length === 1 ? countries[0] : countries[index];
        const actor: DraftActor = { name };
        if (country !== undefined) actor.group = /^[A-Z]{3}$/.test(country) ? (placeOfCode(country) ?? { name: country, organisation: false }) : { name: country, organisation: false };
        actors.push(actor);
      });
      if (entry.country !== undefined && countries.length > 1 && countries.length !== actorNames.length) {
        check.warning('country-count', at(entry.country), t('it names {countries} countries for {actors, plural, one {# actor} other {# actors}} in column "{column}"; actors without a country of their own are grouped under "Country not given".', { countries: countries.length, actors: actorNames.length, column: names[entry.actors] ?? '' }));
      }
    }
    if (actors.length === 0) check.error('no-actors', at(actorColumns[0]!.actors), t('it names no actor ({columns, plural, one {{names} is empty} other {{names} are empty}}).', { columns: actorColumns.length, names: actorColumns.map((entry) => `"${names[entry.actors]}"`).join(', ') }));
    if (check.errors > 0 || 'error' in date || (end && 'error' in end)) {
      skipped++;
      continue;
    }
    const { choice, action } = typeOf(cell(columns.type), mapping);
    const codes: Record<string, string> = {};
    const originalId = cell(columns.id);
    if (originalId !== undefined) codes.id = originalId;
    const typeText = cell(columns.type);
    if (typeText !== undefined && mapping.types.scheme !== 'names') codes[mapping.types.scheme] = typeText;
    const url = cell(columns.sourceUrl);
    const web = webUrl(url);
    if (url !== undefined && web === undefined) losses.add(t('source addresses that are not web addresses (http or https) in column "{column}"', { column: names[columns.sourceUrl!] ?? '' }), row.line);
    const sourceTitle = cell(columns.sourceTitle);
    const references: DraftReference[] = web || sourceTitle ? [{ ...(web ? { url: web } : {}), ...(sourceTitle ? { publisher: sourceTitle } : {}) }] : [];
    const draft: DraftEvent = {
      origin: { file: fileName, line: row.line, column: 1, path: '' },
      fields,
      label: `Row ${row.line}`,
      originalId: String(row.line),
      codes,
      codeKey: '',
      type: choice,
      date: date.date,
      sources: actors,
      targets: [],
      action,
      references,
    };
    const title = cell(columns.title);
    if (title !== undefined) draft.title = title;
    if (end && !('error' in end)) draft.end = end.date;
    const summary = cell(columns.summary);
    if (summary !== undefined) draft.summary = summary;
    const location = cell(columns.location);
    if (location !== undefined) draft.location = location;
    builder.add(draft);
  }
  return builder.finish({ problems, losses, skipped, records: rows.length });
}

/** The header and data rows of a table's text, blank rows left out. */
export function tableRows(text: string, delimiter: Delimiter): { header: string[]; rows: Row[] } {
  const parsed = parseDelimited(text, delimiter);
  const rows: Row[] = [];
  parsed.forEach((cells, index) => {
    if (index > 0 && cells.some((cellText) => cellText.trim() !== '')) rows.push({ line: index + 1, cells });
  });
  return { header: parsed[0] ?? [], rows };
}

/** A whole table converted with a mapping: `npm run convert -- --mapping` and the app after the dialog. */
export function mappedTableToDataset(text: string, fileName: string, mapping: ColumnMapping): ConvertResult {
  const { header, rows } = tableRows(text, mapping.delimiter);
  if (header.length === 0) return { problems: [problemAt('error', 'csv-empty', { file: fileName, line: 1, column: 1, path: '' }, t('{file} is empty: its first row must name the columns.', { file: fileName }))], report: [] };
  return mappedRowsToDataset(header, rows, fileName, mapping);
}

/**
 * The dialog's first mapping: the columns guessed from the header's words (guessMapping), and
 * the order of day, month and year from the sample's dates and end dates, when they tell it.
 */
export function guessSampleMapping(sample: TableSample, delimiter: Delimiter): ColumnMapping {
  const { header, rows } = tableRows(sample.head, delimiter);
  const mapping = guessMapping(header, delimiter);
  const dateColumns = [mapping.columns.date, mapping.columns.end].flatMap((name) => {
    const index = name === undefined ? undefined : columnIndex(header, name);
    return index === undefined ? [] : [index];
  });
  const order = guessDateOrder(rows.flatMap((row) => dateColumns.map((index) => row.cells[index] ?? '')));
  return order ? { ...mapping, dates: { ...mapping.dates, order } } : mapping;
}

/** The dialog's preview: the sample's rows (a last row cut short by the sample left out) through the mapping. */
export function previewMapping(sample: TableSample, fileName: string, mapping: ColumnMapping): ConvertResult & { header: string[]; rowsRead: number } {
  const { header, rows } = tableRows(sample.head, mapping.delimiter);
  // The sample ends at a line end; that ends its last row too unless it is inside a quoted cell (an odd count of quotes).
  const quotes = sample.head.split('"').length - 1;
  const lastCut = sample.truncated && !(sample.head.endsWith('\n') && quotes % 2 === 0);
  const whole = lastCut ? rows.slice(0, -1) : rows;
  return { ...mappedRowsToDataset(header, whole, fileName, mapping), header, rowsRead: whole.length };
}
