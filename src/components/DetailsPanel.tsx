// Everything about the selected event. Opens on selection, takes focus, closes with
// Escape or its button and hands focus back to where it came from.
import { tNodes } from './i18n';
import { currentDates, t } from '../core/i18n/translate';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { DataEditing } from './dataContracts';
import type { Dataset, SourceRecord, TimelineEvent } from '../core/model/types';
import { formatEventDate } from '../core/time/format';
import { timeNotesOf } from '../core/data/timeNotes';
import { stanceOnTopic, stanceWord, shiftWords } from '../core/positions/wording';
import { shiftsCarriedBy } from '../core/positions/carried';
import type { StanceShift } from '../core/positions/series';
import { StanceGlyph } from './Glyph';
import { CiteEvent } from './CiteEvent';
import { safeHttpUrl } from './safeLink';
import { markStyleOf } from '../render/markStyles';
import { TypeGlyph } from './TypeLabel';
import { dataTextProps } from '../core/i18n/dataText';
import type { DataTextProps } from '../core/i18n/dataText';

// The editor (with its JSON edit library) loads only when someone edits.
const LazyEventEditor = lazy(() => import('./editor/EventEditor').then((module) => ({ default: module.EventEditor })));

function statusName(status: TimelineEvent['status']): string {
  switch (status) {
    case 'occurred':
      return t('Occurred');
    case 'planned':
      return t('Planned');
    case 'reported':
      return t('Reported (known from a later account)');
  }
}

function SourceLink({ source, dataText }: { source: SourceRecord; dataText: DataTextProps }) {
  const href = safeHttpUrl(source.url);
  // Each data string isolated (bdi): a right-to-left override in one cannot reorder the rest.
  const label = source.publisher ? (
    <>
      <bdi {...dataText}>{source.title}</bdi> (<bdi {...dataText}>{source.publisher}</bdi>
      {source.published ? `, ${source.published}` : ''})
    </>
  ) : (
    <bdi {...dataText}>{source.title}</bdi>
  );
  if (href) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {label}
        <span className="visually-hidden"> ({t('opens in a new tab')})</span>
      </a>
    );
  }
  return (
    <>
      <span>{label}</span>
      {source.url && (
        <span className="link-warning">
          {' '}
          — {tNodes('link not opened: only http and https addresses are followed ({address})', { address: <code>{source.url}</code> })}
        </span>
      )}
    </>
  );
}

interface Props {
  dataset: Dataset;
  event: TimelineEvent;
  onClose: () => void;
  /** Move focus into the panel (false when the page opened with a selection from the URL). */
  takeFocus: boolean;
  /** Present when the data can be edited in the app (fetched or opened data, not embeds or exports). */
  editing?: DataEditing | undefined;
  onSelect?: (eventId: string | null) => void;
  /** Shows a shift this event carried in the positions view (the full app only). */
  onShowShift?: (shift: StanceShift, eventId: string) => void;
}

export function DetailsPanel({ dataset, event, onClose, takeFocus, editing, onSelect, onShowShift }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { record } = event;
  const carried = useMemo(() => shiftsCarriedBy(dataset, event.index), [dataset, event.index]);
  const timeNotes = useMemo(() => timeNotesOf(event, [...(dataset.periods ?? []), ...(dataset.annotations ?? [])]), [dataset, event]);
  // Editing stays on while another event is selected, so Save is always at hand.
  const [editMode, setEditMode] = useState<'view' | 'edit' | 'add'>('view');
  const origin = editing?.origin ?? null;

  useEffect(() => {
    if (takeFocus && editMode === 'view') headingRef.current?.focus();
    // Not on editMode: leaving the editor focuses the heading itself (below).
  }, [event.id, takeFocus]);

  if (editMode !== 'view' && editing && origin && onSelect) {
    return (
      <section
        className="details-panel details-editing"
        aria-label={t('Edit event')}
        onKeyDown={(keyEvent) => {
          // Escape never closes the panel over a form with edits in it.
          if (keyEvent.key === 'Escape') keyEvent.stopPropagation();
        }}
      >
        <div className="details-head">
          <p className={`details-type type-${event.type}`}>{t('Editing')}</p>
          <button type="button" className="icon-button details-close" onClick={onClose} aria-label={t('Close details')}>
            ×
          </button>
        </div>
        <Suspense fallback={<p role="status">{t('Opening the editor…')}</p>}>
          <LazyEventEditor
            dataset={dataset}
            eventId={event.id}
            source={origin}
            apply={editing.replaceDataset}
            onSelect={onSelect}
            addOnOpen={editMode === 'add'}
            onDone={() => {
              setEditMode('view');
              requestAnimationFrame(() => headingRef.current?.focus());
            }}
          />
        </Suspense>
      </section>
    );
  }

  const actorName = (id: string) => dataset.actorById.get(id)?.name ?? id;
  const sourceOf = (id: string | undefined) => (id ? dataset.sourceById.get(id) : undefined);
  const firstSourceId = record.sources?.[0];
  // The data's words carry its declared language (and direction), apart from the interface's.
  const dataText = dataTextProps(dataset);

  return (
    <section
      className="details-panel"
      aria-labelledby="details-title"
      onKeyDown={(keyEvent) => {
        if (keyEvent.key === 'Escape') {
          keyEvent.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="details-head">
        <p className={`details-type type-${event.type}`} title={dataset.typeById.get(event.typeId)?.description}>
          <TypeGlyph type={event.typeId} dataset={dataset} /> {markStyleOf(event.typeId, dataset).label}
        </p>
        {editing && origin && onSelect && (
          <span className="details-edit-actions">
            <button type="button" onClick={() => setEditMode('edit')}>
              {t('Edit')}
            </button>
            <button type="button" onClick={() => setEditMode('add')}>
              {t('Add event')}
            </button>
          </span>
        )}
        <button type="button" className="icon-button details-close" onClick={onClose} aria-label={t('Close details')}>
          ×
        </button>
      </div>
      <h2 id="details-title" ref={headingRef} tabIndex={-1} {...dataText}>
        {event.title}
      </h2>
      <dl className="details-facts">
        <dt>{t('Date')}</dt>
        <dd>
          {formatEventDate(event, 'long', currentDates())}
          {event.status !== 'occurred' && <span className={`status-badge status-${event.status}`}>{statusName(event.status)}</span>}
          {record.dateNote && <p className="date-note" {...dataText}>{record.dateNote}</p>}
        </dd>
        {timeNotes.length > 0 && (
          <>
            <dt>{t('During')}</dt>
            <dd>
              <ul className="time-notes">
                {timeNotes.map((note) => (
                  <li key={`${note.startText}-${note.label}`} title={note.note}>
                    <bdi {...dataText}>{note.label}</bdi> <span className="muted">({note.startText === note.endText ? note.startText : t('{start} to {end}', { start: note.startText, end: note.endText })})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {record.location && (
          <>
            <dt>{t('Place')}</dt>
            <dd className="details-place" {...dataText}>{record.location}</dd>
          </>
        )}
        <dt>{t('{count, plural, one {Actor} other {Actors}}', { count: event.actorIds.length })}</dt>
        <dd>
          <ul className="details-actors">
            {event.actorIds.map((id) => {
              const actor = dataset.actorById.get(id);
              const country = actor?.country ? dataset.countryById.get(actor.country)?.name ?? actor.country : null;
              return (
                <li key={id} {...dataText}>
                  <strong>
                    <bdi {...dataText}>{actor?.name ?? id}</bdi>
                  </strong>
                  {actor?.role && (
                    <span>
                      , <bdi {...dataText}>{actor.role}</bdi>
                    </span>
                  )}
                  {country && (
                    <span className="muted">
                      {' '}
                      (<bdi {...dataText}>{country}</bdi>)
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      {record.summary && <p className="details-summary" {...dataText}>{record.summary}</p>}
      {record.quotes && record.quotes.length > 0 && (
        <section aria-label={t('Quotes')}>
          <h3>{t('Quotes')}</h3>
          {record.quotes.map((quote, index) => {
            const source = sourceOf(quote.source ?? firstSourceId);
            return (
              <figure key={index} className="quote">
                <blockquote {...dataText}>
                  <p>{quote.text}</p>
                </blockquote>
                <figcaption>
                  — <bdi {...dataText}>{actorName(quote.actor)}</bdi>
                  {source && (
                    <span className="muted">{tNodes(', via {source}', { source: <bdi {...dataText}>{source.publisher ?? source.title}</bdi> })}</span>
                  )}
                </figcaption>
              </figure>
            );
          })}
        </section>
      )}
      {record.positions && record.positions.length > 0 && (
        <section aria-label={t('Positions')}>
          <h3>{t('Positions')}</h3>
          <ul className="details-positions">
            {record.positions.map((position, index) => {
              const topic = dataset.topicById.get(position.topic);
              const wording = topic ? stanceOnTopic(position.stance, topic) : stanceWord(position.stance);
              return (
                <li key={index}>
                  <StanceGlyph stance={position.stance} />
                  <div>
                    {tNodes('{actor} on {topic}: {stance}', {
                      actor: (
                        <strong>
                          <bdi {...dataText}>{actorName(position.actor)}</bdi>
                        </strong>
                      ),
                      topic: (
                        <em>
                          <bdi {...dataText}>{topic?.label ?? position.topic}</bdi>
                        </em>
                      ),
                      stance: (
                        <span className={`stance stance-${position.stance}`}>
                          {position.stance === 'neutral' && topic ? tNodes('neutral on {topic}', { topic: <bdi {...dataText}>{topic.label}</bdi> }) : <bdi {...dataText}>{wording}</bdi>}
                        </span>
                      ),
                    })}
                    {position.summary && (
                      <p className="muted" {...dataText}>
                        {position.summary}
                      </p>
                    )}
                    {carried.get(index) && (
                      <p className="details-shift">
                        {shiftWords(carried.get(index)!.from, carried.get(index)!.to)}
                        {onShowShift && (
                          <>
                            {' '}
                            <button type="button" className="link-button" onClick={() => onShowShift(carried.get(index)!, event.id)}>
                              {t('See this shift in the positions view')}
                            </button>
                          </>
                        )}
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {record.sources && record.sources.length > 0 && (
        <section aria-label={t('Sources')}>
          <h3>{t('Sources')}</h3>
          <ul className="details-sources">
            {record.sources.map((id) => {
              const source = dataset.sourceById.get(id);
              return <li key={id}>{source ? <SourceLink source={source} dataText={dataText} /> : id}</li>;
            })}
          </ul>
        </section>
      )}
      {((record.tags && record.tags.length > 0) || record.codes) && (
        <section aria-label={t('Tags and codes')}>
          <h3>{t('Tags and codes')}</h3>
          {record.tags && record.tags.length > 0 && (
            <ul className="tag-list">
              {record.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          {record.codes && (
            <dl className="codes">
              {Object.entries(record.codes).map(([scheme, code]) => (
                <div key={scheme}>
                  <dt>{scheme}</dt>
                  <dd>{code}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      )}
      <p className="details-id muted">
        {tNodes('Id {id}', { id: <code>{event.id}</code> })}
      </p>
      {/* Always there, so Tab from the heading always has a control in the panel to go to. */}
      <CiteEvent dataset={dataset} event={event} />
    </section>
  );
}
