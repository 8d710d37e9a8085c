// The shared half of the event-data importers (ICEWS, GDELT, ACLED, PLOVER/POLECAT): each
// reader turns its rows into EventDrafts; this builds the Stanceline file from them.
// Actors are grouped under their countries (organisations under themselves), coded types
// become built-in or declared types, an interaction written twice (A→B and B→A, same day,
// same code) becomes one event with both ids, and everything not carried is named.
import type { ActorRecord, CountryRecord, DatasetFile, DeclaredTypeRecord, EventRecord, Problem, SourceRecord } from '../model/types';
import { hostOfAuthority, SCHEME_AND_AUTHORITY } from './eventRows';
import type { FieldColumns, RowLosses } from './eventRows';
import type { TypeChoice } from './eventCodes';
import { IdAllocator, slugify } from './ids';
import { SchemaPromise } from './schemaPromise';
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

/** The distinct values of a new list, in order; a list of one (most parties) is returned as it is. */
function distinct(values: string[]): string[] {
  return values.length <= 1 ? values : [...new Set(values)];
}

// Loops rather than callbacks in what runs once per row: no function is made per row.

/** The values of a list that are not in `excluded`. */
function without(values: readonly string[], excluded: readonly string[]): string[] {
  const kept: string[] = [];
  for (const value of values) if (!excluded.includes(value)) kept.push(value);
  return kept;
}

/**
 * Builds a Stanceline file from the drafts a reader made. `fileName` names the input for
 * the dataset source and messages.
 */
export function buildEventDataFile(format: EventDataFormat, fileName: string, read: ReaderOutput): ConvertResult {
  const builder = new EventDataBuilder(format, fileName);
  for (const draft of read.drafts) builder.add(draft);
  return builder.finish(read);
}

/**
 * The Stanceline file of an export, built one draft at a time: a reader of a large export
 * (GDELT) hands each row's draft over as it reads it, so no draft outlives its row. What a
 * problem's place needs (the record's origin and field columns) is all that is kept.
 */
export class EventDataBuilder {
  private readonly problems: Problem[] = [];
  private readonly shortName: string;

  private readonly countryIds = new IdAllocator();
  private readonly countries: CountryRecord[] = [];
  private readonly countryByName = new Map<string, string>();

  private readonly actorIds = new IdAllocator();
  private readonly actors: ActorRecord[] = [];
  private readonly actorByKey = new Map<string, string>();
  /** Readers that hand the same DraftActor for every row naming it (GDELT) skip the key. */
  private readonly actorByDraft = new WeakMap<DraftActor, string>();
  private readonly actorNames = new Map<string, string>();
  /** Each actor id's place in `actors`, for the compact keys of interactions awaiting their mirror. */
  private readonly actorNumbers = new Map<string, number>();

  private readonly sourceIds = new IdAllocator();
  private readonly datasetSource: SourceRecord;
  private readonly sources: SourceRecord[];
  private readonly sourceByKey = new Map<string, string>();
  private readonly sourceSlugs = new Map<string, string>();
  private readonly hosts = new Map<string, string>();
  private lastAuthority: { prefix: string; host: string } | undefined;

  private readonly types: DeclaredTypeRecord[] = [];
  private readonly declared = new Map<string, DeclaredTypeRecord>();
  private readonly unknownWarned = new Set<string>();

  private readonly eventIds = new IdAllocator();
  private readonly events: EventRecord[] = [];
  /** Per event: where its record is in the input, and where its fields are. */
  private readonly origins: Origin[] = [];
  private readonly fields: FieldColumns[] = [];
  /**
   * Interactions of two parties waiting for their mirror (their indexes in `events`), by
   * date, type, code and the pair. Most never meet theirs and stay to the end, so an entry is
   * kept small: a number key (mirrorKey) and one index, an array only for a repeated record.
   */
  private readonly awaitingMirror = new Map<number | string, number | number[]>();
  /** Each (date, end, type, code) an interaction was seen with, numbered. */
  private readonly mirrorCombos = new Map<string, number>();
  /** How the import note names each awaiting event ("GDELT 1100000001"); unset for the others. */
  private readonly awaitingLabels: (string | undefined)[] = [];
  private readonly merges: string[] = [];
  /**
   * Whether the file still matches the JSON Schema. Its records are made here with the
   * schema's fields only, ids come from IdAllocator (slugs) and titles made here hold a ":";
   * what comes from a reader and could break the schema (a blank name, publisher, label or
   * title, a type id, kind or field, an event without a party) is checked as it is first
   * used, once per actor, country, publisher and type. Dates, addresses and references are
   * left to the loader's rules, which run either way.
   */
  private readonly schema = new SchemaPromise();

  constructor(private readonly format: EventDataFormat, private readonly fileName: string) {
    this.shortName = fileName.split(/[\\/]/).pop() ?? fileName;
    this.datasetSource = {
      id: this.sourceIds.unique(format.idScheme),
      title: `${format.label} export ${this.shortName}`,
      publisher: format.publisher,
      note: format.citation,
    };
    this.sources = [this.datasetSource];
    this.schema.id(this.datasetSource.id);
    this.schema.id(`${format.idScheme}-1`);
  }

  private countryOf(group: { name: string; organisation: boolean }): string {
    const key = `${group.organisation ? 'o' : 'c'}\u0000${group.name}`;
    let id = this.countryByName.get(key);
    if (id === undefined) {
      id = this.countryIds.allocate(group.name, 'country');
      this.countryByName.set(key, id);
      this.schema.text(group.name);
      this.countries.push(group.organisation ? { id, name: group.name, kind: 'organization' } : { id, name: group.name });
    }
    return id;
  }

  private readonly actorOf = (actor: DraftActor): string => {
    const known = this.actorByDraft.get(actor);
    if (known !== undefined) return known;
    const group = actor.group ?? NO_COUNTRY;
    const key = `${actor.name}\u0000${group.name}\u0000${actor.role ?? ''}`;
    let id = this.actorByKey.get(key);
    if (id === undefined) {
      id = this.actorIds.allocate(actor.name, 'actor');
      this.actorByKey.set(key, id);
      // The key holds the name: an id always stands for the one name it was made for.
      this.actorNames.set(id, actor.name);
      this.actorNumbers.set(id, this.actors.length);
      this.schema.text(actor.name);
      this.schema.optionalString(actor.role);
      const record: ActorRecord = { id, name: actor.name, country: this.countryOf(group) };
      if (actor.role !== undefined) record.role = actor.role;
      this.actors.push(record);
    }
    this.actorByDraft.set(actor, id);
    return id;
  };

  private nameOf(id: string): string {
    return this.actorNames.get(id) ?? id;
  }

  /**
   * "https://www.example.org:8080/a" → "example.org", worked out once per authority. Exports
   * cite address after address on one host: the last address's scheme and authority are
   * tried first, without a match or a look-up.
   */
  private hostOf(url: string): string {
    const last = this.lastAuthority;
    if (last !== undefined && url.startsWith(last.prefix)) {
      const next = url.charCodeAt(last.prefix.length);
      // The authority ends there (at the end, "/", "?" or "#"), so it is the same one.
      if (Number.isNaN(next) || next === 0x2f || next === 0x3f || next === 0x23) return last.host;
    }
    const match = SCHEME_AND_AUTHORITY.exec(url);
    const authority = match?.[1] ?? url;
    let host = this.hosts.get(authority);
    if (host === undefined) this.hosts.set(authority, (host = hostOfAuthority(authority)));
    this.lastAuthority = match ? { prefix: match[0], host } : undefined;
    return host;
  }

  private readonly sourceOf = (reference: DraftReference): string => {
    const key = reference.url ?? `publisher\u0000${reference.publisher ?? ''}`;
    let id = this.sourceByKey.get(key);
    if (id === undefined) {
      const host = reference.url === undefined ? undefined : this.hostOf(reference.url);
      const title = reference.publisher ?? host ?? 'Unnamed source';
      // Exports cite thousands of addresses on a few hosts: each host is slugified once.
      const base = reference.url === undefined ? title : `${host ?? ''}`;
      let slug = this.sourceSlugs.get(base);
      if (slug === undefined) {
        this.sourceSlugs.set(base, (slug = slugify(base) || 'source'));
        this.schema.id(slug);
      }
      id = this.sourceIds.unique(slug);
      this.sourceByKey.set(key, id);
      const record: SourceRecord = { id, title: reference.url === undefined ? title : `${title}: ${reference.url}` };
      if (reference.url === undefined) this.schema.text(title);
      if (reference.publisher !== undefined) record.publisher = reference.publisher;
      else if (host !== undefined) record.publisher = host;
      if (reference.url !== undefined) record.url = reference.url;
      this.sources.push(record);
    }
    return id;
  };

  add(draft: DraftEvent): void {
    const choice = draft.type;
    if ('declared' in choice) {
      const type = choice.declared;
      if (!this.declared.has(type.id)) {
        this.declared.set(type.id, type);
        this.types.push(type);
      }
      if (choice.unknown && !this.unknownWarned.has(type.id)) {
        this.unknownWarned.add(type.id);
        this.problems.push(problemAt('warning', 'unknown-code', fieldAt(draft.origin, draft.fields, 'type'),
          t('{record}: {description} It became a type of its own, "{type}"; check the code.', { record: draft.label, description: type.description ?? type.label, type: type.label })));
      }
    }
    const interaction = isInteraction(choice);
    const from = distinct(draft.sources.map(this.actorOf));
    // The target of one side's act is named in the title, not made a party: a party gets a mark in its lane.
    const to = interaction ? without(distinct(draft.targets.map(this.actorOf)), from) : [];
    const parties = interaction ? (to.length === 0 ? from : [...from, ...to]) : from;
    const typeId = typeIdOf(choice);
    this.schema.type(choice, typeId);
    this.schema.event(parties, draft.title);

    // Mirrored records: the second of A→B and B→A adds its id and sources to the first.
    if (this.format.mirrored && interaction && from.length === 1 && to.length === 1) {
      const a = from[0]!;
      const b = to[0]!;
      const key = this.mirrorKey(`${draft.date}\u0000${draft.end ?? ''}\u0000${typeId}\u0000${draft.codeKey}`, a, b);
      const waiting = this.awaitingMirror.get(key);
      const mirror = waiting === undefined ? -1 : typeof waiting === 'number' ? (this.isFromTo(waiting, b, a) ? 0 : -1) : waiting.findIndex((index) => this.isFromTo(index, b, a));
      if (mirror >= 0) {
        let index: number;
        if (typeof waiting === 'number') {
          index = waiting;
          this.awaitingMirror.delete(key);
        } else {
          index = (waiting as number[]).splice(mirror, 1)[0]!;
        }
        const first = this.events[index]!;
        const label = this.awaitingLabels[index]!;
        this.awaitingLabels[index] = undefined;
        mergeMirror(first, draft, this.format.idKey, this.sourceOf);
        this.merges.push(t('Merged {first} ({firstFrom} → {firstTo}) and {second} ({secondFrom} → {secondTo}) on {date}: one {type}, "{id}".', {
          first: label, firstFrom: this.nameOf(first.actors[0]!), firstTo: this.nameOf(first.actors[1]!),
          second: draft.label, secondFrom: this.nameOf(a), secondTo: this.nameOf(b),
          date: draft.date, type: 'builtIn' in choice ? choice.builtIn : choice.declared.label.toLowerCase(), id: first.id,
        }));
        return;
      }
      this.makeEvent(draft, typeId, interaction, parties);
      const index = this.events.length - 1;
      this.awaitingLabels[index] = draft.label;
      if (waiting === undefined) this.awaitingMirror.set(key, index);
      else if (typeof waiting === 'number') this.awaitingMirror.set(key, [waiting, index]);
      else waiting.push(index);
      return;
    }
    this.makeEvent(draft, typeId, interaction, parties);
  }

  /**
   * The key of an interaction of `a` and `b` (either way round) on `combo` (its date, end,
   * type and code): a number made of the combo's and the actors' numbers while they fit in
   * 53 bits, else a short string of them.
   */
  private mirrorKey(combo: string, a: string, b: string): number | string {
    let comboNumber = this.mirrorCombos.get(combo);
    if (comboNumber === undefined) this.mirrorCombos.set(combo, (comboNumber = this.mirrorCombos.size));
    const first = this.actorNumbers.get(a)!;
    const second = this.actorNumbers.get(b)!;
    const low = Math.min(first, second);
    const high = Math.max(first, second);
    return comboNumber < 2 ** 21 && high < 2 ** 16 ? (comboNumber * 2 ** 16 + low) * 2 ** 16 + high : `${comboNumber}:${low}:${high}`;
  }

  /** Whether events[index] is an interaction of `from` with `to`, in that order. */
  private isFromTo(index: number, from: string, to: string): boolean {
    const { actors } = this.events[index]!;
    return actors[0] === from && actors[1] === to;
  }

  private makeEvent(draft: DraftEvent, typeId: string, interaction: boolean, parties: readonly string[]): EventRecord {
    const { format } = this;
    const names: string[] = [];
    for (const id of parties) names.push(this.nameOf(id));
    const targetNames: string[] = [];
    if (!interaction) for (const actor of draft.targets) if (!names.includes(actor.name) && !targetNames.includes(actor.name)) targetNames.push(actor.name);
    const title = draft.title !== undefined ? draft.title : interaction
      ? `${joinNames(names)}: ${draft.action}`
      : `${joinNames(names)}${targetNames.length > 0 ? ` → ${joinNames(targetNames)}` : ''}: ${draft.action}`;
    const record: EventRecord = {
      // Most original ids are already slugs ("gdelt-1100000001"): only others pay for slugify.
      id: SIMPLE_ID.test(draft.originalId) ? this.eventIds.unique(`${format.idScheme}-${draft.originalId}`) : this.eventIds.allocate(`${format.idScheme}-${draft.originalId}`, `${format.idScheme}-event`),
      type: typeId,
      date: draft.date,
      actors: parties as string[],
      title,
    };
    if (draft.end !== undefined) record.end = draft.end;
    if (draft.dateNote !== undefined) record.dateNote = draft.dateNote;
    if (draft.location !== undefined) record.location = draft.location;
    if (draft.summary !== undefined) record.summary = draft.summary;
    const references = draft.references;
    record.sources = references.length === 0 ? [this.datasetSource.id]
      : references.length === 1 ? [this.datasetSource.id, this.sourceOf(references[0]!)]
      : [this.datasetSource.id, ...new Set(references.map(this.sourceOf))];
    if (draft.tags !== undefined && draft.tags.length > 0) record.tags = draft.tags;
    record.codes = { [format.idKey]: draft.originalId, ...draft.codes };
    this.events.push(record);
    this.awaitingLabels.push(undefined);
    this.origins.push(draft.origin);
    this.fields.push(draft.fields);
    return record;
  }

  /** The file, once every draft is in; `read` is what the reader found besides its drafts. */
  finish(read: Omit<ReaderOutput, 'drafts'>): ConvertResult {
    const { format, fileName, shortName, events, types, merges } = this;
    const problems = [...read.problems, ...this.problems];
    const report: string[] = [];
    // A loader problem in events[i] (or one of its fields) points at the record's row and column.
    const origins = this.origins;
    const fieldsOf = this.fields;
    const origin = (path: string): Origin | undefined => {
      const match = /^events\[(\d+)\](?:\.([A-Za-z]+))?/.exec(path);
      const index = match ? Number(match[1]) : -1;
      const at = origins[index];
      if (!at) return undefined;
      const field = match![2];
      const fields = fieldsOf[index]!;
      return field !== undefined && field in fields ? fieldAt(at, fields, field as keyof FieldColumns) : at;
    };

    const mirrored = merges.length;
    report.push(
      t('Read {records, plural, one {# {format} record} other {# {format} records}}: {events, plural, one {# event} other {# events}}', { records: read.records, format: format.label, events: events.length }) +
      (mirrored > 0 ? t(', after merging {pairs, plural, one {# pair} other {# pairs}} of mirrored records (A→B and B→A on the same day with the same code)', { pairs: mirrored }) : '') +
      (read.skipped > 0 ? t('; {count, plural, one {# record could not be read and is listed as problems} other {# records could not be read and are listed as problems}}', { count: read.skipped }) : '') + '.');
    report.push(...merges);
    if (types.length > 0) report.push(t('Declared {count, plural, one {# event type} other {# event types}} for codes that are not statements, calls or meetings: {types}.', { count: types.length, types: types.map((type) => type.label).join(', ') }));
    for (const line of read.losses.lines()) report.push(t('Not carried: {loss}', { loss: line }));

    // Every draft makes an event or merges into an earlier one: no event, no draft.
    if (this.events.length === 0) {
      problems.push(problemAt('error', 'no-events', { file: fileName, line: 1, column: 1, path: '' },
        t('{file} is a {format} export, but none of its {records, plural, one {# record} other {# records}} could be read (see the problems above), so there is nothing to open.', { file: shortName, format: format.label, records: read.records })));
      return { problems, report };
    }

    const file: DatasetFile = {
      version: 1,
      title: `${format.label} events from ${shortName}`,
      description: `Imported from the ${format.label} export ${shortName}. Each event keeps its original id in "codes" (${format.idKey}). ${format.citation}`,
      sources: this.sources,
      countries: this.countries,
      actors: this.actors,
      topics: [],
      ...(types.length > 0 ? { types } : {}),
      events,
    };
    return { file, problems, report, origin, matchesSchema: this.schema.kept };
  }
}

/** Where one field of a record is: its column in a table, its key in a JSON record. */
function fieldAt(origin: Origin, fields: FieldColumns, field: keyof FieldColumns): Origin {
  const at = fields[field];
  if (!at) return origin;
  return { file: origin.file, line: origin.line, column: at.column, path: origin.path === '' ? at.path : `${origin.path}.${at.path}` };
}

/** Folds the mirror of an interaction (B→A of A→B) into it: its id, code and sources. */
function mergeMirror(into: EventRecord, mirror: DraftEvent, idKey: string, sourceOf: (reference: DraftReference) => string): void {
  const codes = into.codes ?? {};
  let key = `${idKey}-mirror`;
  for (let n = 2; key in codes; n++) key = `${idKey}-mirror-${n}`;
  codes[key] = mirror.originalId;
  // The mirror's own codes where they differ (a visit is 042 one way and 043 the other).
  for (const [scheme, value] of Object.entries(mirror.codes)) {
    if (codes[scheme] !== undefined && codes[scheme] !== value && codes[`${scheme}-mirror`] === undefined) codes[`${scheme}-mirror`] = value;
  }
  into.codes = codes;
  const sources = into.sources ?? [];
  for (const reference of mirror.references) {
    const id = sourceOf(reference);
    if (!sources.includes(id)) sources.push(id);
  }
  into.sources = sources;
  if (mirror.summary !== undefined && mirror.summary !== into.summary) {
    into.summary = into.summary === undefined ? mirror.summary : `${into.summary} / ${mirror.summary}`;
  }
}
