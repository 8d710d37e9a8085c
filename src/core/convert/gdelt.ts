// GDELT 2.0 events (the 15-minute *.export.CSV files): tab-separated, no header, 61 columns
// in the codebook's order. Actors are CAMEO-coded; the day is the event's, SOURCEURL the
// article that reported it.
import type { Problem } from '../model/types';
import { CAMEO_ROLES, KNOWN_GROUP_NAMES, placeOfCode } from './countryCodes';
import { cameoLabel, cameoMirrorKey, classifyCameo } from './eventCodes';
import { buildEventDataFile } from './eventData';
import type { DraftActor, DraftEvent, EventDataFormat } from './eventData';
import { RecordProblems, RowLosses, firstLines, readDay, splitLines, splitTabs, webUrl } from './eventRows';
import type { FieldColumns } from './eventRows';
import type { Origin } from './result';
import type { ConvertResult } from './result';
import { stripBom } from './sheet';
import { t } from '../i18n/translate';

const ACTOR_FIELDS = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO_FIELDS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

/** The 61 columns of a GDELT 2.0 event record, in order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR_FIELDS.map((field) => `Actor1${field}`),
  ...ACTOR_FIELDS.map((field) => `Actor2${field}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO_FIELDS.map((field) => `Actor1Geo_${field}`),
  ...GEO_FIELDS.map((field) => `Actor2Geo_${field}`),
  ...GEO_FIELDS.map((field) => `ActionGeo_${field}`),
  'DATEADDED', 'SOURCEURL',
];
const COLUMN = new Map(GDELT_COLUMNS.map((name, index) => [name, index]));
const spot = (name: string) => ({ column: COLUMN.get(name)! + 1, path: name });
const FIELDS: FieldColumns = { date: spot('Day'), type: spot('EventCode'), actors: spot('Actor1Name'), location: spot('ActionGeo_FullName') };

export const GDELT_FORMAT: EventDataFormat = {
  idScheme: 'gdelt',
  idKey: 'gdelt',
  label: 'GDELT',
  publisher: 'The GDELT Project',
  mirrored: true,
  citation: 'Cite the GDELT 2.0 Event Database (Leetaru and Schrodt, gdeltproject.org) and the export file; each event\'s codes.gdelt is its GlobalEventID, and its source is the article GDELT coded.',
};

/** True when the first lines are 61 tab-separated fields starting with a numeric id and a YYYYMMDD day. */
export function looksLikeGdelt(text: string): boolean {
  const lines = firstLines(stripBom(text), 3).filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  const cells = splitTabs(lines[0]!);
  return cells.length === GDELT_COLUMNS.length && /^\d+$/.test(cells[0]!) && /^\d{8}$/.test(cells[1]!);
}

export function gdeltToDataset(text: string, fileName: string): ConvertResult {
  const lines = splitLines(stripBom(text));
  const problems: Problem[] = [];
  const losses = new RowLosses('line');
  // Worded once: most are noted for every line of the export.
  const notCarried = {
    sourceUrl: t('SOURCEURL values that are not web addresses'),
    scores: t('GoldsteinScale, AvgTone, QuadClass, NumMentions, NumSources and NumArticles'),
    dateAdded: t('DATEADDED (when GDELT coded the event; the event keeps its own Day)'),
    ethnicReligion: t('ethnic and religion codes of the actors (their CAMEO actor codes are kept in codes)'),
    coordinates: t('coordinates and feature ids (the action\'s place name is kept as the location)'),
  };
  const drafts: DraftEvent[] = [];
  let skipped = 0;
  let records = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    records++;
    const row = index + 1;
    const cells = splitTabs(line);
    const at = (name: string): Origin => ({ file: fileName, line: row, column: (COLUMN.get(name) ?? 0) + 1, path: name });
    const cell = (name: string): string | undefined => {
      const value = cells[COLUMN.get(name)!]?.trim();
      return value === '' ? undefined : value;
    };
    const id = cell('GlobalEventID');
    const check = new RecordProblems(problems, () => id ? t('{layout} line {row} ({idColumn} {id})', { layout: 'GDELT', row, idColumn: 'GlobalEventID', id }) : t('{layout} line {row}', { layout: 'GDELT', row }));
    if (cells.length !== GDELT_COLUMNS.length) {
      const column = Math.min(cells.length, GDELT_COLUMNS.length);
      check.error('wrong-column-count', { file: fileName, line: row, column: column + 1, path: GDELT_COLUMNS[column] ?? '' },
        t('it has {cells} fields where a GDELT 2.0 event has {columns} (a truncated line, or another GDELT table?).', { cells: cells.length, columns: GDELT_COLUMNS.length }));
      skipped++;
      return;
    }
    if (!id || !/^\d+$/.test(id)) check.error('bad-id', at('GlobalEventID'), id === undefined ? t('its {column} is empty.', { column: 'GlobalEventID' }) : t('its GlobalEventID "{id}" is not a number.', { id }));
    const dayText = cell('Day');
    const date = dayText !== undefined && /^\d{8}$/.test(dayText) ? readDay(dayText) : undefined;
    if (!date) check.error('bad-date', at('Day'), dayText === undefined ? t('its {column} is empty.', { column: 'Day' }) : t('its Day "{text}" is not a day written YYYYMMDD.', { text: dayText }));
    const code = cell('EventCode');
    if (!code) check.error('missing-value', at('EventCode'), t('it has no {column}.', { column: 'EventCode' }));
    const actor1 = actorOf(cell, 'Actor1');
    const actor2 = actorOf(cell, 'Actor2');
    if (!actor1 && !actor2) check.error('missing-value', at('Actor1Name'), t('it names neither Actor1 nor Actor2.'));
    if (check.errors > 0 || !id || !date || !code || (!actor1 && !actor2)) {
      skipped++;
      return;
    }
    const codes: Record<string, string> = { cameo: code };
    const actor1Code = cell('Actor1Code');
    const actor2Code = cell('Actor2Code');
    if (actor1Code) codes['cameo-actor1'] = actor1Code;
    if (actor2Code) codes['cameo-actor2'] = actor2Code;
    const url = cell('SOURCEURL');
    const web = webUrl(url);
    if (url !== undefined && web === undefined) losses.add(notCarried.sourceUrl, row);
    const draft: DraftEvent = {
      origin: { file: fileName, line: row, column: 1, path: '' },
      fields: FIELDS,
      label: `GDELT ${id}`,
      originalId: id,
      codes,
      codeKey: cameoMirrorKey(code),
      type: classifyCameo(code),
      date,
      // An event with only Actor2 is told from Actor2's side: it is then the only party.
      sources: [actor1 ?? actor2!],
      targets: actor1 && actor2 ? [actor2] : [],
      action: cameoLabel(code) ?? `CAMEO ${code}`,
      references: web ? [{ url: web }] : [],
    };
    const place = cell('ActionGeo_FullName');
    if (place) draft.location = place;
    losses.add(notCarried.scores, row);
    losses.add(notCarried.dateAdded, row);
    if (['Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code'].some((name) => cell(name) !== undefined)) {
      losses.add(notCarried.ethnicReligion, row);
    }
    if (cell('ActionGeo_Lat') !== undefined) losses.add(notCarried.coordinates, row);
    drafts.push(draft);
  });
  return buildEventDataFile(GDELT_FORMAT, fileName, { drafts, problems, losses, skipped, records });
}

/** A GDELT actor from its ten fields: name as written, grouped by its country or known group. */
function actorOf(cell: (name: string) => string | undefined, prefix: 'Actor1' | 'Actor2'): DraftActor | undefined {
  const code = cell(`${prefix}Code`);
  const name = cell(`${prefix}Name`) ?? code;
  if (name === undefined) return undefined;
  const actor: DraftActor = { name };
  const knownGroup = cell(`${prefix}KnownGroupCode`);
  const countryCode = cell(`${prefix}CountryCode`);
  if (knownGroup !== undefined) {
    actor.group = { name: KNOWN_GROUP_NAMES.get(knownGroup.toUpperCase()) ?? knownGroup, organisation: true };
  } else {
    const place = (countryCode === undefined ? undefined : placeOfCode(countryCode)) ?? (code === undefined ? undefined : placeOfCode(code));
    if (place) actor.group = place;
    else if (countryCode !== undefined) actor.group = { name: countryCode, organisation: false };
  }
  const roles = [cell(`${prefix}Type1Code`), cell(`${prefix}Type2Code`), cell(`${prefix}Type3Code`)]
    .filter((role): role is string => role !== undefined)
    .map((role) => CAMEO_ROLES.get(role.toUpperCase()) ?? role);
  if (roles.length > 0) actor.role = roles.join('; ');
  return actor;
}
