// What a picture's caption says, in words: the window it shows (exactly: a 2021 window is
// "2021", not "2020–2022"), every filter that is on, and a citation line. Pure text, so the
// SVG writer only places it. Data strings lose their bidi controls here: a caption is plain
// text that people copy into papers, so it carries neither overrides nor invisible isolates.
// Its words come from the catalogue (t(), in the page's language at export time) and its
// dates from the DateLocale the caller passes (English by default).
import { format } from 'date-fns';
import type { Dataset } from '../model/types';
import { stanceWord } from '../positions/wording';
import { utc } from '../time/utc';
import { ENGLISH_DATES } from '../time/dateLocale';
import type { DateLocale } from '../time/dateLocale';
import { t } from '../i18n/translate';
import { longDateWithoutWeekday } from '../time/format';
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
 * with times ("févr. 2025" in French). The end is exclusive: a window to 1 January 2022 ends in 2021.
 */
export function windowCaption(window: TimeWindow, dates: DateLocale = ENGLISH_DATES): string {
  const [start, end] = window;
  const last = end - 1;
  if (!inFourDigits(start) || !inFourDigits(last)) {
    const year = (ms: number) => {
      const y = new Date(ms).getUTCFullYear();
      return y <= 0 ? dates.beforeCommonEra(1 - y) : String(y);
    };
    return year(start) === year(last) ? year(start) : `${year(start)}–${year(last)}`;
  }
  const a = utcParts(start);
  const b = utcParts(end);
  const fmt = (ms: number, pattern: string) => format(ms, pattern, { in: utc, locale: dates.locale });
  const patterns = dates.patterns.short;
  if (a.midnight && b.midnight && a.day === 1 && b.day === 1) {
    if (a.month === 0 && b.month === 0) {
      const from = fmt(start, patterns.year);
      const to = fmt(last, patterns.year);
      return from === to ? from : `${from}–${to}`;
    }
    const from = fmt(start, patterns.month);
    const to = fmt(last, patterns.month);
    return from === to ? from : `${from} – ${to}`;
  }
  if (a.midnight && b.midnight) {
    const from = fmt(start, patterns.day);
    const to = fmt(last, patterns.day);
    return from === to ? from : `${from} – ${to}`;
  }
  return `${fmt(start, patterns.minute)} – ${fmt(end, patterns.minute)} UTC`;
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

/** The built-in types as a caption names them, in lower case mid-sentence. */
function builtInType(id: string): string | undefined {
  if (id === 'statement') return t('statement');
  if (id === 'call') return t('call');
  if (id === 'meeting') return t('meeting');
  return undefined;
}

function statusWord(status: string): string {
  if (status === 'planned') return t('planned');
  if (status === 'reported') return t('reported later');
  if (status === 'occurred') return t('occurred');
  return status;
}

function listed(names: readonly string[], match?: FacetMatch): string {
  const clean = names.map(withoutBidiControls);
  // Commas, semicolons and "and" are the language's (Arabic writes "،" and "؛").
  const text = clean.length <= 1 ? (clean[0] ?? '') : t('{names} and {last}', { names: clean.slice(0, -1).reduce((list, name) => t('{list}, {name}', { list, name })), last: clean[clean.length - 1]! });
  if (names.length < 2 || !match) return text;
  return match === 'all' ? t('all of {names}', { names: text }) : t('any of {names}', { names: text });
}

/**
 * Every filter that is on, in words, in the filter panel's order: "type call; countries:
 * all of United States and United Kingdom; search “Putin” (only matches)". Empty when none.
 */
export function filterCaptions(view: CaptionView, dataset: CaptionDataset): string[] {
  const { filters } = view;
  const parts: string[] = [];
  if (filters.types.length > 0) {
    const names = filters.types.map((id) => builtInType(id) ?? dataset.types.find((type) => type.id === id)?.label ?? id);
    parts.push(t('{count, plural, one {type: {names}} other {types: {names}}}', { count: filters.types.length, names: listed(names) }));
  }
  if (filters.statuses.length > 0) parts.push(t('status: {names}', { names: listed(filters.statuses.map(statusWord)) }));
  if (filters.countries.length > 0) {
    const names = filters.countries.map((id) => dataset.countryById.get(id)?.name ?? id);
    parts.push(t('{count, plural, one {country: {names}} other {countries: {names}}}', { count: filters.countries.length, names: listed(names, filters.countriesMatch) }));
  }
  if (filters.actors.length > 0) {
    const names = filters.actors.map((id) => dataset.actorById.get(id)?.name ?? id);
    parts.push(t('{count, plural, one {actor: {names}} other {actors: {names}}}', { count: filters.actors.length, names: listed(names, filters.actorsMatch) }));
  }
  const topicName = (id: string) => dataset.topicById.get(id)?.label ?? id;
  if (filters.topics.length > 0) parts.push(t('{count, plural, one {topic: {names}} other {topics: {names}}}', { count: filters.topics.length, names: listed(filters.topics.map(topicName)) }));
  if (filters.stances.length > 0) parts.push(t('{count, plural, one {stance: {names}} other {stances: {names}}}', { count: filters.stances.length, names: listed(filters.stances.map(stanceWord)) }));
  if (filters.from && filters.to) parts.push(t('dates: from {from} to {to}', { from: filters.from, to: filters.to }));
  else if (filters.from) parts.push(t('dates: from {from}', { from: filters.from }));
  else if (filters.to) parts.push(t('dates: to {to}', { to: filters.to }));
  const query = withoutBidiControls(view.search.trim());
  if (query) parts.push(view.onlyMatches ? t('search “{query}” (only matches shown)', { query }) : t('search “{query}” (matches highlighted)', { query }));
  if (view.topic) parts.push(t('positions on: {topic}', { topic: withoutBidiControls(topicName(view.topic)) }));
  if (view.colorTopic) parts.push(t('coloured by stance on: {topic}', { topic: withoutBidiControls(topicName(view.colorTopic)) }));
  return parts;
}

/** "Filters: …; …" or null when no filter is on. */
export function filterLine(view: CaptionView, dataset: CaptionDataset): string | null {
  const parts = filterCaptions(view, dataset);
  return parts.length > 0 ? t('Filters: {filters}', { filters: parts.reduce((list, filter) => t('{list}; {filter}', { list, filter })) }) : null;
}

/** "Cite as: <dataset>. Stanceline, <link> (accessed 2 December 2026)." */
export function citationLine(title: string, link: string, accessed: number, dates: DateLocale = ENGLISH_DATES): string {
  return t('Cite as: {title}. Stanceline, {link} (accessed {date}).', { title: withoutBidiControls(title), link, date: longDateWithoutWeekday(accessed, dates) });
}
