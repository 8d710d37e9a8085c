// ICEWS coded event data (the Dataverse exports): tab-separated, one header row, the columns
// of its codebook. Dates are days; actors carry a name, sectors and a country name.
import type { Problem } from '../model/types';
import { cameoLabel, cameoMirrorKey, classifyCameo } from './eventCodes';
import { EventDataBuilder } from './eventData';
import type { DraftActor, DraftEvent, EventDataFormat } from './eventData';
import { RowLosses, firstLines, splitLines, splitTabs } from './eventRows';
import type { FieldColumns } from './eventRows';
import type { ConvertResult } from './result';
import { normaliseHeader, stripBom } from './sheet';
import { headedRows, readHeader } from './headedTable';
import type { TableLayout } from './headedTable';
import { t } from '../i18n/translate';

export const ICEWS_COLUMNS = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity',
  'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District',
  'Province', 'Country', 'Latitude', 'Longitude',
] as const;
type IcewsColumn = (typeof ICEWS_COLUMNS)[number];
const REQUIRED: readonly IcewsColumn[] = ['Event ID', 'Event Date', 'Source Name', 'CAMEO Code'];

const ICEWS_LAYOUT: TableLayout<IcewsColumn> = { name: 'ICEWS', columns: ICEWS_COLUMNS, required: REQUIRED, idColumn: 'Event ID' };

export const ICEWS_FORMAT: EventDataFormat = {
  idScheme: 'icews',
  idKey: 'icews',
  label: 'ICEWS',
  publisher: 'Integrated Crisis Early Warning System (ICEWS), Harvard Dataverse',
  mirrored: true,
  citation: 'Cite the ICEWS coded event data (Boschee et al., Harvard Dataverse, doi:10.7910/DVN/28075) with the version you downloaded; each event\'s codes.icews is its Event ID there.',
};

/** True when the first line is ICEWS's header: tab-separated with Event ID, Event Date and CAMEO Code. */
export function looksLikeIcews(text: string): boolean {
  const first = firstLines(stripBom(text), 1)[0] ?? '';
  if (!first.includes('\t')) return false;
  const keys = splitTabs(first).map(normaliseHeader);
  return REQUIRED.every((column) => keys.includes(normaliseHeader(column)));
}

export function icewsToDataset(text: string, fileName: string): ConvertResult {
  const lines = splitLines(stripBom(text));
  const problems: Problem[] = [];
  const losses = new RowLosses();
  // Worded once: they are noted for every row.
  const notCarried = {
    intensity: t('Intensity (the CAMEO code is kept in codes.cameo)'),
    coordinates: t('Latitude and Longitude (the place names are kept as the location)'),
  };
  const table = readHeader(lines[0] ?? '', fileName, ICEWS_LAYOUT, losses, problems);
  if (!table) return { problems, report: [] };
  const { spot } = table;
  const fields: FieldColumns = { date: spot('Event Date'), type: spot('CAMEO Code'), title: spot('Event Text'), actors: spot('Source Name'), location: spot('City') };

  // Each draft goes to the builder as it is read: none is kept.
  const builder = new EventDataBuilder(ICEWS_FORMAT, fileName);
  let skipped = 0;
  let records = 0;
  for (const record of headedRows(lines, table, ICEWS_LAYOUT, fileName, problems)) {
    records++;
    if (!record) {
      skipped++;
      continue;
    }
    const { row, cell, required, requiredDay, check } = record;
    const id = required('Event ID');
    const date = requiredDay('Event Date');
    const sourceName = required('Source Name');
    const code = required('CAMEO Code');
    if (check.errors > 0 || !id || !date || !sourceName || !code) {
      skipped++;
      continue;
    }
    const actor = (name: string, sectors: string | undefined, country: string | undefined): DraftActor => {
      const organisation = country === undefined && sectors !== undefined && /organi[sz]ation/i.test(sectors);
      const draft: DraftActor = { name };
      if (country !== undefined) draft.group = { name: country, organisation: false };
      else if (organisation) draft.group = { name, organisation: true };
      if (sectors !== undefined) draft.role = sectors;
      return draft;
    };
    const targetName = cell('Target Name');
    const place = [cell('City'), cell('District'), cell('Province'), cell('Country')].filter((part): part is string => part !== undefined);
    const publisher = cell('Publisher');
    const action = cell('Event Text') ?? cameoLabel(code) ?? `CAMEO ${code}`;
    const codes: Record<string, string> = { cameo: code };
    const story = cell('Story ID');
    if (story) codes['icews-story'] = cell('Sentence Number') ? `${story}#${cell('Sentence Number')}` : story;
    const draft: DraftEvent = {
      origin: { file: fileName, line: row, column: 1, path: '' },
      fields,
      label: `ICEWS ${id}`,
      originalId: id,
      codes,
      codeKey: cameoMirrorKey(code),
      type: classifyCameo(code),
      date,
      sources: [actor(sourceName, cell('Source Sectors'), cell('Source Country'))],
      targets: targetName ? [actor(targetName, cell('Target Sectors'), cell('Target Country'))] : [],
      action,
      references: publisher ? [{ publisher }] : [],
    };
    const eventText = cell('Event Text');
    if (eventText) draft.summary = `${sourceName} – ${eventText}${targetName ? ` – ${targetName}` : ''} (CAMEO ${code}).`;
    if (place.length > 0) draft.location = place.join(', ');
    if (cell('Intensity') !== undefined) losses.add(notCarried.intensity, row);
    if (cell('Latitude') !== undefined || cell('Longitude') !== undefined) losses.add(notCarried.coordinates, row);
    builder.add(draft);
  }
  return builder.finish({ problems, losses, skipped, records });
}
