// Builds the chart's dev page on its own (production mode), so measurements run on
// optimised code and no dev-server reload interrupts them:
//   npx vite build --config src/app/dev/vite.config.ts
//   npx vite preview --config src/app/dev/vite.config.ts --port 4319 --host 127.0.0.1
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../../dist-chart-dev', import.meta.url)), emptyOutDir: true },
});
