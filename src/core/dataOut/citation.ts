// A citation of one event: who, what, when (at the date's own precision), its sources,
// the dataset it comes from, and a permalink that opens the app on it, with the date of access.
import type { Dataset, TimelineEvent } from '../model/types';
import { formatEventDate } from '../time/format';

const TYPE_WORDS = { statement: 'Statement', call: 'Call', meeting: 'Meeting' } as const;

/**
 * "Donald Trump; Vladimir Putin. “Trump and Putin agree by phone …”. Call, 12 Feb 2025.
 * Source: “Hegseth …” (Associated Press, 2025-02-12), https://…. In: <dataset>.
 * Stanceline, <permalink> (accessed 2 December 2026)."
 */
export function eventCitation(dataset: Dataset, event: TimelineEvent, permalink: string, accessed: string): string {
  const actors = event.actorIds.map((id) => dataset.actorById.get(id)?.name ?? id).join('; ');
  // A declared type (protest, material cooperation…) is named by its own label, not the built-in it is drawn like.
  const type = dataset.typeById.get(event.typeId)?.label ?? TYPE_WORDS[event.type];
  const parts = [`${actors}. “${event.title}”. ${type}, ${formatEventDate(event)}.`];
  const sources = (event.record.sources ?? []).flatMap((id) => {
    const source = dataset.sourceById.get(id);
    if (!source) return [];
    const details = [source.publisher, source.published].filter((part): part is string => Boolean(part)).join(', ');
    return [`“${source.title}”${details ? ` (${details})` : ''}${source.url ? `, ${source.url}` : ''}`];
  });
  if (sources.length > 0) parts.push(`${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}.`);
  parts.push(`In: ${dataset.title}. Stanceline, ${permalink} (accessed ${accessed}).`);
  return parts.join(' ');
}
