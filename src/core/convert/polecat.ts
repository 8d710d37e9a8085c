// POLECAT's tab-separated distribution (the weekly and yearly .txt files on Harvard
// Dataverse): one header row, one PLOVER-coded event per row. The columns are those of the
// releases' header row; they are matched by name, so their order and an extra column (some
// files carry a "Headline") do not matter. Events map as PLOVER records do: CONSULT by its
// mode, verbal events to statements, the others to types of their own; several actors and
// no recipient (or the multilateral mode) make one meeting with every party.
import type { Problem } from '../model/types';
import { placeOfCode } from './countryCodes';
import { classifyPlover, PLOVER_EVENTS } from './eventCodes';
import { EventDataBuilder } from './eventData';
import type { DraftActor, DraftEvent, EventDataFormat } from './eventData';
import { RowLosses, firstLines, splitLines, splitTabs } from './eventRows';
import type { FieldColumns } from './eventRows';
import type { ConvertResult } from './result';
import { normaliseHeader, stripBom } from './sheet';
import { headedRows, readHeader } from './headedTable';
import type { TableLayout } from './headedTable';
import { t } from '../i18n/translate';

export const POLECAT_COLUMNS = [
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Intensity', 'Quad Code', 'Contexts',
  'Actor Name', 'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw', 'Wikipedia Actor ID',
  'Recipient Name', 'Recipient Country', 'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID',
  'Placename', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type',
  'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version',
] as const;
type PolecatColumn = (typeof POLECAT_COLUMNS)[number];
const REQUIRED: readonly PolecatColumn[] = ['Event ID', 'Event Date', 'Event Type', 'Actor Name'];

const POLECAT_LAYOUT: TableLayout<PolecatColumn> = { name: 'POLECAT', columns: POLECAT_COLUMNS, required: REQUIRED, idColumn: 'Event ID', absent: ['None'] };

/** Several actors, countries, sectors or contexts in one cell are separated by semicolons. */
const LIST_SEPARATOR = ';';

/** Columns read into the event; the rest are named in the import note as not carried. */
const NOT_CARRIED: readonly [readonly PolecatColumn[], () => string][] = [
  [['Intensity'], () => t('Intensity (a score of the event type; the type is kept in codes.plover)')],
  [['Actor COW', 'Recipient COW', 'Wikipedia Actor ID', 'Wikipedia Recipient ID', 'Actor Name Raw', 'Recipient Name Raw'], () => t('COW codes, Wikipedia ids and raw actor names (the actor names and countries are kept)')],
  [['Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type'], () => t('coordinates, GeoNames ids and feature types (the place names are kept as the location)')],
  [['Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version'], () => t('Publication Date, the story\'s people, organisations and locations, Language and Version (about the story and the coding, not the event)')],
];

export const POLECAT_FORMAT: EventDataFormat = {
  idScheme: 'polecat',
  idKey: 'polecat',
  label: 'POLECAT',
  publisher: 'POLECAT event data (PLOVER-coded), Harvard Dataverse',
  mirrored: false,
  citation: 'Cite the POLECAT dataset (Halterman et al., Harvard Dataverse) and the PLOVER specification with the release you used; each event\'s codes.polecat is its Event ID.',
};

/** True when the first line is POLECAT's header: tab-separated, with Event ID, Event Date, Event Type and Actor Name. */
export function looksLikePolecat(text: string): boolean {
  const first = firstLines(stripBom(text), 1)[0] ?? '';
  if (!first.includes('\t')) return false;
  const keys = splitTabs(first).map(normaliseHeader);
  return REQUIRED.every((column) => keys.includes(normaliseHeader(column)));
}

const split = (value: string | undefined): string[] => (value ?? '').split(LIST_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');

/** The actors of one side: names with their countries, sectors and titles, item by item (one value stands for all). */
function sideActors(names: string[], countries: string[], sectors: string[], titles: string[]): DraftActor[] {
  const nth = (list: string[], index: number) => (list.length === 1 ? list[0] : list[index]);
  return names.map((name, index) => {
    const actor: DraftActor = { name };
    const country = nth(countries, index);
    if (country !== undefined) actor.group = placeOfCode(country) ?? { name: country, organisation: false };
    const role = [nth(titles, index), nth(sectors, index)].filter((part): part is string => part !== undefined);
    if (role.length > 0) actor.role = role.join('; ');
    return actor;
  });
}

export function polecatToDataset(text: string, fileName: string): ConvertResult {
  const lines = splitLines(stripBom(text));
  const problems: Problem[] = [];
  const losses = new RowLosses();
  // Worded once, in the active language: they are noted for every row.
  const notCarried = NOT_CARRIED.map(([group, what]) => [group, what()] as const);
  const table = readHeader(lines[0] ?? '', fileName, POLECAT_LAYOUT, losses, problems);
  if (!table) return { problems, report: [] };
  const { spot } = table;
  const fields: FieldColumns = { date: spot('Event Date'), type: spot('Event Type'), actors: spot('Actor Name'), location: spot('Placename') };

  // Each draft goes to the builder as it is read: none is kept.
  const builder = new EventDataBuilder(POLECAT_FORMAT, fileName);
  let skipped = 0;
  let records = 0;
  for (const record of headedRows(lines, table, POLECAT_LAYOUT, fileName, problems)) {
    records++;
    if (!record) {
      skipped++;
      continue;
    }
    const { row, cell, at, required, requiredDay, check } = record;
    const id = required('Event ID');
    const date = requiredDay('Event Date');
    const event = required('Event Type');
    const sources = sideActors(split(cell('Actor Name')), split(cell('Actor Country')), split(cell('Primary Actor Sector') ?? cell('Actor Sectors')), split(cell('Actor Title')));
    const recipients = sideActors(split(cell('Recipient Name')), split(cell('Recipient Country')), split(cell('Primary Recipient Sector') ?? cell('Recipient Sectors')), split(cell('Recipient Title')));
    if (sources.length === 0 && recipients.length === 0) check.error('missing-value', at('Actor Name'), t('it names no actor and no recipient.'));
    if (check.errors > 0 || !id || !date || !event) {
      skipped++;
      continue;
    }
    const mode = cell('Event Mode');
    const multilateral = (sources.length > 1 && recipients.length === 0) || mode?.toLowerCase() === 'multilateral';
    const codes: Record<string, string> = { plover: event };
    if (mode) codes['plover-mode'] = mode;
    const quad = cell('Quad Code');
    if (quad) codes['plover-quad'] = quad;
    const publisher = cell('Source');
    const place = cell('Placename') ?? [cell('City'), cell('District'), cell('Province'), cell('Country')].filter((part): part is string => part !== undefined).join(', ');
    const draft: DraftEvent = {
      origin: { file: fileName, line: row, column: 1, path: '' },
      fields,
      label: `POLECAT ${id}`,
      originalId: id,
      codes,
      codeKey: `${event}/${mode ?? ''}`,
      type: classifyPlover(event, mode, multilateral),
      date,
      // A row with only a recipient is told from the recipient's side.
      sources: sources.length > 0 ? sources : recipients,
      targets: sources.length > 0 ? recipients : [],
      action: PLOVER_EVENTS[event.toUpperCase()]?.label ?? event,
      references: publisher ? [{ publisher }] : [],
    };
    if (place !== '') draft.location = place;
    const tags = split(cell('Contexts'));
    if (tags.length > 0) draft.tags = tags;
    for (const [group, what] of notCarried) {
      if (group.some((column) => cell(column) !== undefined)) losses.add(what, row);
    }
    builder.add(draft);
  }
  return builder.finish({ problems, losses, skipped, records });
}
