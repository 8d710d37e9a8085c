// Every change to the view state is one of these actions, applied by a pure reducer.
// Buttons, keys, the chart's callbacks and the URL all go through here, so the same
// behaviour is testable without React or a browser.
import type { Dataset } from '../model/types';
import { markTimeOf } from '../layout/marks';
import { constrainWindow, windowAround } from '../layout/navigation';
import { quantiseWindow } from './dates';
import type { AxisDirection, FacetMatch, Filters, Grouping, TimeWindow, ViewMode, ViewState } from './types';
import { EMPTY_FILTERS } from './types';
import { panByFraction, revealTime, zoomAround } from './window';

/** The filters that are lists of values. */
export type ListFilterKey = 'types' | 'statuses' | 'countries' | 'actors' | 'topics' | 'stances';

/** How an action is recorded in the browser history. */
export type HistoryRecord = 'push' | 'replace' | 'none';

export type ViewAction =
  | { type: 'setGrouping'; grouping: Grouping }
  | { type: 'toggleGroup'; groupId: string }
  | { type: 'setCollapsedGroups'; groupIds: readonly string[] }
  | { type: 'setFilter'; key: ListFilterKey; values: readonly string[] }
  | { type: 'toggleFilterValue'; key: ListFilterKey; value: string }
  | { type: 'setDateRange'; from: string | null; to: string | null }
  | { type: 'clearFilters' }
  | { type: 'setSearch'; query: string }
  | { type: 'stepMatch'; direction: 1 | -1; matchIds: readonly string[]; to?: string }
  | { type: 'select'; eventId: string | null }
  | { type: 'setWindow'; window: TimeWindow; record: 'push' | 'replace' }
  | { type: 'fitAll' }
  | { type: 'zoom'; factor: number; anchor: number }
  | { type: 'pan'; fraction: number }
  | { type: 'revealEvent'; eventId: string }
  | { type: 'zoomToSpan'; from: number; to: number }
  | { type: 'setMode'; mode: ViewMode }
  | { type: 'setTopic'; topic: string | null }
  | { type: 'setColorTopic'; topic: string | null }
  | { type: 'setAxisDirection'; axis: AxisDirection }
  | { type: 'setAlignmentDate'; day: string | null }
  | { type: 'setFacetMatch'; key: 'actors' | 'countries'; match: FacetMatch }
  | { type: 'setOnlyMatches'; only: boolean }
  | { type: 'restore'; state: ViewState };

// Action creators: the names the rest of the app reads.
export const setGrouping = (grouping: Grouping): ViewAction => ({ type: 'setGrouping', grouping });
export const toggleGroup = (groupId: string): ViewAction => ({ type: 'toggleGroup', groupId });
/** Collapse all (every group id) or expand all (none), as one change and one history entry. */
export const setCollapsedGroups = (groupIds: readonly string[]): ViewAction => ({ type: 'setCollapsedGroups', groupIds });
export const setFilter = <K extends ListFilterKey>(key: K, values: Filters[K]): ViewAction => ({ type: 'setFilter', key, values });
export const toggleFilterValue = <K extends ListFilterKey>(key: K, value: Filters[K][number]): ViewAction => ({
  type: 'toggleFilterValue',
  key,
  value,
});
export const setDateRange = (from: string | null, to: string | null): ViewAction => ({ type: 'setDateRange', from, to });
export const clearFilters = (): ViewAction => ({ type: 'clearFilters' });
export const setSearch = (query: string): ViewAction => ({ type: 'setSearch', query });
export const nextMatch = (matchIds: readonly string[]): ViewAction => ({ type: 'stepMatch', direction: 1, matchIds });
export const prevMatch = (matchIds: readonly string[]): ViewAction => ({ type: 'stepMatch', direction: -1, matchIds });
/** Makes a given match current (from the results list), panning to it like a step. */
export const stepToMatch = (eventId: string, matchIds: readonly string[]): ViewAction => ({ type: 'stepMatch', direction: 1, matchIds, to: eventId });
export const select = (eventId: string | null): ViewAction => ({ type: 'select', eventId });
/** A settled pan or zoom replaces the current history entry; a button press pushes one. */
export const setWindow = (window: TimeWindow, record: 'push' | 'replace' = 'replace'): ViewAction => ({
  type: 'setWindow',
  window,
  record,
});
export const fitAll = (): ViewAction => ({ type: 'fitAll' });
/** Zoom by `factor` (2 shows half the time) around `anchor` (0 left edge … 1 right edge). */
export const zoom = (factor: number, anchor = 0.5): ViewAction => ({ type: 'zoom', factor, anchor });
/** Pan by a share of the window's width (negative: towards the past). */
export const pan = (fraction: number): ViewAction => ({ type: 'pan', fraction });
/** Pan, only if needed, so the event's mark is in view. */
export const revealEvent = (eventId: string): ViewAction => ({ type: 'revealEvent', eventId });
/** Show [from, to] with a margin (opening a cluster). */
export const zoomToSpan = (from: number, to: number): ViewAction => ({ type: 'zoomToSpan', from, to });
export const setMode = (mode: ViewMode): ViewAction => ({ type: 'setMode', mode });
export const setTopic = (topic: string | null): ViewAction => ({ type: 'setTopic', topic });
/** Colour marks by stance on a topic, or (null) by event type. */
export const setColorTopic = (topic: string | null): ViewAction => ({ type: 'setColorTopic', topic });
/** Time along the chart's axis left to right, or right to left. */
export const setAxisDirection = (axis: AxisDirection): ViewAction => ({ type: 'setAxisDirection', axis });
/** The alignment table's date as an ISO day ("2023-01-01"), or null for the end of the window. */
export const setAlignmentDate = (day: string | null): ViewAction => ({ type: 'setAlignmentDate', day });
/** "All of" or "any of" for the chosen actors or countries. */
export const setFacetMatch = (key: 'actors' | 'countries', match: FacetMatch): ViewAction => ({ type: 'setFacetMatch', key, match });
/** The search as a filter (true) or as highlighting only (false). */
export const setOnlyMatches = (only: boolean): ViewAction => ({ type: 'setOnlyMatches', only });
export const restore = (state: ViewState): ViewAction => ({ type: 'restore', state });

/** Meaningful changes get their own history entry; settled windows replace it; restoring from history writes nothing. */
export function historyRecord(action: ViewAction): HistoryRecord {
  switch (action.type) {
    case 'restore':
      return 'none';
    case 'setWindow':
      return action.record;
    case 'pan':
    case 'revealEvent':
      return 'replace';
    default:
      return 'push';
  }
}

/** Actions typed key by key (search, dates) that should share one history entry while typing. */
export function isTypingAction(action: ViewAction): boolean {
  return action.type === 'setSearch' || action.type === 'setDateRange';
}

function withoutDuplicates(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((existing) => existing !== value) : [...values, value];
}

function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

/** Moves the window, keeping its span, so the interval is in the middle; unchanged when already visible. */
export function revealInterval(window: TimeWindow | null, start: number, end: number): TimeWindow | null {
  if (window === null) return null;
  const [from, to] = window;
  if (start >= from && end <= to) return window;
  const span = to - from;
  const middle = start + (end - start) / 2;
  return quantiseWindow([middle - span / 2, middle + span / 2]);
}

/** What an action may need beyond the state. */
export interface ViewContext {
  /** The data on screen: lets search steps and "reveal" find events. */
  dataset?: Dataset;
  /** The window shown now, even when the state says "fit all" (null): zoom and pan start from it. */
  shownWindow?: TimeWindow | null;
}

/** A window as the state keeps it: finite, within the allowed spans, edges rounded for the URL. */
function settledWindow(state: ViewState, window: TimeWindow): ViewState {
  const [start, end] = window;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return state;
  const next = quantiseWindow(constrainWindow(window));
  return sameWindow(state.window, next) ? state : { ...state, window: next };
}

/**
 * Applies an action. Returns the same object when nothing changes, so stores can skip
 * notifying.
 */
export function reduceView(state: ViewState, action: ViewAction, context: ViewContext = {}): ViewState {
  const { dataset } = context;
  const shown = state.window ?? context.shownWindow ?? null;
  switch (action.type) {
    case 'setGrouping':
      return state.grouping === action.grouping ? state : { ...state, grouping: action.grouping };
    case 'toggleGroup':
      return { ...state, collapsed: toggled(state.collapsed, action.groupId) };
    case 'setCollapsedGroups': {
      const collapsed = withoutDuplicates(action.groupIds);
      const same = collapsed.length === state.collapsed.length && collapsed.every((id) => state.collapsed.includes(id));
      return same ? state : { ...state, collapsed };
    }
    case 'setFilter':
      return { ...state, filters: { ...state.filters, [action.key]: withoutDuplicates(action.values) } };
    case 'toggleFilterValue':
      return { ...state, filters: { ...state.filters, [action.key]: toggled(state.filters[action.key], action.value) } };
    case 'setDateRange': {
      const from = action.from?.trim() || null;
      const to = action.to?.trim() || null;
      if (state.filters.from === from && state.filters.to === to) return state;
      return { ...state, filters: { ...state.filters, from, to } };
    }
    case 'clearFilters':
      return { ...state, filters: EMPTY_FILTERS };
    case 'setSearch':
      return state.search === action.query ? state : { ...state, search: action.query, currentMatch: null };
    case 'stepMatch': {
      const { matchIds, direction } = action;
      if (matchIds.length === 0) return state.currentMatch ? { ...state, currentMatch: null } : state;
      const at = state.currentMatch ? matchIds.indexOf(state.currentMatch) : -1;
      // From no current match, "next" starts at the first and "previous" at the last.
      const chosen = action.to !== undefined ? matchIds.indexOf(action.to) : -1;
      const next =
        chosen >= 0 ? chosen : at === -1 ? (direction === 1 ? 0 : matchIds.length - 1) : (at + direction + matchIds.length) % matchIds.length;
      const currentMatch = matchIds[next]!;
      const event = dataset?.eventById.get(currentMatch);
      const revealed = event && shown ? revealInterval(shown, event.start, event.end) : shown;
      const window = revealed === shown ? state.window : revealed;
      return { ...state, currentMatch, window };
    }
    case 'select':
      return state.selected === action.eventId ? state : { ...state, selected: action.eventId };
    case 'setWindow':
      return settledWindow(state, action.window);
    case 'fitAll':
      return state.window === null ? state : { ...state, window: null };
    case 'zoom':
      return shown ? settledWindow(state, zoomAround(shown, action.factor, action.anchor)) : state;
    case 'pan':
      return shown ? settledWindow(state, panByFraction(shown, action.fraction)) : state;
    case 'revealEvent': {
      const event = dataset?.eventById.get(action.eventId);
      if (!shown || !event) return state;
      const next = revealTime(shown, markTimeOf(event));
      return next[0] === shown[0] && next[1] === shown[1] ? state : settledWindow(state, next);
    }
    case 'zoomToSpan':
      return settledWindow(state, windowAround(action.from, action.to, 0.4));
    case 'setMode':
      return state.mode === action.mode ? state : { ...state, mode: action.mode };
    case 'setTopic':
      return state.topic === action.topic ? state : { ...state, topic: action.topic };
    case 'setAxisDirection':
      return (state.axis ?? 'ltr') === action.axis ? state : { ...state, axis: action.axis };
    case 'setColorTopic':
      return (state.colorTopic ?? null) === action.topic ? state : { ...state, colorTopic: action.topic };
    case 'setAlignmentDate':
      return (state.alignDate ?? null) === action.day ? state : { ...state, alignDate: action.day };
    case 'setFacetMatch': {
      const field = action.key === 'actors' ? 'actorsMatch' : 'countriesMatch';
      return state.filters[field] === action.match ? state : { ...state, filters: { ...state.filters, [field]: action.match } };
    }
    case 'setOnlyMatches':
      return (state.onlyMatches ?? false) === action.only ? state : { ...state, onlyMatches: action.only };
    case 'restore':
      return action.state;
  }
}
