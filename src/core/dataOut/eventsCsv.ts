// The events a view shows as one CSV sheet, for reading in a spreadsheet or a statistics
// package: one row per event, in time order, with every field a researcher cites (dates
// at their own precision, actors, countries, quotes, positions, sources with their URLs).
// Lists inside a cell are one item per line, so a quote's own commas and semicolons stay.
import type { Dataset } from '../model/types';
import { formatCsvRows } from '../convert/sheet';
import { stanceWord } from '../positions/wording';

export const EVENT_CSV_HEADER = [
  'id',
  'date',
  'end',
  'date_precision',
  'type',
  'status',
  'actor_ids',
  'actors',
  'countries',
  'location',
  'title',
  'summary',
  'quotes',
  'positions',
  'source_titles',
  'source_urls',
] as const;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
 * first) gets a leading apostrophe: data is hostile text, and opening the file must not
 * run it. Spreadsheets show the apostrophe-prefixed text as the text itself.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows (header first) for the events at `indices` (into dataset.events), in that order. */
export function eventCsvRows(dataset: Dataset, indices: readonly number[]): string[][] {
  const actorName = (id: string) => dataset.actorById.get(id)?.name ?? id;
  const rows: string[][] = [[...EVENT_CSV_HEADER]];
  for (const index of indices) {
    const event = dataset.events[index];
    if (!event) throw new RangeError(`eventCsvRows: event index ${index} is not in the dataset`);
    const { record } = event;
    const sources = (record.sources ?? []).map((id) => dataset.sourceById.get(id));
    rows.push(
      [
        event.id,
        record.date,
        record.end ?? '',
        event.date.precision,
        // The type as the file names it: a declared type keeps its own id, not the built-in it is drawn like.
        event.typeId,
        event.status,
        event.actorIds.join('\n'),
        event.actorIds.map(actorName).join('\n'),
        event.countryIds.map((id) => dataset.countryById.get(id)?.name ?? id).join('\n'),
        record.location ?? '',
        record.title,
        record.summary ?? '',
        (record.quotes ?? []).map((q) => `${actorName(q.actor)}: “${q.text}”`).join('\n'),
        (record.positions ?? [])
          .map((p) => `${actorName(p.actor)} on ${dataset.topicById.get(p.topic)?.label ?? p.topic}: ${stanceWord(p.stance)}`)
          .join('\n'),
        sources.map((s, i) => s?.title ?? record.sources![i]!).join('\n'),
        sources.map((s) => s?.url ?? '').join('\n'),
      ].map(safeCell),
    );
  }
  return rows;
}

/** The CSV text (CRLF line ends, RFC 4180 quoting by d3-dsv). */
export function eventsCsv(dataset: Dataset, indices: readonly number[]): string {
  return formatCsvRows(eventCsvRows(dataset, indices));
}
