// Filters: checkboxes per kind, a date range at any precision, and "clear filters".
// On narrow screens the panel is a drawer opened from the toolbar.
import { formatNumber, t } from '../core/i18n/translate';
import { FORMAT_TEXT } from '../core/i18n/dataText';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { inertOutside } from './modal';
import { useAfterFirstFrame } from './useAfterFirstFrame';
import type { ReactNode } from 'react';
import { EVENT_STATUSES, STANCES } from '../core/model/types';
import type { Dataset } from '../core/model/types';
import type { ListFilterKey } from '../core/view/actions';
import { calendarInterval } from '../core/view/dates';
import type { FacetMatch, Filters } from '../core/view/types';
import { allFacetCounts, type AllFacetCounts, filtersAreEmpty } from '../core/view/filter';
import type { CountedFacet } from '../core/view/filter';
import { stanceWord } from '../core/positions/wording';
import { STATUS_LOOK, typesOf } from '../render/markStyles';
import { StanceGlyph } from './Glyph';
import { TypeGlyph } from './TypeLabel';

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
  match,
  onMatch,
  counting = false,
}: {
  title: string;
  filterKey: ListFilterKey;
  options: readonly Option[];
  chosen: readonly string[];
  onToggle: (key: ListFilterKey, value: string) => void;
  scrolls?: boolean;
  /** "Any of" / "all of" for this facet (countries and actors). */
  match?: FacetMatch | undefined;
  onMatch?: ((match: FacetMatch) => void) | undefined;
  /** The counts are still the previous filters': shown dimmed, the list marked busy. */
  counting?: boolean;
}) {
  const matchName = useId();
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
        {chosen.length > 0 && <span className="filter-active-count"> · {t('{count, number} chosen', { count: chosen.length })}</span>}
      </legend>
      {match && onMatch && (
        <div className="facet-match" role="radiogroup" aria-label={t('{facet}: events with', { facet: title })}>
          {(['any', 'all'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={matchName} value={value} checked={match === value} onChange={() => onMatch(value)} />
              {value === 'any' ? t('any of these') : t('all of these')}
            </label>
          ))}
        </div>
      )}
      <ul className={['check-list', scrolls ? 'scrolls' : '', counting ? 'counting' : ''].filter(Boolean).join(' ')} aria-busy={counting || undefined}>
        {shown.map((option) => (
          <li key={option.value}>
            <label>
              <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => onToggle(filterKey, option.value)} />
              <span className="check-label">{option.label}</span>
              {option.count !== undefined && <span className="check-count">{formatNumber(option.count)}</span>}
            </label>
          </li>
        ))}
      </ul>
      {collapsible && (
        <button type="button" className="link-button show-all-options" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('Show fewer') : t('Show all {count, number}', { count: options.length })}
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
      {/* The data format's dates, left to right in every language, as in the editor. */}
      <input
        id={id}
        type="text"
        {...FORMAT_TEXT}
        inputMode="numeric"
        placeholder={t('YYYY-MM-DD')}
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
        {invalid ? t('Use 2025, 2025-02 or 2025-02-12') : t('Year, month or day')}
      </span>
    </div>
  );
}

/** Which options exist at all (types, statuses and stances the data uses); one pass per dataset. */
function datasetTallies(dataset: Dataset) {
  const usedTypes = new Set<string>();
  const usedStatuses = new Set<string>();
  const usedStances = new Set<string>();
  for (const event of dataset.events) {
    usedTypes.add(event.typeId);
    usedStatuses.add(event.status);
    for (const stance of event.stances) usedStances.add(stance);
  }
  return { usedTypes, usedStatuses, usedStances };
}


/** One checkbox group per facet: the facets before the date range, and after it. */
interface Facet {
  title: string;
  filterKey: ListFilterKey;
  options: readonly Option[];
  /** Long lists (one entry per country, actor, topic) scroll inside the group. */
  scrolls?: boolean;
}

function facetsOf(dataset: Dataset, tallies: ReturnType<typeof datasetTallies>, counts: AllFacetCounts): { beforeDates: Facet[]; afterDates: Facet[] } {
  const { usedTypes, usedStatuses, usedStances } = tallies;
  const countOf = (facet: CountedFacet, id: string) => counts[facet].get(id) ?? 0;
  return {
    beforeDates: [
      {
        title: t('Type'),
        filterKey: 'types',
        options: typesOf(dataset).filter(({ id }) => usedTypes.has(id)).map(({ id, style }) => ({
          value: id,
          label: (
            <>
              <TypeGlyph type={id} dataset={dataset} /> {style.label}
            </>
          ),
          count: countOf('types', id),
        })),
      },
      {
        title: t('Status'),
        filterKey: 'statuses',
        options: EVENT_STATUSES.filter((status) => usedStatuses.has(status)).map((status) => ({
          value: status,
          label: STATUS_LOOK[status].label,
          count: countOf('statuses', status),
        })),
      },
    ],
    afterDates: [
      {
        title: t('Country'),
        filterKey: 'countries',
        scrolls: true,
        options: dataset.countries.map((country) => ({ value: country.id, label: country.name, count: countOf('countries', country.id) })),
      },
      {
        title: t('Actor'),
        filterKey: 'actors',
        scrolls: true,
        options: dataset.actors.map((actor) => ({ value: actor.id, label: actor.name, count: countOf('actors', actor.id) })),
      },
      {
        title: t('Topic'),
        filterKey: 'topics',
        scrolls: true,
        options: dataset.topics.map((topic) => ({ value: topic.id, label: topic.label, count: countOf('topics', topic.id) })),
      },
      {
        title: t('Stance (any position)'),
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
  onMatch: (key: 'actors' | 'countries', match: FacetMatch) => void;
  onDateRange: (from: string | null, to: string | null) => void;
  onClear: () => void;
  onClose: () => void;
  /** On narrow screens the panel is a drawer over the page: a modal dialog. */
  modal?: boolean;
}

/** The checkbox groups and the date range, with each option's count. */
function FilterGroups({ dataset, filters, onToggle, onMatch, onDateRange }: Pick<Props, 'dataset' | 'filters' | 'onToggle' | 'onMatch' | 'onDateRange'>) {
  const tallies = useMemo(() => datasetTallies(dataset), [dataset]);
  // Each option's count follows the other filters (core/view/filter.ts says how). Counted in a
  // render of their own after the chart has taken the new filters: at a million events each is
  // a pass over every event, and together with the chart's new plan they held the page for a
  // quarter of a second. Until then the counts are the previous filters', marked as updating.
  const countedFilters = useDeferredValue(filters);
  const counts = useMemo(() => allFacetCounts(dataset, countedFilters), [dataset, countedFilters]);
  const counting = countedFilters !== filters;
  const { beforeDates, afterDates } = useMemo(() => facetsOf(dataset, tallies, counts), [dataset, tallies, counts]);
  const group = (facet: Facet) => {
    const matchKey = facet.filterKey === 'actors' || facet.filterKey === 'countries' ? facet.filterKey : null;
    return (
      <CheckGroup
        key={facet.filterKey}
        title={facet.title}
        filterKey={facet.filterKey}
        options={facet.options}
        chosen={filters[facet.filterKey]}
        onToggle={onToggle}
        scrolls={facet.scrolls}
        match={matchKey ? filters[matchKey === 'actors' ? 'actorsMatch' : 'countriesMatch'] : undefined}
        onMatch={matchKey ? (match) => onMatch(matchKey, match) : undefined}
        counting={counting}
      />
    );
  };

  return (
    <>
      {beforeDates.map(group)}
      <fieldset className="filter-group">
        <legend>{t('Date range')}</legend>
        <div className="date-range">
          <DateInput label={t('From')} value={filters.from} onCommit={(from) => onDateRange(from, filters.to)} />
          <DateInput label={t('To')} value={filters.to} onCommit={(to) => onDateRange(filters.from, to)} />
        </div>
      </fieldset>
      {afterDates.map(group)}
    </>
  );
}

export function FilterPanel({ dataset, filters, open, onToggle, onMatch, onDateRange, onClear, onClose, modal = false }: Props) {
  const panelRef = useRef<HTMLElement>(null);
  const dialog = modal && open;
  // As a dialog: the page behind is inert, focus goes in, and returns to where it was (the Filters button) on close.
  useEffect(() => {
    const panel = panelRef.current;
    if (!dialog || !panel) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restore = inertOutside(panel);
    panel.querySelector<HTMLElement>('.filter-close')?.focus();
    return () => {
      restore();
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog]);
  // The groups (hundreds of checkboxes in a large dataset, and their counts) are drawn after
  // the chart's first frame, so that frame does not wait for them; a closed drawer draws them
  // when it first opens.
  const drawnOnce = useAfterFirstFrame();
  const [everOpen, setEverOpen] = useState(open);
  if (open && !everOpen) setEverOpen(true);
  const anyActive = !filtersAreEmpty(filters);
  return (
    // A section, which may take either role: an aside may not be a dialog.
    <section
      id="filter-panel"
      ref={panelRef}
      className={open ? 'filter-panel open' : 'filter-panel'}
      aria-label={t('Filters')}
      hidden={!open}
      role={dialog ? 'dialog' : 'complementary'}
      aria-modal={dialog ? true : undefined}
      onKeyDown={(keyEvent) => {
        if (dialog && keyEvent.key === 'Escape') {
          keyEvent.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="filter-head">
        <h2>{t('Filters')}</h2>
        <button type="button" onClick={onClear} disabled={!anyActive}>
          {t('Clear filters')}
        </button>
        <button type="button" className="icon-button filter-close" onClick={onClose} aria-label={t('Close filters')}>
          ×
        </button>
      </div>
      <p className="filter-note">{t('Counts: events with that option that pass your other choices.')}</p>
      {drawnOnce && everOpen && <FilterGroups dataset={dataset} filters={filters} onToggle={onToggle} onMatch={onMatch} onDateRange={onDateRange} />}
    </section>
  );
}
