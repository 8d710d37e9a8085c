// The data-origin allow-list as the build configuration writes it (vite.config.ts imports
// this module alone: no catalogue, nothing the config does not need).
import { type WhatwgUrl, WhatwgUrlConstructor } from '../text/whatwgUrl';

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
