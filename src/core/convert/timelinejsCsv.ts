// A TimelineJS3 spreadsheet saved as CSV (the template's columns Year, Month, Day, Time,
// End Year, …, Headline, Text, Media, Type, Group, Background), rebuilt as TimelineJS's JSON
// document and converted by the same code, with problems pointing at rows and columns.
import { csvParseRows } from 'd3';
import type { PathSegment } from '../data/problems';
import type { Problem } from '../model/types';
import { problemAt } from './result';
import type { ConvertResult } from './result';
import { normaliseHeader, stripBom } from './sheet';
import { present } from './timelinejsConversion';
import type { Json, Locate } from './timelinejsConversion';
import { convertDocument } from './timelinejsDocument';
import { parseTimelineJsTime } from './timelinejsTime';
import { t } from '../i18n/translate';

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
      t('The first row is not TimelineJS\'s header: it needs at least Year and Headline (the template\'s columns are {columns}).', { columns: TIMELINEJS_COLUMNS.join(', ') })));
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
        problems.push(problemAt('error', 'timelinejs-bad-time', { file: fileName, line, column: at + 1, path: column }, t('{problem} The row was not carried over.', { problem: parsed.error })));
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
  if (unknownColumns.length > 0) report.push(t('Columns not in TimelineJS\'s template were not carried over: {columns}.', { columns: unknownColumns.join(', ') }));
  return { ...result, problems: problemsOut, report: [...report, ...result.report] };
}
