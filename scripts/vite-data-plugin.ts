// Serves the top-level data/ folder at ./data/ in the dev server, copies it into the
// build, and tells open pages when a data file changes (live reload while editing).
import { cpSync, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
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

function refuse(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(message);
}

/**
 * The real file a request for `urlPath` under /data/ reads, or why not. Checked on the real
 * path, like a save (vite-save-plugin.ts): a symbolic link inside data/ that leads out of it
 * (`ln -s / data/rootlink`) is refused, not followed.
 */
export function resolveReadableFile(root: string, rawUrl: string): { file: string } | { status: number; message: string } | null {
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(rawUrl.split('?')[0] ?? '/');
  } catch {
    return { status: 400, message: 'The address is not valid percent-encoding.' };
  }
  if (urlPath.includes('\0')) return { status: 400, message: 'The address holds a NUL character.' };
  const file = normalize(join(root, urlPath));
  if (!file.startsWith(root + sep) || !existsSync(file)) return null;
  const real = realpathSync(file);
  if (!real.startsWith(realpathSync(root) + sep)) return { status: 403, message: 'This file leads outside the data folder, so it is not served.' };
  if (!statSync(real).isFile()) return null;
  return { file: real };
}

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
        let found: ReturnType<typeof resolveReadableFile>;
        let body: Buffer;
        try {
          found = resolveReadableFile(root, req.url ?? '/');
          if (found === null) return next();
          if ('status' in found) return refuse(res, found.status, found.message);
          body = readFileSync(found.file);
        } catch {
          // Never a stack trace to the page: the reason stays on the server.
          return refuse(res, 500, 'The file could not be read.');
        }
        res.setHeader('Content-Type', CONTENT_TYPES[extname(found.file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
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
