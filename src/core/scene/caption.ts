// What a picture's caption says, in words: the window it shows (exactly: a 2021 window is
// "2021", not "2020–2022"), every filter that is on, and a citation line. Pure text, so the
// SVG writer only places it. Data strings lose their bidi controls here: a caption is plain
// text that people copy into papers, so it carries neither overrides nor invisible isolates.
import { format } from 'date-fns';
import type { Dataset } from '../model/types';
import { stanceWord } from '../positions/wording';
import { utc } from '../time/utc';
import type { FacetMatch, Filters, TimeWindow } from '../view/types';

const DAY_MS = 86_400_000;

/** Bidi embeddings, overrides, isolates and marks (U+200E/F, U+202A–E, U+2066–9): never copied into a caption. */
export function withoutBidiControls(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

function utcParts(ms: number): { year: number; month: number; day: number; midnight: boolean } {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate(), midnight: ms % DAY_MS === 0 };
}

const inFourDigits = (ms: number) => {
  const year = new Date(ms).getUTCFullYear();
  return year >= 1 && year <= 9999;
};

/**
 * The window [start, end) as a caption says it, at the coarsest unit its edges fall on:
 * "2021", "2019–2021", "Feb 2025", "Nov 2024 – Feb 2025", "10 Feb 2025 – 17 Feb 2025", or
 * with times. The end is exclusive: a window to 1 January 2022 ends in 2021.
 */
export function windowCaption(window: TimeWindow): string {
  const [start, end] = window;
  const last = end - 1;
  if (!inFourDigits(start) || !inFourDigits(last)) {
    const year = (ms: number) => {
      const y = new Date(ms).getUTCFullYear();
      return y <= 0 ? `${1 - y} BCE` : String(y);
    };
    return year(start) === year(last) ? year(start) : `${year(start)}–${year(last)}`;
  }
  const a = utcParts(start);
  const b = utcParts(end);
  const fmt = (ms: number, pattern: string) => format(ms, pattern, { in: utc });
  if (a.midnight && b.midnight && a.day === 1 && b.day === 1) {
    if (a.month === 0 && b.month === 0) {
      const from = fmt(start, 'yyyy');
      const to = fmt(last, 'yyyy');
      return from === to ? from : `${from}–${to}`;
    }
    const from = fmt(start, 'MMM yyyy');
    const to = fmt(last, 'MMM yyyy');
    return from === to ? from : `${from} – ${to}`;
  }
  if (a.midnight && b.midnight) {
    const from = fmt(start, 'd MMM yyyy');
    const to = fmt(last, 'd MMM yyyy');
    return from === to ? from : `${from} – ${to}`;
  }
  return `${fmt(start, 'd MMM yyyy, HH:mm')} – ${fmt(end, 'd MMM yyyy, HH:mm')} UTC`;
}

export interface CaptionView {
  filters: Filters;
  search: string;
  /** The search narrows what is shown (true), or only highlights (false). */
  onlyMatches?: boolean;
  /** The positions view's topic, or null. */
  topic?: string | null;
  /** Marks coloured by stance on this topic, or null. */
  colorTopic?: string | null;
}

type CaptionDataset = Pick<Dataset, 'types' | 'countryById' | 'actorById' | 'topicById'>;

const BUILT_IN_TYPES: Readonly<Record<string, string>> = { statement: 'statement', call: 'call', meeting: 'meeting' };

function listed(names: readonly string[], match?: FacetMatch): string {
  const clean = names.map(withoutBidiControls);
  const text = clean.length <= 1 ? (clean[0] ?? '') : `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1]}`;
  if (names.length < 2 || !match) return text;
  return `${match === 'all' ? 'all of' : 'any of'} ${text}`;
}

/**
 * Every filter that is on, in words, in the filter panel's order: "type call; countries:
 * all of United States and United Kingdom; search “Putin” (only matches)". Empty when none.
 */
export function filterCaptions(view: CaptionView, dataset: CaptionDataset): string[] {
  const { filters } = view;
  const parts: string[] = [];
  if (filters.types.length > 0) {
    const names = filters.types.map((id) => BUILT_IN_TYPES[id] ?? dataset.types.find((type) => type.id === id)?.label ?? id);
    parts.push(`${filters.types.length === 1 ? 'type' : 'types'}: ${listed(names)}`);
  }
  if (filters.statuses.length > 0) parts.push(`status: ${listed(filters.statuses)}`);
  if (filters.countries.length > 0) {
    const names = filters.countries.map((id) => dataset.countryById.get(id)?.name ?? id);
    parts.push(`${filters.countries.length === 1 ? 'country' : 'countries'}: ${listed(names, filters.countriesMatch)}`);
  }
  if (filters.actors.length > 0) {
    const names = filters.actors.map((id) => dataset.actorById.get(id)?.name ?? id);
    parts.push(`${filters.actors.length === 1 ? 'actor' : 'actors'}: ${listed(names, filters.actorsMatch)}`);
  }
  const topicName = (id: string) => dataset.topicById.get(id)?.label ?? id;
  if (filters.topics.length > 0) parts.push(`${filters.topics.length === 1 ? 'topic' : 'topics'}: ${listed(filters.topics.map(topicName))}`);
  if (filters.stances.length > 0) parts.push(`${filters.stances.length === 1 ? 'stance' : 'stances'}: ${listed(filters.stances.map(stanceWord))}`);
  if (filters.from || filters.to) parts.push(`dates: ${filters.from ? `from ${filters.from}` : ''}${filters.from && filters.to ? ' ' : ''}${filters.to ? `to ${filters.to}` : ''}`);
  const query = view.search.trim();
  if (query) parts.push(`search “${withoutBidiControls(query)}”${view.onlyMatches ? ' (only matches shown)' : ' (matches highlighted)'}`);
  if (view.topic) parts.push(`positions on: ${withoutBidiControls(topicName(view.topic))}`);
  if (view.colorTopic) parts.push(`coloured by stance on: ${withoutBidiControls(topicName(view.colorTopic))}`);
  return parts;
}

/** "Filters: …; …" or null when no filter is on. */
export function filterLine(view: CaptionView, dataset: CaptionDataset): string | null {
  const parts = filterCaptions(view, dataset);
  return parts.length > 0 ? `Filters: ${parts.join('; ')}` : null;
}

/** "Cite as: <dataset>. Stanceline, <link> (accessed 2 December 2026)." */
export function citationLine(title: string, link: string, accessed: number): string {
  return `Cite as: ${withoutBidiControls(title)}. Stanceline, ${link} (accessed ${format(accessed, 'd MMMM yyyy', { in: utc })}).`;
}
