// The search as a filter and as a list: "Show only matches" narrows every view (and the
// exports) to the matches, and the results list names each match (title, date, actors),
// marks the current one and opens any of them.
import { currentDates, t } from '../core/i18n/translate';
import { useId, useState } from 'react';
import type { Dataset } from '../core/model/types';
import { formatEventDate } from '../core/time/format';
import { dataTextProps } from '../core/i18n/dataText';

interface Props {
  dataset: Dataset;
  matchIds: readonly string[];
  currentMatchId: string | null;
  onlyMatches: boolean;
  onOnlyMatchesChange: (only: boolean) => void;
  /** Makes the match current and opens its details. */
  onOpen: (eventId: string) => void;
}

/** Past this many rows the list says how many more there are: step with ‹ › or narrow the search. */
const MAX_ROWS = 200;

export function SearchResults({ dataset, matchIds, currentMatchId, onlyMatches, onOnlyMatchesChange, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const dataText = dataTextProps(dataset);
  const actorNames = (ids: readonly string[]) => ids.map((id) => dataset.actorById.get(id)?.name ?? id).join(', ');
  const rows = matchIds.slice(0, MAX_ROWS);
  return (
    <div className="search-results">
      <label className="search-only">
        <input type="checkbox" checked={onlyMatches} onChange={(e) => onOnlyMatchesChange(e.target.checked)} /> {t('Show only matches')}
      </label>
      <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} disabled={matchIds.length === 0}>
        {open ? t('Hide results') : t('Results ({count, number})', { count: matchIds.length })}
      </button>
      {open && (
        <ol id={listId} className="search-results-list" aria-label={t('Search results')}>
          {rows.map((id, index) => {
            const event = dataset.eventById.get(id);
            if (!event) return null;
            const current = id === currentMatchId;
            return (
              <li key={id} className={current ? 'is-current' : undefined}>
                <button type="button" aria-current={current ? 'true' : undefined} onClick={() => onOpen(id)}>
                  <span className="search-result-number">{index + 1}.</span> <bdi className="search-result-title" {...dataText}>{event.title}</bdi>{' '}
                  <span className="muted">
                    {formatEventDate(event, 'short', currentDates())} · <bdi {...dataText}>{actorNames(event.actorIds)}</bdi>
                  </span>
                </button>
              </li>
            );
          })}
          {matchIds.length > MAX_ROWS && (
            <li className="muted">
              {t('and {count, number} more: step with ‹ › or narrow the search', { count: matchIds.length - MAX_ROWS })}
            </li>
          )}
        </ol>
      )}
    </div>
  );
}
