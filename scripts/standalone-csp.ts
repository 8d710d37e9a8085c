// The Content-Security-Policy of the single-file HTML export: the page runs with no
// network at all, and only the scripts and styles it was written with can run, each named
// by the hash of its exact text. Applied when the standalone page is built and again by
// `npm run export` when it writes a file. docs/security.md explains the policy.
import { createHash } from 'node:crypto';

/** Script types the browser runs; application/json (the data and view) is inert and needs no hash. */
const EXECUTABLE_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/**
 * The inline scripts and styles of a page, in document order. Elements are read one after
 * the other, each to its own closing tag, so tags quoted inside a script's text (the
 * bundle's strings mention "<script" and "<style") are never taken for elements.
 */
export function inlineElements(html: string): { kind: 'script' | 'style'; type: string; text: string }[] {
  const found: { kind: 'script' | 'style'; type: string; text: string }[] = [];
  const opening = /<(script|style)\b([^>]*)>/gi;
  let match: RegExpExecArray | null;
  while ((match = opening.exec(html))) {
    const kind = match[1]!.toLowerCase() as 'script' | 'style';
    const attributes = match[2]!;
    const start = match.index + match[0].length;
    // Searched case-insensitively in place: lower-casing the page first would move every index
    // after a character whose lower case is longer ("İ" becomes two code units).
    const closing = new RegExp(`</${kind}`, 'gi');
    closing.lastIndex = start;
    const end = closing.exec(html)?.index ?? -1;
    if (end < 0) break;
    opening.lastIndex = end;
    if (kind === 'script' && /\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    found.push({ kind, type, text: html.slice(start, end) });
  }
  return found;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The standalone page's policy: nothing from the network (default-src 'none'); only the
 * page's own inline scripts and styles, each named by the hash of its exact text (no
 * 'unsafe-inline'); pictures the app makes itself (data: and blob:). Data inserted later
 * goes into application/json elements, which never run, so the hashes stay valid.
 */
export function standalonePolicy(html: string): string {
  const elements = inlineElements(html);
  const scripts = elements.filter((e) => e.kind === 'script' && EXECUTABLE_TYPE.test(e.type)).map((e) => sha256(e.text));
  const styles = elements.filter((e) => e.kind === 'style').map((e) => sha256(e.text));
  if (scripts.length === 0) throw new Error('The standalone page has no inline script to allow: is it the single-file build?');
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy (any earlier one replaced) at the top of <head>, before any script or style it governs. */
export function withStandalonePolicy(html: string): string {
  const cleaned = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const policy = standalonePolicy(cleaned);
  // After <meta charset> when there is one (it should stay first), else first in <head>.
  const anchor = /<meta charset[^>]*>/i.exec(cleaned) ?? /<head[^>]*>/i.exec(cleaned);
  if (!anchor) throw new Error('The standalone page has no <head> to put its Content-Security-Policy in.');
  const at = anchor.index + anchor[0].length;
  return `${cleaned.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />${cleaned.slice(at)}`;
}
