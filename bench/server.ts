// A small static server for the benchmark, on the loopback interface only:
//   /bench/…       the benchmark pages (this folder)
//   /bench-data/…  the generated datasets
//   /vendor/…      the vis-timeline package (its standalone build and styles)
//   /vendor-hyparquet/…  hyparquet's sources, for the Parquet load floor's module worker
//   /…             the built app (dist/)
// Files are sent uncompressed (loopback: transfer time is not what is measured) and
// never cached, so each run loads everything afresh.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface BenchServerFolders {
  dist: string;
  bench: string;
  data: string;
  visTimeline: string;
  /** hyparquet's src/ folder (ES modules). */
  hyparquet: string;
}

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path names under `root`, or null when it is outside it or missing. */
function fileUnder(root: string, urlPath: string): string | null {
  const file = normalize(join(root, urlPath));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (!existsSync(file)) return null;
  const stats = statSync(file);
  if (stats.isDirectory()) return fileUnder(root, join(urlPath, 'index.html'));
  return stats.isFile() ? file : null;
}

export function startBenchServer(folders: BenchServerFolders, port = 0): Promise<BenchServer> {
  const routes: ReadonlyArray<readonly [string, string]> = [
    ['/bench/', resolve(folders.bench)],
    ['/bench-data/', resolve(folders.data)],
    ['/vendor-hyparquet/', resolve(folders.hyparquet)],
    ['/vendor/', resolve(folders.visTimeline)],
    ['/', resolve(folders.dist)],
  ];
  const server: Server = createServer((request, response) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const route = routes.find(([prefix]) => urlPath.startsWith(prefix));
    const file = route ? fileUnder(route[1], urlPath.slice(route[0].length - 1)) : null;
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${urlPath}`);
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(statSync(file).size),
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolvePromise({
        origin: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
