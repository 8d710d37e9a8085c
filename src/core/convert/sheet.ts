// One CSV sheet read with d3-dsv into rows of cells addressed by column name, with every
// problem positioned as a spreadsheet shows it: row 1 is the header, columns count from 1.
import { csvFormatRows, csvParseRows } from 'd3';
import type { Problem } from '../model/types';
import { problemAt } from './result';
import type { Origin } from './result';
import { t } from '../i18n/translate';

/** How a column's cells are read. */
export type CellKind =
  /** Free text, kept exactly as written (spaces included). */
  | 'text'
  /** An id, reference, enum value, date or URL: surrounding spaces are dropped. */
  | 'token'
  /** `a; b; c`: items trimmed, empty items dropped. */
  | 'list'
  /** `scheme:code; scheme:code`. */
  | 'codes';

export interface ColumnSpec {
  /** The header as Stanceline writes it. */
  header: string;
  kind: CellKind;
  required?: boolean;
}

/**
 * A cell: its text, or the items of a list column as a columnar file holds them (a Parquet
 * LIST column), read exactly as their text `a; b` would be. A list cell's array may become the
 * record's list as it is, so a table's owner hands its arrays over.
 */
export type Cell = string | string[];

export interface SheetRow {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  line: number;
  cells: readonly Cell[];
}

export interface ParsedSheet {
  file: string;
  /** Column index (0-based) per canonical header; absent columns are missing. */
  columns: ReadonlyMap<string, number>;
  rows: readonly SheetRow[];
  /** Rows skipped as blank (a columnar file's may fill in later: csvRead.ts's detailsLater). */
  blankRows: readonly SheetRow[];
}

/** Headers match loosely, as people type them: "Date Note", "date_note" and "dateNote" are one column. */
export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/^\$/, '').replace(/[\s_-]+/g, '');
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses CSV text into rows of cells (d3-dsv: quoted commas, quotes, newlines, CRLF). */
export function parseCsvRows(text: string): string[][] {
  return csvParseRows(stripBom(text));
}

export function formatCsvRows(rows: readonly (readonly string[])[]): string {
  // CRLF between records, as RFC 4180 and spreadsheet programs write them (d3-dsv joins
  // with "\n"); row by row, so a newline inside a quoted cell is left as it is.
  return rows.map((row) => csvFormatRows([[...row]])).join('\r\n') + '\r\n';
}

function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === undefined) return true;
  return typeof cell === 'string' ? cell.trim() === '' : cell.every((item) => item.trim() === '');
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every(isBlankCell);
}

/**
 * A sheet already split into cells: the column names first, then one row per record. A
 * columnar file (Parquet) is read this way; its rows are numbered as records (the first
 * record is row 1), since the file has no header row a person could count.
 */
export interface CellTable {
  /** The first row names the columns, so its cells are text. */
  rows: readonly (readonly Cell[])[];
}

/**
 * Reads a sheet (CSV text, or a table of cells) against its layout. Unknown columns are
 * reported and skipped; a missing required column is an error (the sheet is then not returned).
 */
export function readSheet(
  file: string,
  source: string | CellTable,
  sheetLabel: string,
  layout: readonly ColumnSpec[],
  problems: Problem[],
  report: string[],
): ParsedSheet | undefined {
  const rows = typeof source === 'string' ? parseCsvRows(source) : source.rows;
  // CSV rows count as a spreadsheet shows them (header = row 1); a table's records from 1.
  const headerLines = typeof source === 'string' ? 1 : 0;
  const headerRow = rows[0]?.map((header) => (typeof header === 'string' ? header : header.join(' ')));
  if (!headerRow || isBlankRow(headerRow)) {
    problems.push(problemAt('error', 'csv-empty', { file, line: 1, column: 1, path: '' },
      t('The {sheet} sheet is empty; its first row must name the columns: {columns}.', { sheet: sheetLabel, columns: layout.map((column) => column.header).join(', ') })));
    return undefined;
  }
  const byKey = new Map(layout.map((column) => [normaliseHeader(column.header), column]));
  const columns = new Map<string, number>();
  let fatal = false;
  headerRow.forEach((header, index) => {
    const at: Origin = { file, line: 1, column: index + 1, path: header };
    if (header.trim() === '') {
      // A trailing empty header is what spreadsheets leave behind; only complain if the column has data.
      if (rows.some((row, rowIndex) => rowIndex > 0 && !isBlankCell(row[index]))) {
        problems.push(problemAt('warning', 'csv-unnamed-column', at, t('Column {number} of the {sheet} sheet has no header; its values were not carried over.', { number: index + 1, sheet: sheetLabel })));
      }
      return;
    }
    const spec = byKey.get(normaliseHeader(header));
    if (!spec) {
      const known = layout.map((column) => column.header).join(', ');
      problems.push(problemAt('warning', 'csv-unknown-column', at, t('The {sheet} sheet has no column "{column}" in its layout ({known}); its values were not carried over.', { sheet: sheetLabel, column: header, known })));
      report.push(t('{file}: column "{column}" is not part of the {sheet} sheet and was not carried over.', { file, column: header, sheet: sheetLabel }));
      return;
    }
    const earlier = columns.get(spec.header);
    if (earlier !== undefined) {
      problems.push(problemAt('error', 'csv-duplicate-column', at, t('The column "{column}" appears twice in the {sheet} sheet (first as column {number}); keep one.', { column: header, sheet: sheetLabel, number: earlier + 1 })));
      fatal = true;
      return;
    }
    columns.set(spec.header, index);
  });
  for (const spec of layout) {
    if (spec.required && !columns.has(spec.header)) {
      problems.push(problemAt('error', 'csv-missing-column', { file, line: 1, column: headerRow.length + 1, path: spec.header },
        t('The {sheet} sheet has no "{column}" column, which is required; add it to the first row.', { sheet: sheetLabel, column: spec.header })));
      fatal = true;
    }
  }
  if (fatal) return undefined;
  const dataRows: SheetRow[] = [];
  const blankRows: SheetRow[] = [];
  rows.forEach((cells, index) => {
    if (index === 0) return;
    (isBlankRow(cells) ? blankRows : dataRows).push({ line: index + headerLines, cells });
  });
  return { file, columns, rows: dataRows, blankRows };
}

/** Where a cell is, for problems and for pointing loader problems back at it. */
export function cellOrigin(sheet: ParsedSheet, row: SheetRow, header: string): Origin {
  const index = sheet.columns.get(header);
  return { file: sheet.file, line: row.line, column: index === undefined ? 1 : index + 1, path: index === undefined ? '' : header };
}

/** The raw cell text, or undefined when the column is absent or the cell is blank. */
export function rawCell(sheet: ParsedSheet, row: SheetRow, header: string): string | undefined {
  return nonBlankText(cellAt(sheet, row, header));
}

/** The cell in `header`'s column, or undefined when the sheet has no such column. */
function cellAt(sheet: ParsedSheet, row: SheetRow, header: string): Cell | undefined {
  const index = sheet.columns.get(header);
  return index === undefined ? undefined : row.cells[index] ?? '';
}

/** A cell as the text a CSV cell would hold, or undefined when it is blank. */
function nonBlankText(cell: Cell | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const value = typeof cell === 'string' ? cell : listText(cell);
  return value.trim() === '' ? undefined : value;
}

/** A list's items as the text a CSV cell would hold: `a; b`, empty items left out. */
export function listText(items: readonly string[]): string {
  return items.filter((item) => item !== '').join(`${LIST_SEPARATOR} `);
}

export function textCell(sheet: ParsedSheet, row: SheetRow, header: string): string | undefined {
  return rawCell(sheet, row, header);
}

export function tokenCell(sheet: ParsedSheet, row: SheetRow, header: string): string | undefined {
  return rawCell(sheet, row, header)?.trim();
}

export const LIST_SEPARATOR = ';';

/** Whether a list cell's items are already what splitting their text would give: trimmed, none empty, none holding the separator. */
function isSplit(items: readonly string[]): boolean {
  for (const item of items) {
    if (item === '' || item.includes(LIST_SEPARATOR) || item.trim() !== item) return false;
  }
  return true;
}

export function listCell(sheet: ParsedSheet, row: SheetRow, header: string): string[] | undefined {
  const cell = cellAt(sheet, row, header);
  // A columnar file's list whose items are already split is taken as it is: joining and
  // splitting it again cost several arrays and strings a row, a million rows over.
  if (Array.isArray(cell) && isSplit(cell)) return cell.length > 0 ? cell : undefined;
  const raw = nonBlankText(cell);
  if (raw === undefined) return undefined;
  // Most cells name one id (an actor, a source): no split, and no list but the one returned.
  if (!raw.includes(LIST_SEPARATOR)) return [raw.trim()];
  const items = raw.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  return items.length > 0 ? items : undefined;
}
