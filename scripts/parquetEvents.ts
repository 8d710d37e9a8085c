// Writing the events sheet as Parquet, for the command line only (npm run gen -- --format
// parquet, npm run convert -- … --out events.parquet): hyparquet-writer is a devDependency
// and never enters the app, which only reads Parquet (src/core/convert/parquet.ts).
import { writeFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { eventSheetRow, SHEET_LAYOUTS } from '../src/core/convert/index';
import type { EventRecord } from '../src/core/model/types';

const HEADERS = SHEET_LAYOUTS.events.map((column) => column.header);

/** Collects events as the events sheet's columns, one string (or null for a blank cell) per event. */
export class EventColumns {
  private readonly columns: (string | null)[][] = HEADERS.map(() => []);
  private rows = 0;

  add(event: EventRecord): void {
    const cells = eventSheetRow(event);
    for (let c = 0; c < HEADERS.length; c++) this.columns[c]!.push(cells[c] ?? null);
    this.rows++;
  }

  get count(): number {
    return this.rows;
  }

  /** The Parquet file's bytes: one string column per events-sheet column (only those with a value in some row), Snappy-compressed. */
  toParquet(): ArrayBuffer {
    const columnData = HEADERS.flatMap((name, c) => {
      const data = this.columns[c]!;
      return data.some((cell) => cell !== null) ? [{ name, data, type: 'STRING' as const }] : [];
    });
    return parquetWriteBuffer({ columnData });
  }

  write(path: string): number {
    const bytes = new Uint8Array(this.toParquet());
    writeFileSync(path, bytes);
    return bytes.byteLength;
  }
}
