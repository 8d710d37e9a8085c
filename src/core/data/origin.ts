// Where the data on screen came from, when that is not this site. `?data=//evil.example/x.json`
// (or `\\evil.example\x.json`, or `https:evil.example/x.json`) shows another site's file at
// this app's address; the page must say so, and a deployment may name the only sites it
// reads data from. Pure functions (no DOM): the app, the worker and the build config use them.

import { type WhatwgUrl, WhatwgUrlConstructor } from '../text/whatwgUrl';

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
    return `${shortenUrl(url)} is not an address this page can read.`;
  }
  if (origin === pageOrigin || allowed.includes(origin)) return null;
  const list = allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} and ${allowed.at(-1)}`;
  return `${shortenUrl(url)} is on ${origin}, and this copy of Stanceline reads data only from its own site and ${list}.`;
}

/**
 * The allow-list as written in the build configuration: origins separated by spaces or
 * commas, each `http(s)://host[:port]` with nothing after. A mistake stops the build with
 * the entry named, rather than quietly allowing or refusing the wrong sites.
 */
export function parseDataOrigins(list: string): string[] {
  const origins: string[] = [];
  for (const entry of list.split(/[\s,]+/).filter(Boolean)) {
    let url: WhatwgUrl | null = null;
    try {
      url = new WhatwgUrlConstructor(entry);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || entry.replace(/\/$/, '') !== url.origin) {
      throw new Error(`STANCELINE_DATA_ORIGINS: "${entry}" is not an origin; write each as https://host or https://host:port, with no path.`);
    }
    origins.push(url.origin);
  }
  return origins;
}
