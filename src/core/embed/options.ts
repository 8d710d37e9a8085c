// Embed mode's own URL options. They sit beside the view state (url.ts keeps parameters
// it does not own), so an embedded page takes the same window, filters and selection.
//
//   ?embed=1            only the chart, no application chrome
//   &title=1            the dataset's title and source credit above the chart
//   &legend=1           the legend of marks above the chart

import { WhatwgUrlConstructor } from '../text/whatwgUrl';
export interface EmbedOptions {
  title: boolean;
  legend: boolean;
}

/** The parameter names embed mode owns. */
export const EMBED_PARAMS = ['embed', 'title', 'legend'] as const;

/** Minimal URLSearchParams shape, so callers can pass the real one or a parsed string. */
interface ParamsLike {
  get(name: string): string | null;
}

/** "1", "true", "yes" and a bare flag ("?embed") switch an option on; anything else leaves it off. */
function flag(params: ParamsLike, name: string): boolean {
  const value = params.get(name);
  if (value === null) return false;
  return value === '' || /^(1|true|yes|on)$/i.test(value.trim());
}

/** Embed options from the page's parameters, or null when the page is not embedded. */
export function readEmbedOptions(params: ParamsLike): EmbedOptions | null {
  if (!flag(params, 'embed')) return null;
  return { title: flag(params, 'title'), legend: flag(params, 'legend') };
}

/**
 * The embed URL for a page URL: its view parameters (and `data`) kept, embed options
 * set, nothing of the page's fragment; with `storyId`, that story (or, null, none).
 */
export function embedUrl(pageHref: string, options: EmbedOptions, storyId?: string | null): string {
  const url = new WhatwgUrlConstructor(pageHref);
  url.hash = '';
  // A story: null embeds none; another story than the one playing starts at its first step.
  if (storyId === null) {
    url.searchParams.delete('story');
    url.searchParams.delete('step');
  } else if (storyId !== undefined && url.searchParams.get('story') !== storyId) {
    url.searchParams.set('story', storyId);
    url.searchParams.delete('step');
  }
  for (const name of EMBED_PARAMS) url.searchParams.delete(name);
  url.searchParams.set('embed', '1');
  if (options.title) url.searchParams.set('title', '1');
  if (options.legend) url.searchParams.set('legend', '1');
  // Commas in lists read better unescaped, as the app writes them.
  return url.href.replace(/%2C/g, ',');
}
