// ACLED (Armed Conflict Location & Event Data) exports: CSV with a header row of its
// current columns. Dates come as ISO, as "12 February 2025" or day first "12/02/2025";
// time_precision says whether the day (1), the week (2) or only the month (3) is known.
import type { Problem } from '../model/types';
import { classifyAcled } from './eventCodes';
import { EventDataBuilder } from './eventData';
import type { DraftActor, DraftEvent, EventDataFormat } from './eventData';
import { RecordProblems, RowLosses, firstLines, readDay } from './eventRows';
import type { FieldColumns } from './eventRows';
import { problemAt } from './result';
import type { ConvertResult, Origin } from './result';
import { normaliseHeader, parseCsvRows, stripBom } from './sheet';
import { t } from '../i18n/translate';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1',
  'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2',
  'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;
type AcledColumn = (typeof ACLED_COLUMNS)[number];
const REQUIRED: readonly AcledColumn[] = ['event_id_cnty', 'event_date', 'event_type', 'actor1'];

/** ACLED's actor type codes (inter1, inter2) in older exports; newer ones write the words. */
const INTER_LABELS: Readonly<Record<string, string>> = {
  '1': 'State forces', '2': 'Rebel groups', '3': 'Political militias', '4': 'Identity militias',
  '5': 'Rioters', '6': 'Protesters', '7': 'Civilians', '8': 'External/Other forces',
};

export const ACLED_FORMAT: EventDataFormat = {
  idScheme: 'acled',
  idKey: 'acled',
  label: 'ACLED',
  publisher: 'Armed Conflict Location & Event Data (ACLED)',
  mirrored: false,
  citation: 'Cite ACLED as its terms of use ask (Raleigh et al., acleddata.com) with the date of your export; each event\'s codes.acled is its event_id_cnty.',
};

/** True when the first line is a CSV header with event_id_cnty, event_date, event_type and actor1. */
export function looksLikeAcled(text: string): boolean {
  const first = firstLines(stripBom(text), 1)[0] ?? '';
  const keys = (parseCsvRows(first)[0] ?? []).map(normaliseHeader);
  return REQUIRED.every((column) => keys.includes(normaliseHeader(column)));
}

/** ACLED's day, at the precision its time_precision gives, with a note when it is not the day. */
export function acledDate(day: string, precision: string | undefined): { date: string; note?: string } | { error: string } {
  switch (precision?.trim() ?? '1') {
    case '':
    case '1':
      return { date: day };
    case '2':
      return { date: `${day}~`, note: 'ACLED time_precision 2: the event happened in the week around this day (shown as an approximate day).' };
    case '3':
      return { date: day.slice(0, 7), note: 'ACLED time_precision 3: only the month is known.' };
    default:
      return { error: t('its time_precision "{precision}" is not 1 (day), 2 (week) or 3 (month)', { precision: precision ?? '' }) };
  }
}

const split = (value: string | undefined): string[] => (value ?? '').split(';').map((part) => part.trim()).filter((part) => part !== '');

export function acledToDataset(text: string, fileName: string): ConvertResult {
  const rows = parseCsvRows(text);
  const problems: Problem[] = [];
  const losses = new RowLosses();
  // Worded once: they are noted for every row.
  const notCarried = {
    coordinates: t('latitude, longitude and geo_precision (the place names are kept as the location)'),
    isoRegion: t('iso and region (the country name is kept)'),
    timestamp: t('timestamp (when ACLED last changed the record)'),
  };
  const header = rows[0] ?? [];
  const columns = new Map<AcledColumn, number>();
  header.forEach((name, index) => {
    const known = ACLED_COLUMNS.find((column) => normaliseHeader(column) === normaliseHeader(name));
    if (known) columns.set(known, index);
    else if (name.trim() !== '') losses.add(t('column "{column}", not part of the {layout} layout', { column: name.trim(), layout: 'ACLED' }), () => t('column {number}', { number: index + 1 }));
  });
  for (const column of REQUIRED) {
    if (!columns.has(column)) {
      problems.push(problemAt('error', 'missing-column', { file: fileName, line: 1, column: header.length + 1, path: column }, t('The {layout} header has no "{column}" column, which every event needs.', { layout: 'ACLED', column })));
    }
  }
  if (problems.length > 0) return { problems, report: [] };
  const spot = (column: AcledColumn) => ({ column: (columns.get(column) ?? 0) + 1, path: column });
  const fields: FieldColumns = { date: spot('event_date'), type: spot('event_type'), actors: spot('actor1'), summary: spot('notes'), location: spot('location') };

  // Each draft goes to the builder as it is read: none is kept.
  const builder = new EventDataBuilder(ACLED_FORMAT, fileName);
  let skipped = 0;
  let records = 0;
  for (let index = 1; index < rows.length; index++) {
    const cells = rows[index]!;
    if (cells.every((value) => value.trim() === '')) continue;
    records++;
    const row = index + 1;
    const at = (column: AcledColumn): Origin => ({ file: fileName, line: row, column: (columns.get(column) ?? 0) + 1, path: column });
    const cell = (column: AcledColumn): string | undefined => {
      const position = columns.get(column);
      const value = position === undefined ? undefined : cells[position]?.trim();
      return value === '' ? undefined : value;
    };
    const id = cell('event_id_cnty');
    const check = new RecordProblems(problems, () => id ? t('{layout} row {row} ({id})', { layout: 'ACLED', row, id }) : t('{layout} row {row}', { layout: 'ACLED', row }));
    if (cells.length < header.length) {
      check.error('short-row', { file: fileName, line: row, column: cells.length + 1, path: header[cells.length] ?? '' },
        t('it has {cells} of the header\'s {columns} columns (a truncated or mixed export?).', { cells: cells.length, columns: header.length }));
      skipped++;
      continue;
    }
    if (!id) check.error('missing-value', at('event_id_cnty'), t('it has no {column}.', { column: 'event_id_cnty' }));
    const dateText = cell('event_date');
    const day = dateText === undefined ? undefined : readDay(dateText);
    if (!day) check.error('bad-date', at('event_date'), dateText === undefined ? t('it has no {column}.', { column: 'event_date' }) : t('its event_date "{text}" is none of the forms ACLED writes (2025-02-12, 12 February 2025, 12/02/2025 day first).', { text: dateText }));
    const dated = day === undefined ? undefined : acledDate(day, cell('time_precision'));
    if (dated && 'error' in dated) check.error('bad-precision', at('time_precision'), t('{reason}.', { reason: dated.error }));
    const eventType = cell('event_type');
    if (!eventType) check.error('missing-value', at('event_type'), t('it has no {column}.', { column: 'event_type' }));
    const actor1 = cell('actor1');
    if (!actor1) check.error('missing-value', at('actor1'), t('it has no {column}.', { column: 'actor1' }));
    if (check.errors > 0 || !id || !dated || 'error' in dated || !eventType || !actor1) {
      skipped++;
      continue;
    }
    const country = cell('country');
    const actor = (name: string, inter: string | undefined): DraftActor => {
      // "UN: United Nations", "NATO: North Atlantic Treaty Organization": organisations name themselves.
      const organisation = /^[A-Z][A-Za-z]{1,9}:\s/.test(name);
      const draft: DraftActor = { name };
      if (organisation) draft.group = { name: name.slice(0, name.indexOf(':')), organisation: true };
      else if (country !== undefined) draft.group = { name: country, organisation: false };
      const role = inter === undefined ? undefined : INTER_LABELS[inter] ?? inter;
      if (role !== undefined) draft.role = role;
      return draft;
    };
    const side1 = [actor(actor1, cell('inter1')), ...split(cell('assoc_actor_1')).map((name) => actor(name, undefined))];
    const actor2 = cell('actor2');
    const side2 = actor2 ? [actor(actor2, cell('inter2')), ...split(cell('assoc_actor_2')).map((name) => actor(name, undefined))] : [];
    const subEvent = cell('sub_event_type');
    const codes: Record<string, string> = { 'acled-event-type': eventType };
    if (subEvent) codes['acled-sub-event-type'] = subEvent;
    const interaction = cell('interaction');
    if (interaction) codes['acled-interaction'] = interaction;
    const tags = [...split(cell('tags'))];
    const disorder = cell('disorder_type');
    if (disorder) tags.push(disorder);
    if (cell('civilian_targeting')) tags.push('civilian targeting');
    const notes = cell('notes');
    const fatalities = cell('fatalities');
    const summaryParts = [notes, fatalities !== undefined ? `Reported fatalities: ${fatalities}.` : undefined].filter((part): part is string => part !== undefined);
    const draft: DraftEvent = {
      origin: { file: fileName, line: row, column: 1, path: '' },
      fields,
      label: `ACLED ${id}`,
      originalId: id,
      codes,
      codeKey: `${eventType}/${subEvent ?? ''}`,
      type: classifyAcled(eventType),
      date: dated.date,
      sources: side1,
      targets: side2,
      action: subEvent ?? eventType,
      references: split(cell('source')).map((publisher) => ({ publisher })),
    };
    if (dated.note !== undefined) draft.dateNote = dated.note;
    if (summaryParts.length > 0) draft.summary = summaryParts.join(' ');
    const place = [cell('location'), cell('admin3'), cell('admin2'), cell('admin1'), country].filter((part): part is string => part !== undefined);
    if (place.length > 0) draft.location = [...new Set(place)].join(', ');
    if (tags.length > 0) draft.tags = tags;
    if (cell('latitude') !== undefined) losses.add(notCarried.coordinates, row);
    if (cell('source_scale') !== undefined) losses.add('source_scale', row);
    if (cell('iso') !== undefined || cell('region') !== undefined) losses.add(notCarried.isoRegion, row);
    if (cell('timestamp') !== undefined) losses.add(notCarried.timestamp, row);
    builder.add(draft);
  }
  return builder.finish({ problems, losses, skipped, records });
}
