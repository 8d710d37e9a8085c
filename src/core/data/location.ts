// Where the data file is: the default next to the page, or the file the ?data= option
// names. Kept apart from loadData.ts so the first chunk can place the file without
// carrying the loader, which runs in a worker (loadOffThread.ts). Files opened from the
// computer are checked here too, before anything is read.
import { type WhatwgUrl, WhatwgUrlConstructor } from '../text/whatwgUrl';
import { formatMegabytes, MAX_DATA_BYTES } from './limits';
import { t } from '../i18n/translate';
import { CONFIGURED_DATA_ORIGINS, refuseDataOrigin } from './origin';

export const DEFAULT_DATA_PATH = 'data/events.json';

export type DataLocation = { url: string; file: string } | { refused: string };

/**
 * The data file's URL from the `?data=` option: a path relative to the page, or an
 * http(s) URL. Other schemes (javascript:, data:, file:) are refused, and so are other
 * sites than those on the deployment's allow-list, when it has one (origin.ts).
 */
export function locateData(option: string | null, pageHref: string, allowedOrigins: readonly string[] | null = CONFIGURED_DATA_ORIGINS): DataLocation {
  const file = option?.trim() || DEFAULT_DATA_PATH;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(file);
  if (scheme && !/^https?$/i.test(scheme[1]!)) {
    return { refused: t('The data option "{file}" was refused: use a path relative to this page or an http(s) address.', { file }) };
  }
  let url: WhatwgUrl;
  try {
    url = new WhatwgUrlConstructor(file, pageHref);
  } catch {
    return { refused: t('The data option "{file}" is not a path or address this page can read.', { file }) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { refused: t('The data option "{file}" was refused: only http(s) addresses can be loaded.', { file }) };
  }
  const offList = refuseDataOrigin(url.href, new WhatwgUrlConstructor(pageHref).origin, allowedOrigins);
  if (offList) return { refused: t('The data option was refused: {reason}', { reason: offList }) };
  return { url: url.href, file };
}

/** What the file picker offers and drag-and-drop accepts: Stanceline or TimelineJS3 JSON, CSV sheets, Parquet events files, event-data exports (POLECAT's are .txt) and other tables to map. */
export const OPENABLE_FILE_TYPES = '.json,.csv,.tsv,.tab,.txt,.jsonl,.ndjson,.parquet,application/json,text/csv,text/tab-separated-values,application/vnd.apache.parquet';

/** Extensions of the files Stanceline reads: its own and TimelineJS3's JSON and CSV, Parquet events files, and event-data exports (ICEWS .tab/.tsv, GDELT .CSV, POLECAT .txt, PLOVER .jsonl). */
const OPENABLE_EXTENSIONS = new Set(['json', 'csv', 'tsv', 'tab', 'txt', 'jsonl', 'ndjson', 'parquet']);

/** The parts of a browser File that decide whether it can be opened (plain values, so it tests without a DOM). */
export interface LocalFileFacts {
  name: string;
  /** The MIME type the browser guessed, or '' when it has none. */
  type: string;
  size: number;
}

/**
 * Why a file from the computer cannot be opened (not a .json or .csv file, or over the
 * size limit), as a sentence naming it; null when it may be read. The loader judges the
 * contents; this only refuses what is certainly not data, before anything is read.
 */
export function refuseLocalFile(file: LocalFileFacts): string | null {
  const name = file.name || t('The file');
  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const dataType = /^(application\/json|text\/csv|text\/tab-separated-values|application\/vnd\.apache\.parquet)$/i.test(file.type);
  if (!OPENABLE_EXTENSIONS.has(extension) && !dataType) {
    const named = file.type ? t('{file} ({type})', { file: name, type: file.type }) : extension ? t('{file} (a .{extension} file)', { file: name, extension }) : name;
    return t(
      '{file} is not a data file Stanceline can open: choose a .json file (Stanceline or TimelineJS3), a .csv or .parquet events sheet, or an event-data export (ICEWS .tab or .tsv, GDELT .CSV, ACLED .csv, POLECAT .txt, PLOVER .jsonl or .json).',
      { file: named },
    );
  }
  if (file.size > MAX_DATA_BYTES) {
    return t('{file} is {size}, over the {limit} Stanceline reads, so it was not opened. Split it into smaller files (for example one per year or per country).', {
      file: name,
      size: formatMegabytes(file.size),
      limit: formatMegabytes(MAX_DATA_BYTES),
    });
  }
  return null;
}
