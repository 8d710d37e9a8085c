// Reading data/ from the dev server: files inside are served, and nothing outside is, whether
// reached by "..", by a symbolic link, or by an address that is not valid percent-encoding.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFolder } from './vite-data-plugin';

let folder: string;
let outside: string;
let server: Server;
let base: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'stanceline-read-'));
  outside = mkdtempSync(join(tmpdir(), 'stanceline-secret-'));
  writeFileSync(join(folder, 'events.json'), '{"inside": true}');
  mkdirSync(join(folder, 'sources'));
  writeFileSync(join(folder, 'sources', 'a.txt'), 'source text');
  writeFileSync(join(outside, 'hostname'), 'secret');
  // The report's case: a link to a folder outside, and a link to a file outside.
  symlinkSync(outside, join(folder, 'rootlink'));
  symlinkSync(join(outside, 'hostname'), join(folder, 'secret.json'));
  // A link that stays inside is fine.
  symlinkSync(join(folder, 'sources'), join(folder, 'alias'));
  let handler: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) | undefined;
  // Just enough of a Vite dev server: the /data middleware (mounted the way connect does, with
  // the prefix taken off req.url) and a watcher.
  const fake = {
    middlewares: { use: (path: string, handle: typeof handler) => (path === '/data' ? (handler = handle) : undefined) },
    watcher: { add: () => undefined, on: () => undefined },
    ws: { send: () => undefined },
  } as unknown as ViteDevServer;
  (dataFolder(folder).configureServer as (server: ViteDevServer) => void)(fake);
  server = createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end('not found');
    };
    if (!req.url?.startsWith('/data/')) return notFound();
    req.url = req.url.slice('/data'.length);
    handler!(req, res, notFound);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('reading data/ from the dev server', () => {
  it('serves files inside, including through a link that stays inside', async () => {
    expect(await (await fetch(`${base}/data/events.json`)).text()).toBe('{"inside": true}');
    expect(await (await fetch(`${base}/data/alias/a.txt`)).text()).toBe('source text');
  });

  it('refuses a symbolic link that leads out of data/, to a folder or to a file', async () => {
    for (const path of ['/data/rootlink/hostname', '/data/secret.json']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(403);
      expect(await response.text(), path).not.toContain('secret');
    }
  });

  it('does not leave data/ by "..", encoded or not', async () => {
    for (const path of ['/data/%2e%2e/%2e%2e/etc/hostname', '/data/..%2f..%2fetc%2fhostname']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });

  it('answers a broken percent-encoding with 400 and a sentence, not a stack trace', async () => {
    const response = await fetch(`${base}/data/%E0%A4%A`);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toBe('The address is not valid percent-encoding.');
  });
});
