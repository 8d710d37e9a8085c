// GDELT 2.0 events (the 15-minute *.export.CSV files): tab-separated, no header, 61 columns
// in the codebook's order. Actors are CAMEO-coded; the day is the event's, SOURCEURL the
// article that reported it.
import type { Problem } from '../model/types';
import { CAMEO_ROLES, KNOWN_GROUP_NAMES, placeOfCode } from './countryCodes';
import { cameoLabel, cameoMirrorKey, classifyCameo } from './eventCodes';
import { EventDataBuilder } from './eventData';
import type { DraftActor, DraftEvent, EventDataFormat } from './eventData';
import type { TypeChoice } from './eventCodes';
import { RecordProblems, RowLosses, firstLines, readDay, splitTabs, webUrl } from './eventRows';
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

const at = (name: string) => COLUMN.get(name)!;
const ID = at('GlobalEventID');
const DAY = at('Day');
const EVENT_CODE = at('EventCode');
const ACTOR1 = at('Actor1Code');
const ACTOR2 = at('Actor2Code');
const PLACE = at('ActionGeo_FullName');
const LATITUDE = at('ActionGeo_Lat');
const SOURCE_URL = at('SOURCEURL');
/** Where an actor's ethnic and religion codes are, from its Code column. */
const ETHNIC_RELIGION = ['EthnicCode', 'Religion1Code', 'Religion2Code'].map((field) => ACTOR_FIELDS.indexOf(field));
const ETHNIC_RELIGION_COLUMNS = [ACTOR1, ACTOR2].flatMap((base) => ETHNIC_RELIGION.map((offset) => base + offset));

/**
 * The cells of one line of the export, found without splitting it: where each begins and
 * ends in the text. A row is read once and only its used cells are cut out, so a 100,000-row
 * export does not make six million strings.
 */
class LineCells {
  /** Cells in the line (counted past the 61 kept, for the message about a wrong count). */
  count = 0;
  private readonly starts = new Int32Array(GDELT_COLUMNS.length);
  private readonly ends = new Int32Array(GDELT_COLUMNS.length);
  /** The next tab at or after the line read last (-1: none left): the text is searched for tabs once in all. */
  private nextTab: number;

  constructor(private readonly text: string) {
    this.nextTab = text.indexOf('\t');
  }

  read(start: number, end: number): void {
    const { text, starts, ends } = this;
    let tab = this.nextTab;
    if (tab !== -1 && tab < start) tab = text.indexOf('\t', start);
    let count = 1;
    starts[0] = start;
    while (tab !== -1 && tab < end) {
      if (count < starts.length) {
        ends[count - 1] = tab;
        starts[count] = tab + 1;
      }
      count++;
      tab = text.indexOf('\t', tab + 1);
    }
    if (count <= ends.length) ends[count - 1] = end;
    this.nextTab = tab;
    this.count = count;
  }

  /** The raw text of cells `first` to `last`, tabs included (both within the line). */
  span(first: number, last: number): string {
    return this.text.slice(this.starts[first], this.ends[last]);
  }

  /** The trimmed cell, or undefined when it is empty (as splitting the line and trimming would give). */
  cell(index: number): string | undefined {
    if (index >= this.count) return undefined;
    const start = this.starts[index]!;
    const end = this.ends[index]!;
    if (start === end) return undefined;
    const value = this.text.slice(start, end).trim();
    return value === '' ? undefined : value;
  }

  anyFilled(indexes: readonly number[]): boolean {
    for (const index of indexes) if (this.filled(index)) return true;
    return false;
  }

  /** Whether the cell holds anything but white space, without cutting out the common empty cell. */
  filled(index: number): boolean {
    return index < this.count && this.starts[index]! < this.ends[index]! && this.cell(index) !== undefined;
  }
}

/** The problems of line `line`, named by its GlobalEventID when it has one. */
function rowCheck(problems: Problem[], line: number, id: string | undefined): RecordProblems {
  return new RecordProblems(problems, () => id ? t('{layout} line {row} ({idColumn} {id})', { layout: 'GDELT', row: line, idColumn: 'GlobalEventID', id }) : t('{layout} line {row}', { layout: 'GDELT', row: line }));
}

/** Where column `column` (0-based) of line `line` is. */
function placeOf(file: string, line: number, column: number): Origin {
  return { file, line, column: column + 1, path: GDELT_COLUMNS[column] ?? '' };
}

/** What a CAMEO event code becomes: worked out once per code. */
interface CodeInfo {
  type: TypeChoice;
  action: string;
  mirrorKey: string;
}

export function gdeltToDataset(input: string, fileName: string): ConvertResult {
  const text = stripBom(input);
  const problems: Problem[] = [];
  const losses = new RowLosses('line');
  const builder = new EventDataBuilder(GDELT_FORMAT, fileName);
  // Worded once: most are noted for every line of the export.
  const notCarried = {
    sourceUrl: t('SOURCEURL values that are not web addresses'),
    scores: t('GoldsteinScale, AvgTone, QuadClass, NumMentions, NumSources and NumArticles'),
    dateAdded: t('DATEADDED (when GDELT coded the event; the event keeps its own Day)'),
    ethnicReligion: t('ethnic and religion codes of the actors (their CAMEO actor codes are kept in codes)'),
    coordinates: t('coordinates and feature ids (the action\'s place name is kept as the location)'),
  };
  // Exports repeat a few hundred days, codes and actors over thousands of rows: each is read once.
  const days = new Map<string, string | undefined>();
  const codeInfo = new Map<string, CodeInfo>();
  const actorCache = new Map<string, DraftActor | null>();
  const cells = new LineCells(text);
  const actorAt = (line: LineCells, base: number): DraftActor | undefined => {
    const key = line.span(base, base + ACTOR_FIELDS.length - 1);
    let actor = actorCache.get(key);
    if (actor === undefined) actorCache.set(key, (actor = actorOf((offset) => line.cell(base + offset)) ?? null));
    return actor ?? undefined;
  };
  let skipped = 0;
  let records = 0;
  let row = 0;
  for (let start = 0; start < text.length; row++) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline + 1;
    const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline < 0 ? text.length : newline;
    const lineStart = start;
    start = next;
    // A blank line (white space only) is no record.
    const first = text.charCodeAt(lineStart);
    if (lineStart === end || (!(first >= 48 && first <= 57) && text.slice(lineStart, end).trim() === '')) continue;
    records++;
    const line = row + 1;
    cells.read(lineStart, end);
    const id = cells.cell(ID);
    // Made only for a row with a problem (no closures per row: most rows have none).
    let check: RecordProblems | undefined;
    if (cells.count !== GDELT_COLUMNS.length) {
      const column = Math.min(cells.count, GDELT_COLUMNS.length);
      rowCheck(problems, line, id).error('wrong-column-count', placeOf(fileName, line, column),
        t('it has {cells} fields where a GDELT 2.0 event has {columns} (a truncated line, or another GDELT table?).', { cells: cells.count, columns: GDELT_COLUMNS.length }));
      skipped++;
      continue;
    }
    if (!id || !/^\d+$/.test(id)) {
      (check ??= rowCheck(problems, line, id)).error('bad-id', placeOf(fileName, line, ID), id === undefined ? t('its {column} is empty.', { column: 'GlobalEventID' }) : t('its GlobalEventID "{id}" is not a number.', { id }));
    }
    const dayText = cells.cell(DAY);
    let date: string | undefined;
    if (dayText !== undefined) {
      date = days.get(dayText);
      if (date === undefined && !days.has(dayText)) days.set(dayText, (date = /^\d{8}$/.test(dayText) ? readDay(dayText) : undefined));
    }
    if (!date) {
      (check ??= rowCheck(problems, line, id)).error('bad-date', placeOf(fileName, line, DAY), dayText === undefined ? t('its {column} is empty.', { column: 'Day' }) : t('its Day "{text}" is not a day written YYYYMMDD.', { text: dayText }));
    }
    const code = cells.cell(EVENT_CODE);
    if (!code) (check ??= rowCheck(problems, line, id)).error('missing-value', placeOf(fileName, line, EVENT_CODE), t('it has no {column}.', { column: 'EventCode' }));
    const actor1 = actorAt(cells, ACTOR1);
    const actor2 = actorAt(cells, ACTOR2);
    if (!actor1 && !actor2) (check ??= rowCheck(problems, line, id)).error('missing-value', placeOf(fileName, line, ACTOR1 + 1), t('it names neither Actor1 nor Actor2.'));
    if (check !== undefined || !id || !date || !code || (!actor1 && !actor2)) {
      skipped++;
      continue;
    }
    let info = codeInfo.get(code);
    if (info === undefined) codeInfo.set(code, (info = { type: classifyCameo(code), action: cameoLabel(code) ?? `CAMEO ${code}`, mirrorKey: cameoMirrorKey(code) }));
    const codes: Record<string, string> = { cameo: code };
    const actor1Code = cells.cell(ACTOR1);
    const actor2Code = cells.cell(ACTOR2);
    if (actor1Code) codes['cameo-actor1'] = actor1Code;
    if (actor2Code) codes['cameo-actor2'] = actor2Code;
    const url = cells.cell(SOURCE_URL);
    const web = webUrl(url);
    if (url !== undefined && web === undefined) losses.add(notCarried.sourceUrl, line);
    const draft: DraftEvent = {
      origin: { file: fileName, line, column: 1, path: '' },
      fields: FIELDS,
      label: `GDELT ${id}`,
      originalId: id,
      codes,
      codeKey: info.mirrorKey,
      type: info.type,
      date,
      // An event with only Actor2 is told from Actor2's side: it is then the only party.
      sources: [actor1 ?? actor2!],
      targets: actor1 && actor2 ? [actor2] : [],
      action: info.action,
      references: web ? [{ url: web }] : [],
    };
    const place = cells.cell(PLACE);
    if (place) draft.location = place;
    losses.add(notCarried.scores, line);
    losses.add(notCarried.dateAdded, line);
    if (cells.anyFilled(ETHNIC_RELIGION_COLUMNS)) losses.add(notCarried.ethnicReligion, line);
    if (cells.filled(LATITUDE)) losses.add(notCarried.coordinates, line);
    builder.add(draft);
  }
  return builder.finish({ problems, losses, skipped, records });
}

/** A GDELT actor from its ten fields (`field(0)` is its Code): name as written, grouped by its country or known group. */
function actorOf(field: (offset: number) => string | undefined): DraftActor | undefined {
  const [code, nameCell, countryCode, knownGroup, , , , type1, type2, type3] = ACTOR_FIELDS.map((_, offset) => field(offset));
  const name = nameCell ?? code;
  if (name === undefined) return undefined;
  const actor: DraftActor = { name };
  if (knownGroup !== undefined) {
    actor.group = { name: KNOWN_GROUP_NAMES.get(knownGroup.toUpperCase()) ?? knownGroup, organisation: true };
  } else {
    const place = (countryCode === undefined ? undefined : placeOfCode(countryCode)) ?? (code === undefined ? undefined : placeOfCode(code));
    if (place) actor.group = place;
    else if (countryCode !== undefined) actor.group = { name: countryCode, organisation: false };
  }
  const roles = [type1, type2, type3]
    .filter((role): role is string => role !== undefined)
    .map((role) => CAMEO_ROLES.get(role.toUpperCase()) ?? role);
  if (roles.length > 0) actor.role = roles.join('; ');
  return actor;
}
