// The events currently shown, as a table: for reading, for screen readers, and for
// 100,000 rows. Only the rows in view are in the DOM (spacer rows keep the scroll height);
// aria-rowcount and aria-rowindex tell assistive technology where each row really is.
// Periods and annotations are rows among the events, in date order, marked by their glyph.
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Dataset } from '../core/model/types';
import { currentDates, t } from '../core/i18n/translate';
import { formatEventDate } from '../core/time/format';
import { formatNoteDate, listRows, noteConcernsText } from '../core/view/listRows';
import type { ListNote } from '../core/view/listRows';
import type { Filters } from '../core/view/types';
import { CHART_COLORS } from '../render/markStyles';
import { TypeLabel } from './TypeLabel';
import { dataTextProps } from '../core/i18n/dataText';

const ROW_HEIGHT = 40;
/** Rows drawn above and below the visible ones, so fast scrolling shows no blank band. */
const OVERSCAN = 8;

interface Props {
  dataset: Dataset;
  included: readonly number[];
  selectedId: string | null;
  currentMatchId: string | null;
  matchIds: ReadonlySet<string>;
  /** The filters, which periods and annotations follow too (their dates, actors and countries). */
  filters: Filters;
  onSelect: (eventId: string) => void;
}

/** A band for a period, a rule for an annotation: the chart's own shapes, so the kind never rests on colour. */
function NoteGlyph({ kind }: { kind: ListNote['kind'] }) {
  return (
    <svg className="glyph" width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
      {kind === 'period' ? (
        <>
          <rect x={-6} y={-5} width={12} height={10} fill={CHART_COLORS.annotationBand} />
          <path d="M-6 -6V6M6 -6V6" stroke={CHART_COLORS.noteText} strokeWidth={1.6} />
        </>
      ) : (
        <path d="M0 -7V7M0 -6H5L3 -4L5 -2H0" stroke={CHART_COLORS.noteText} strokeWidth={1.6} fill="none" />
      )}
    </svg>
  );
}

function NoteRow({ item, dataset }: { item: ListNote; dataset: Dataset }) {
  const dataText = dataTextProps(dataset);
  const { note } = item;
  return (
    <>
      <td className="col-date">
        <span className="col-date-text">{formatNoteDate(item, currentDates())}</span>
      </td>
      <td className="col-type">
        <span className="type-label">
          <NoteGlyph kind={item.kind} />
          {item.kind === 'period' ? t('Period') : t('Annotation')}
        </span>
      </td>
      <td className="col-title" {...dataText} title={note.note ? t('{label}: {note}', { label: note.label, note: note.note }) : note.label}>
        <span className="col-title-text">{note.label}</span>
        {note.note && <span className="visually-hidden">. {note.note}</span>}
      </td>
      <td className="col-actors" dir="auto">
        <bdi {...dataText}>{noteConcernsText(dataset, note)}</bdi>
      </td>
      <td className="col-place" />
    </>
  );
}

export function ListView({ dataset, included, selectedId, currentMatchId, matchIds, filters, onSelect }: Props) {
  const [descending, setDescending] = useState(false);
  const merged = useMemo(() => listRows(dataset, included, filters), [dataset, included, filters]);
  const dataText = dataTextProps(dataset);
  const rows = useMemo(() => (descending ? [...merged.rows].reverse() : merged.rows), [merged, descending]);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  /** The row that holds the keyboard focus point (roving tabindex), as a position in `rows`. */
  const [activeRow, setActiveRow] = useState(0);
  const focusAfterRender = useRef(false);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(() => setViewportHeight(scroller.clientHeight));
    observer.observe(scroller);
    setViewportHeight(scroller.clientHeight);
    return () => observer.disconnect();
  }, []);

  const positionOf = useMemo(() => {
    const map = new Map<string, number>();
    return (id: string | null): number => {
      if (!id) return -1;
      if (map.size === 0) rows.forEach((index, position) => {
          // Negative rows are periods and annotations, which are never selected.
          if (index >= 0) map.set(dataset.events[index]!.id, position);
        });
      return map.get(id) ?? -1;
    };
  }, [rows, dataset]);

  function scrollToRow(position: number) {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const top = position * ROW_HEIGHT;
    const visibleTop = scroller.scrollTop;
    const visibleBottom = visibleTop + scroller.clientHeight - ROW_HEIGHT * 2; // leave room under the sticky header
    if (top < visibleTop) scroller.scrollTop = top;
    else if (top > visibleBottom) scroller.scrollTop = top - scroller.clientHeight + ROW_HEIGHT * 2;
  }

  // Follow the selection and the search match when they change elsewhere (chart, search box).
  useEffect(() => {
    const position = positionOf(currentMatchId ?? selectedId);
    if (position >= 0) {
      setActiveRow(position);
      scrollToRow(position);
    }
  }, [currentMatchId, selectedId, positionOf]);

  const clampedActive = Math.min(activeRow, Math.max(0, rows.length - 1));
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + OVERSCAN);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    scrollerRef.current?.querySelector<HTMLElement>(`[data-position="${clampedActive}"]`)?.focus();
  });

  function moveTo(position: number) {
    const next = Math.max(0, Math.min(rows.length - 1, position));
    setActiveRow(next);
    scrollToRow(next);
    focusAfterRender.current = true;
  }

  function onKeyDown(keyEvent: KeyboardEvent<HTMLTableSectionElement>) {
    const page = Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = {
      ArrowDown: clampedActive + 1,
      ArrowUp: clampedActive - 1,
      PageDown: clampedActive + page,
      PageUp: clampedActive - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[keyEvent.key];
    if (target !== undefined) {
      keyEvent.preventDefault();
      moveTo(target);
    } else if (keyEvent.key === 'Enter' || keyEvent.key === ' ') {
      const index = rows[clampedActive];
      if (index !== undefined && index >= 0) {
        keyEvent.preventDefault();
        onSelect(dataset.events[index]!.id);
      }
    }
  }

  const visible = rows.slice(first, last);
  const dates = currentDates();
  return (
    <div className="list-view">
      <div
        className="list-scroller"
        ref={scrollerRef}
        onScroll={(scrollEvent) => setScrollTop(scrollEvent.currentTarget.scrollTop)}
      >
        <table className="event-table" role="grid" aria-rowcount={rows.length + 1} aria-label={merged.notes.length > 0 ? t('Events shown, with periods and annotations, one per row') : t('Events shown, one per row')}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" aria-sort={descending ? 'descending' : 'ascending'} className="col-date">
                <button type="button" className="sort-button" onClick={() => setDescending((value) => !value)}>
                  {t('Date')} <span aria-hidden="true">{descending ? '↓' : '↑'}</span>
                  <span className="visually-hidden">{descending ? t(', sorted newest first; activate to reverse') : t(', sorted oldest first; activate to reverse')}</span>
                </button>
              </th>
              <th scope="col" className="col-type">{t('Type')}</th>
              <th scope="col" className="col-title">{t('Title')}</th>
              <th scope="col" className="col-actors">{t('Actors')}</th>
              <th scope="col" className="col-place">{t('Place')}</th>
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {first > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={5} style={{ height: first * ROW_HEIGHT }} />
              </tr>
            )}
            {visible.map((index, offset) => {
              const position = first + offset;
              if (index < 0) {
                const item = merged.notes[-1 - index]!;
                return (
                  <tr
                    key={`${item.kind}-${item.note.fileIndex}`}
                    className={`note-row note-${item.kind}`}
                    aria-rowindex={position + 2}
                    data-position={position}
                    data-note={item.kind}
                    tabIndex={position === clampedActive ? 0 : -1}
                    style={{ height: ROW_HEIGHT }}
                    onFocus={() => setActiveRow(position)}
                  >
                    <NoteRow item={item} dataset={dataset} />
                  </tr>
                );
              }
              const event = dataset.events[index]!;
              const selected = event.id === selectedId;
              const classes = ['event-row'];
              if (selected) classes.push('selected');
              if (matchIds.has(event.id)) classes.push('match');
              if (event.id === currentMatchId) classes.push('current-match');
              return (
                <tr
                  key={event.id}
                  className={classes.join(' ')}
                  aria-rowindex={position + 2}
                  aria-selected={selected}
                  data-position={position}
                  data-event-id={event.id}
                  tabIndex={position === clampedActive ? 0 : -1}
                  style={{ height: ROW_HEIGHT }}
                  onClick={() => {
                    setActiveRow(position);
                    onSelect(event.id);
                  }}
                  onFocus={() => setActiveRow(position)}
                >
                  <td className="col-date">
                    {/* A block of its own, so phones can give a long date ("12 فبراير 2025") two lines (app.css). */}
                    <span className="col-date-text">{formatEventDate(event, 'short', dates)}</span>
                  </td>
                  <td className="col-type">
                    <TypeLabel event={event} dataset={dataset} />
                  </td>
                  <td className="col-title" {...dataText} title={event.title}>
                    {/* A block of its own, so phones can give the title two lines (app.css). */}
                    <span className="col-title-text">{event.title}</span>
                  </td>
                  {/* In the names' own direction: cut at their end, not their start, in a right-to-left interface. */}
                  <td className="col-actors" dir="auto">
                    {/* Each name isolated: a right-to-left override in one cannot reorder the others. */}
                    {event.actorIds.map((id, k) => (
                      <Fragment key={id}>
                        {k > 0 && t(', ')}
                        <bdi {...dataText}>{dataset.actorById.get(id)?.name ?? id}</bdi>
                      </Fragment>
                    ))}
                  </td>
                  <td className="col-place" {...dataText}>
                    {event.record.location ?? ''}
                  </td>
                </tr>
              );
            })}
            {last < rows.length && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={5} style={{ height: (rows.length - last) * ROW_HEIGHT }} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty-note">{t('No events match the filters.')}</p>}
      </div>
    </div>
  );
}
