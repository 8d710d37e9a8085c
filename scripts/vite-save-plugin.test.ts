import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_KEPT, SAVE_ENDPOINT, saveEndpoint, sha256 } from './vite-save-plugin';
import type { Loader } from './vite-save-plugin';

const seedText = readFileSync(new URL('../tests/fixtures/valid/ap-brussels/events.json', import.meta.url), 'utf8');
let folder: string;
let outside: string;
let server: Server;
let base: string;
const notices: unknown[] = [];

const realLoader: Loader = async (text, options) => (await import('../src/core/data/index')).loadDataset(text, options);

/** The plugin behind a real HTTP server, with just enough of a Vite dev server: its middleware stack and its socket. */
async function startSaveServer(dataFolder: string, loader: Loader, maxBodyBytes?: number): Promise<{ server: Server; base: string }> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const fake = {
    middlewares: { use: (path: string, handle: typeof handler) => (path === SAVE_ENDPOINT ? (handler = handle) : undefined) },
    ws: { send: (message: unknown) => notices.push(message) },
  } as unknown as ViteDevServer;
  const plugin = saveEndpoint(dataFolder, async () => loader, maxBodyBytes);
  (plugin.configureServer as (server: ViteDevServer) => void)(fake);
  const started = createServer((req, res) => handler!(req, res));
  await new Promise<void>((done) => started.listen(0, '127.0.0.1', done));
  return { server: started, base: `http://127.0.0.1:${(started.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'stanceline-save-'));
  outside = mkdtempSync(join(tmpdir(), 'stanceline-outside-'));
  ({ server, base } = await startSaveServer(folder, realLoader));
});

afterAll(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

beforeEach(() => {
  writeFileSync(join(folder, 'events.json'), seedText);
});

function post(body: unknown, headers: Record<string, string> = {}, at = base): Promise<Response> {
  return fetch(`${at}${SAVE_ENDPOINT}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Stanceline-Save': '1', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const edited = seedText.replace('"location": "NATO headquarters, Brussels"', '"location": "Brussels"');

describe('the save endpoint', () => {
  it('answers the probe', async () => {
    expect(await (await fetch(`${base}${SAVE_ENDPOINT}`)).json()).toEqual({ available: true });
  });

  it('writes a valid edit over the version it started from, keeping the previous one', async () => {
    const response = await post({ path: 'events.json', baseHash: sha256(seedText), text: edited });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { hash: string; previous: string };
    expect(body.hash).toBe(sha256(edited));
    expect(readFileSync(join(folder, 'events.json'), 'utf8')).toBe(edited);
    expect(readFileSync(join(folder, body.previous), 'utf8')).toBe(seedText);
    expect(notices.at(-1)).toMatchObject({ type: 'custom', event: 'stanceline:data-changed', data: { path: 'events.json' } });
    // No temporary file is left behind.
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses when the file changed on disk since the editor read it', async () => {
    const response = await post({ path: 'events.json', baseHash: sha256('something older'), text: edited });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { message: string; reason: unknown };
    expect(body.message).toMatch(/changed on disk since you opened it/);
    // The reason, for the editor to word in the page's language.
    expect(body.reason).toEqual({ code: 'changed-on-disk', path: 'events.json' });
    expect(readFileSync(join(folder, 'events.json'), 'utf8')).toBe(seedText);
  });

  it('refuses invalid data with the loader’s problems', async () => {
    const broken = seedText.replace('"date": "2025-02-12",', '"date": "2025-02-30",');
    const response = await post({ path: 'events.json', baseHash: sha256(seedText), text: broken });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { problems: { path: string; message: string }[] };
    expect(body.problems[0]!.path).toMatch(/^events\[\d+\]\.date$/);
    expect(readFileSync(join(folder, 'events.json'), 'utf8')).toBe(seedText);
    const notJson = await post({ path: 'events.json', baseHash: sha256(seedText), text: '{ "version": ' });
    expect(notJson.status).toBe(422);
  });

  it('writes only .json files inside the data folder', async () => {
    writeFileSync(join(outside, 'victim.json'), seedText);
    symlinkSync(join(outside, 'victim.json'), join(folder, 'link.json'));
    for (const path of ['../events.json', '/etc/passwd.json', 'sources/../../x.json', '.history/x.json', 'sources/ap-brussels.txt', 'link.json', 'missing.json', 'a\\b.json']) {
      const response = await post({ path, baseHash: sha256(seedText), text: edited });
      expect([400, 404], path).toContain(response.status);
    }
    expect(readFileSync(join(outside, 'victim.json'), 'utf8')).toBe(seedText);
  });

  it('refuses requests from other sites and without the editor’s header', async () => {
    const body = { path: 'events.json', baseHash: sha256(seedText), text: edited };
    expect((await post(body, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(body, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post(body, { 'X-Stanceline-Save': '0' })).status).toBe(403);
    expect((await post(body, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect(readFileSync(join(folder, 'events.json'), 'utf8')).toBe(seedText);
  });

  it('keeps a bounded number of previous versions', async () => {
    let current = seedText;
    for (let round = 0; round < HISTORY_KEPT + 3; round++) {
      const next = current.replace(/"title": "Hegseth: [^"]*"/, `"title": "Hegseth: round ${round}"`);
      const response = await post({ path: 'events.json', baseHash: sha256(current), text: next });
      expect(response.status).toBe(200);
      current = next;
    }
    expect(readdirSync(join(folder, '.history')).filter((name) => name.startsWith('events.'))).toHaveLength(HISTORY_KEPT);
  });

  it('refuses to write over a .json file that is not Stanceline data, such as the schema', async () => {
    const schemaText = readFileSync(new URL('../data/schema/stanceline.schema.json', import.meta.url), 'utf8');
    mkdirSync(join(folder, 'schema'), { recursive: true });
    writeFileSync(join(folder, 'schema', 'stanceline.schema.json'), schemaText);
    // The text sent is valid Stanceline data: only the target decides.
    const response = await post({ path: 'schema/stanceline.schema.json', baseHash: sha256(schemaText), text: edited });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/is not a Stanceline data file/);
    expect(readFileSync(join(folder, 'schema', 'stanceline.schema.json'), 'utf8')).toBe(schemaText);
  });

  it('refuses a .history folder that is a symbolic link, and deletes nothing where it leads', async () => {
    const history = join(folder, '.history');
    const kept = existsSync(history) ? join(folder, 'history-kept') : null;
    if (kept) renameSync(history, kept);
    const elsewhere = mkdtempSync(join(tmpdir(), 'stanceline-elsewhere-'));
    // Files named like backups, which pruning would delete if it followed the link.
    const victims = Array.from({ length: HISTORY_KEPT + 5 }, (_, n) => `events.2020-01-01T00-00-${String(n).padStart(2, '0')}-000Z.json`);
    for (const name of victims) writeFileSync(join(elsewhere, name), 'precious');
    symlinkSync(elsewhere, history);
    try {
      const response = await post({ path: 'events.json', baseHash: sha256(seedText), text: edited });
      expect(response.status).toBe(409);
      expect(((await response.json()) as { message: string }).message).toMatch(/\.history is a symbolic link/);
      expect(readdirSync(elsewhere).sort()).toEqual(victims);
      expect(readFileSync(join(folder, 'events.json'), 'utf8')).toBe(seedText);
    } finally {
      unlinkSync(history);
      if (kept) renameSync(kept, history);
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('refuses when the file’s folder is swapped for a symbolic link while the save is checked', async () => {
    const sub = join(folder, 'sub');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'e.json'), seedText);
    const elsewhere = mkdtempSync(join(tmpdir(), 'stanceline-elsewhere-'));
    writeFileSync(join(elsewhere, 'e.json'), 'not to be overwritten');
    // The swap happens during the check of the edited text, as it could during a 2 s check of a large file.
    const swappingLoader: Loader = async (text, options) => {
      if (text === edited) {
        renameSync(sub, join(folder, 'sub-moved'));
        symlinkSync(elsewhere, sub);
      }
      return realLoader(text, options);
    };
    const swapping = await startSaveServer(folder, swappingLoader);
    try {
      const response = await post({ path: 'sub/e.json', baseHash: sha256(seedText), text: edited }, {}, swapping.base);
      expect(response.status).toBe(409);
      expect(((await response.json()) as { message: string }).message).toMatch(/was replaced/);
      expect(readFileSync(join(elsewhere, 'e.json'), 'utf8')).toBe('not to be overwritten');
      expect(readdirSync(elsewhere)).toEqual(['e.json']);
    } finally {
      swapping.server.close();
      rmSync(sub, { recursive: true, force: true });
      rmSync(join(folder, 'sub-moved'), { recursive: true, force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('answers an oversize save with 413 and its message, whether its length is declared or not', async () => {
    const small = await startSaveServer(folder, realLoader, 64 * 1024);
    try {
      const big = JSON.stringify({ path: 'events.json', baseHash: sha256(seedText), text: 'x'.repeat(1024 * 1024) });
      const declared = await post(big, {}, small.base);
      expect(declared.status).toBe(413);
      expect(((await declared.json()) as { message: string }).message).toMatch(/larger than Stanceline reads/);
      // Streamed in pieces without a Content-Length: counted as it arrives.
      const bytes = new TextEncoder().encode(big);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 16 * 1024) controller.enqueue(bytes.slice(at, at + 16 * 1024));
          controller.close();
        },
      });
      const streamed = await fetch(`${small.base}${SAVE_ENDPOINT}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Stanceline-Save': '1' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(readFileSync(join(folder, 'events.json'), 'utf8')).toBe(seedText);
    } finally {
      small.server.close();
    }
  });
});
