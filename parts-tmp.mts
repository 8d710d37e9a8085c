import { readFileSync } from 'node:fs';
import { importParquet } from './src/core/convert/parquet';
import { datasetParts, DatasetAssembler } from './src/app/datasetTransfer';
const imported = await importParquet(new Uint8Array(readFileSync(process.argv[2]!)), 'e.parquet');
const assembler = new DatasetAssembler();
const worst = new Map<string, number>();
const total = new Map<string, number>();
for (const { message } of datasetParts(imported.dataset!)) {
  const t0 = performance.now();
  const copy = structuredClone(message);
  assembler.add(copy);
  const dt = performance.now() - t0;
  worst.set(message.part, Math.max(worst.get(message.part) ?? 0, dt));
  total.set(message.part, (total.get(message.part) ?? 0) + dt);
}
for (const [k, v] of worst) console.log(k.padEnd(8), 'longest', Math.round(v), 'ms; total', Math.round(total.get(k)!), 'ms');
