// Filters: checkboxes per kind, a date range at any precision, and "clear filters".
// On narrow screens the panel is a drawer opened from the toolbar.
import { useEffect, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { EVENT_STATUSES, STANCES } from '../core/model/types';
import type { Dataset } from '../core/model/types';
import type { ListFilterKey } from '../core/view/actions';
import { calendarInterval } from '../core/view/dates';
import type { Filters } from '../core/view/types';
import { stanceWord } from '../core/positions/wording';
import { STATUS_LOOK, typesOf } from '../render/markStyles';
import { StanceGlyph } from './Glyph';
import { TypeGlyph } from './TypeLabel';
import { formatCount } from '../core/text/formatCount';

interface Option {
  value: string;
  label: ReactNode;
  count?: number;
}

/**
 * A list longer than COLLAPSE_ABOVE options (a dataset's 200 actors) first shows
 * COLLAPSED_OPTIONS of them, every chosen one too, and a button for the rest: the full
 * lists were four fifths of the page's elements, and building and laying them out was a
 * good part of the first render after the data arrived (docs/performance.md). The scroll
 * box shows about eight rows at a time either way.
 */
const COLLAPSED_OPTIONS = 20;
const COLLAPSE_ABOVE = 30;

function CheckGroup({
  title,
  filterKey,
  options,
  chosen,
  onToggle,
  scrolls = false,
}: {
  title: string;
  filterKey: ListFilterKey;
  options: readonly Option[];
  chosen: readonly string[];
  onToggle: (key: ListFilterKey, value: string) => void;
  scrolls?: boolean;
}) {
  const [showAll, setShowAll] = useState(false);
  const collapsible = options.length > COLLAPSE_ABOVE;
  const shown = useMemo(() => {
    if (!collapsible || showAll) return options;
    const chosenSet = new Set(chosen);
    return options.filter((option, index) => index < COLLAPSED_OPTIONS || chosenSet.has(option.value));
  }, [options, chosen, collapsible, showAll]);
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>
        {title}
        {chosen.length > 0 && <span className="filter-active-count"> · {chosen.length} chosen</span>}
      </legend>
      <ul className={scrolls ? 'check-list scrolls' : 'check-list'}>
        {shown.map((option) => (
          <li key={option.value}>
            <label>
              <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => onToggle(filterKey, option.value)} />
              <span className="check-label">{option.label}</span>
              {option.count !== undefined && <span className="check-count">{formatCount(option.count)}</span>}
            </label>
          </li>
        ))}
      </ul>
      {collapsible && (
        <button type="button" className="link-button show-all-options" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${formatCount(options.length)}`}
        </button>
      )}
    </fieldset>
  );
}

function DateInput({ label, value, onCommit }: { label: string; value: string | null; onCommit: (value: string | null) => void }) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const invalid = text.trim() !== '' && !calendarInterval(text);
  const commit = () => {
    if (!invalid) onCommit(text.trim() || null);
  };
  return (
    <div className="date-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(changeEvent) => setText(changeEvent.target.value)}
        onBlur={commit}
        onKeyDown={(keyEvent) => {
          if (keyEvent.key === 'Enter') commit();
        }}
      />
      <span id={`${id}-hint`} className={invalid ? 'input-hint invalid' : 'input-hint'}>
        {invalid ? 'Use 2025, 2025-02 or 2025-02-12' : 'Year, month or day'}
      </span>
    </div>
  );
}

/** Counts shown beside the options; one pass per dataset. */
function datasetTallies(dataset: Dataset) {
  const typeCounts = new Map<string, number>();
  const statusCounts = new Map<string, number>();
  const usedStances = new Set<string>();
  for (const event of dataset.events) {
    typeCounts.set(event.typeId, (typeCounts.get(event.typeId) ?? 0) + 1);
    statusCounts.set(event.status, (statusCounts.get(event.status) ?? 0) + 1);
    for (const position of event.record.positions ?? []) usedStances.add(position.stance);
  }
  return { typeCounts, statusCounts, usedStances };
}

/** One checkbox group per facet: the facets before the date range, and after it. */
interface Facet {
  title: string;
  filterKey: ListFilterKey;
  options: readonly Option[];
  /** Long lists (one entry per country, actor, topic) scroll inside the group. */
  scrolls?: boolean;
}

function facetsOf(dataset: Dataset, tallies: ReturnType<typeof datasetTallies>): { beforeDates: Facet[]; afterDates: Facet[] } {
  const { typeCounts, statusCounts, usedStances } = tallies;
  const countOf = (map: ReadonlyMap<string, readonly number[]>, id: string) => map.get(id)?.length ?? 0;
  return {
    beforeDates: [
      {
        title: 'Type',
        filterKey: 'types',
        options: typesOf(dataset).filter(({ id }) => typeCounts.has(id)).map(({ id, style }) => ({
          value: id,
          label: (
            <>
              <TypeGlyph type={id} dataset={dataset} /> {style.label}
            </>
          ),
          count: typeCounts.get(id) ?? 0,
        })),
      },
      {
        title: 'Status',
        filterKey: 'statuses',
        options: EVENT_STATUSES.filter((status) => statusCounts.has(status)).map((status) => ({
          value: status,
          label: STATUS_LOOK[status].label,
          count: statusCounts.get(status) ?? 0,
        })),
      },
    ],
    afterDates: [
      {
        title: 'Country',
        filterKey: 'countries',
        scrolls: true,
        options: dataset.countries.map((country) => ({ value: country.id, label: country.name, count: countOf(dataset.eventsByCountry, country.id) })),
      },
      {
        title: 'Actor',
        filterKey: 'actors',
        scrolls: true,
        options: dataset.actors.map((actor) => ({ value: actor.id, label: actor.name, count: countOf(dataset.eventsByActor, actor.id) })),
      },
      {
        title: 'Topic',
        filterKey: 'topics',
        scrolls: true,
        options: dataset.topics.map((topic) => ({ value: topic.id, label: topic.label, count: countOf(dataset.eventsByTopic, topic.id) })),
      },
      {
        title: 'Stance (any position)',
        filterKey: 'stances',
        options: STANCES.filter((stance) => usedStances.has(stance)).map((stance) => ({
          value: stance,
          label: (
            <>
              <StanceGlyph stance={stance} /> {stanceWord(stance)}
            </>
          ),
        })),
      },
    ],
  };
}

interface Props {
  dataset: Dataset;
  filters: Filters;
  open: boolean;
  onToggle: (key: ListFilterKey, value: string) => void;
  onDateRange: (from: string | null, to: string | null) => void;
  onClear: () => void;
  onClose: () => void;
}

export function FilterPanel({ dataset, filters, open, onToggle, onDateRange, onClear, onClose }: Props) {
  const { beforeDates, afterDates } = useMemo(() => facetsOf(dataset, datasetTallies(dataset)), [dataset]);
  const anyActive = Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== null));
  const group = (facet: Facet) => (
    <CheckGroup key={facet.filterKey} title={facet.title} filterKey={facet.filterKey} options={facet.options} chosen={filters[facet.filterKey]} onToggle={onToggle} scrolls={facet.scrolls} />
  );

  return (
    <aside id="filter-panel" className={open ? 'filter-panel open' : 'filter-panel'} aria-label="Filters" hidden={!open}>
      <div className="filter-head">
        <h2>Filters</h2>
        <button type="button" onClick={onClear} disabled={!anyActive}>
          Clear filters
        </button>
        <button type="button" className="icon-button filter-close" onClick={onClose} aria-label="Close filters">
          ×
        </button>
      </div>
      {beforeDates.map(group)}
      <fieldset className="filter-group">
        <legend>Date range</legend>
        <div className="date-range">
          <DateInput label="From" value={filters.from} onCommit={(from) => onDateRange(from, filters.to)} />
          <DateInput label="To" value={filters.to} onCommit={(to) => onDateRange(filters.from, to)} />
        </div>
      </fieldset>
      {afterDates.map(group)}
    </aside>
  );
}
