// Save for the in-app editor, in the dev server only: POST /__stanceline/save writes an
// edited data file back into the data folder, but only a valid file, only over the version
// the editor started from, only from this site, only over a file that is Stanceline data,
// and never without keeping the previous one. Every step that touches the disk works on
// real paths inside the data folder, checked again just before the file is replaced.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { LoadOptions } from '../src/core/data/load.ts';
import type { LoadResult } from '../src/core/model/types.ts';
import { MAX_DATA_BYTES } from '../src/core/data/limits.ts';
import { DATA_CHANGED_EVENT } from './vite-data-plugin.ts';
import type { SaveRefusalReason } from '../src/core/edit/saveRefusal.ts';

/** The app's own loader, which judges a save exactly as the page judges the file. */
export type Loader = (text: string, options: LoadOptions) => Promise<LoadResult>;

export const SAVE_ENDPOINT = '/__stanceline/save';
/**
 * Sent by the editor; a page on another site cannot add it without a CORS preflight, which
 * fails: the dev server answers no CORS (`server.cors: false` in vite.config.ts), so the
 * preflight gets this endpoint's 405 without an Access-Control-Allow-Origin.
 */
export const SAVE_HEADER = 'x-stanceline-save';
/** Previous versions kept per data file in <data folder>/.history/. */
export const HISTORY_KEPT = 20;
/** The text is JSON-escaped inside the request, so allow some room over the loader's own limit. */
export const MAX_BODY_BYTES = MAX_DATA_BYTES + 1024 * 1024;
/** An oversize body is read to its end (and dropped) so its 413 arrives; past this much more, the connection is cut. */
const MAX_DRAINED_BYTES = 4 * MAX_BODY_BYTES;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A refusal the server meant: its status and sentence go to the editor as they are. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The validator's problems, and why (for the editor to word in the page's language: src/core/edit/saveRefusal.ts). */
    readonly details: { problems?: unknown[]; reason?: SaveRefusalReason } = {},
  ) {
    super(message);
  }
}

/** The file a save may write: an existing .json file inside the data folder, reached without leaving it. */
export function resolveDataFile(root: string, path: unknown): string {
  if (typeof path !== 'string' || path === '') throw new Refusal(400, 'The save names no file.');
  if (isAbsolute(path) || path.includes('\\') || path.includes('\0')) throw new Refusal(400, `"${path}" is not a path inside the data folder.`, { reason: { code: 'not-a-data-path', path } });
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.startsWith('.'))) {
    throw new Refusal(400, `"${path}" is not a path inside the data folder (no "..", hidden folders or empty parts).`, { reason: { code: 'not-a-data-path', path } });
  }
  if (!path.toLowerCase().endsWith('.json')) throw new Refusal(400, `"${path}" is not a .json file; only data files can be saved.`, { reason: { code: 'not-a-data-path', path } });
  const realRoot = realpathSync(root);
  const file = resolve(root, path);
  if (!existsSync(file)) throw new Refusal(404, `${path} is not in the data folder (it may have been moved or deleted).`, { reason: { code: 'not-in-folder', path } });
  // A symbolic link that leads out of the data folder is refused like "..".
  const real = realpathSync(file);
  if (!real.startsWith(realRoot + sep) || !statSync(real).isFile()) throw new Refusal(400, `${path} leads outside the data folder, so it is not written.`, { reason: { code: 'not-a-data-path', path } });
  return real;
}

/**
 * Throws unless `folder` is still a real folder inside the data folder, reached through no
 * symbolic link: a folder swapped for a link while a large save is checked (seconds) must
 * not lead the write outside.
 */
function checkStillInside(root: string, folder: string, path: string): void {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    throw new Refusal(409, `The folder of ${path} was moved or deleted while the save was checked; nothing was written.`, { reason: { code: 'folder-moved', path } });
  }
  const realRoot = realpathSync(root);
  if (real !== folder || (real !== realRoot && !real.startsWith(realRoot + sep))) {
    throw new Refusal(409, `The folder of ${path} was replaced (it now leads elsewhere) while the save was checked; nothing was written.`, { reason: { code: 'folder-moved', path } });
  }
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    // A body declared too large is refused without keeping any of it.
    let oversize = Number(req.headers['content-length'] ?? 0) > maxBytes;
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (!oversize && size > maxBytes) {
        oversize = true;
        chunks.length = 0;
      }
      // Cutting the connection as soon as the limit is passed would reset it before the 413
      // is read (the editor then saw only "failed to fetch"): the rest is read and dropped,
      // within a bound, and the answer is sent when the body ends.
      if (oversize && size > MAX_DRAINED_BYTES) req.destroy();
      if (!oversize) chunks.push(chunk);
    });
    req.on('end', () => {
      if (oversize) reject(new Refusal(413, 'The edited file is larger than Stanceline reads, so it was not saved.', { reason: { code: 'too-large' } }));
      else resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** Refuses requests that do not come from a page of this dev server. */
function checkSameOrigin(req: IncomingMessage): void {
  if (req.headers[SAVE_HEADER] !== '1') throw new Refusal(403, 'Saves come only from the Stanceline editor (the request lacks its header).');
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw new Refusal(403, 'Saves are accepted only from pages of this dev server.');
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) {
    throw new Refusal(403, 'Saves are accepted only from pages of this dev server.');
  }
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new Refusal(415, 'A save is sent as JSON.');
}

/**
 * The history folder, made if missing. A .history that is a symbolic link (or not a folder)
 * is refused: the copies would go wherever it leads, and pruning would then delete files
 * there that are named like copies.
 */
function historyFolder(root: string): string {
  const folder = join(realpathSync(root), '.history');
  let facts;
  try {
    facts = lstatSync(folder);
  } catch {
    mkdirSync(folder);
    return folder;
  }
  if (facts.isSymbolicLink() || !facts.isDirectory()) {
    throw new Refusal(409, 'data/.history is a symbolic link or not a folder, so the previous version could not be kept; nothing was saved. Make it a plain folder.', { reason: { code: 'history-not-folder' } });
  }
  return folder;
}

/** Copies the current file into .history/ and drops the oldest copies beyond HISTORY_KEPT. */
function keepPreviousVersion(root: string, relativePath: string, text: string): string {
  const folder = historyFolder(root);
  const name = relativePath.replace(/\.json$/i, '').split('/').join('__');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let copy = join(folder, `${name}.${stamp}.json`);
  for (let n = 2; existsSync(copy); n++) copy = join(folder, `${name}.${stamp}-${n}.json`);
  // 'wx': never through an existing name, such as a dangling symbolic link planted there.
  writeFileSync(copy, text, { flag: 'wx' });
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z(-\\d+)?\\.json$`);
  const copies = readdirSync(folder).filter((entry) => pattern.test(entry)).sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - HISTORY_KEPT))) rmSync(join(folder, old));
  return `.history/${basename(copy)}`;
}

/**
 * Writes through a temporary file in the same real folder and a rename, so a crash never
 * leaves half a file. `file` is a real path; its folder is checked again before the
 * temporary file is written and just before the rename.
 */
function writeAtomically(root: string, file: string, text: string, path: string): void {
  const folder = dirname(file);
  checkStillInside(root, folder, path);
  const temporary = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { mode: statSync(file).mode, flag: 'wx' });
    checkStillInside(root, folder, path);
    renameSync(temporary, file);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
}

async function save(root: string, req: IncomingMessage, loadDataset: Loader, maxBodyBytes: number): Promise<{ path: string; hash: string; previous: string }> {
  checkSameOrigin(req);
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, maxBodyBytes));
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(400, 'The save request is not JSON.');
  }
  const { path, baseHash, text } = (body ?? {}) as Record<string, unknown>;
  if (typeof baseHash !== 'string' || typeof text !== 'string') throw new Refusal(400, 'The save request needs path, baseHash and text.');
  const file = resolveDataFile(root, path);
  const relativePath = path as string;
  const current = readFileSync(file, 'utf8');
  if (sha256(current) !== baseHash) {
    throw new Refusal(409, `${relativePath} changed on disk since you opened it: reload to see the new version; your edits are kept.`, { reason: { code: 'changed-on-disk', path: relativePath } });
  }
  // Only Stanceline data is written over: not the schema, nor any other .json that happens to be in data/.
  const existing = await loadDataset(current, { file: relativePath });
  if (!existing.dataset) throw new Refusal(403, `${relativePath} is not a Stanceline data file, so the editor does not write over it.`, { reason: { code: 'not-a-data-file', path: relativePath } });
  const checked = await loadDataset(text, { file: relativePath });
  const errors = checked.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Refusal(422, `${relativePath} was not saved: the edited data has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}.`, { problems: errors, reason: { code: 'has-errors', path: relativePath, count: errors.length } });
  }
  const previous = keepPreviousVersion(root, relativePath, current);
  writeAtomically(root, file, text, relativePath);
  return { path: relativePath, hash: sha256(text), previous };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  // The rest of an oversize body was dropped: this connection carries nothing more.
  if (status === 413) res.setHeader('Connection', 'close');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * `loader` and `maxBodyBytes` are for tests; the dev server loads src/core/data through its own module graph,
 * so the config does not bundle the loader (and the loader stays the one the page runs).
 */
export function saveEndpoint(dataDir = 'data', loader?: () => Promise<Loader>, maxBodyBytes = MAX_BODY_BYTES): Plugin {
  const root = resolve(dataDir);
  // Saves to one server run one at a time, so two tabs cannot both pass the hash check.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    name: 'stanceline-save',
    apply: 'serve',
    configureServer(server) {
      const getLoader = loader ?? (async () => ((await server.ssrLoadModule('/src/core/data/index.ts')) as { loadDataset: Loader }).loadDataset);
      server.middlewares.use(SAVE_ENDPOINT, (req, res) => {
        if (req.method === 'GET') return reply(res, 200, { available: true });
        if (req.method !== 'POST') return reply(res, 405, { message: 'Use POST to save.' });
        const run = queue.then(async () => {
          try {
            const saved = await save(root, req, await getLoader(), maxBodyBytes);
            reply(res, 200, saved);
            // The watcher may see a rename as a new file rather than a change: say it changed.
            server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: { path: saved.path } });
          } catch (error) {
            if (error instanceof Refusal) return reply(res, error.status, { message: error.message, ...error.details });
            const detail = error instanceof Error ? error.message : String(error);
            reply(res, 500, { message: `The file could not be written (${detail}); it is unchanged.`, reason: { code: 'write-failed', detail } });
          }
        });
        queue = run;
      });
    },
  };
}
