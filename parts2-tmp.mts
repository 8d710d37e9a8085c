import { readFileSync } from 'node:fs';
import { importParquet } from './src/core/convert/parquet';
import { datasetParts, DatasetAssembler } from './src/app/datasetTransfer';
const imported = await importParquet(new Uint8Array(readFileSync(process.argv[2]!)), 'e.parquet');
const parts = [...datasetParts(imported.dataset!)].map((p) => p.message);
for (let round = 0; round < 2; round++) {
  let clone = 0, add = 0;
  const assembler = new DatasetAssembler();
  for (const message of parts) {
    const t0 = performance.now();
    const copy = structuredClone(message);
    const t1 = performance.now();
    assembler.add(copy);
    const t2 = performance.now();
    if (message.part === 'events') { clone += t1 - t0; add += t2 - t1; }
  }
  console.log('events: clone', Math.round(clone), 'ms; unpack', Math.round(add), 'ms');
}
