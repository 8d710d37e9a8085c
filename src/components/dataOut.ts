// Data out of the app: saving a text file, the permalink of an event, and the clipboard.
import { INITIAL_VIEW } from '../core/view/types';
import { viewSearchString } from '../core/view/url';
import { saveBlob, slugify } from '../render/export/download';

/** Saves text as a file (the export module's own saving, so every download behaves alike). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A byte-order mark makes spreadsheet programs read the CSV as UTF-8 (accents, “quotes”).
  saveBlob(new Blob([type.startsWith('text/csv') ? '\ufeff' : '', text], { type }), fileName);
}

/** A file name from the dataset's title: "grey-sea-synthetic-events.csv". */
export function fileNameFor(title: string, suffix: string): string {
  return `${slugify(title)}-${suffix}`;
}

/**
 * The address that opens the app on this event, selected, with the whole data in view:
 * the page's own address with only its data file kept, so no filter of the moment can hide it.
 */
export function eventPermalink(eventId: string, location: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location): string {
  const current = new URLSearchParams(location.search);
  const kept = new URLSearchParams();
  const data = current.get('data');
  if (data !== null) kept.set('data', data);
  // The interface language travels with the link, as it does with every view.
  const lang = current.get('lang');
  if (lang !== null) kept.set('lang', lang);
  return `${location.origin}${location.pathname}${viewSearchString({ ...INITIAL_VIEW, selected: eventId }, kept)}`;
}

/** Puts text on the clipboard; false where the page may not (an insecure origin, a denied permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
