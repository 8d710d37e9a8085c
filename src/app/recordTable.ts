// A list of flat records (the sources) as columns of strings, for posting from the loading
// worker. A structured clone copies objects one by one, and a million-row import derives a
// source per event cited, each { id, title } with the title its id: posting 463,000 of them
// took the worker 0.84 s before the first slice of events. As columns they are two lists of
// strings, and a column that repeats another column is sent as a reference to it. Records of
// different keys, or values that are not strings, travel as they are.

/** Flat records as columns: `columns[k]` holds every record's value of `keys[k]`, or the number of an earlier column it repeats. */
export interface RecordTable {
  keys: string[];
  columns: (string[] | number)[];
}

export type PackedRecords<T> = { records: T[] } | { table: RecordTable };

/** The records as a table when every one has the same keys in the same order, each holding a string; else as they are. */
export function packRecords<T extends object>(records: readonly T[]): PackedRecords<T> {
  const first = records[0];
  if (first === undefined) return { records: [] };
  const keys = Object.keys(first);
  // Setting "__proto__" on a new object would set its prototype, not a field; no keys, no rows.
  if (keys.length === 0 || keys.includes('__proto__')) return { records: records.slice() };
  const columns: string[][] = keys.map(() => new Array<string>(records.length));
  for (let row = 0; row < records.length; row++) {
    const fields = records[row] as Record<string, unknown>;
    let count = 0;
    for (const key in fields) {
      const value = fields[key];
      if (key !== keys[count] || typeof value !== 'string') return { records: records.slice() };
      columns[count++]![row] = value;
    }
    if (count !== keys.length) return { records: records.slice() };
  }
  return { table: { keys, columns: columns.map((column, k) => repeatedColumn(columns, k) ?? column) } };
}

/** The number of an earlier column whose every value is this column's, if any. */
function repeatedColumn(columns: readonly string[][], k: number): number | undefined {
  const column = columns[k]!;
  for (let earlier = 0; earlier < k; earlier++) {
    const other = columns[earlier]!;
    let same = true;
    for (let row = 0; row < column.length && same; row++) same = column[row] === other[row];
    if (same) return earlier;
  }
  return undefined;
}

/** The records packRecords was given, each a new object with its keys in their order. */
export function unpackRecords<T>(packed: PackedRecords<T>): T[] {
  if ('records' in packed) return packed.records;
  const { keys, columns } = packed.table;
  const values = columns.map((column) => (typeof column === 'number' ? columns[column] : column));
  // The first column is never a reference (there is none before it to repeat).
  const first = values[0];
  const rows = Array.isArray(first) ? first.length : 0;
  const records = new Array<T>(rows);
  for (let row = 0; row < rows; row++) {
    const record: Record<string, string> = {};
    for (let k = 0; k < keys.length; k++) {
      const column = values[k];
      const value = Array.isArray(column) ? column[row] : undefined;
      if (typeof value !== 'string') throw new Error(`unpackRecords: column ${keys[k]} has no string at row ${row}`);
      record[keys[k]!] = value;
    }
    records[row] = record as T;
  }
  return records;
}
