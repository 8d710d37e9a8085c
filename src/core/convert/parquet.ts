// Parquet events files: the columns of the events sheet (docs/spreadsheets.md), as pandas,
// R arrow, Polars or DuckDB write them, read with hyparquet (pure JavaScript) into the same
// cells a CSV sheet gives, so the sheet's reader, its derived actors and topics and every
// positioned problem (row and column) are shared. Imported only when a Parquet file opens:
// the usual load never parses this code or hyparquet's.
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { csvToDataset, EVENT_DETAIL_COLUMNS } from './csvRead';
import { windowedText } from './parquetText';
import { listText, normaliseHeader } from './sheet';
import type { Cell } from './sheet';
import { problemAt } from './result';
import type { ConvertResult } from './result';
import { validateConversion } from './validate';
import type { ValidatedImport } from './validate';
import type { LoadOptions } from '../data/load';
import { runGivingWay } from '../data/steps';

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/** Whether the bytes are a Parquet file: "PAR1" at both ends, whatever the file is called. */
export function isParquet(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  for (let i = 0; i < 4; i++) {
    if (bytes[i] !== MAGIC[i] || bytes[bytes.length - 4 + i] !== MAGIC[i]) return false;
  }
  return true;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A timestamp column's value as a Stanceline date: a day when it is midnight UTC, else the time in UTC. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const year = date.getUTCFullYear();
  const day = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const [hours, minutes, seconds] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  if (hours === 0 && minutes === 0 && seconds === 0 && date.getUTCMilliseconds() === 0) return day;
  return `${day}T${pad(hours)}:${pad(minutes)}${seconds === 0 ? '' : `:${pad(seconds)}`}Z`;
}

/**
 * A cell's value as the text a CSV cell would hold: lists (Parquet LIST columns) as
 * `a; b`, maps (a codes column) as `scheme:code; …`, numbers and timestamps written out.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  // hyparquet gives text columns as strings; bytes left are fixed-length binary (a UUID, say): shown as hex.
  if (value instanceof Uint8Array) return Array.from(value, (byte) => byte.toString(16).padStart(2, '0')).join('');
  if (Array.isArray(value)) return listText(value.map(cellText));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([key, item]) => `${key}:${cellText(item)}`).join('; ');
  }
  return String(value);
}

function readFailed(fileName: string, reason: string): ConvertResult {
  const codec = /unsupported compression codec: (\w+)/.exec(reason)?.[1];
  const message = codec
    ? `${fileName} is compressed with ${codec}, which Stanceline does not read; write it with Snappy (the default of pandas, Polars and DuckDB) or without compression.`
    : `${fileName} could not be read as Parquet (${reason}). Write it again with pandas, Polars, R arrow or DuckDB; the file may be cut short.`;
  return { problems: [problemAt('error', 'parquet-unreadable', { file: fileName, line: 1, column: 1, path: '' }, message)], report: [] };
}

/** The events sheet's detail columns (csvRead.ts) as their headers match, loosely. */
const DETAIL_KEYS = new Set<string>(EVENT_DETAIL_COLUMNS.map(normaliseHeader));

/**
 * A Parquet events file as a Stanceline file (not yet validated): its columns are the events
 * sheet's, matched by name as loosely as CSV headers; problems name the record (row 1 is the
 * first record) and the column (numbered from 1 in the file's order).
 */
export async function parquetToDataset(bytes: Uint8Array, fileName: string, meta?: { title?: string }): Promise<ConvertResult> {
  const { completeRecords, ...read } = await parquetChartFirst(bytes, fileName, meta);
  await completeRecords?.(() => Promise.resolve());
  return read;
}

/**
 * The same, read in two parts: the columns the chart and the model need first, and the events'
 * details (their notes, places, summaries, sources, tags and codes) when `completeRecords` runs.
 * At a million rows the details were about 40% of the decoding and most of the sheet reader's
 * work, and the chart needs none of them (docs/performance.md). The result's problems and report
 * are whole only once the records are complete.
 */
export async function parquetChartFirst(bytes: Uint8Array, fileName: string, meta?: { title?: string }): Promise<ConvertResult> {
  // hyparquet reads from an ArrayBuffer: a view over part of a larger buffer is copied once.
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : bytes.slice().buffer;
  let metadata: ReturnType<typeof parquetMetadata>;
  let header: string[];
  /** The sheet's rows, the column names first; a record's cells are filled in column by column. */
  const rows: Cell[][] = [];
  const fill = (column: number) => ({ columnData, rowStart }: { columnData: ArrayLike<unknown>; rowStart: number }) => {
    for (let k = 0; k < columnData.length; k++) {
      // Rows are made as their cells are decoded, never from the count the file's metadata claims.
      (rows[rowStart + k + 1] ??= new Array<Cell>(header.length).fill(''))[column] = sheetCell(columnData[k]);
    }
  };
  const later: number[] = [];
  try {
    metadata = parquetMetadata(buffer);
    header = parquetSchema(metadata).children.map((child) => child.element.name);
    rows.push(header);
    const first: number[] = [];
    header.forEach((name, column) => (DETAIL_KEYS.has(normaliseHeader(name)) ? later : first).push(column));
    // Text values are cut from decoded windows of their pages (parquetText.ts), not decoded one by one.
    await readColumns(buffer, metadata, first.map((column) => header[column]!), (name) => fill(header.indexOf(name)));
  } catch (error) {
    return readFailed(fileName, error instanceof Error ? error.message : String(error));
  }
  // Actors, countries and topics are derived from the ids used, as for a lone events sheet (its report says so); the sources come with the details.
  const read = csvToDataset({ events: { name: fileName, table: { rows } } }, meta, { detailsLater: true });
  const { readDetails, ...result } = read;
  if (!result.file) return result;
  const completeRecords = async (giveWay: () => Promise<void>) => {
    try {
      // A row group's column at a time, giving way between them.
      for (let group = 0, groupStart = 0; group < metadata.row_groups.length; groupStart += Number(metadata.row_groups[group]!.num_rows), group++) {
        const groupEnd = groupStart + Number(metadata.row_groups[group]!.num_rows);
        for (const column of later) {
          await readColumns(buffer, metadata, [header[column]!], () => fill(column), { rowStart: groupStart, rowEnd: groupEnd });
          await giveWay();
        }
      }
    } catch (error) {
      const failed = readFailed(fileName, error instanceof Error ? error.message : String(error));
      result.problems.push(...failed.problems);
      return;
    }
    await runGivingWay(readDetails(), giveWay);
  };
  return { ...result, completeRecords };
}

/** Decodes the named columns (of the rows between rowStart and rowEnd), handing each chunk to its column's filler. */
async function readColumns(
  buffer: ArrayBuffer,
  metadata: ReturnType<typeof parquetMetadata>,
  columns: string[],
  fillerOf: (name: string) => (chunk: { columnData: ArrayLike<unknown>; rowStart: number }) => void,
  range: { rowStart?: number; rowEnd?: number } = {},
): Promise<void> {
  if (columns.length === 0) return;
  const fillers = new Map(columns.map((name) => [name, fillerOf(name)]));
  await parquetRead({
    file: buffer, metadata, columns, ...range, parsers: { stringFromBytes: windowedText() },
    onChunk: ({ columnName, columnData, rowStart }) => fillers.get(columnName)?.({ columnData, rowStart }),
  });
}

/**
 * A cell as the sheet reader takes it (sheet.ts's Cell): a list of texts as its items, the
 * array handed over as it is; anything else as cellText gives it.
 */
function sheetCell(value: unknown): Cell {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return cellText(value);
}

/** Reads and validates a Parquet events file, for the app and the command line. */
export async function importParquet(bytes: Uint8Array, fileName: string, options: Omit<LoadOptions, 'file'> = {}): Promise<ValidatedImport> {
  const converted = await parquetChartFirst(bytes, fileName);
  // Checked as records: a million events written out as JSON would pass the loader's limit.
  return validateConversion(converted, { ...options, file: fileName }, { asText: false });
}
