// The source credit a picture or an embedded chart carries: who the facts come from.
import type { Dataset } from '../../core/model/types';

/**
 * "Sources: Associated Press, Reuters and 2 more", or null when the data names no source.
 * `wrapName` wraps each name (the SVG picture isolates them with SVG's bidi attributes, svg.ts).
 */
export function sourceCredit(dataset: Pick<Dataset, 'sources'>, wrapName: (name: string) => string = (name) => name): string | null {
  const publishers = [...new Set(dataset.sources.map((source) => source.publisher ?? source.title))].map(wrapName);
  if (publishers.length === 0) return null;
  const shown = publishers.slice(0, 3).join(', ');
  const more = publishers.length > 3 ? ` and ${publishers.length - 3} more` : '';
  return `Sources: ${shown}${more}`;
}

/** The credit line with the other site the data came from first, so fitting the line to its width never cuts it off. */
export function creditWithOrigin(credit: string | null, dataOrigin: string | null | undefined, wrapName: (name: string) => string = (name) => name): string | null {
  if (!dataOrigin) return credit;
  return credit ? `Data from ${wrapName(dataOrigin)} · ${credit}` : `Data from ${wrapName(dataOrigin)}`;
}
