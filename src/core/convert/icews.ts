// ICEWS coded event data (the Dataverse exports): tab-separated, one header row, the columns
// of its codebook. Dates are days; actors carry a name, sectors and a country name.
import type { Problem } from '../model/types';
import { cameoLabel, cameoMirrorKey, classifyCameo } from './eventCodes';
import { buildEventDataFile } from './eventData';
import type { DraftActor, DraftEvent, EventDataFormat } from './eventData';
import { RecordProblems, RowLosses, firstLines, readDay, splitLines, splitTabs } from './eventRows';
import type { FieldColumns } from './eventRows';
import { problemAt } from './result';
import type { ConvertResult, Origin } from './result';
import { normaliseHeader, stripBom } from './sheet';

export const ICEWS_COLUMNS = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity',
  'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District',
  'Province', 'Country', 'Latitude', 'Longitude',
] as const;
type IcewsColumn = (typeof ICEWS_COLUMNS)[number];
const REQUIRED: readonly IcewsColumn[] = ['Event ID', 'Event Date', 'Source Name', 'CAMEO Code'];

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
  const header = splitTabs(lines[0] ?? '');
  const columns = new Map<IcewsColumn, number>();
  header.forEach((name, index) => {
    const known = ICEWS_COLUMNS.find((column) => normaliseHeader(column) === normaliseHeader(name));
    if (known) columns.set(known, index);
    else if (name.trim() !== '') losses.add(`column "${name.trim()}", not part of the ICEWS layout`, `column ${index + 1}`);
  });
  for (const column of REQUIRED) {
    if (!columns.has(column)) {
      problems.push(problemAt('error', 'missing-column', { file: fileName, line: 1, column: header.length + 1, path: column }, `The ICEWS header has no "${column}" column, which every event needs.`));
    }
  }
  if (problems.length > 0) return { problems, report: [] };
  const spot = (column: IcewsColumn) => ({ column: (columns.get(column) ?? 0) + 1, path: column });
  const fields: FieldColumns = { date: spot('Event Date'), type: spot('CAMEO Code'), title: spot('Event Text'), actors: spot('Source Name'), location: spot('City') };

  const drafts: DraftEvent[] = [];
  let skipped = 0;
  let records = 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    records++;
    const cells = splitTabs(line);
    const row = index + 1;
    const at = (column: IcewsColumn): Origin => ({ file: fileName, line: row, column: (columns.get(column) ?? 0) + 1, path: column });
    const cell = (column: IcewsColumn): string | undefined => {
      const position = columns.get(column);
      const value = position === undefined ? undefined : cells[position]?.trim();
      return value === '' ? undefined : value;
    };
    const id = cell('Event ID');
    const check = new RecordProblems(problems, `ICEWS row ${row}${id ? ` (Event ID ${id})` : ''}`);
    if (cells.length < header.length) {
      check.error('short-row', { file: fileName, line: row, column: cells.length + 1, path: header[cells.length] ?? '' },
        `it has ${cells.length} of the header's ${header.length} columns (a truncated or mixed export?).`);
      skipped++;
      continue;
    }
    if (!id) check.error('missing-value', at('Event ID'), 'it has no Event ID.');
    const dateText = cell('Event Date');
    const date = dateText === undefined ? undefined : readDay(dateText);
    if (!date) check.error('bad-date', at('Event Date'), dateText === undefined ? 'it has no Event Date.' : `its Event Date "${dateText}" is not a day (write YYYY-MM-DD).`);
    const sourceName = cell('Source Name');
    if (!sourceName) check.error('missing-value', at('Source Name'), 'it has no Source Name.');
    const code = cell('CAMEO Code');
    if (!code) check.error('missing-value', at('CAMEO Code'), 'it has no CAMEO Code.');
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
    if (cell('Intensity') !== undefined) losses.add('Intensity (the CAMEO code is kept in codes.cameo)', row);
    if (cell('Latitude') !== undefined || cell('Longitude') !== undefined) losses.add('Latitude and Longitude (the place names are kept as the location)', row);
    drafts.push(draft);
  }
  return buildEventDataFile(ICEWS_FORMAT, fileName, { drafts, problems, losses, skipped, records });
}
