// The view state in the URL: short readable parameters, only the ones that differ
// from the default, so a copied link reopens the same view. Decoding never throws:
// a link typed or mangled by hand loses its bad parts and keeps the rest.
//
//   ?view=list&from=2025-02-10&to=2025-02-14&group=actor&collapsed=US
//   &type=call,meeting&status=planned&country=US&countrymatch=all&actor=trump&actormatch=all&topic=t1&stance=oppose
//   &since=2025-02&until=2025-03&q=nato&match=e1&sel=trump-putin-call&pos=t1&at=2025-02-12&color=t1
import { EVENT_STATUSES, EVENT_TYPES, STANCES } from '../model/types';
import type { Dataset } from '../model/types';
import { calendarInterval, formatInstant, parseInstant } from './dates';
import type { Filters, Grouping, TimeWindow, ViewMode, ViewState } from './types';
import { INITIAL_VIEW } from './types';

/** The parameter names this module owns; any others (such as `data`) belong to someone else. */
export const VIEW_PARAMS = [
  'view',
  'from',
  'to',
  'group',
  'collapsed',
  'type',
  'status',
  'country',
  'actor',
  'topic',
  'stance',
  'since',
  'until',
  'q',
  'match',
  'sel',
  'pos',
  'color',
  'at',
  'actormatch',
  'countrymatch',
  'only',
  'axis',
] as const;

/**
 * The part of the WHATWG URLSearchParams this module uses. The core compiles without
 * the DOM library, so it names the shape itself; browsers and Node both provide it.
 */
export interface ViewParams extends Iterable<[string, string]> {
  get(name: string): string | null;
  getAll(name: string): string[];
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  toString(): string;
}

const ParamsConstructor = (globalThis as unknown as { URLSearchParams: new (init?: string) => ViewParams }).URLSearchParams;

/** Parses a query string ("?a=1" or "a=1"). */
export function parseParams(query: string): ViewParams {
  return new ParamsConstructor(query);
}

/** Of an address's parameters, only the named ones (such as data= and lang=), for a link that carries them and a view of its own. */
export function keptParams(query: string, names: readonly string[]): ViewParams {
  const current = new ParamsConstructor(query);
  const kept = new ParamsConstructor();
  for (const name of names) {
    const value = current.get(name);
    if (value !== null) kept.set(name, value);
  }
  return kept;
}

const GROUPINGS: readonly Grouping[] = ['country-actor', 'actor', 'topic'];
const MODES: readonly ViewMode[] = ['timeline', 'list', 'positions'];

/** Ids are slugs; anything else in an id list is garbage. Commas separate list items, so ids never contain them. */
const ID = /^[\p{L}\p{N}_.:~-]{1,120}$/u;
const MAX_SEARCH_LENGTH = 500;

const LIST_PARAMS: ReadonlyArray<readonly [keyof Filters & ('types' | 'statuses' | 'countries' | 'actors' | 'topics' | 'stances'), string]> = [
  ['types', 'type'],
  ['statuses', 'status'],
  ['countries', 'country'],
  ['actors', 'actor'],
  ['topics', 'topic'],
  ['stances', 'stance'],
];

export function encodeView(state: ViewState): ViewParams {
  const params = new ParamsConstructor();
  if (state.mode !== INITIAL_VIEW.mode) params.set('view', state.mode);
  if (state.window) {
    params.set('from', formatInstant(state.window[0]));
    params.set('to', formatInstant(state.window[1]));
  }
  if (state.grouping !== INITIAL_VIEW.grouping) params.set('group', state.grouping);
  if (state.collapsed.length > 0) params.set('collapsed', state.collapsed.join(','));
  for (const [key, name] of LIST_PARAMS) {
    const values = state.filters[key];
    if (values.length > 0) params.set(name, values.join(','));
  }
  if (state.filters.countriesMatch === 'all') params.set('countrymatch', 'all');
  if (state.filters.actorsMatch === 'all') params.set('actormatch', 'all');
  if (state.filters.from) params.set('since', state.filters.from);
  if (state.filters.to) params.set('until', state.filters.to);
  if (state.search) params.set('q', state.search);
  if (state.onlyMatches) params.set('only', 'matches');
  if (state.currentMatch) params.set('match', state.currentMatch);
  if (state.selected) params.set('sel', state.selected);
  if (state.topic) params.set('pos', state.topic);
  if (state.colorTopic) params.set('color', state.colorTopic);
  if (state.alignDate) params.set('at', state.alignDate);
  if (state.axis === 'rtl') params.set('axis', 'rtl');
  return params;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function list(params: ViewParams, name: string): string[] {
  // Repeated parameters (?type=call&type=meeting) are read as well as comma lists.
  const items = params.getAll(name).flatMap((value) => value.split(','));
  return [...new Set(items.map((item) => item.trim()).filter((item) => item.length > 0))];
}

function ids(params: ViewParams, name: string, known?: ReadonlyMap<string, unknown>): string[] {
  return list(params, name).filter((id) => ID.test(id) && (!known || known.has(id)));
}

/** The id the parameter names, when it is spelt as an id and `known` (asked only then) has it. */
function oneId(params: ViewParams, name: string, known?: () => ReadonlyMap<string, unknown> | undefined): string | null {
  const value = params.get(name);
  if (value === null || !ID.test(value)) return null;
  const ids = known?.();
  return !ids || ids.has(value) ? value : null;
}

function readWindow(params: ViewParams): TimeWindow | null {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null || to === null) return null;
  const start = parseInstant(from);
  const end = parseInstant(to);
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? [start, end] : null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An alignment date: a calendar day written YYYY-MM-DD that exists. */
function isoDay(value: string | null): string | null {
  return value !== null && ISO_DAY.test(value) && calendarInterval(value) ? value : null;
}

function calendarDate(value: string | null): string | null {
  return value !== null && calendarInterval(value) ? value : null;
}

/**
 * Reads a view state from URL parameters. Values that are not understood are dropped;
 * with a dataset, ids that name nothing in it are dropped too.
 */
export function decodeView(params: ViewParams, dataset?: Dataset): ViewState {
  const filters: Filters = {
    // Built-in types, and the dataset's declared ones (any id-like value until the dataset is known).
    types: list(params, 'type').filter((value) => oneOf(value, EVENT_TYPES) !== undefined || (ID.test(value) && (!dataset || dataset.typeById.has(value)))),
    statuses: list(params, 'status').filter((value) => oneOf(value, EVENT_STATUSES) !== undefined) as Filters['statuses'],
    countries: ids(params, 'country', dataset?.countryById),
    actors: ids(params, 'actor', dataset?.actorById),
    countriesMatch: params.get('countrymatch') === 'all' ? 'all' : 'any',
    actorsMatch: params.get('actormatch') === 'all' ? 'all' : 'any',
    topics: ids(params, 'topic', dataset?.topicById),
    stances: list(params, 'stance').filter((value) => oneOf(value, STANCES) !== undefined) as Filters['stances'],
    from: calendarDate(params.get('since')),
    to: calendarDate(params.get('until')),
  };
  const search = (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH);
  return {
    mode: oneOf(params.get('view'), MODES) ?? INITIAL_VIEW.mode,
    window: readWindow(params),
    grouping: oneOf(params.get('group'), GROUPINGS) ?? INITIAL_VIEW.grouping,
    // Group ids depend on the grouping (countries, actors, topics), so only their spelling is checked.
    collapsed: ids(params, 'collapsed'),
    filters,
    search,
    currentMatch: search ? oneId(params, 'match', () => dataset?.eventById) : null,
    onlyMatches: params.get('only') === 'matches',
    selected: oneId(params, 'sel', () => dataset?.eventById),
    topic: oneId(params, 'pos', () => dataset?.topicById),
    colorTopic: oneId(params, 'color', () => dataset?.topicById),
    alignDate: isoDay(params.get('at')),
    axis: params.get('axis') === 'rtl' ? 'rtl' : 'ltr',
  };
}

/** The query string for a state, keeping parameters the view does not own (such as `data`). */
export function viewSearchString(state: ViewState, current: ViewParams): string {
  const params = new ParamsConstructor();
  for (const [name, value] of current) {
    if (!(VIEW_PARAMS as readonly string[]).includes(name)) params.append(name, value);
  }
  for (const [name, value] of encodeView(state)) params.set(name, value);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
