// @ts-check
// The load floor's worker for a Parquet file (bench/read-floor.html picks it for a .parquet
// address): fetch, read in chunks as src/app/loadData.ts does, and decode every column with
// hyparquet (served by the bench server from node_modules), the library the app's loading
// worker uses; then only the number of rows back. No rows are assembled, nothing is checked.
import { parquetMetadata, parquetRead } from '/vendor-hyparquet/index.js';

self.onmessage = async (message) => {
  const response = await fetch(message.data, { cache: 'no-store' });
  if (!response.body) throw new Error('no body');
  const reader = response.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    chunks.push(value);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const metadata = parquetMetadata(bytes.buffer);
  let values = 0;
  // Every column decoded (strings included), handed over column chunk by column chunk.
  await parquetRead({ file: bytes.buffer, metadata, onChunk: (chunk) => { values += chunk.columnData.length; } });
  self.postMessage({ events: Number(metadata.num_rows), values });
};
