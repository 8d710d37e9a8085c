import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_KEPT, SAVE_ENDPOINT, saveEndpoint, sha256 } from './vite-save-plugin';

const seedText = readFileSync(new URL('../tests/fixtures/valid/ap-brussels/events.json', import.meta.url), 'utf8');
let folder: string;
let outside: string;
let server: Server;
let base: string;
const notices: unknown[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'stanceline-save-'));
  outside = mkdtempSync(join(tmpdir(), 'stanceline-outside-'));
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  // Just enough of a Vite dev server for the plugin: its middleware stack and its socket.
  const fake = {
    middlewares: { use: (path: string, handle: typeof handler) => (path === SAVE_ENDPOINT ? (handler = handle) : undefined) },
    ws: { send: (message: unknown) => notices.push(message) },
  } as unknown as ViteDevServer;
  const plugin = saveEndpoint(folder, async () => (await import('../src/core/data/index')).loadDataset);
  (plugin.configureServer as (server: ViteDevServer) => void)(fake);
  server = createServer((req, res) => handler!(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

beforeEach(() => {
  writeFileSync(join(folder, 'events.json'), seedText);
});

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${SAVE_ENDPOINT}`, {
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
    expect(((await response.json()) as { message: string }).message).toMatch(/changed on disk since you opened it/);
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
});
