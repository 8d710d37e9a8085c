// The checks a JSON Schema cannot express: dates that do not exist, spans that end before
// they start, duplicate ids, references that do not resolve, non-web URLs, and the warnings
// of data-format.md. They run over plain objects that may not match the schema (so every
// field is checked for its type before use), and report each problem once.
import { runAtOnce } from './steps';
import type { Steps } from './steps';
import type { NormalisedDate } from '../model/types';
import { parseDate } from '../time/dates';
import type { DateError } from '../time/dates';
import type { JsonPath, ProblemDraft } from './problems';
import { show } from './problems';
import { closestId } from './suggest';
import { t } from '../i18n/translate';
import { isWellFormedLanguageTag } from '../i18n/dataLanguage';

type Plain = Record<string, unknown>;

/** Distinct date texts kept parsed at once (see checkDate). */
const DATE_CACHE_LIMIT = 50_000;

export interface ParsedEventDates {
  date: NormalisedDate;
  until?: NormalisedDate;
}

export interface DateResult {
  drafts: ProblemDraft[];
  /** Parsed dates per file index of each event whose dates are valid (reused by the model). */
  eventDates: (ParsedEventDates | undefined)[];
}

export interface RuleResult {
  drafts: ProblemDraft[];
  /** Quotes to check against local source copies, grouped by source index. */
  quoteChecks: QuoteCheck[];
}

export interface QuoteCheck {
  sourceIndex: number;
  sourceId: string;
  textPath: string;
  quotes: { path: JsonPath; text: string }[];
}

/** Who names an unresolved id, for the message: an actor, an event, or a quote or position in an event (by the event's id). */
interface Owner {
  kind: 'actor' | 'event' | 'quote' | 'position';
  id: string;
}

const LIST_NAMES = ['sources', 'countries', 'actors', 'topics', 'events'] as const;
type ListName = (typeof LIST_NAMES)[number];

const SINGULAR: Record<ListName, string> = {
  sources: 'source',
  countries: 'country',
  actors: 'actor',
  topics: 'topic',
  events: 'event',
};

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function listOf(file: Plain, name: string): unknown[] {
  const list = file[name];
  return Array.isArray(list) ? list : [];
}

/** How many distinct unresolved ids get a "did you mean" suggestion. */
const MAX_SUGGESTED_IDS = 50;

const BUILT_IN_TYPES: readonly string[] = ['statement', 'call', 'meeting'];

// One character class after the host's first character, so the match is linear: the former
// /^https?:\/\/[^\s/?#]+[^\s]*$/ split the rest between two overlapping runs in every way
// before failing on a space (a 10,000-character address cost 300 ms; regex-linear.test.ts).
export const WEB_URL = /^https?:\/\/[^\s/?#]\S*$/i;

/**
 * Registers an id of a list, or reports it as a duplicate of the first with the same id (which
 * is the one that counts). `message` words it for a list whose ids matter in a particular way
 * (stories: links name them); by default it says the id is used twice and where it was first.
 */
export function recordId(
  seen: Map<string, number>,
  list: string,
  singular: string,
  id: string,
  index: number,
  drafts: ProblemDraft[],
  message: (id: string, firstLine: number) => string = (duplicate, firstLine) =>
    t('The {kind, select, source {source} country {country} actor {actor} topic {topic} type {type} other {event}} id {id} is used twice; it was first defined at line {line}. Give each {kind, select, source {source} country {country} actor {actor} topic {topic} type {type} other {event}} its own id.', { kind: singular, id: show(duplicate), line: firstLine }),
): void {
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, index);
    return;
  }
  drafts.push({
    severity: 'error',
    rule: 'duplicate-id',
    path: [list, index, 'id'],
    anchor: 'value',
    related: [[list, first, 'id']],
    message: (locate) => message(id, locate([list, first, 'id']).line),
  });
}

/**
 * The dates of every event and source, parsed and checked (they exist, and an end comes after
 * its date). The model depends on the events' dates and on no other rule, so the loader runs
 * these before building it and the others after (load.ts); the sources' dates come along, as
 * they share the parsed texts.
 */
export function checkDates(file: Plain): DateResult {
  const drafts: ProblemDraft[] = [];
  // Days recur across events (a million rows name a few thousand), and nothing changes a
  // parsed date, so each text is parsed once; the cache is emptied when it grows past
  // DATE_CACHE_LIMIT so a file of all-different timestamps cannot grow it without end.
  const parsedDates = new Map<string, NormalisedDate | DateError>();
  const checkDate = (value: unknown, list: ListName, index: number, field: string): NormalisedDate | undefined => {
    if (typeof value !== 'string') return undefined;
    let parsed = parsedDates.get(value);
    if (parsed === undefined) {
      if (parsedDates.size >= DATE_CACHE_LIMIT) parsedDates.clear();
      parsed = parseDate(value);
      parsedDates.set(value, parsed);
    }
    if ('error' in parsed) {
      drafts.push({ severity: 'error', rule: 'invalid-date', path: [list, index, field], anchor: 'value', message: parsed.error });
      return undefined;
    }
    return parsed;
  };

  for (const [index, source] of listOf(file, 'sources').entries()) {
    if (isPlain(source)) checkDate(source.published, 'sources', index, 'published');
  }

  const eventDates: (ParsedEventDates | undefined)[] = [];
  listOf(file, 'events').forEach((event, index) => {
    eventDates[index] = undefined;
    if (!isPlain(event)) return;
    const date = checkDate(event.date, 'events', index, 'date');
    const until = event.end === undefined ? undefined : checkDate(event.end, 'events', index, 'end');
    if (date && until && until.end <= date.start) {
      drafts.push({
        severity: 'error',
        rule: 'end-before-date',
        path: ['events', index, 'end'],
        anchor: 'value',
        message: t('The end {end} comes before the date {date}; swap them or correct one.', { end: show(until.text), date: show(date.text) }),
      });
    } else if (date && (event.end === undefined || until)) {
      eventDates[index] = until ? { date, until } : { date };
    }
  });
  return { drafts, eventDates };
}

/**
 * Every other semantic rule over a parsed file whose top level is an object: unique ids,
 * references that resolve, web URLs, types, the language tag and the warnings. The model does
 * not depend on them, so the loader may hand it over before they run; their errors still
 * refuse the file.
 */
export function checkRules(file: Plain): RuleResult {
  return runAtOnce(checkRulesInSteps(file));
}

/** Events checked per step of checkRulesInSteps: about 10 ms at a million events (1.9 s in all). */
const EVENTS_PER_STEP = 5_000;
/** Ids recorded per step. */
const IDS_PER_STEP = 50_000;

/** checkRules in steps (steps.ts), for a loader that gives way between them. */
export function* checkRulesInSteps(file: Plain): Steps<RuleResult> {
  const drafts: ProblemDraft[] = [];
  const ids = {} as Record<ListName, Map<string, number>>;

  // Ids: unique within each list; the first occurrence is the one that counts.
  for (const list of LIST_NAMES) {
    const seen = new Map<string, number>();
    ids[list] = seen;
    const items = listOf(file, list);
    for (let index = 0; index < items.length; index++) {
      if (index > 0 && index % IDS_PER_STEP === 0) yield;
      const item = items[index];
      if (isPlain(item) && typeof item.id === 'string') recordId(seen, list, SINGULAR[list], item.id, index, drafts);
    }
  }

  // Use flags per list index: one map lookup per reference, no set insertions.
  const used = {
    sources: new Uint8Array(listOf(file, 'sources').length),
    countries: new Uint8Array(listOf(file, 'countries').length),
    actors: new Uint8Array(listOf(file, 'actors').length),
    topics: new Uint8Array(listOf(file, 'topics').length),
  };
  const suggestions = new Map<string, string | undefined>();

  /** True when the reference resolves (and marks the target used). Allocates nothing: it runs for every reference. */
  const known = (list: Exclude<ListName, 'events'>, id: string): boolean => {
    const index = ids[list].get(id);
    if (index === undefined) return false;
    used[list][index] = 1;
    return true;
  };

  /** Reports a reference that does not resolve; true when it does. */
  const resolve = (list: Exclude<ListName, 'events'>, id: string, path: () => JsonPath, owner: () => Owner): boolean => {
    if (known(list, id)) return true;
    const key = `${list}\u0000${id}`;
    // Each suggestion compares with every known id: past a budget, none (a file with that many
    // distinct unknown ids has a bigger problem than typos, and the work would grow quadratically).
    if (!suggestions.has(key)) suggestions.set(key, suggestions.size < MAX_SUGGESTED_IDS ? closestId(id, ids[list].keys()) : undefined);
    const near = suggestions.get(key);
    const { kind, id: ownerId } = owner();
    const values = { owner: kind, ownerId, list, id: show(id) };
    drafts.push({
      severity: 'error',
      rule: 'unresolved-reference',
      path: path(),
      anchor: 'value',
      message: near
        ? t('{owner, select, actor {Actor {ownerId}} quote {A quote in event {ownerId}} position {A position in event {ownerId}} other {Event {ownerId}}} names {list, select, sources {source} countries {country} actors {actor} other {topic}} {id}, which is not in "{list}"; did you mean "{near}"?', { ...values, near })
        : t('{owner, select, actor {Actor {ownerId}} quote {A quote in event {ownerId}} position {A position in event {ownerId}} other {Event {ownerId}}} names {list, select, sources {source} countries {country} actors {actor} other {topic}} {id}, which is not in "{list}"; add it to "{list}" or correct the id.', values),
    });
    return false;
  };

  // The data's declared language: a tag the app cannot read is ignored, with a warning.
  if (typeof file.language === 'string' && !isWellFormedLanguageTag(file.language)) {
    drafts.push({
      severity: 'warning',
      rule: 'invalid-language-tag',
      path: ['language'],
      anchor: 'value',
      message: t('"language" is {tag}, which is not a BCP 47 language tag such as "uk", "ar" or "pt-BR"; the data\'s text is shown without a declared language until it is corrected.', { tag: show(file.language) }),
    });
  }

  // Sources: URLs.
  const sources = listOf(file, 'sources');
  sources.forEach((source, index) => {
    if (!isPlain(source)) return;
    if (typeof source.url === 'string' && !WEB_URL.test(source.url)) {
      drafts.push({
        severity: 'error',
        rule: 'url-not-http',
        path: ['sources', index, 'url'],
        anchor: 'value',
        message: t('The url {url} is not a web address; write one that starts with http:// or https:// (and has no spaces).', { url: show(source.url) }),
      });
    }
  });

  // Actors: their country.
  listOf(file, 'actors').forEach((actor, index) => {
    if (!isPlain(actor) || typeof actor.country !== 'string' || known('countries', actor.country)) return;
    resolve('countries', actor.country, () => ['actors', index, 'country'], () => ({ kind: 'actor', id: show(actor.id) }));
  });

  // Declared types: unique ids that do not shadow a built-in type.
  const declaredTypes = new Map<string, number>();
  listOf(file, 'types').forEach((type, index) => {
    if (!isPlain(type) || typeof type.id !== 'string') return;
    const id = type.id;
    if (BUILT_IN_TYPES.includes(id)) {
      drafts.push({
        severity: 'error',
        rule: 'built-in-type-declared',
        path: ['types', index, 'id'],
        anchor: 'value',
        message: t('{id} is a built-in event type and cannot be declared again; give the declared type another id.', { id: show(id) }),
      });
    } else {
      recordId(declaredTypes, 'types', 'type', id, index, drafts);
    }
  });

  // Events.
  const quotesBySource = new Map<number, QuoteCheck>();
  const events = listOf(file, 'events');
  for (let index = 0; index < events.length; index++) {
    if (index > 0 && index % EVENTS_PER_STEP === 0) yield;
    const event = events[index];
    if (!isPlain(event)) continue;
    const base: JsonPath = ['events', index];
    const owner = (): Owner => ({ kind: 'event', id: show(event.id) });

    if (typeof event.type === 'string' && !BUILT_IN_TYPES.includes(event.type) && !declaredTypes.has(event.type)) {
      const near = closestId(event.type, [...BUILT_IN_TYPES, ...declaredTypes.keys()]);
      const declared = declaredTypes.size === 0 ? '' : [...declaredTypes.keys()].slice(0, 8).map((id) => `"${id}"`).join(', ') + (declaredTypes.size > 8 ? ', …' : '');
      const values = { type: show(event.type), near: near ?? '', declared, hasDeclared: declared ? 'yes' : 'no' };
      drafts.push({
        severity: 'error',
        rule: 'unknown-value',
        path: [...base, 'type'],
        anchor: 'value',
        message: near
          ? t('Unknown type {type} (did you mean "{near}"?); use one of "statement", "call", "meeting", {hasDeclared, select, yes {or a type declared in "types" ({declared})} other {or declare it in "types"}}.', values)
          : t('Unknown type {type}; use one of "statement", "call", "meeting", {hasDeclared, select, yes {or a type declared in "types" ({declared})} other {or declare it in "types"}}.', values),
      });
    }

    // Without a list of actors (a schema error already), membership warnings would only add noise.
    const actorsKnown = Array.isArray(event.actors);
    const actorIds: string[] = [];
    if (Array.isArray(event.actors)) {
      const actors: unknown[] = event.actors;
      for (let actorIndex = 0; actorIndex < actors.length; actorIndex++) {
        const value = actors[actorIndex];
        if (typeof value !== 'string') continue;
        if (!actorIds.includes(value)) actorIds.push(value);
        if (!known('actors', value)) resolve('actors', value, () => [...base, 'actors', actorIndex], owner);
      }
    }
    if ((event.type === 'call' || event.type === 'meeting') && actorsKnown && actorIds.length < 2) {
      drafts.push({
        severity: 'warning',
        rule: 'too-few-participants',
        path: [...base, 'actors'],
        anchor: 'value',
        message: t('{type, select, call {This call has {actors, plural, =0 {no actors} one {one actor} other {# actors}}; a call has at least two participants, so name every one.} other {This meeting has {actors, plural, =0 {no actors} one {one actor} other {# actors}}; a meeting has at least two participants, so name every one.}}', { type: event.type, actors: actorIds.length }),
      });
    }

    let firstSource: string | undefined;
    let sourceCount = 0;
    if (Array.isArray(event.sources)) {
      const cited: unknown[] = event.sources;
      for (let sourceIndex = 0; sourceIndex < cited.length; sourceIndex++) {
        const value = cited[sourceIndex];
        if (typeof value !== 'string') continue;
        sourceCount++;
        firstSource ??= value;
        if (!known('sources', value)) resolve('sources', value, () => [...base, 'sources', sourceIndex], owner);
      }
    }
    if (sourceCount === 0 && (event.sources === undefined || Array.isArray(event.sources))) {
      drafts.push({
        severity: 'warning',
        rule: 'event-without-source',
        path: base,
        anchor: 'value',
        message: t('Event {id} cites no source; add "sources" with the id of the source that reports it.', { id: show(event.id) }),
      });
    }

    if (Array.isArray(event.quotes)) {
      event.quotes.forEach((quote, quoteIndex) => {
        if (!isPlain(quote)) return;
        const path = (): JsonPath => [...base, 'quotes', quoteIndex];
        const quoteOwner = (): Owner => ({ kind: 'quote', id: show(event.id) });
        if (typeof quote.actor === 'string' && (known('actors', quote.actor) || resolve('actors', quote.actor, () => [...path(), 'actor'], quoteOwner))) {
          if (actorsKnown && !actorIds.includes(quote.actor)) {
            drafts.push({
              severity: 'warning',
              rule: 'quote-actor-not-in-event',
              path: [...path(), 'actor'],
              anchor: 'value',
              message: t('The quote is by {actor}, who is not among the event\'s actors; add them to "actors" or correct the quote\'s actor.', { actor: show(quote.actor) }),
            });
          }
        }
        let sourceId: string | undefined;
        if (typeof quote.source === 'string') {
          if (known('sources', quote.source) || resolve('sources', quote.source, () => [...path(), 'source'], quoteOwner)) sourceId = quote.source;
        } else {
          sourceId = firstSource;
        }
        const sourceIndex = sourceId === undefined ? undefined : ids.sources.get(sourceId);
        const source = sourceIndex === undefined ? undefined : sources[sourceIndex];
        if (sourceId !== undefined && sourceIndex !== undefined && isPlain(source) && typeof source.text === 'string' && typeof quote.text === 'string') {
          let check = quotesBySource.get(sourceIndex);
          if (!check) {
            check = { sourceIndex, sourceId, textPath: source.text, quotes: [] };
            quotesBySource.set(sourceIndex, check);
          }
          check.quotes.push({ path: [...path(), 'text'], text: quote.text });
        }
      });
    }

    if (Array.isArray(event.positions)) {
      event.positions.forEach((position, positionIndex) => {
        if (!isPlain(position)) return;
        const path = (): JsonPath => [...base, 'positions', positionIndex];
        const positionOwner = (): Owner => ({ kind: 'position', id: show(event.id) });
        if (typeof position.actor === 'string' && (known('actors', position.actor) || resolve('actors', position.actor, () => [...path(), 'actor'], positionOwner))) {
          if (actorsKnown && !actorIds.includes(position.actor)) {
            drafts.push({
              severity: 'warning',
              rule: 'position-actor-not-in-event',
              path: [...path(), 'actor'],
              anchor: 'value',
              message: t('The position is taken by {actor}, who is not among the event\'s actors; add them to "actors" or correct the position\'s actor.', { actor: show(position.actor) }),
            });
          }
        }
        if (typeof position.topic === 'string' && !known('topics', position.topic)) resolve('topics', position.topic, () => [...path(), 'topic'], positionOwner);
      });
    }
  }

  // Entries nothing refers to: likely a typo elsewhere or a leftover.
  for (const list of ['sources', 'countries', 'actors', 'topics'] as const) {
    for (const [id, index] of ids[list]) {
      if (used[list][index] === 1) continue;
      drafts.push({
        severity: 'warning',
        rule: `unused-${SINGULAR[list]}`,
        path: [list, index, 'id'],
        anchor: 'value',
        message: t('{list, select, sources {The source {id} is never used: no event or quote cites it.} countries {The country {id} is never used: no actor belongs to it.} actors {The actor {id} is never used: no event, quote or position names it.} other {The topic {id} is never used: no position is about it.}} Remove it or refer to it.', { list, id: show(id) }),
      });
    }
  }

  return { drafts, quoteChecks: [...quotesBySource.values()] };
}
