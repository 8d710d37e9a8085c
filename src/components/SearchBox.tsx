// Search with a count and stepping: Enter goes to the first match and then opens the
// current one (naming it); ↓ / ↑ (and Shift+Enter) step to the next / previous match.
import { t } from '../core/i18n/translate';
import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  query: string;
  matchCount: number;
  /** The search is still looking through the events (a large dataset): its matches are not known yet. */
  searching?: boolean;
  /** 1-based position of the current match, or 0 when none is current. */
  currentPosition: number;
  onQueryChange: (query: string) => void;
  onStep: (direction: 1 | -1) => void;
  /** Title of the current match, when there is one. */
  currentTitle?: string | null | undefined;
  /** Opens the current match's details. */
  onOpenCurrent?: (() => void) | undefined;
}

/** Typing waits this long before searching, so each key does not redraw 100,000 events. */
const TYPING_PAUSE_MS = 180;

export function SearchBox({ query, matchCount, searching = false, currentPosition, onQueryChange, onStep, currentTitle, onOpenCurrent }: Props) {
  const id = useId();
  const [text, setText] = useState(query);
  const [announcement, setAnnouncement] = useState('');
  const timer = useRef<number | undefined>(undefined);

  // Back/forward or a link can change the query under us.
  useEffect(() => {
    setText(query);
  }, [query]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // Stepping names the match it lands on, not only its number.
  useEffect(() => {
    setAnnouncement(currentTitle ? t('{position, number} of {count, number}: {title}', { position: currentPosition, count: matchCount, title: currentTitle }) : '');
  }, [currentTitle, currentPosition, matchCount]);

  function flush(value: string) {
    window.clearTimeout(timer.current);
    if (value !== query) onQueryChange(value);
  }

  const status = !query.trim()
    ? ''
    : searching
      ? t('Searching…')
      : matchCount === 0
        ? t('No matches')
        : currentPosition > 0
          ? t('{position, number} of {count, number}', { position: currentPosition, count: matchCount })
          : t('{count, plural, one {# match} other {# matches}}', { count: matchCount });

  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        {t('Search events')}
      </label>
      {/* What is typed is looked for in the data's words: it takes its own direction. Empty, the
          field keeps the page's, so the placeholder (interface words) reads the right way round. */}
      <input
        id={id}
        type="search"
        dir={text ? 'auto' : undefined}
        placeholder={t('Search titles, quotes, people…')}
        value={text}
        autoComplete="off"
        onChange={(changeEvent) => {
          const value = changeEvent.target.value;
          setText(value);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => onQueryChange(value), TYPING_PAUSE_MS);
        }}
        onKeyDown={(keyEvent) => {
          if (keyEvent.key === 'Enter' && !keyEvent.shiftKey && text === query && currentTitle && onOpenCurrent) {
            keyEvent.preventDefault();
            onOpenCurrent();
            setAnnouncement(t('Opened {position, number} of {count, number}: {title}', { position: currentPosition, count: matchCount, title: currentTitle }));
          } else if ((keyEvent.key === 'ArrowDown' || keyEvent.key === 'ArrowUp') && text === query && matchCount > 0) {
            keyEvent.preventDefault();
            onStep(keyEvent.key === 'ArrowDown' ? 1 : -1);
          } else if (keyEvent.key === 'Enter') {
            keyEvent.preventDefault();
            flush(text);
            // Stepping needs the results of the flushed query: let the state settle first.
            const direction = keyEvent.shiftKey ? -1 : 1;
            window.setTimeout(() => onStep(direction), 0);
          } else if (keyEvent.key === 'Escape' && text) {
            keyEvent.stopPropagation();
            setText('');
            flush('');
          }
        }}
      />
      <span className="search-count" aria-live="polite" aria-atomic="true" aria-busy={searching || undefined}>
        {status}
      </span>
      <span className="visually-hidden" role="status" data-testid="search-announcement">
        {announcement}
      </span>
      <button type="button" className="icon-button" onClick={() => onStep(-1)} disabled={matchCount === 0} aria-label={t('Previous match')}>
        ‹
      </button>
      <button type="button" className="icon-button" onClick={() => onStep(1)} disabled={matchCount === 0} aria-label={t('Next match')}>
        ›
      </button>
    </div>
  );
}
