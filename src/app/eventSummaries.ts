// What the page reads of an event before its record (id, title, type, status, dates, actors,
// topics, stances, number of quotes), sent from the loading worker as columns, a slice at a
// time. Strings that recur (types, statuses, the dates' text, actor, topic and stance ids) go
// once per dataset, in a table each slice extends with the strings it is first to use, and
// events name them by their place in it; ids and titles, unique, go as one text per slice, cut
// into each event's own only when it is first read (SliceNames); the parsed dates and the rest
// as numbers in transferred typed arrays. So neither side writes or
// parses JSON per event, and the page holds one copy of each recurring string without looking
// it up: at a million events, the summaries' JSON.stringify took 0.73 s of the worker's
// posting, and their JSON.parse and interning were most of the page's intake of a slice.
import type { DatePrecision, EventStatus, NormalisedDate, Stance, TimelineEvent } from '../core/model/types';
import type { Interner } from './sharedStrings';
import { NONE } from '../core/data/eventFields';

/**
 * Per event: file index; the date and the end (until), four numbers each (start, end, code,
 * offset); the table places of its type, status, date's text and end's text (NO_TEXT: none);
 * its number of quotes; where its id and its title end in the slice's names. Its lists follow
 * every event's numbers (SummaryColumns.numbers).
 */
export const NUMBERS_PER_EVENT = 16;
const CODES_AT = 9;
const NAME_ENDS_AT = 14;
const NO_TEXT = -1;

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'minute', 'second'];
const UNCERTAIN_BIT = 8;
const APPROXIMATE_BIT = 16;
const NO_DATE = -1;

/** One slice's summaries, as the worker posts them. */
export interface SummaryColumns {
  /** The slice's events. */
  count: number;
  /**
   * Every event's id and then its title, one after the other, as one text: at a million events
   * two million strings were most of what the page's intake deserialised and then collected.
   */
  names: string;
  /** The strings this slice is first to use, in the order they join the dataset's table. */
  strings: string[];
  /**
   * NUMBERS_PER_EVENT numbers per event, then each event's actors, topics and stances, each
   * as its length and then its strings' places in the table. One buffer, transferred: a
   * slice's several buffers held the page's main thread in longer garbage collections.
   */
  numbers: Float64Array;
  /**
   * Events whose fields are not of the kinds above, as JSON of [position in the slice,
   * Summary] pairs, or null: a model sent before the schema refused its file may hold a string
   * where a list of actors belongs, and it must arrive as it was.
   */
  irregular: string | null;
}

/**
 * A slice's ids and titles: its text of names, cut into an event's id or title when asked
 * (an event keeps what it was given, ReceivedEvent in datasetTransfer.ts).
 */
export class SliceNames {
  constructor(
    private readonly text: string,
    /** Where the `2k`th event's id ends (at 2k) and its title (at 2k + 1), in `text`. */
    private readonly ends: Int32Array,
    /** The fields of an irregular event (id and title first), by its position: the text leaves its names empty. */
    private readonly irregular: ReadonlyMap<number, IrregularFields> | null,
  ) {}

  private cut(at: number): string {
    return this.text.slice(at === 0 ? 0 : this.ends[at - 1]!, this.ends[at]!);
  }

  /** The fields of the event at `position` when it is irregular (SummaryColumns.irregular). */
  irregularAt(position: number): IrregularFields | undefined {
    return this.irregular?.get(position);
  }

  id(position: number): string {
    return this.irregular?.get(position)?.[0] ?? this.cut(2 * position);
  }

  title(position: number): string {
    return this.irregular?.get(position)?.[1] ?? this.cut(2 * position + 1);
  }
}

/** A slice's ids and titles (SummaryColumns.names), read by position. */
export function sliceNames(columns: SummaryColumns): SliceNames {
  const { numbers, count } = columns;
  const ends = new Int32Array(2 * count);
  for (let k = 0; k < count; k++) {
    ends[2 * k] = numbers[k * NUMBERS_PER_EVENT + NAME_ENDS_AT]!;
    ends[2 * k + 1] = numbers[k * NUMBERS_PER_EVENT + NAME_ENDS_AT + 1]!;
  }
  const irregular = columns.irregular === null ? null : new Map(JSON.parse(columns.irregular) as [number, IrregularFields][]);
  return new SliceNames(columns.names, ends, irregular);
}

/** An event's summary as the page reads it; one object is filled for each event in turn (its id and title: sliceNames). */
export interface Summary {
  fileIndex: number;
  typeId: string;
  status: EventStatus;
  date: NormalisedDate | undefined;
  until: NormalisedDate | undefined;
  actorIds: readonly string[];
  topicIds: readonly string[];
  stances: readonly Stance[];
  quoteCount: number;
}

/** An irregular event's fields, in JSON (its dates travel as numbers like any other's). */
type IrregularFields = [id: string, title: string, typeId: string, status: EventStatus, dateText: string, endText: string | null, actorIds: string[], topicIds: string[], stances: Stance[], quoteCount: number];

function packDate(numbers: Float64Array, at: number, date: NormalisedDate | undefined): void {
  if (!date) {
    numbers.fill(Number.NaN, at, at + 4);
    numbers[at + 2] = NO_DATE;
    return;
  }
  numbers[at] = date.start;
  numbers[at + 1] = date.end;
  numbers[at + 2] = PRECISIONS.indexOf(date.precision) | (date.uncertain ? UNCERTAIN_BIT : 0) | (date.approximate ? APPROXIMATE_BIT : 0);
  numbers[at + 3] = date.offsetMinutes ?? Number.NaN;
}

/** The date packed at `at`, with the text it was parsed from, or undefined. */
function unpackDate(numbers: Float64Array, at: number, text: string | undefined): NormalisedDate | undefined {
  const code = numbers[at + 2]!;
  if (code === NO_DATE || text === undefined) return undefined;
  const date: NormalisedDate = {
    text,
    precision: PRECISIONS[code & 7]!,
    start: numbers[at]!,
    end: numbers[at + 1]!,
    uncertain: (code & UNCERTAIN_BIT) !== 0,
    approximate: (code & APPROXIMATE_BIT) !== 0,
  };
  const offset = numbers[at + 3]!;
  if (!Number.isNaN(offset)) date.offsetMinutes = offset;
  return date;
}

const isStringList = (list: unknown): list is readonly string[] => Array.isArray(list) && list.every((item) => typeof item === 'string');

/** True when every summarised field is of the kind the columns hold. */
function isRegular(event: TimelineEvent): boolean {
  return (
    typeof event.id === 'string' &&
    typeof event.title === 'string' &&
    typeof event.typeId === 'string' &&
    typeof event.status === 'string' &&
    typeof event.date.text === 'string' &&
    (event.until === undefined || typeof event.until.text === 'string') &&
    Number.isInteger(event.quoteCount) &&
    isStringList(event.actorIds) &&
    isStringList(event.topicIds) &&
    isStringList(event.stances)
  );
}

/** Writes a dataset's slices of summaries in order, the table of recurring strings growing as they go (one encoder per dataset). */
export class SummaryEncoder {
  private readonly places = new Map<string, number>();
  private fresh: string[] = [];

  private place(text: string): number {
    let place = this.places.get(text);
    if (place === undefined) {
      place = this.places.size;
      this.places.set(text, place);
      this.fresh.push(text);
    }
    return place;
  }

  private placeList(numbers: Float64Array, at: number, list: readonly string[]): number {
    numbers[at++] = list.length;
    for (let k = 0; k < list.length; k++) numbers[at++] = this.place(list[k]!);
    return at;
  }

  encode(events: readonly TimelineEvent[]): SummaryColumns {
    const count = events.length;
    const names: string[] = [];
    let namesLength = 0;
    const irregular: [number, IrregularFields][] = [];
    const regular = events.map(isRegular);
    let listLength = 0;
    for (let k = 0; k < count; k++) {
      const event = events[k]!;
      listLength += 3 + (regular[k] ? event.actorIds.length + event.topicIds.length + event.stances.length : 0);
    }
    const numbers = new Float64Array(count * NUMBERS_PER_EVENT + listLength);
    let listAt = count * NUMBERS_PER_EVENT;
    for (let k = 0; k < count; k++) {
      const event = events[k]!;
      const at = k * NUMBERS_PER_EVENT;
      numbers[at] = event.fileIndex;
      packDate(numbers, at + 1, event.date);
      packDate(numbers, at + 5, event.until);
      const code = at + CODES_AT;
      numbers.fill(NO_TEXT, code, code + 4);
      if (!regular[k]) {
        numbers[at + NAME_ENDS_AT] = numbers[at + NAME_ENDS_AT + 1] = namesLength;
        irregular.push([k, [event.id, event.title, event.typeId, event.status, event.date.text, event.until?.text ?? null, event.actorIds as string[], event.topicIds as string[], event.stances as Stance[], event.quoteCount]]);
        listAt += 3; // three empty lists keep the next event's place
        continue;
      }
      names.push(event.id, event.title);
      numbers[at + NAME_ENDS_AT] = namesLength += event.id.length;
      numbers[at + NAME_ENDS_AT + 1] = namesLength += event.title.length;
      numbers[code] = this.place(event.typeId);
      numbers[code + 1] = this.place(event.status);
      numbers[code + 2] = this.place(event.date.text);
      if (event.until) numbers[code + 3] = this.place(event.until.text);
      numbers[code + 4] = event.quoteCount;
      listAt = this.placeList(numbers, listAt, event.actorIds);
      listAt = this.placeList(numbers, listAt, event.topicIds);
      listAt = this.placeList(numbers, listAt, event.stances);
    }
    const strings = this.fresh;
    this.fresh = [];
    return { count, names: names.join(''), strings, numbers, irregular: irregular.length > 0 ? JSON.stringify(irregular) : null };
  }
}

/** Reads a dataset's slices of summaries in the order they were written (one decoder per dataset). */
export class SummaryDecoder {
  private readonly table: string[] = [];
  /**
   * The date read for each date text of the table, by its place: a text always parses to the
   * same date, and nothing changes a date once made, so the events of one day share one (a
   * million events name a few thousand days, and were a million date objects on the page).
   */
  private readonly dates: (NormalisedDate | undefined)[] = [];

  /** `share` is given each new string of the table, so the records parsed later share them too. */
  constructor(private readonly share: Interner) {}

  private text(place: number): string {
    const text = this.table[place];
    if (text === undefined) throw new Error(`SummaryDecoder: no string at ${place} of ${this.table.length}`);
    return text;
  }

  /** The date packed at `at` whose text is the table's string at `place`: the one read before for that text when its numbers agree. */
  private date(numbers: Float64Array, at: number, place: number): NormalisedDate | undefined {
    const known = this.dates[place];
    if (known && known.start === numbers[at] && known.end === numbers[at + 1]) return known;
    const date = unpackDate(numbers, at, this.text(place));
    if (!known) this.dates[place] = date;
    return date;
  }

  private list(numbers: Float64Array, at: number): readonly string[] {
    const length = numbers[at]!;
    // Most events have no topics or stances: one shared empty list, not two new ones per event.
    if (length === 0) return NONE;
    const list = new Array<string>(length);
    for (let k = 0; k < length; k++) list[k] = this.text(numbers[at + 1 + k]!);
    return list;
  }

  /** Calls `take` with each event's summary in turn (the same object, refilled: copy what is kept); `names` are the slice's (sliceNames). */
  decode(columns: SummaryColumns, names: SliceNames, take: (summary: Summary, position: number) => void): void {
    for (const text of columns.strings) {
      this.table.push(this.share(text));
      this.dates.push(undefined); // kept as long as the table, so it stays a dense array
    }
    const { numbers, count } = columns;
    const summary: Summary = { fileIndex: 0, typeId: '', status: 'occurred', date: undefined, until: undefined, actorIds: [], topicIds: [], stances: [], quoteCount: 0 };
    let listAt = count * NUMBERS_PER_EVENT;
    for (let k = 0; k < count; k++) {
      const at = k * NUMBERS_PER_EVENT;
      const code = at + CODES_AT;
      summary.fileIndex = numbers[at]!;
      const odd = names.irregularAt(k);
      if (odd) {
        const [, , typeId, status, dateText, endText, actorIds, topicIds, stances, quoteCount] = odd;
        Object.assign(summary, { typeId, status, actorIds, topicIds, stances, quoteCount });
        summary.date = unpackDate(numbers, at + 1, dateText);
        summary.until = endText === null ? undefined : unpackDate(numbers, at + 5, endText);
        listAt += 3;
      } else {
        summary.typeId = this.text(numbers[code]!);
        summary.status = this.text(numbers[code + 1]!) as EventStatus;
        summary.date = this.date(numbers, at + 1, numbers[code + 2]!);
        const endPlace = numbers[code + 3]!;
        summary.until = endPlace === NO_TEXT ? undefined : this.date(numbers, at + 5, endPlace);
        summary.quoteCount = numbers[code + 4]!;
        summary.actorIds = this.list(numbers, listAt);
        listAt += 1 + numbers[listAt]!;
        summary.topicIds = this.list(numbers, listAt);
        listAt += 1 + numbers[listAt]!;
        summary.stances = this.list(numbers, listAt) as Stance[];
        listAt += 1 + numbers[listAt]!;
      }
      take(summary, k);
    }
  }
}
