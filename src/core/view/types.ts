// The view state: everything that decides what the user sees, in one value.
// It is mirrored in the URL (see url.ts) so a copied link reopens the same view.
import type { EventStatus, Stance } from '../model/types';

/** How lanes are formed: by country then actor (default), by actor alone, or by topic. */
export type Grouping = 'country-actor' | 'actor' | 'topic';

/** Which main screen is showing. */
export type ViewMode = 'timeline' | 'list' | 'positions';

/** A time window in ms since epoch (UTC), start < end. */
export type TimeWindow = readonly [number, number];

/** How the chosen values of one facet combine: events with any of them, or with all of them. */
export type FacetMatch = 'any' | 'all';

/** Which way time runs along the chart's axis: left to right (the default in every language) or right to left. */
export type AxisDirection = 'ltr' | 'rtl';

/** Empty lists mean "no restriction". */
export interface Filters {
  /** Built-in types and the dataset's declared type ids. */
  types: readonly string[];
  statuses: readonly EventStatus[];
  countries: readonly string[];
  actors: readonly string[];
  /** "all": events that involve every chosen country ("calls between X and Y"); "any": at least one. */
  countriesMatch: FacetMatch;
  /** "all": events with every chosen actor; "any": at least one. */
  actorsMatch: FacetMatch;
  topics: readonly string[];
  stances: readonly Stance[];
  /** Inclusive date range as ISO text at any precision ("2025", "2025-02-12"), or null for open. */
  from: string | null;
  to: string | null;
}

export interface ViewState {
  mode: ViewMode;
  /** null means "fit everything that is shown". */
  window: TimeWindow | null;
  grouping: Grouping;
  /** Ids of collapsed lane groups. */
  collapsed: readonly string[];
  filters: Filters;
  search: string;
  /** Event id of the selected event, or null. */
  selected: string | null;
  /** Topic id for the positions view, or null. */
  topic: string | null;
  /** Event id of the search match being stepped to (emphasised, panned to), or null. Optional so older literals still type-check. */
  currentMatch?: string | null;
  /** Marks coloured by stance on this topic; null (or absent) colours them by event type. */
  colorTopic?: string | null;
  /** The alignment table's date as an ISO day ("2023-01-01"), or null for the end of the window. Optional like currentMatch. */
  alignDate?: string | null;
  /** The search as a filter: only the matches show, in every view and export. Optional like currentMatch. */
  onlyMatches?: boolean;
  /** Time running right to left along the chart (`axis=rtl`); left to right when absent. Optional like currentMatch. */
  axis?: AxisDirection;
}

export const EMPTY_FILTERS: Filters = {
  types: [],
  statuses: [],
  countries: [],
  actors: [],
  countriesMatch: 'any',
  actorsMatch: 'any',
  topics: [],
  stances: [],
  from: null,
  to: null,
};

export const INITIAL_VIEW: ViewState = {
  mode: 'timeline',
  window: null,
  grouping: 'country-actor',
  collapsed: [],
  filters: EMPTY_FILTERS,
  search: '',
  selected: null,
  topic: null,
  currentMatch: null,
  colorTopic: null,
  alignDate: null,
  onlyMatches: false,
  axis: 'ltr',
};
