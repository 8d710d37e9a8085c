// Exports with one header row and one tab-separated record per line (ICEWS, POLECAT): the
// header read into the layout's known columns, and each data line's cells by column name,
// with the place of a problem in it. Shared so both readers report missing columns and cut
// rows in the same words and at the same places.
import type { Problem } from '../model/types';
import { readDay, RecordProblems, splitTabs } from './eventRows';
import type { RowLosses } from './eventRows';
import { problemAt } from './result';
import type { Origin } from './result';
import { normaliseHeader } from './sheet';
import { t } from '../i18n/translate';

export interface TableLayout<Column extends string> {
  /** The export's name in messages ("ICEWS"). */
  name: string;
  columns: readonly Column[];
  /** Columns every event needs: a header without one is refused. */
  required: readonly Column[];
  /** The column holding a record's own id, named with the row in its problems. */
  idColumn: Column;
  /** Cell values that mean "no value" besides the empty cell (POLECAT writes "None"). */
  absent?: readonly string[];
}

export interface HeadedTable<Column extends string> {
  header: string[];
  columns: Map<Column, number>;
  /** Where a column's values are (1-based), for the import's field notes. */
  spot(column: Column): { column: number; path: Column };
}

/**
 * The header's columns by name (the first of a repeated name wins); unknown columns are
 * noted as not carried. Null, with a problem per column, when a required column is missing.
 */
export function readHeader<Column extends string>(firstLine: string, fileName: string, layout: TableLayout<Column>, losses: RowLosses, problems: Problem[]): HeadedTable<Column> | null {
  const header = splitTabs(firstLine);
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    const known = layout.columns.find((column) => normaliseHeader(column) === normaliseHeader(name));
    if (known && !columns.has(known)) columns.set(known, index);
    else if (name.trim() !== '') losses.add(t('column "{column}", not part of the {layout} layout', { column: name.trim(), layout: layout.name }), () => t('column {number}', { number: index + 1 }));
  });
  let complete = true;
  for (const column of layout.required) {
    if (columns.has(column)) continue;
    complete = false;
    problems.push(problemAt('error', 'missing-column', { file: fileName, line: 1, column: header.length + 1, path: column }, t('The {layout} header has no "{column}" column, which every event needs.', { layout: layout.name, column })));
  }
  if (!complete) return null;
  return { header, columns, spot: (column) => ({ column: (columns.get(column) ?? 0) + 1, path: column }) };
}

/** One data line of a headed table. */
export interface HeadedRow<Column extends string> {
  /** Its line in the file (1-based; the header is line 1). */
  row: number;
  id: string | undefined;
  /** The trimmed cell, or undefined when empty or absent. */
  cell(column: Column): string | undefined;
  /** Where a problem with this cell is. */
  at(column: Column): Origin;
  /** The cell, or undefined with an error ("it has no Event ID.") when it is empty. */
  required(column: Column): string | undefined;
  /** The cell read as a day (YYYY-MM-DD), or undefined with an error saying what is wrong with it. */
  requiredDay(column: Column): string | undefined;
  check: RecordProblems;
}

/**
 * Each non-blank data line as a HeadedRow, or null for a line with fewer cells than the
 * header (a cut or mixed export), which is reported and not imported.
 */
export function* headedRows<Column extends string>(
  lines: readonly string[],
  table: HeadedTable<Column>,
  layout: TableLayout<Column>,
  fileName: string,
  problems: Problem[],
): Generator<HeadedRow<Column> | null> {
  const { header, columns } = table;
  const absent = new Set(['', ...(layout.absent ?? [])]);
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const cells = splitTabs(line);
    const row = index + 1;
    const cell = (column: Column): string | undefined => {
      const position = columns.get(column);
      const value = position === undefined ? undefined : cells[position]?.trim();
      return value === undefined || absent.has(value) ? undefined : value;
    };
    const id = cell(layout.idColumn);
    const check = new RecordProblems(problems, () => id ? t('{layout} row {row} ({idColumn} {id})', { layout: layout.name, row, idColumn: layout.idColumn, id }) : t('{layout} row {row}', { layout: layout.name, row }));
    if (cells.length < header.length) {
      check.error('short-row', { file: fileName, line: row, column: cells.length + 1, path: header[cells.length] ?? '' },
        t('it has {cells} of the header\'s {columns} columns (a truncated or mixed export?).', { cells: cells.length, columns: header.length }));
      yield null;
      continue;
    }
    const at = (column: Column): Origin => ({ file: fileName, line: row, column: (columns.get(column) ?? 0) + 1, path: column });
    const required = (column: Column): string | undefined => {
      const value = cell(column);
      if (value === undefined) check.error('missing-value', at(column), t('it has no {column}.', { column }));
      return value;
    };
    const requiredDay = (column: Column): string | undefined => {
      const text = cell(column);
      const day = text === undefined ? undefined : readDay(text);
      if (!day) check.error('bad-date', at(column), text === undefined ? t('it has no {column}.', { column }) : t('its {column} "{text}" is not a day (write YYYY-MM-DD).', { column, text }));
      return day;
    };
    yield { row, id, cell, at, required, requiredDay, check };
  }
}
