// Data out of the app: saving a text file, the permalink of an event, and the clipboard.
import { INITIAL_VIEW } from '../core/view/types';
import { keptParams, viewSearchString } from '../core/view/url';
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
  // The data file, and the interface language, which travels with the link as with every view.
  const kept = keptParams(location.search, ['data', 'lang']);
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
