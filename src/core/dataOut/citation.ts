// A citation of one event: who, what, when (at the date's own precision), its sources,
// the dataset it comes from, and a permalink that opens the app on it, with the date of access.
// The words between the data (the type, "Source", "In", "accessed") are the interface's, in
// its language; the dates are in the DateLocale passed (English by default).
import type { Dataset, TimelineEvent } from '../model/types';
import { formatEventDate } from '../time/format';
import { t } from '../i18n/translate';
import { ENGLISH_DATES } from '../time/dateLocale';
import type { DateLocale } from '../time/dateLocale';

function typeWord(type: TimelineEvent['type']): string {
  if (type === 'call') return t('Call');
  if (type === 'meeting') return t('Meeting');
  return t('Statement');
}

/**
 * "Donald Trump; Vladimir Putin. “Trump and Putin agree by phone …”. Call, 12 Feb 2025.
 * Source: “Hegseth …” (Associated Press, 2025-02-12), https://…. In: <dataset>.
 * Stanceline, <permalink> (accessed 2 December 2026)."
 */
export function eventCitation(dataset: Dataset, event: TimelineEvent, permalink: string, accessed: string, dates: DateLocale = ENGLISH_DATES): string {
  const actors = event.actorIds.map((id) => dataset.actorById.get(id)?.name ?? id).join('; ');
  // A declared type (protest, material cooperation…) is named by its own label, not the built-in it is drawn like.
  const type = dataset.typeById.get(event.typeId)?.label ?? typeWord(event.type);
  const parts = [t('{actors}. “{title}”. {type}, {date}.', { actors, title: event.title, type, date: formatEventDate(event, 'short', dates) })];
  const sources = (event.record.sources ?? []).flatMap((id) => {
    const source = dataset.sourceById.get(id);
    if (!source) return [];
    const details = [source.publisher, source.published].filter((part): part is string => Boolean(part)).join(', ');
    // The quotation marks are the language's ("« … »" in French).
    return [`${t('“{title}”', { title: source.title })}${details ? ` (${details})` : ''}${source.url ? `, ${source.url}` : ''}`];
  });
  if (sources.length > 0) parts.push(t('{count, plural, one {Source: {sources}.} other {Sources: {sources}.}}', { count: sources.length, sources: sources.join('; ') }));
  parts.push(t('In: {dataset}. Stanceline, {permalink} (accessed {date}).', { dataset: dataset.title, permalink, date: accessed }));
  return parts.join(' ');
}
