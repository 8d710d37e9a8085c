// Where the data on screen came from, when that is not this site. `?data=//evil.example/x.json`
// (or `\\evil.example\x.json`, or `https:evil.example/x.json`) shows another site's file at
// this app's address; the page must say so, and a deployment may name the only sites it
// reads data from. Pure functions (no DOM): the app, the worker and the build config use them.

import { type WhatwgUrl, WhatwgUrlConstructor } from '../text/whatwgUrl';
import { t } from '../i18n/translate';

// The allow-list's parser is in originList.ts, which the build configuration reads without the catalogue.

/** Set by the build (vite.config.ts, from STANCELINE_DATA_ORIGINS); absent in other builds. */
declare const __STANCELINE_DATA_ORIGINS__: readonly string[] | undefined;

/** The origins this deployment reads data from besides its own, or null when any http(s) origin may be read. */
export const CONFIGURED_DATA_ORIGINS: readonly string[] | null =
  typeof __STANCELINE_DATA_ORIGINS__ !== 'undefined' && __STANCELINE_DATA_ORIGINS__.length > 0 ? __STANCELINE_DATA_ORIGINS__ : null;

/** Data from another site: its host (as the browser writes it, so a look-alike name shows as xn--…) and the address fetched. */
export interface ForeignData {
  host: string;
  url: string;
}

/** The longest address shown whole; a longer one is cut with "…" (an address can be megabytes long). */
export const MAX_SHOWN_URL = 160;

export function shortenUrl(url: string): string {
  return url.length > MAX_SHOWN_URL ? `${url.slice(0, MAX_SHOWN_URL)}…` : url;
}

/**
 * The other site data fetched from `fetchedUrl` came from (after redirects), or null when it
 * is this page's own origin. `fetchedUrl` is already normalised by URL: `//host`, backslashes
 * and `https:host` all come out as `https://host/…`.
 */
export function foreignDataOrigin(fetchedUrl: string, pageOrigin: string): ForeignData | null {
  let url: WhatwgUrl;
  try {
    url = new WhatwgUrlConstructor(fetchedUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin === pageOrigin) return null;
  return { host: url.host, url: url.href };
}

/**
 * Why data at `url` may not be read under the allow-list, or null when it may: the page's own
 * origin always may, others only when listed. No list means any origin.
 */
export function refuseDataOrigin(url: string, pageOrigin: string, allowed: readonly string[] | null = CONFIGURED_DATA_ORIGINS): string | null {
  if (allowed === null) return null;
  let origin: string;
  try {
    origin = new WhatwgUrlConstructor(url).origin;
  } catch {
    return t('{url} is not an address this page can read.', { url: shortenUrl(url) });
  }
  if (origin === pageOrigin || allowed.includes(origin)) return null;
  const list = allowed.length === 1 ? allowed[0]! : t('{others} and {last}', { others: allowed.slice(0, -1).join(', '), last: allowed.at(-1)! });
  return t('{url} is on {origin}, and this copy of Stanceline reads data only from its own site and {list}.', { url: shortenUrl(url), origin, list });
}
