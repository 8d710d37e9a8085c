// Serves the top-level data/ folder at ./data/ in the dev server, copies it into the
// build, and tells open pages when a data file changes (live reload while editing).
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Folders of data/ that ship with the build; test fixtures stay out. */
const SHIPPED = ['events.json', 'schema', 'sources', 'examples', 'templates'];

export const DATA_CHANGED_EVENT = 'stanceline:data-changed';

export function dataFolder(dataDir = 'data'): Plugin {
  const root = resolve(dataDir);
  let outDir = 'dist';
  // Vitest resolves this config too (with a dummy outDir): copy only in a real build.
  let copyOnClose = false;
  return {
    name: 'stanceline-data-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      copyOnClose = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const file = normalize(join(root, urlPath));
        // Never serve outside data/.
        if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(file));
      });
      server.watcher.add(root);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(root + sep)) return;
        const path = relative(root, file).split(sep).join('/');
        server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: { path } });
      });
    },
    closeBundle() {
      if (!copyOnClose) return;
      for (const entry of SHIPPED) {
        const from = join(root, entry);
        if (existsSync(from)) cpSync(from, join(outDir, 'data', entry), { recursive: true });
      }
    },
  };
}
