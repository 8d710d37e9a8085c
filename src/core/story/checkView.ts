// A story step's view is the app's own query string. The app reads such a string leniently
// (url.ts drops what it does not understand, so a mangled link still opens); a step written
// by an author is read strictly instead: every parameter, id and date must mean something,
// or the step would silently show a different view from the one its caption describes.
import { EVENT_STATUSES, EVENT_TYPES, STANCES } from '../model/types';
import { closestId } from '../data/suggest';
import { show } from '../data/problems';
import { calendarInterval, parseInstant } from '../view/dates';
import { parseParams, VIEW_PARAMS } from '../view/url';
import { t } from '../i18n/translate';

/** The ids a step may name, by kind. */
export interface KnownIds {
  countries: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/** The longest view text read: far more than any real view, short enough to show in a message. */
export const MAX_VIEW_LENGTH = 2000;

const ENUMERATIONS: Readonly<Record<string, readonly string[]>> = {
  view: ['timeline', 'list', 'positions'],
  group: ['country-actor', 'actor', 'topic'],
  type: EVENT_TYPES,
  status: EVENT_STATUSES,
  stance: STANCES,
  actormatch: ['any', 'all'],
  countrymatch: ['any', 'all'],
  only: ['matches'],
  axis: ['ltr', 'rtl'],
};

/** `noun` picks the message's wording (a select: each language words it whole). */
const ID_LISTS: Readonly<Record<string, { kind: keyof KnownIds; noun: 'country' | 'actor' | 'topic' | 'event' }>> = {
  country: { kind: 'countries', noun: 'country' },
  actor: { kind: 'actors', noun: 'actor' },
  topic: { kind: 'topics', noun: 'topic' },
  sel: { kind: 'events', noun: 'event' },
  match: { kind: 'events', noun: 'event' },
  pos: { kind: 'topics', noun: 'topic' },
  color: { kind: 'topics', noun: 'topic' },
};

/** Parameters that name one value, not a list. */
const SINGLE = new Set(['view', 'group', 'from', 'to', 'since', 'until', 'q', 'match', 'sel', 'pos', 'color', 'at', 'actormatch', 'countrymatch', 'only', 'axis']);

function items(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((item) => item.trim()).filter((item) => item.length > 0);
}

function suggestion(wanted: string, candidates: Iterable<string>): string {
  const close = closestId(wanted, candidates);
  return close ? ` ${t('Did you mean {id}?', { id: show(close) })}` : '';
}

/**
 * What is wrong with a step's view, one sentence per mistake (empty when nothing is).
 * `view` is a query string, with or without its leading "?".
 */
export function checkStepView(view: string, known: KnownIds): string[] {
  if (view.length > MAX_VIEW_LENGTH) return [t('The view is {length, number} characters long; a view is at most {max, number}.', { length: view.length, max: MAX_VIEW_LENGTH })];
  const trimmed = view.trim();
  if (/^[a-z]+:\/\//i.test(trimmed) || trimmed.startsWith('/')) {
    return [t('Write only the query string of the address (the part from "?" on), not the whole address.')];
  }
  const params = parseParams(trimmed);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [name] of params) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (!(VIEW_PARAMS as readonly string[]).includes(name)) {
      problems.push(`${t('Unknown view parameter {name}.', { name: show(name) })}${suggestion(name, VIEW_PARAMS)} ${t('A view may set {names}.', { names: VIEW_PARAMS.join(', ') })}`);
      continue;
    }
    const values = params.getAll(name);
    if (SINGLE.has(name) && values.length > 1) problems.push(t('The parameter {name} is given {count, number} times; give it once.', { name: show(name), count: values.length }));
  }
  for (const [name, allowed] of Object.entries(ENUMERATIONS)) {
    for (const value of items(params.getAll(name))) {
      if (!allowed.includes(value)) problems.push(t('{value} is not a value of {name}; use one of {allowed}.', { value: show(value), name: show(name), allowed: allowed.join(', ') }));
    }
  }
  for (const [name, { kind, noun }] of Object.entries(ID_LISTS)) {
    for (const id of items(params.getAll(name))) {
      if (!known[kind].has(id)) {
        const message = t('{noun, select, country {No country} actor {No actor} topic {No topic} other {No event}} has the id {id} (parameter {name}).', { noun, id: show(id), name: show(name) });
        problems.push(`${message}${suggestion(id, known[kind])}`);
      }
    }
  }
  for (const id of items(params.getAll('collapsed'))) {
    // Lane groups are countries, actors or topics, depending on the grouping.
    if (!known.countries.has(id) && !known.actors.has(id) && !known.topics.has(id)) {
      problems.push(t('No country, actor or topic has the id {id} (parameter "collapsed").', { id: show(id) }));
    }
  }
  problems.push(...checkWindow(params.get('from'), params.get('to')));
  problems.push(...checkDateRange(params.get('since'), params.get('until')));
  if (params.get('match') !== null && !params.get('q')) problems.push(t('"match" steps through search results, so it needs a search ("q").'));
  return problems;
}

function checkWindow(from: string | null, to: string | null): string[] {
  if (from === null && to === null) return [];
  if (from === null || to === null) return [t('A window needs both "from" and "to"; this view gives only "{given}".', { given: from === null ? 'to' : 'from' })];
  const start = parseInstant(from);
  const end = parseInstant(to);
  const problems: string[] = [];
  const notAnInstant = (name: string, value: string) =>
    t('"{name}" is {value}, which is not a day such as 2025-02-10, or an instant such as 2025-02-10T14:30Z.', { name, value: show(value) });
  if (!Number.isFinite(start)) problems.push(notAnInstant('from', from));
  if (!Number.isFinite(end)) problems.push(notAnInstant('to', to));
  if (problems.length === 0 && start >= end) {
    problems.push(t('The window ends ({to}) before it starts ({from}); "to" is the instant the window ends, so it must come after "from".', { from, to }));
  }
  return problems;
}

function checkDateRange(since: string | null, until: string | null): string[] {
  const problems: string[] = [];
  const sinceInterval = since === null ? null : calendarInterval(since);
  const untilInterval = until === null ? null : calendarInterval(until);
  const notADate = (name: string, value: string) => t('"{name}" is {value}, which is not a date such as 2025, 2025-02 or 2025-02-12.', { name, value: show(value) });
  if (since !== null && !sinceInterval) problems.push(notADate('since', since));
  if (until !== null && !untilInterval) problems.push(notADate('until', until));
  if (sinceInterval && untilInterval && sinceInterval.start >= untilInterval.end) {
    problems.push(t('The date filter ends ({until}) before it starts ({since}).', { since: since!, until: until! }));
  }
  return problems;
}
