// The Stanceline spreadsheet layout: the sheets, and each sheet's columns in order.
import { STORIES_LAYOUT } from './storiesSheet';
import type { ColumnSpec } from './sheet';

export const SHEET_NAMES = ['events', 'positions', 'quotes', 'actors', 'countries', 'topics', 'types', 'sources', 'dataset', 'periods', 'annotations', 'stories'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

export function isSheetName(name: string): name is SheetName {
  return (SHEET_NAMES as readonly string[]).includes(name);
}

export const SHEET_LAYOUTS: Readonly<Record<SheetName, readonly ColumnSpec[]>> = {
  events: [
    { header: 'id', kind: 'token', required: true },
    { header: 'type', kind: 'token', required: true },
    { header: 'date', kind: 'token', required: true },
    { header: 'end', kind: 'token' },
    { header: 'status', kind: 'token' },
    { header: 'dateNote', kind: 'text' },
    { header: 'actors', kind: 'list', required: true },
    { header: 'location', kind: 'text' },
    { header: 'title', kind: 'text', required: true },
    { header: 'summary', kind: 'text' },
    { header: 'sources', kind: 'list' },
    { header: 'tags', kind: 'list' },
    { header: 'codes', kind: 'codes' },
  ],
  positions: [
    { header: 'event', kind: 'token', required: true },
    { header: 'actor', kind: 'token', required: true },
    { header: 'topic', kind: 'token', required: true },
    { header: 'stance', kind: 'token', required: true },
    { header: 'summary', kind: 'text' },
  ],
  quotes: [
    { header: 'event', kind: 'token', required: true },
    { header: 'actor', kind: 'token', required: true },
    { header: 'text', kind: 'text', required: true },
    { header: 'source', kind: 'token' },
  ],
  actors: [
    { header: 'id', kind: 'token', required: true },
    { header: 'name', kind: 'text', required: true },
    { header: 'role', kind: 'text' },
    { header: 'country', kind: 'token' },
    { header: 'kind', kind: 'token' },
  ],
  countries: [
    { header: 'id', kind: 'token', required: true },
    { header: 'name', kind: 'text', required: true },
    { header: 'kind', kind: 'token' },
  ],
  topics: [
    { header: 'id', kind: 'token', required: true },
    { header: 'label', kind: 'text', required: true },
    { header: 'support', kind: 'text', required: true },
    { header: 'oppose', kind: 'text', required: true },
    { header: 'description', kind: 'text' },
  ],
  // Event types the dataset declares beyond statement, call and meeting.
  types: [
    { header: 'id', kind: 'token', required: true },
    { header: 'label', kind: 'text', required: true },
    { header: 'kind', kind: 'token', required: true },
    { header: 'description', kind: 'text' },
  ],
  sources: [
    { header: 'id', kind: 'token', required: true },
    { header: 'title', kind: 'text', required: true },
    { header: 'publisher', kind: 'text' },
    { header: 'published', kind: 'token' },
    { header: 'url', kind: 'token' },
    { header: 'note', kind: 'text' },
    { header: 'text', kind: 'token' },
  ],
  // Not one of the data file's lists: the file's own title and description, one row
  // (and its opening window, "view", as two dates).
  dataset: [
    { header: 'title', kind: 'text' },
    { header: 'description', kind: 'text' },
    { header: 'schema', kind: 'token' },
    { header: 'view_from', kind: 'token' },
    { header: 'view_to', kind: 'token' },
  ],
  // Spans and single dates drawn behind the lanes they concern (all lanes when both lists are empty).
  periods: [
    { header: 'label', kind: 'text', required: true },
    { header: 'start', kind: 'token', required: true },
    { header: 'end', kind: 'token', required: true },
    { header: 'note', kind: 'text' },
    { header: 'actors', kind: 'list' },
    { header: 'countries', kind: 'list' },
  ],
  annotations: [
    { header: 'label', kind: 'text', required: true },
    { header: 'date', kind: 'token', required: true },
    { header: 'note', kind: 'text' },
    { header: 'actors', kind: 'list' },
    { header: 'countries', kind: 'list' },
  ],
  stories: STORIES_LAYOUT,
};
