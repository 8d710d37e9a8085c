// The shapes of Stanceline's data: first the file as people write it (records),
// then the normalised, indexed model the rest of the app reads (Dataset).
// The JSON Schema in data/schema/stanceline.schema.json is the source of truth for
// the records; these types mirror it and a unit test keeps the two in step.

/** The built-in event types; a dataset may declare more in its `types`. */
export const EVENT_TYPES = ['statement', 'call', 'meeting'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type BuiltInEventType = EventType;

export function isBuiltInEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Whether a declared type is one actor's act (drawn in its actors' lanes) or an interaction drawn across its parties' lanes like calls and meetings. */
export const TYPE_KINDS = ['act', 'interaction'] as const;
export type TypeKind = (typeof TYPE_KINDS)[number];

export const EVENT_STATUSES = ['occurred', 'planned', 'reported'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Ordinal from +2 (support) to -2 (oppose), read against the topic's own wording. */
export const STANCES = ['support', 'lean-support', 'neutral', 'lean-oppose', 'oppose'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_VALUE: Readonly<Record<Stance, number>> = {
  support: 2,
  'lean-support': 1,
  neutral: 0,
  'lean-oppose': -1,
  oppose: -2,
};

// ---------------------------------------------------------------------------
// Records: the data file as written by hand.

export interface SourceRecord {
  id: string;
  title: string;
  publisher?: string;
  /** ISO 8601 date (at any precision) of publication. */
  published?: string;
  /** http(s) only. */
  url?: string;
  note?: string;
  /** Path of a local plain-text copy, relative to the data file; quotes citing this source are checked against it. */
  text?: string;
}

export interface CountryRecord {
  id: string;
  name: string;
  kind?: 'country' | 'organization';
}

export interface ActorRecord {
  id: string;
  name: string;
  role?: string;
  country?: string;
  kind?: 'person' | 'office' | 'group';
}

export interface TopicRecord {
  id: string;
  label: string;
  /** What `support` means on this topic, e.g. "Ukraine should join NATO". */
  support: string;
  /** What `oppose` means on this topic. */
  oppose: string;
  description?: string;
}

export interface QuoteRecord {
  actor: string;
  /** Verbatim from the source. */
  text: string;
  /** Defaults to the event's first source. */
  source?: string;
}

export interface PositionRecord {
  actor: string;
  topic: string;
  stance: Stance;
  summary?: string;
}

/** An event type a dataset declares beyond statement, call and meeting (e.g. CAMEO 18 "Assault"). */
export interface DeclaredTypeRecord {
  id: string;
  label: string;
  description?: string;
  kind: TypeKind;
}

export interface EventRecord {
  id: string;
  /** A built-in type, or the id of one of the file's `types`. */
  type: string;
  /** ISO 8601 at the precision known, with optional EDTF qualifier (?, ~, %) at the end. */
  date: string;
  end?: string;
  status?: EventStatus;
  dateNote?: string;
  actors: string[];
  location?: string;
  title: string;
  summary?: string;
  quotes?: QuoteRecord[];
  positions?: PositionRecord[];
  sources?: string[];
  tags?: string[];
  codes?: Record<string, string>;
}

export interface DatasetFile {
  $schema?: string;
  version: 1;
  title: string;
  description?: string;
  /** BCP 47 tag of the data's own text ("uk", "ar"), apart from the interface language. */
  language?: string;
  sources: SourceRecord[];
  countries: CountryRecord[];
  actors: ActorRecord[];
  topics: TopicRecord[];
  /** Event types beyond the built-in three. */
  types?: DeclaredTypeRecord[];
  events: EventRecord[];
  /** Spans that frame the events, drawn as labelled bands. */
  periods?: PeriodRecord[];
  /** Single dates worth marking, drawn as labelled rules. */
  annotations?: AnnotationRecord[];
  /** The window the timeline opens at when the address names none; dates at any precision. */
  view?: OpeningWindowRecord;
  /** Guided sequences of views with captions. */
  stories?: StoryRecord[];
}

/** A guided sequence of views, each with a caption, played step by step. */
export interface StoryRecord {
  id: string;
  title: string;
  description?: string;
  steps: StoryStepRecord[];
}

export interface StoryStepRecord {
  /** The app's own query string for the step's view, e.g. "?from=2025-02-10&to=2025-02-14&sel=e1". */
  view: string;
  title?: string;
  /** Plain text with a safe Markdown subset: paragraphs, *emphasis*, [links](https://…). */
  caption: string;
}

/** A labelled span behind the lanes it concerns (all lanes when it names no actor or country). */
export interface PeriodRecord {
  label: string;
  start: string;
  end: string;
  note?: string;
  actors?: string[];
  countries?: string[];
}

/** A labelled single date across the lanes it concerns. */
export interface AnnotationRecord {
  label: string;
  date: string;
  note?: string;
  actors?: string[];
  countries?: string[];
}

export interface OpeningWindowRecord {
  from: string;
  to: string;
}

// ---------------------------------------------------------------------------
// Normalised dates.

/** How much of a date the text gives. 'minute' and 'second' carry a UTC offset or are read as UTC. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface NormalisedDate {
  /** The text as written in the file, e.g. "2022-09~". */
  text: string;
  precision: DatePrecision;
  /** First instant covered, ms since epoch (UTC). Calendar dates are UTC calendar days. */
  start: number;
  /** First instant after the covered interval (exclusive), ms since epoch. */
  end: number;
  /** EDTF `?` or `%`. */
  uncertain: boolean;
  /** EDTF `~` or `%`. */
  approximate: boolean;
  /** Minutes east of UTC when the text gave an offset (for display in the writer's own time). */
  offsetMinutes?: number;
}

// ---------------------------------------------------------------------------
// The normalised model.

export interface TimelineEvent {
  /** Position in Dataset.events (sorted by start, then by file order). */
  index: number;
  /** Position in the file's `events` array, for error messages and edits. */
  fileIndex: number;
  id: string;
  /**
   * The built-in type, or for a declared type the built-in it is drawn like where only the
   * three built-in looks exist: `statement` for an act, `meeting` for an interaction.
   */
  type: EventType;
  /** The type as the file names it: a built-in or a declared type's id (filters, legend, search use this). */
  typeId: string;
  status: EventStatus;
  title: string;
  /** The event's own date. */
  date: NormalisedDate;
  /** Its `end`, when it is a span. */
  until?: NormalisedDate;
  /** The interval to draw: date.start to (until ?? date).end, ms. */
  start: number;
  end: number;
  /** Actor ids in file order (speaker first for statements). */
  actorIds: readonly string[];
  /** Distinct country ids of the actors, in actor order. */
  countryIds: readonly string[];
  /** Distinct topic ids of the event's positions. */
  topicIds: readonly string[];
  /** Distinct stances of the event's positions, in file order. */
  stances: readonly Stance[];
  /** How many quotes the event carries. */
  quoteCount: number;
  /**
   * The event as the file gives it. The fields above are what the chart, the filters and
   * the labels read; on the page a slice of records is parsed only when one of them is first
   * read (app/datasetTransfer.ts), so read this only for what the fields above do not say.
   */
  record: EventRecord;
}

/** A declared language of the data's text: its BCP 47 tag and the direction it is written in. */
export interface DataLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

export interface Dataset {
  title: string;
  description?: string;
  /**
   * The data's own language, when the file declares a well-formed one, with its direction: the
   * attributes the app puts on data text (read here, in the loader, so the page needs no tag parser).
   */
  language?: DataLanguage;
  sources: readonly SourceRecord[];
  countries: readonly CountryRecord[];
  actors: readonly ActorRecord[];
  topics: readonly TopicRecord[];
  /** Declared event types, in file order (empty when the file declares none). */
  types: readonly DeclaredTypeRecord[];
  /** Sorted by start, ties by file order. */
  events: readonly TimelineEvent[];
  eventById: ReadonlyMap<string, TimelineEvent>;
  actorById: ReadonlyMap<string, ActorRecord>;
  countryById: ReadonlyMap<string, CountryRecord>;
  topicById: ReadonlyMap<string, TopicRecord>;
  typeById: ReadonlyMap<string, DeclaredTypeRecord>;
  sourceById: ReadonlyMap<string, SourceRecord>;
  /**
   * How many events name each actor, country and topic: every listed id (0 when none does),
   * then any id an event names that its list lacks. The first view's filter counts and the
   * lanes in use read them, so nothing walks every event for either.
   */
  eventCountByActor: ReadonlyMap<string, number>;
  eventCountByCountry: ReadonlyMap<string, number>;
  eventCountByTopic: ReadonlyMap<string, number>;
  /** [min start, max end] over all events, ms; [0, 0] when there are none. */
  extent: readonly [number, number];
  /** The file's "view": [start of from, end of to], ms; the first window when the address names none. */
  openingWindow?: readonly [number, number];
  /** Periods and annotations in file order, their dates read (none when the file has none). */
  periods?: readonly TimeNote[];
  annotations?: readonly TimeNote[];
  /** The file's stories, as written (every step's view checked by the loader). */
  stories?: readonly StoryRecord[];
}

/** A period or an annotation as drawn: its interval, and the lanes it concerns. */
export interface TimeNote {
  /** Position in the file's `periods` or `annotations`. */
  fileIndex: number;
  label: string;
  note?: string;
  /** The interval covered, ms: a period from its start's first instant to its end's last; an annotation its date's own interval. */
  start: number;
  end: number;
  /** The dates as written, for display at their own precision. */
  startText: string;
  endText: string;
  /** Empty lists mean every lane. */
  actorIds: readonly string[];
  countryIds: readonly string[];
}

// ---------------------------------------------------------------------------
// Problems found while loading.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** A short stable name of the rule, e.g. 'unresolved-reference'. */
  rule: string;
  /** The file the problem is in, as the user named it. */
  file: string;
  /** 1-based; 0 when no position is known (e.g. an empty file). */
  line: number;
  /** 1-based. */
  column: number;
  /** JSON path such as `events[3].date` ("" for the whole document). */
  path: string;
  /** A plain sentence: what is wrong and, where it helps, what to do. */
  message: string;
}

export interface LoadResult {
  /** Present when there are no errors (warnings allowed). */
  dataset?: Dataset;
  problems: Problem[];
}
