// The single-file export: the standalone build (one HTML file with the app's scripts and
// styles inline) plus the data file and the view, written into <script type="application/json">
// elements the app reads at start instead of fetching. Shared by the app's "Download HTML"
// and the command line (scripts/export.ts), so both write the same file.
import { wellFormed } from '../text/wellFormed';
import { t } from '../i18n/translate';
import { INLINE_DATA_ID, INLINE_VIEW_ID } from './inlineIds';

/** Element ids the app looks for at start (see inlineData.ts and inlineIds.ts). */
export { INLINE_DATA_ID, INLINE_VIEW_ID };

/**
 * JSON made safe inside a <script> element: `<` (and `>`, `&`) become \u escapes, which
 * JSON reads back as the same characters, so "</script>" or "<!--" in the data cannot end
 * the element early. U+2028/2029 are escaped too, for older JavaScript parsers.
 */
export function escapeJsonForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text made safe as HTML element content. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SingleFileContent {
  /** The data file's text, exactly as written (it must be JSON). */
  dataText: string;
  /** The name shown in problem messages, e.g. "events.json". */
  dataFile: string;
  /** The view's query string ("?from=…&sel=…"), applied when the file opens without one. */
  view: string;
  /** The page title (the dataset's title). */
  title: string;
  /** The address the data was fetched from when that was another site: the file says "Data from <host>" too. */
  dataOrigin?: string | null;
}

/** Thrown when a template is not the standalone build. */
export class TemplateError extends Error {}

/**
 * The template with the data and view inserted. The data text must parse as JSON (it is
 * checked, not trusted): only then is escaping `<` enough to keep it inside its element.
 * Any data or view a template already carries is replaced.
 */
export function buildSingleFile(template: string, content: SingleFileContent): string {
  JSON.parse(content.dataText);
  // Only the markup before the app's inline script is edited: the script's own text may
  // contain "</head>" or "<title>" in strings, which must not be mistaken for tags.
  const split = template.search(/<script type="module"[^>]*>/);
  if (split < 0) throw new TemplateError(t('The template is not the standalone build: it has no inline module script.'));
  const view = content.view.startsWith('?') || content.view === '' ? content.view : `?${content.view}`;
  const origin = content.dataOrigin ? ` data-origin="${escapeAttribute(wellFormed(content.dataOrigin))}"` : '';
  const elements =
    `<script type="application/json" id="${INLINE_DATA_ID}" data-file="${escapeAttribute(wellFormed(content.dataFile))}"${origin}>${escapeJsonForScript(wellFormed(content.dataText))}</script>\n` +
    `<script type="application/json" id="${INLINE_VIEW_ID}">${escapeJsonForScript(JSON.stringify(view))}</script>\n`;
  // Functions as replacements: `$` in a title must not be read as a replacement pattern.
  const head = removeInlineElements(template.slice(0, split)).replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtmlText(wellFormed(content.title))} · Stanceline</title>`);
  return `${head}${elements}${template.slice(split)}`;
}

/** The template without data or view elements inserted by an earlier export. */
export function removeInlineElements(html: string): string {
  const pattern = new RegExp(`<script type="application/json" id="(?:${INLINE_DATA_ID}|${INLINE_VIEW_ID})"[^>]*>[^<]*</script>\\n?`, 'g');
  return html.replace(pattern, '');
}
