// Conversion's public surface: recognise what a file is, and turn any single file a person
// opens or drops (Stanceline JSON, a Stanceline CSV sheet, TimelineJS3 JSON or CSV) into a
// validated Stanceline file with a report of what was derived or not carried over.
import { loadDataset } from '../data/index';
import type { LoadOptions } from '../data/index';
import { hasTimelineJsEvents } from '../data/timelineJsShape';
import { problemAt } from './result';
import { isSheetName, SHEET_LAYOUTS, csvToDataset } from './csv';
import type { SheetName } from './csv';
import { normaliseHeader, parseCsvRows, stripBom } from './sheet';
import { timelineJsCsvToDataset, timelineJsJsonToDataset } from './timelinejs';
import { validateConversion } from './validate';
import type { ValidatedImport } from './validate';
import { convertEventData, detectEventData, eventDataFormatDescriptions } from './eventDataFormats';
import type { EventDataFormatId } from './eventDataFormats';
import { mappedTableToDataset, tableSample } from './mappedTable';
import type { TableSample } from './mappedTable';
import type { ColumnMapping } from './columnMapping';
import { t } from '../i18n/translate';

export { csvLosses, csvToDataset, datasetToCsv, eventSheetRow, isSheetName, SHEET_LAYOUTS, SHEET_NAMES } from './csv';
export type { SheetInput, SheetInputs, SheetName } from './csv';
export { htmlToText } from './html';
export type { ConvertResult, Origin } from './result';
export { parseTimelineJsTime, timelineJsCsvToDataset, timelineJsJsonToDataset } from './timelinejs';
export { stringifyDataset, validateConversion } from './validate';
export type { ValidatedImport } from './validate';

export type SourceFormat = 'stanceline' | 'timelinejs-json' | 'timelinejs-csv' | 'stanceline-csv' | EventDataFormatId | 'mapped-table' | 'unknown';
export { mappedTableToDataset, previewMapping, sniffDelimiter, tableSample } from './mappedTable';
export type { TableSample } from './mappedTable';
export { checkColumnMapping, guessMapping, parseColumnMapping } from './columnMapping';
export type { ColumnMapping } from './columnMapping';
export { eventDataFormatDescriptions } from './eventDataFormats';

function extension(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : '';
}

/** "data/events.csv" → "events". */
function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.[^.]*$/, '').toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function looksLikeTimelineJs(value: unknown): boolean {
  if (!isRecord(value) || 'version' in value) return false;
  if (hasTimelineJsEvents(value)) return true;
  return 'eras' in value || value.scale === 'human' || value.scale === 'cosmological' || (isRecord(value.title) && 'text' in value.title);
}

/** The header keys of a CSV text's first row, normalised. */
function csvHeaderKeys(text: string): string[] {
  const firstLineEnd = text.search(/\r?\n/);
  // The header is one line in every layout we read; parsing only it keeps detection cheap.
  const head = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  return (parseCsvRows(head)[0] ?? []).map(normaliseHeader).filter((key) => key !== '');
}

/** Which Stanceline sheet a CSV header row is, when its name does not say. */
function sheetFromHeaders(keys: readonly string[]): SheetName | undefined {
  const has = (key: string) => keys.includes(normaliseHeader(key));
  if (has('event') && has('stance')) return 'positions';
  if (has('event') && has('text')) return 'quotes';
  if (has('id') && has('date') && has('actors')) return 'events';
  if (has('id') && has('support') && has('oppose')) return 'topics';
  return undefined;
}

/**
 * What a file holds, from its text and name: Stanceline or TimelineJS3 JSON, a TimelineJS3
 * spreadsheet CSV, a Stanceline CSV sheet, or unknown.
 */
export function detectFormat(text: string, fileName: string): SourceFormat {
  // Researchers' event data (ICEWS, GDELT, ACLED, PLOVER) is told by its content alone.
  const eventData = detectEventData(stripBom(text));
  if (eventData) return eventData;
  const body = stripBom(text).trimStart();
  const ext = extension(fileName);
  if (ext === 'json' || body.startsWith('{') || body.startsWith('[')) {
    try {
      return looksLikeTimelineJs(JSON.parse(body)) ? 'timelinejs-json' : 'stanceline';
    } catch {
      // Invalid JSON still goes to the Stanceline loader, which says where the syntax breaks.
      return ext === 'json' || body.startsWith('{') ? 'stanceline' : 'unknown';
    }
  }
  const keys = csvHeaderKeys(body);
  if (keys.includes('year') && keys.includes('headline')) return 'timelinejs-csv';
  if ((ext === 'csv' || ext === 'txt' || ext === '') && keys.length > 0) {
    if (isSheetName(baseName(fileName)) || sheetFromHeaders(keys)) return 'stanceline-csv';
  }
  return 'unknown';
}

/** The formats a file was tried as, each with what it would have needed to show. */
function unknownFormatMessage(fileName: string): string {
  const eventColumns = SHEET_LAYOUTS.events.filter((column) => column.required).map((column) => column.header).join(', ');
  const tried = [
    t('Stanceline JSON (an object starting with "\'{\'")'),
    t('TimelineJS3 JSON (an object with an "events" list whose events have start_date and text.headline objects)'),
    t('a TimelineJS3 spreadsheet CSV (a header row with Year and Headline)'),
    t('a Stanceline CSV sheet (named events.csv, actors.csv… or with a header row such as {columns})', { columns: eventColumns }),
    ...eventDataFormatDescriptions(),
  ];
  return t('{file} is not a file Stanceline can read. It was tried as {formats} and {last}, and looks like none of them.', { file: fileName, formats: tried.slice(0, -1).join(', '), last: tried.at(-1)! });
}

export interface ImportedText extends ValidatedImport {
  format: SourceFormat;
  /** A table of no known format: the start of it, for the column-mapping dialog. */
  table?: TableSample;
}

export interface ImportOptions extends Omit<LoadOptions, 'file'> {
  /** Read the file as a table through this column mapping, whatever it looks like. */
  mapping?: ColumnMapping;
  /**
   * Also write a researchers' export or a mapped table out as Stanceline JSON (`text`) and
   * check that text. By default their converted records go to the loader as they are: an
   * export of 100,000 rows would otherwise be written out as some 50 MB of JSON only to be
   * parsed again (problems that no row or column of the input explains then have no line).
   */
  asText?: boolean;
}

/**
 * Turns any single file into a validated Stanceline dataset: the entry point for opening or
 * dropping a file in the app. A Stanceline JSON file is loaded as it is; the others are
 * converted, then checked by the loader, with problems pointing into the file given.
 * A single events sheet is enough (actors and topics are derived); other single sheets
 * cannot stand alone and are refused with a sentence saying why.
 */
export async function importText(text: string, fileName: string, options: ImportOptions = {}): Promise<ImportedText> {
  const { mapping, asText = false, ...rest } = options;
  const loadOptions: LoadOptions = { ...rest, file: fileName };
  if (mapping) return { format: 'mapped-table', ...(await validateConversion(mappedTableToDataset(text, fileName, mapping), loadOptions, { asText })) };
  const format = detectFormat(text, fileName);
  switch (format) {
    case 'stanceline': {
      const loaded = await loadDataset(text, loadOptions);
      return { format, text, problems: loaded.problems, report: [], ...(loaded.dataset ? { dataset: loaded.dataset } : {}) };
    }
    case 'timelinejs-json':
      return { format, ...(await validateConversion(timelineJsJsonToDataset(text, fileName), loadOptions)) };
    case 'timelinejs-csv':
      return { format, ...(await validateConversion(timelineJsCsvToDataset(text, fileName), loadOptions)) };
    case 'stanceline-csv': {
      const named = baseName(fileName);
      const sheet = isSheetName(named) ? named : sheetFromHeaders(csvHeaderKeys(stripBom(text)));
      if (sheet !== 'events') {
        const message = t('{file} is the {sheet} sheet of a Stanceline spreadsheet, which cannot stand alone: open the events sheet (events.csv), or convert all the sheets together with npm run convert.', { file: fileName, sheet: sheet ?? 'unknown' });
        return { format, problems: [problemAt('error', 'csv-sheet-alone', { file: fileName, line: 1, column: 1, path: '' }, message)], report: [] };
      }
      return { format, ...(await validateConversion(csvToDataset({ events: { name: fileName, text } }), loadOptions)) };
    }
    case 'icews':
    case 'gdelt':
    case 'acled':
    case 'plover':
    case 'polecat':
      return { format, ...(await validateConversion(convertEventData(format, text, fileName), loadOptions, { asText })) };
    default: {
      // A table of no known layout can still be read, once someone says which column holds what.
      const table = tableSample(text);
      const message = table
        ? `${unknownFormatMessage(fileName)} ${t('It is a table: say which of its columns hold the date, actors, type and text in the column mapping, or convert it with npm run convert -- --mapping mapping.json {file}.', { file: fileName })}`
        : unknownFormatMessage(fileName);
      return { format, problems: [problemAt('error', table ? 'needs-column-mapping' : 'unknown-format', { file: fileName, line: 1, column: 1, path: '' }, message)], report: [], ...(table ? { table } : {}) };
    }
  }
}
