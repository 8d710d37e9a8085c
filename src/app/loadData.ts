// Fetching the data file: where it is (the default or the ?data= option), reading it
// with progress, and handing the text to the validating loader. Failures become plain
// sentences for the error view, never exceptions that blank the page.
import { loadDataset } from '../core/data';
import type { LoadResult } from '../core/model/types';

export const DEFAULT_DATA_PATH = 'data/events.json';

export type DataLocation = { url: string; file: string } | { refused: string };

/**
 * The data file's URL from the `?data=` option: a path relative to the page, or an
 * http(s) URL. Other schemes (javascript:, data:, file:) are refused.
 */
export function locateData(option: string | null, pageHref: string): DataLocation {
  const file = option?.trim() || DEFAULT_DATA_PATH;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(file);
  if (scheme && !/^https?$/i.test(scheme[1]!)) {
    return { refused: `The data option "${file}" was refused: use a path relative to this page or an http(s) address.` };
  }
  let url: URL;
  try {
    url = new URL(file, pageHref);
  } catch {
    return { refused: `The data option "${file}" is not a path or address this page can read.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { refused: `The data option "${file}" was refused: only http(s) addresses can be loaded.` };
  }
  return { url: url.href, file };
}

export type FetchOutcome = { kind: 'loaded'; result: LoadResult } | { kind: 'failed'; message: string };

export type ProgressListener = (loadedBytes: number, totalBytes: number | null) => void;

async function readWithProgress(response: Response, onProgress?: ProgressListener): Promise<string> {
  const total = Number(response.headers.get('Content-Length')) || null;
  if (!response.body || !onProgress) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress(loaded, total);
  }
  return text + decoder.decode();
}

/** Reads a local source copy named by a source's `text`, relative to the data file; undefined when unavailable. */
function sourceTextReader(dataUrl: string): (path: string) => Promise<string | undefined> {
  return async (path) => {
    try {
      const url = new URL(path, dataUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      const response = await fetch(url, { cache: 'no-store' });
      return response.ok ? await response.text() : undefined;
    } catch {
      return undefined;
    }
  };
}

export async function fetchDataset(location: { url: string; file: string }, onProgress?: ProgressListener): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await fetch(location.url, { cache: 'no-store' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: `Could not reach ${location.file}: ${reason}. Check the address and your connection.` };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const hint = response.status === 404 ? ' The file is not where the page looked for it.' : '';
    return { kind: 'failed', message: `Could not load ${location.file}: the server answered ${status}.${hint}` };
  }
  let text: string;
  try {
    text = await readWithProgress(response, onProgress);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: `Loading ${location.file} stopped part way: ${reason}.` };
  }
  try {
    const result = await loadDataset(text, { file: location.file, readSourceText: sourceTextReader(location.url) });
    return { kind: 'loaded', result };
  } catch (error) {
    // The loader reports problems rather than throwing; this is the last line of defence.
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: `Reading ${location.file} failed unexpectedly: ${reason}.` };
  }
}
