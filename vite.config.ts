/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, normalizePath } from 'vite';
import react from '@vitejs/plugin-react';
import { dataFolder } from './scripts/vite-data-plugin.ts';
import { saveEndpoint } from './scripts/vite-save-plugin.ts';
import { extraBuilds } from './scripts/vite-extra-builds.ts';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { devServerHeaders } from './scripts/vite-dev-headers-plugin.ts';
import { parseDataOrigins } from './src/core/data/originList.ts';
import { startupChunks } from './scripts/vite-startup-chunk.ts';

// The only other sites this deployment reads ?data= from, e.g.
// STANCELINE_DATA_ORIGINS="https://data.example.org" npm run build (docs/security.md).
// Unset: any http(s) address, with a "Data from <host>" banner on data from elsewhere.
const DATA_ORIGINS = parseDataOrigins(process.env.STANCELINE_DATA_ORIGINS ?? '');

// The start-up in three chunks: the entry, the application's boot, then the workspace and
// the chart the data is shown with (scripts/vite-startup-chunk.ts).
// Module ids as the bundler writes them: absolute, with forward slashes, spaces as they are.
const fromRoot = (path: string) => normalizePath(fileURLToPath(new URL(path, import.meta.url)));
const startup = startupChunks(
  [fromRoot('src/app/main.tsx')],
  [
    { name: 'boot', roots: [fromRoot('src/app/boot.tsx')] },
    { name: 'workspace', roots: [fromRoot('src/app/Workspace.tsx'), fromRoot('src/components/TimelineView.tsx')] },
  ],
);

export default defineConfig({
  // Relative base: the built folder works from any sub-path of a static host.
  base: './',
  // STANCELINE_DATA_DIR serves another folder as data/ (the editing tests use a scratch copy).
  plugins: [
    react(),
    // First, so its headers (no framing by other sites) are on every answer of the dev server.
    devServerHeaders(),
    dataFolder(process.env.STANCELINE_DATA_DIR ?? 'data'),
    // The editor's Save (dev server only): writes checked, minimal edits back into the same folder.
    saveEndpoint(process.env.STANCELINE_DATA_DIR ?? 'data'),
    contentSecurityPolicy(DATA_ORIGINS),
    extraBuilds(),
    startup.plugin,
  ],
  // Every dependency the app, its lazy chunks and the loading worker import, pre-bundled when
  // the dev server starts: one found later (the editor's first open, the first visit to a lazy
  // view) makes Vite reload the whole page, which would lose the view and break live reload.
  optimizeDeps: {
    include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', 'd3', 'date-fns', '@date-fns/utc/date/mini', '@humanwhocodes/momoa', 'jsonc-parser',
      // The interface languages' chunks (src/core/i18n/load.ts), found only when one is chosen.
      '@messageformat/runtime', '@messageformat/runtime/lib/cardinals', 'date-fns/locale/fr', 'date-fns/locale/de', 'date-fns/locale/es', 'date-fns/locale/uk', 'date-fns/locale/ru', 'date-fns/locale/ar',
      // Imported only inside the loading worker (quote checks, Parquet), which the dependency scan does not
      // crawl: found at run time, they made the dev server re-bundle and reload the page, losing an opened file.
      'entities/decode', 'hyparquet'],
  },
  // A dev server on a scratch data folder (the browser tests') keeps its pre-bundled
  // dependencies apart, so servers running side by side never rewrite each other's.
  ...(process.env.STANCELINE_DATA_DIR ? { cacheDir: `node_modules/.vite-${process.env.STANCELINE_DATA_DIR.replace(/[^\w.-]/g, '_')}` } : {}),
  // Others' builds and test output in the shared folder are not the app's source: an index.html
  // written into a dist folder would otherwise make every open dev page reload in full.
  server: {
    watch: { ignored: ['**/dist/**', '**/dist-*/**', '**/test-results/**', '**/playwright-report/**', '**/bench-data/**'] },
    // No CORS at all: only the app's own pages (same origin, which needs none) may read data/
    // or reach the save endpoint. Vite's default answers any localhost origin, so a page on
    // another local port could read every file data/ serves, and preflights would pass.
    cors: false,
  },
  build: { target: 'es2022', sourcemap: true, rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: startup.groups } } } },
  define: { __STANCELINE_DATA_ORIGINS__: JSON.stringify(DATA_ORIGINS) },
  // The loading worker is a module worker (src/app/loadOffThread.ts); as an ES bundle it keeps
  // its rarely needed parts (importers, position finders) in chunks of their own.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests and the CLI tests (each starts tsx) are slow on a busy 2-core machine;
    // these are limits against hangs, not speed goals.
    testTimeout: 60_000,
  },
});
