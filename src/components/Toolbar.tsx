// The controls above the view: how lanes are grouped, zoom, which view, and the filter drawer's button.
import type { ReactNode } from 'react';
import type { Grouping, ViewMode } from '../core/view/types';

const GROUPINGS: ReadonlyArray<readonly [Grouping, string]> = [
  ['country-actor', 'Country › actor'],
  ['actor', 'Actor'],
  ['topic', 'Topic'],
];

const MODES: ReadonlyArray<readonly [ViewMode, string]> = [
  ['timeline', 'Timeline'],
  ['list', 'List'],
  ['positions', 'Positions'],
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
        Filters{activeFilterCount > 0 ? ` (${activeFilterCount})` : ''}
      </button>
      <Segmented legend="View" name="mode" options={MODES} value={mode} onChange={props.onModeChange} />
      {mode === 'timeline' && <Segmented legend="Lanes" name="grouping" options={GROUPINGS} value={grouping} onChange={props.onGroupingChange} />}
      {mode === 'timeline' && (
        <div className="zoom-buttons" role="group" aria-label="Zoom">
          <button type="button" className="icon-button" onClick={() => props.onZoom(2)} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="icon-button" onClick={() => props.onZoom(0.5)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={props.onFitAll}>
            Fit all
          </button>
        </div>
      )}
      {props.children}
    </div>
  );
}
