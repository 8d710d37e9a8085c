// Where the data file is: the default next to the page, or the file the ?data= option
// names. Kept apart from loadData.ts so the first chunk can place the file without
// carrying the loader, which runs in a worker (loadOffThread.ts).
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
