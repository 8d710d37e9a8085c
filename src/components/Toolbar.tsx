// The controls above the view: how lanes are grouped, zoom, which view, and the filter drawer's button.
import { t } from '../core/i18n/translate';
import type { ReactNode } from 'react';
import type { Grouping, ViewMode } from '../core/view/types';

// Functions, not constants: the words are the active language's at each render.
const groupings = (): ReadonlyArray<readonly [Grouping, string]> => [
  ['country-actor', t('Country › actor')],
  ['actor', t('Actor')],
  ['topic', t('Topic')],
];

const modes = (): ReadonlyArray<readonly [ViewMode, string]> => [
  ['timeline', t('Timeline')],
  ['list', t('List')],
  ['positions', t('Positions')],
];

function Segmented<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: ReadonlyArray<readonly [T, string]>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div className="segmented-options">
        {options.map(([optionValue, label]) => (
          <label key={optionValue} className={optionValue === value ? 'checked' : undefined}>
            <input type="radio" name={name} value={optionValue} checked={optionValue === value} onChange={() => onChange(optionValue)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface Props {
  mode: ViewMode;
  grouping: Grouping;
  filtersOpen: boolean;
  activeFilterCount: number;
  onModeChange: (mode: ViewMode) => void;
  onGroupingChange: (grouping: Grouping) => void;
  onZoom: (factor: number) => void;
  onFitAll: () => void;
  onToggleFilters: () => void;
  children?: ReactNode;
}

export function Toolbar(props: Props) {
  const { mode, grouping, filtersOpen, activeFilterCount } = props;
  return (
    <div className="toolbar">
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="filter-panel"
        onClick={props.onToggleFilters}
      >
        {activeFilterCount > 0 ? t('Filters ({count, number})', { count: activeFilterCount }) : t('Filters')}
      </button>
      <Segmented legend={t('View')} name="mode" options={modes()} value={mode} onChange={props.onModeChange} />
      {mode === 'timeline' && <Segmented legend={t('Lanes')} name="grouping" options={groupings()} value={grouping} onChange={props.onGroupingChange} />}
      {mode === 'timeline' && (
        <div className="zoom-buttons" role="group" aria-label={t('Zoom')}>
          <button type="button" className="icon-button" onClick={() => props.onZoom(2)} aria-label={t('Zoom in')}>
            +
          </button>
          <button type="button" className="icon-button" onClick={() => props.onZoom(0.5)} aria-label={t('Zoom out')}>
            −
          </button>
          <button type="button" onClick={props.onFitAll}>
            {t('Fit all')}
          </button>
        </div>
      )}
      {props.children}
    </div>
  );
}
