// The source credit a picture or an embedded chart carries: who the facts come from, in the
// page's language (the same words as the header's credit).
import type { Dataset } from '../../core/model/types';
import { t } from '../../core/i18n/translate';
import { publishersOf } from '../../core/data/publishers';

/**
 * "Sources: Associated Press, Reuters and 2 more", or null when the data names no source.
 * `wrapName` wraps each name (the SVG picture isolates them with SVG's bidi attributes, svg.ts).
 */
export function sourceCredit(dataset: Pick<Dataset, 'sources'>, wrapName: (name: string) => string = (name) => name): string | null {
  const { named, count } = publishersOf(dataset.sources);
  if (count === 0) return null;
  const shown = named.map(wrapName).join(', ');
  return count > named.length
    ? t('Sources: {publishers} and {count, number} more', { publishers: shown, count: count - named.length })
    : t('Sources: {publishers}', { publishers: shown });
}

/** The credit line with the other site the data came from first, so fitting the line to its width never cuts it off. */
export function creditWithOrigin(credit: string | null, dataOrigin: string | null | undefined, wrapName: (name: string) => string = (name) => name): string | null {
  if (!dataOrigin) return credit;
  const origin = t('Data from {host}', { host: wrapName(dataOrigin) });
  return credit ? `${origin} · ${credit}` : origin;
}
