// The positions view's tables as CSV: who stood where on one topic on a date, and the
// actors × topics matrix with its country rows, in the words the screen uses.
import type { TopicRecord } from '../model/types';
import { formatCsvRows } from '../convert/sheet';
import { alignmentMatrix, alignmentOn } from '../positions/alignment';
import type { AlignedActor } from '../positions/alignment';
import type { PositionsModel } from '../positions/model';
import type { StanceAt } from '../positions/series';
import { stanceAtWords, verdictWords } from '../positions/wording';
import { safeCell } from './eventsCsv';

function sourceEvent(model: PositionsModel, state: StanceAt): { id: string; date: string } {
  if (state.kind === 'unknown') return { id: '', date: '' };
  const event = model.dataset.events[model.table.event[state.step.mainRow]!]!;
  return { id: event.id, date: event.record.date };
}

/** One row per actor: side, actor, country, stance, and the event its stance comes from. */
export function alignmentCsv(model: PositionsModel, topic: TopicRecord, day: number, dayText: string): string {
  const alignment = alignmentOn(model, topic.id, day);
  const countryName = (entry: AlignedActor) => {
    const id = entry.actor.country;
    return id ? (model.dataset.countryById.get(id)?.name ?? id) : '';
  };
  const rows: string[][] = [['topic', 'date', 'side', 'actor_id', 'actor', 'country', 'stance', 'from_event_id', 'from_event_date']];
  const sides: [string, readonly AlignedActor[]][] = [
    ['for', alignment.for],
    ['against', alignment.against],
    ['neutral', alignment.neutral],
    ['mixed', alignment.mixed],
    ['unknown', alignment.unknown],
  ];
  for (const [side, entries] of sides) {
    for (const entry of entries) {
      const from = sourceEvent(model, entry.state);
      rows.push([topic.label, dayText, side, entry.actor.id, entry.actor.name, countryName(entry), stanceAtWords(entry.state), from.id, from.date].map(safeCell));
    }
  }
  return formatCsvRows(rows);
}

/** The matrix: a row per country (its verdict) followed by a row per actor (their stance), one column per topic. */
export function matrixCsv(model: PositionsModel, day: number, dayText: string): string {
  const matrix = alignmentMatrix(model, day);
  const rows: string[][] = [['date', 'row', 'country', 'actor', ...matrix.topics.map((t) => t.label)]];
  for (const group of matrix.groups) {
    const country = group.country?.name ?? 'No country';
    rows.push([dayText, 'country', country, '', ...group.aggregates.map((a) => verdictWords(a.verdict))].map(safeCell));
    for (const row of group.actors) rows.push([dayText, 'actor', country, row.actor.name, ...row.cells.map(stanceAtWords)].map(safeCell));
  }
  return formatCsvRows(rows);
}
