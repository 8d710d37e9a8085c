// Reading what a single-file export carries: the data text and the view it was saved at.
import { INLINE_DATA_ID, INLINE_VIEW_ID } from '../../core/embed/singleFile';

export interface InlineData {
  text: string;
  file: string;
}

/** The data a single-file export carries, or null on an ordinary page. */
export function readInlineData(doc: Document): InlineData | null {
  const element = doc.getElementById(INLINE_DATA_ID);
  if (!(element instanceof HTMLScriptElement) || element.type !== 'application/json') return null;
  return { text: element.textContent ?? '', file: element.dataset.file || 'inline data' };
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
