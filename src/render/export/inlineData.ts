// Reading what a single-file export carries: the data text and the view it was saved at.
import type { ForeignData } from '../../core/data/origin';
import { INLINE_DATA_ID, INLINE_VIEW_ID } from '../../core/embed/inlineIds';

export interface InlineData {
  text: string;
  file: string;
  /** The other site the data was fetched from before it was exported, or null. */
  origin: ForeignData | null;
}

/** The site named by a data-origin attribute (an http(s) address), or null. */
function originOf(address: string | undefined): ForeignData | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? { host: url.host, url: url.href } : null;
  } catch {
    return null;
  }
}

/** The data a single-file export carries, or null on an ordinary page. */
export function readInlineData(doc: Document): InlineData | null {
  const element = doc.getElementById(INLINE_DATA_ID);
  if (!(element instanceof HTMLScriptElement) || element.type !== 'application/json') return null;
  return { text: element.textContent ?? '', file: element.dataset.file || 'inline data', origin: originOf(element.dataset.origin) };
}

/** The view query string a single-file export was saved at ("" when none or unreadable). */
export function readInlineView(doc: Document): string {
  const element = doc.getElementById(INLINE_VIEW_ID);
  if (!(element instanceof HTMLScriptElement)) return '';
  try {
    const value: unknown = JSON.parse(element.textContent ?? '');
    return typeof value === 'string' && (value === '' || value.startsWith('?')) ? value : '';
  } catch {
    return '';
  }
}
