// The shared half of the event-data importers (ICEWS, GDELT, ACLED, PLOVER/POLECAT): each
// reader turns its rows into EventDrafts; this builds the Stanceline file from them.
// Actors are grouped under their countries (organisations under themselves), coded types
// become built-in or declared types, an interaction written twice (A→B and B→A, same day,
// same code) becomes one event with both ids, and everything not carried is named.
import type { ActorRecord, CountryRecord, DatasetFile, DeclaredTypeRecord, EventRecord, Problem, SourceRecord } from '../model/types';
import { hostOf } from './eventRows';
import type { FieldColumns, RowLosses } from './eventRows';
import type { TypeChoice } from './eventCodes';
import { IdAllocator, slugify } from './ids';
import { problemAt } from './result';
import type { ConvertResult, Origin } from './result';
import { t } from '../i18n/translate';

/** A party to an event as the export names it. */
export interface DraftActor {
  name: string;
  /** Country, region or organisation the actor belongs to. */
  group?: { name: string; organisation: boolean };
  /** Role or sectors as the export writes them ("Government", "Military; Executive"). */
  role?: string;
}

/** A publication an event cites: a URL, a publisher, or both. */
export interface DraftReference {
  url?: string;
  publisher?: string;
}

export interface DraftEvent {
  /** The record in the input: its row or line, column 1. */
  origin: Origin;
  /** Where its fields are in the record (one table per reader: every row has the same columns). */
  fields: FieldColumns;
  /** "ICEWS 123456": how the import note names the record. */
  label: string;
  /** The record's original id, kept in `codes` under `idScheme`. */
  originalId: string;
  /** The event's code, kept in `codes` (e.g. { cameo: "042" }), and other codes of the record. */
  codes: Record<string, string>;
  /** What the code is compared on to find a mirrored record (same code, swapped parties). */
  codeKey: string;
  type: TypeChoice;
  /** Stanceline date text (with a qualifier when the export says the date is approximate). */
  date: string;
  end?: string;
  dateNote?: string;
  sources: DraftActor[];
  targets: DraftActor[];
  /** The code's label, as the export or the codebook words it ("Discuss by telephone"). */
  action: string;
  /** The event's title when the input gives one (a mapped table's title column); else it is made from the parties and the action. */
  title?: string;
  summary?: string;
  location?: string;
  references: DraftReference[];
  tags?: string[];
}

export interface EventDataFormat {
  /** "icews": names the dataset's source and prefixes event ids. */
  idScheme: string;
  /** The key of `codes` that keeps a record's original id ("icews", "plover-id"). */
  idKey: string;
  /** "ICEWS": how messages name the format. */
  label: string;
  /** The dataset's publisher, named on the source every event cites. */
  publisher: string;
  /** How the export's own records should be cited (kept as the dataset source's note). */
  citation: string;
  /** Whether the export writes one interaction as two records, A→B and B→A (ICEWS, GDELT). */
  mirrored: boolean;
}

export interface ReaderOutput {
  drafts: DraftEvent[];
  problems: Problem[];
  losses: RowLosses;
  /** Rows the reader could not turn into an event (each also reported as a problem). */
  skipped: number;
  /** Records read, skipped ones included. */
  records: number;
}

interface BuiltEvent {
  record: EventRecord;
  draft: DraftEvent;
  /** Parties in file order, their actor ids. */
  from: string[];
  to: string[];
}

const SIMPLE_ID = /^[a-z0-9]{1,40}$/;

const NO_COUNTRY = { name: 'Country not given', organisation: false };

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function isInteraction(choice: TypeChoice): boolean {
  if ('builtIn' in choice) return choice.builtIn !== 'statement';
  return choice.declared.kind === 'interaction';
}

function typeIdOf(choice: TypeChoice): string {
  return 'builtIn' in choice ? choice.builtIn : choice.declared.id;
}

/**
 * Builds a Stanceline file from the drafts a reader made. `fileName` names the input for
 * the dataset source and messages.
 */
export function buildEventDataFile(format: EventDataFormat, fileName: string, read: ReaderOutput): ConvertResult {
  const problems = [...read.problems];
  const report: string[] = [];
  const losses = read.losses;
  const shortName = fileName.split(/[\\/]/).pop() ?? fileName;

  const countryIds = new IdAllocator();
  const countries: CountryRecord[] = [];
  const countryByName = new Map<string, string>();
  const countryOf = (group: { name: string; organisation: boolean }): string => {
    const key = `${group.organisation ? 'o' : 'c'}\u0000${group.name}`;
    let id = countryByName.get(key);
    if (id === undefined) {
      id = countryIds.allocate(group.name, 'country');
      countryByName.set(key, id);
      countries.push(group.organisation ? { id, name: group.name, kind: 'organization' } : { id, name: group.name });
    }
    return id;
  };

  const actorIds = new IdAllocator();
  const actors: ActorRecord[] = [];
  const actorByKey = new Map<string, string>();
  const actorOf = (actor: DraftActor): string => {
    const group = actor.group ?? NO_COUNTRY;
    const key = `${actor.name}\u0000${group.name}\u0000${actor.role ?? ''}`;
    let id = actorByKey.get(key);
    if (id === undefined) {
      id = actorIds.allocate(actor.name, 'actor');
      actorByKey.set(key, id);
      const record: ActorRecord = { id, name: actor.name, country: countryOf(group) };
      if (actor.role !== undefined) record.role = actor.role;
      actors.push(record);
    }
    return id;
  };
  const actorNames = new Map<string, string>();
  const nameOf = (id: string) => actorNames.get(id) ?? id;

  const sourceIds = new IdAllocator();
  const datasetSource: SourceRecord = {
    id: sourceIds.unique(format.idScheme),
    title: `${format.label} export ${shortName}`,
    publisher: format.publisher,
    note: format.citation,
  };
  const sources: SourceRecord[] = [datasetSource];
  const sourceByKey = new Map<string, string>();
  const sourceSlugs = new Map<string, string>();
  const sourceOf = (reference: DraftReference): string => {
    const key = reference.url ?? `publisher\u0000${reference.publisher ?? ''}`;
    let id = sourceByKey.get(key);
    if (id === undefined) {
      const host = reference.url === undefined ? undefined : hostOf(reference.url);
      const title = reference.publisher ?? host ?? 'Unnamed source';
      // Exports cite thousands of addresses on a few hosts: each host is slugified once.
      const base = reference.url === undefined ? title : `${host ?? ''}`;
      let slug = sourceSlugs.get(base);
      if (slug === undefined) sourceSlugs.set(base, (slug = slugify(base) || 'source'));
      id = sourceIds.unique(slug);
      sourceByKey.set(key, id);
      const record: SourceRecord = { id, title: reference.url === undefined ? title : `${title}: ${reference.url}` };
      if (reference.publisher !== undefined) record.publisher = reference.publisher;
      else if (host !== undefined) record.publisher = host;
      if (reference.url !== undefined) record.url = reference.url;
      sources.push(record);
    }
    return id;
  };

  const types: DeclaredTypeRecord[] = [];
  const declared = new Map<string, DeclaredTypeRecord>();
  const unknownWarned = new Set<string>();

  const eventIds = new IdAllocator();
  const built: BuiltEvent[] = [];
  /** Interactions of two parties waiting for their mirror, by date, type, code and the pair. */
  const awaitingMirror = new Map<string, BuiltEvent[]>();
  const merges: string[] = [];

  for (const draft of read.drafts) {
    const choice = draft.type;
    if ('declared' in choice) {
      const type = choice.declared;
      if (!declared.has(type.id)) {
        declared.set(type.id, type);
        types.push(type);
      }
      if (choice.unknown && !unknownWarned.has(type.id)) {
        unknownWarned.add(type.id);
        problems.push(problemAt('warning', 'unknown-code', fieldOrigin(draft, 'type'),
          t('{record}: {description} It became a type of its own, "{type}"; check the code.', { record: draft.label, description: type.description ?? type.label, type: type.label })));
      }
    }
    const interaction = isInteraction(choice);
    const from = [...new Set(draft.sources.map(actorOf))];
    // The target of one side's act is named in the title, not made a party: a party gets a mark in its lane.
    const to = interaction ? [...new Set(draft.targets.map(actorOf))].filter((id) => !from.includes(id)) : [];
    for (const actor of interaction ? [...draft.sources, ...draft.targets] : draft.sources) actorNames.set(actorOf(actor), actor.name);
    const parties = interaction ? [...from, ...to] : from;
    const typeId = typeIdOf(choice);

    // Mirrored records: the second of A→B and B→A adds its id and sources to the first.
    if (format.mirrored && interaction && from.length === 1 && to.length === 1) {
      const pair = [from[0]!, to[0]!].sort().join('\u0000');
      const key = `${draft.date}\u0000${draft.end ?? ''}\u0000${typeId}\u0000${draft.codeKey}\u0000${pair}`;
      const waiting = awaitingMirror.get(key) ?? [];
      const mirror = waiting.findIndex((other) => other.from[0] === to[0] && other.to[0] === from[0]);
      if (mirror >= 0) {
        const first = waiting.splice(mirror, 1)[0]!;
        mergeMirror(first, draft, format.idKey, sourceOf);
        merges.push(t('Merged {first} ({firstFrom} → {firstTo}) and {second} ({secondFrom} → {secondTo}) on {date}: one {type}, "{id}".', {
          first: first.draft.label, firstFrom: nameOf(first.from[0]!), firstTo: nameOf(first.to[0]!),
          second: draft.label, secondFrom: nameOf(from[0]!), secondTo: nameOf(to[0]!),
          date: draft.date, type: 'builtIn' in choice ? choice.builtIn : choice.declared.label.toLowerCase(), id: first.record.id,
        }));
        continue;
      }
      const event = makeEvent();
      waiting.push(event);
      awaitingMirror.set(key, waiting);
      continue;
    }
    makeEvent();

    function makeEvent(): BuiltEvent {
      const names = parties.map(nameOf);
      const targetNames = interaction ? [] : [...new Set(draft.targets.map((actor) => actor.name))].filter((name) => !names.includes(name));
      const title = draft.title !== undefined ? draft.title : interaction
        ? `${joinNames(names)}: ${draft.action}`
        : `${joinNames(names)}${targetNames.length > 0 ? ` → ${joinNames(targetNames)}` : ''}: ${draft.action}`;
      const record: EventRecord = {
        // Most original ids are already slugs ("gdelt-1100000001"): only others pay for slugify.
        id: SIMPLE_ID.test(draft.originalId) ? eventIds.unique(`${format.idScheme}-${draft.originalId}`) : eventIds.allocate(`${format.idScheme}-${draft.originalId}`, `${format.idScheme}-event`),
        type: typeId,
        date: draft.date,
        actors: parties,
        title,
      };
      if (draft.end !== undefined) record.end = draft.end;
      if (draft.dateNote !== undefined) record.dateNote = draft.dateNote;
      if (draft.location !== undefined) record.location = draft.location;
      if (draft.summary !== undefined) record.summary = draft.summary;
      record.sources = [datasetSource.id, ...new Set(draft.references.map(sourceOf))];
      if (draft.tags !== undefined && draft.tags.length > 0) record.tags = draft.tags;
      record.codes = { [format.idKey]: draft.originalId, ...draft.codes };
      const event: BuiltEvent = { record, draft, from, to };
      built.push(event);
      return event;
    }
  }

  const events = built.map((event) => event.record);
  // A loader problem in events[i] (or one of its fields) points at the record's row and column.
  const origin = (path: string): Origin | undefined => {
    const match = /^events\[(\d+)\](?:\.([A-Za-z]+))?/.exec(path);
    const draft = match ? built[Number(match[1])]?.draft : undefined;
    if (!draft) return undefined;
    const field = match![2];
    return field !== undefined && field in draft.fields ? fieldOrigin(draft, field as keyof FieldColumns) : draft.origin;
  };

  const mirrored = merges.length;
  report.push(
    t('Read {records, plural, one {# {format} record} other {# {format} records}}: {events, plural, one {# event} other {# events}}', { records: read.records, format: format.label, events: events.length }) +
    (mirrored > 0 ? t(', after merging {pairs, plural, one {# pair} other {# pairs}} of mirrored records (A→B and B→A on the same day with the same code)', { pairs: mirrored }) : '') +
    (read.skipped > 0 ? t('; {count, plural, one {# record could not be read and is listed as problems} other {# records could not be read and are listed as problems}}', { count: read.skipped }) : '') + '.');
  report.push(...merges);
  if (types.length > 0) report.push(t('Declared {count, plural, one {# event type} other {# event types}} for codes that are not statements, calls or meetings: {types}.', { count: types.length, types: types.map((type) => type.label).join(', ') }));
  for (const line of losses.lines()) report.push(t('Not carried: {loss}', { loss: line }));

  if (read.drafts.length === 0) {
    problems.push(problemAt('error', 'no-events', { file: fileName, line: 1, column: 1, path: '' },
      t('{file} is a {format} export, but none of its {records, plural, one {# record} other {# records}} could be read (see the problems above), so there is nothing to open.', { file: shortName, format: format.label, records: read.records })));
    return { problems, report };
  }

  const file: DatasetFile = {
    version: 1,
    title: `${format.label} events from ${shortName}`,
    description: `Imported from the ${format.label} export ${shortName}. Each event keeps its original id in "codes" (${format.idKey}). ${format.citation}`,
    sources,
    countries,
    actors,
    topics: [],
    ...(types.length > 0 ? { types } : {}),
    events,
  };
  return { file, problems, report, origin };
}

/** Where one field of a draft's record is: its column in a table, its key in a JSON record. */
function fieldOrigin(draft: DraftEvent, field: keyof FieldColumns): Origin {
  const at = draft.fields[field];
  if (!at) return draft.origin;
  return { file: draft.origin.file, line: draft.origin.line, column: at.column, path: draft.origin.path === '' ? at.path : `${draft.origin.path}.${at.path}` };
}

/** Folds the mirror of an interaction (B→A of A→B) into it: its id, code and sources. */
function mergeMirror(into: BuiltEvent, mirror: DraftEvent, idKey: string, sourceOf: (reference: DraftReference) => string): void {
  const codes = into.record.codes ?? {};
  let key = `${idKey}-mirror`;
  for (let n = 2; key in codes; n++) key = `${idKey}-mirror-${n}`;
  codes[key] = mirror.originalId;
  // The mirror's own codes where they differ (a visit is 042 one way and 043 the other).
  for (const [scheme, value] of Object.entries(mirror.codes)) {
    if (codes[scheme] !== undefined && codes[scheme] !== value && codes[`${scheme}-mirror`] === undefined) codes[`${scheme}-mirror`] = value;
  }
  into.record.codes = codes;
  const sources = into.record.sources ?? [];
  for (const reference of mirror.references) {
    const id = sourceOf(reference);
    if (!sources.includes(id)) sources.push(id);
  }
  into.record.sources = sources;
  if (mirror.summary !== undefined && mirror.summary !== into.record.summary) {
    into.record.summary = into.record.summary === undefined ? mirror.summary : `${into.record.summary} / ${mirror.summary}`;
  }
}
