// The selected event as a form: every field labelled, pick-lists for actors, topics,
// sources and stances, the loader's problems next to the fields they concern, Save,
// Undo, Add and Delete. All data is shown as React text, never as markup.
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import {
  addEvent,
  addPosition,
  addQuote,
  removeEvent,
  removePosition,
  removeQuote,
  updateEventFields,
  updatePosition,
  updateQuote,
} from '../../core/edit';
import type { EventFields } from '../../core/edit';
import { EVENT_STATUSES, EVENT_TYPES, STANCES } from '../../core/model/types';
import type { Dataset, DatasetFile, EventRecord, PositionRecord, QuoteRecord, Stance } from '../../core/model/types';
import { stanceOnTopic, stanceWord } from '../../core/positions/wording';
import { t } from '../../core/i18n/translate';
import { dataTextProps, FORMAT_TEXT } from '../../core/i18n/dataText';
import { tNodes } from '../i18n';
import { sessionFor } from './session';
import type { ApplyEdited, EditSession, EditSource } from './session';
import { domId, editStateText, Field, groupProblems, IdListField, IdSelect, NoticeView, ProblemNote } from './fields';
import '../../styles/editor.css';

const typeName = (type: (typeof EVENT_TYPES)[number]) => ({ statement: t('Statement'), call: t('Call'), meeting: t('Meeting') })[type];
const statusName = (status: (typeof EVENT_STATUSES)[number]) => ({ occurred: t('Occurred'), planned: t('Planned'), reported: t('Reported (known from a later account)') })[status];

export interface EventEditorProps {
  /** The data on the chart (the last valid state), for choosing a neighbour after a delete. */
  dataset: Dataset;
  eventId: string;
  source: EditSource;
  apply: ApplyEdited;
  onSelect: (eventId: string | null) => void;
  /** Back to the details view. */
  onDone: () => void;
  /** Add a new event as soon as the file is open (the details panel's "Add event"). */
  addOnOpen?: boolean;
}


/** The date field's help; the examples are the data format's, the same in every language. */
const dateHelp = () =>
  tNodes(
    'As precise as the sources allow: {year}, {month}, {day} or {time}. End with {uncertain} if uncertain ({uncertainDay}), {approximate} if approximate, {both} if both. A span such as 12–14 February is Date {spanStart} with End {spanEnd}.',
    {
      year: <code>2025</code>,
      month: <code>2025-02</code>,
      day: <code>2025-02-12</code>,
      time: <code>2025-02-12T10:30+01:00</code>,
      uncertain: <code>?</code>,
      uncertainDay: <code>2025-02-12?</code>,
      approximate: <code>~</code>,
      both: <code>%</code>,
      spanStart: <code>2025-02-12</code>,
      spanEnd: <code>2025-02-14</code>,
    },
  );

function neighbourOf(dataset: Dataset, eventId: string): string | null {
  const index = dataset.events.findIndex((event) => event.id === eventId);
  if (index < 0) return null;
  return dataset.events[index + 1]?.id ?? dataset.events[index - 1]?.id ?? null;
}

export function EventEditor({ dataset, eventId, source, apply, onSelect, onDone, addOnOpen = false }: EventEditorProps) {
  const session: EditSession = sessionFor(source);
  session.apply = apply;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const prefix = `edit${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const added = useRef(false);

  const addAfter = async (afterId: string, template: EventRecord | undefined) => {
    let newEventId = '';
    session.update(
      (file) => {
        const result = addEvent(
          file,
          { title: t('New event'), type: 'statement', date: template?.date ?? new Date().toISOString().slice(0, 10), actors: template?.actors.slice(0, 1) ?? [], sources: template?.sources?.slice(0, 1) ?? [] },
          file.events.some((event) => event.id === afterId) ? afterId : undefined,
        );
        newEventId = result.id;
        return result.file;
      },
      { immediate: true },
    );
    const checked = await session.check();
    // Selected once the chart has it; an invalid new event (no actors in the file) stays in the form only.
    if (checked.dataset && newEventId) onSelect(newEventId);
  };

  const record = snapshot.edited?.events.find((event) => event.id === eventId);

  useEffect(() => {
    if (snapshot.phase !== 'ready' || !addOnOpen || added.current) return;
    added.current = true;
    void addAfter(eventId, record);
    // Runs once, when the file is first open.
  }, [snapshot.phase, addOnOpen]);

  useEffect(() => {
    if (confirmingDelete) confirmRef.current?.focus();
  }, [confirmingDelete]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [eventId]);

  // Leaving with unsaved edits asks first (the browser's own question).
  useEffect(() => {
    if (!snapshot.dirty) return;
    const warn = (unloadEvent: BeforeUnloadEvent) => unloadEvent.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [snapshot.dirty]);

  if (snapshot.phase === 'opening') {
    return (
      <p role="status" className="edit-status">
        {tNodes('Opening {file} for editing…', { file: <bdi>{snapshot.fileName}</bdi> })}
      </p>
    );
  }
  if (snapshot.phase === 'failed' || !snapshot.edited) {
    return (
      <div className="edit-notice edit-notice-failed" role="alert">
        <p>
          <bdi>{snapshot.failure ?? t('The file could not be opened for editing.')}</bdi>
        </p>
        <button type="button" onClick={onDone}>
          {t('Back to the details')}
        </button>
      </div>
    );
  }
  const file: DatasetFile = snapshot.edited;
  if (!record) {
    return (
      <div className="edit-notice" role="status">
        <p>{t('This event is no longer in the edited data (it was deleted or its id changed).')}</p>
        <button type="button" onClick={onDone}>
          {t('Back to the details')}
        </button>
      </div>
    );
  }

  const fileIndex = file.events.indexOf(record);
  const quotes: readonly QuoteRecord[] = record.quotes ?? [];
  const positions: readonly PositionRecord[] = record.positions ?? [];
  const keys = new Set<string>(['id', 'type', 'date', 'end', 'status', 'dateNote', 'actors', 'location', 'title', 'summary', 'sources', 'quotes', 'positions']);
  quotes.forEach((_, index) => ['', '.text', '.actor', '.source'].forEach((part) => keys.add(`quotes.${index}${part}`)));
  positions.forEach((_, index) => ['', '.actor', '.topic', '.stance', '.summary'].forEach((part) => keys.add(`positions.${index}${part}`)));
  const problems = groupProblems(snapshot.problems, fileIndex, keys);
  const errorCount = snapshot.problems.filter((found) => found.severity === 'error').length;

  const setFields = (fields: EventFields, field: string) => session.update((current) => updateEventFields(current, eventId, fields), { field });
  const actorOptions = file.actors.map((actor) => ({ id: actor.id, label: actor.role ? `${actor.name} (${actor.role})` : actor.name }));
  const sourceOptions = file.sources.map((sourceRecord) => ({ id: sourceRecord.id, label: sourceRecord.title }));
  const topicById = new Map(file.topics.map((topic) => [topic.id, topic]));
  const topicOptions = file.topics.map((topic) => ({ id: topic.id, label: topic.label }));

  // The data's words are edited in the data's language and direction; dates in the format's, left to right.
  const dataText = dataTextProps(dataset);
  const textField = (key: 'title' | 'date' | 'end' | 'location', label: string, help?: ReactNode) => (
    <Field prefix={prefix} fieldKey={key} label={label} help={help} problems={problems.of(key)}>
      {(props) => <input {...props} {...(key === 'date' || key === 'end' ? FORMAT_TEXT : dataText)} type="text" value={record[key] ?? ''} onChange={(changeEvent) => setFields({ [key]: changeEvent.target.value }, key)} />}
    </Field>
  );
  const areaField = (key: 'summary' | 'dateNote', label: string, help?: ReactNode) => (
    <Field prefix={prefix} fieldKey={key} label={label} help={help} problems={problems.of(key)}>
      {(props) => <textarea {...props} {...dataText} rows={3} value={record[key] ?? ''} onChange={(changeEvent) => setFields({ [key]: changeEvent.target.value }, key)} />}
    </Field>
  );

  const stanceLabel = (stance: Stance, topicId: string) => {
    const topic = topicById.get(topicId);
    return topic ? (stance === 'neutral' ? stanceWord('neutral') : stanceOnTopic(stance, topic)) : stanceWord(stance);
  };

  return (
    <form
      className="event-editor"
      aria-labelledby={`${prefix}-heading`}
      onSubmit={(submitEvent) => {
        submitEvent.preventDefault();
        void session.save();
      }}
    >
      <h2 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {tNodes('Edit event {title}', { title: <bdi>{record.title || record.id}</bdi> })}
      </h2>
      <div className="edit-bar">
        <button type="submit" className="primary-button" disabled={snapshot.saving}>
          {snapshot.target?.kind === 'download' ? t('Save (download)') : t('Save')}
        </button>
        <button type="button" onClick={() => session.undo()} disabled={!snapshot.canUndo}>
          {t('Undo')}
        </button>
        <button type="button" onClick={onDone}>
          {t('Done')}
        </button>
        <p className="edit-state" role="status">
          {editStateText(snapshot, errorCount)}
        </p>
      </div>
      <p className="field-help">
        {snapshot.target?.kind === 'disk'
          ? tNodes('Save writes back to {path}, changing only what you edited, and keeps the previous version.', { path: <bdi>data/{snapshot.target.path}</bdi> })
          : snapshot.target?.framed
            ? tNodes('Save downloads {file} with your edits: this page is inside a frame, where it never writes files.', { file: <bdi>{snapshot.target.name}</bdi> })
            : snapshot.target
              ? tNodes('Save downloads {file} with your edits; this page cannot write files.', { file: <bdi>{snapshot.target.name}</bdi> })
              : t('Save downloads the file with your edits; this page cannot write files.')}
      </p>
      {snapshot.notice && <NoticeView notice={snapshot.notice} onDismiss={() => session.dismissNotice()} onReopen={() => void session.open()} />}

      <p className="edit-id muted">
        {tNodes('Id {id} (links and other files refer to it, so it is not edited here)', { id: <code>{record.id}</code> })}
      </p>
      {textField('title', t('Title'))}
      <Field prefix={prefix} fieldKey="type" label={t('Type')} problems={problems.of('type')}>
        {(props) => (
          <select {...props} value={record.type} onChange={(changeEvent) => setFields({ type: changeEvent.target.value as EventRecord['type'] }, 'type')}>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeName(type)}
              </option>
            ))}
            {dataset.types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.label}
              </option>
            ))}
            {/* A type the last valid data does not declare stays listed, so the field shows what the file says. */}
            {!EVENT_TYPES.some((type) => type === record.type) && !dataset.typeById.has(record.type) && <option value={record.type}>{t('{type} (not declared)', { type: record.type })}</option>}
          </select>
        )}
      </Field>
      <Field prefix={prefix} fieldKey="status" label={t('Status')} problems={problems.of('status')}>
        {(props) => (
          <select {...props} value={record.status ?? ''} onChange={(changeEvent) => setFields({ status: (changeEvent.target.value || undefined) as EventRecord['status'] }, 'status')}>
            <option value="">{t('Not given (occurred)')}</option>
            {EVENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusName(status)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {textField('date', t('Date'), dateHelp())}
      {textField('end', t('End (optional)'), t('For a span: the last day (or month, or year) it covers. Leave empty for a single date.'))}
      {areaField('dateNote', t('Date note (optional)'), t('Why the event has this date, when the source is vague or inconsistent.'))}
      {textField('location', t('Place (optional)'))}
      {areaField('summary', t('Summary (optional)'), t('One or two sentences in your own words.'))}
      <IdListField
        prefix={prefix}
        fieldKey="actors"
        legend={t('Actors')}
        addLabel={t('Add an actor')}
        removeLabel={(name) => t('Remove {name} from the actors', { name })}
        values={record.actors}
        options={actorOptions}
        problems={problems.of('actors')}
        onChange={(actors) => setFields({ actors }, 'actors-list')}
      />
      <IdListField
        prefix={prefix}
        fieldKey="sources"
        legend={t('Sources')}
        addLabel={t('Add a source')}
        removeLabel={(name) => t('Remove {name} from the sources', { name })}
        values={record.sources ?? []}
        options={sourceOptions}
        problems={problems.of('sources')}
        onChange={(sources) => setFields({ sources }, 'sources-list')}
      />

      <fieldset className="edit-items">
        <legend>{t('Quotes')}</legend>
        <ProblemNote id={domId(prefix, 'quotes-problems')} problems={problems.of('quotes')} />
        {quotes.map((quote, index) => {
          const change = (next: QuoteRecord, field: string) => session.update((current) => updateQuote(current, eventId, index, next), { field });
          return (
            <fieldset key={index} className="edit-item">
              <legend>{t('Quote {number}', { number: index + 1 })}</legend>
              <ProblemNote id={domId(prefix, `quotes.${index}-problems`)} problems={problems.of(`quotes.${index}`)} />
              <Field prefix={prefix} fieldKey={`quotes.${index}.text`} label={t('Words, verbatim')} problems={problems.of(`quotes.${index}.text`)}>
                {(props) => <textarea {...props} {...dataText} rows={3} value={quote.text} onChange={(changeEvent) => change({ ...quote, text: changeEvent.target.value }, `quotes.${index}.text`)} />}
              </Field>
              <Field prefix={prefix} fieldKey={`quotes.${index}.actor`} label={t('Speaker')} problems={problems.of(`quotes.${index}.actor`)}>
                {(props) => (
                  <IdSelect control={props} value={quote.actor} options={actorOptions} onChange={(actor) => change({ ...quote, actor }, `quotes.${index}.actor`)} />
                )}
              </Field>
              <Field prefix={prefix} fieldKey={`quotes.${index}.source`} label={t('Source')} problems={problems.of(`quotes.${index}.source`)}>
                {(props) => (
                  <IdSelect control={props} value={quote.source ?? ''} options={sourceOptions} emptyLabel={t('The event’s first source')} onChange={(source) => change({ ...quote, source: source || undefined }, `quotes.${index}.source`)} />
                )}
              </Field>
              <button type="button" className="link-button" onClick={() => session.update((current) => removeQuote(current, eventId, index))}>
                {t('Remove quote {number}', { number: index + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" onClick={() => session.update((current) => addQuote(current, eventId, { actor: record.actors[0] ?? file.actors[0]?.id ?? '', text: '' }))}>
          {t('Add quote')}
        </button>
      </fieldset>

      <fieldset className="edit-items">
        <legend>{t('Positions')}</legend>
        <ProblemNote id={domId(prefix, 'positions-problems')} problems={problems.of('positions')} />
        {positions.map((position, index) => {
          const change = (next: PositionRecord, field: string) => session.update((current) => updatePosition(current, eventId, index, next), { field });
          return (
            <fieldset key={index} className="edit-item">
              <legend>{t('Position {number}', { number: index + 1 })}</legend>
              <ProblemNote id={domId(prefix, `positions.${index}-problems`)} problems={problems.of(`positions.${index}`)} />
              <Field prefix={prefix} fieldKey={`positions.${index}.actor`} label={t('Actor')} problems={problems.of(`positions.${index}.actor`)}>
                {(props) => (
                  <IdSelect control={props} value={position.actor} options={actorOptions} onChange={(actor) => change({ ...position, actor }, `positions.${index}.actor`)} />
                )}
              </Field>
              <Field prefix={prefix} fieldKey={`positions.${index}.topic`} label={t('Topic')} problems={problems.of(`positions.${index}.topic`)}>
                {(props) => (
                  <IdSelect control={props} value={position.topic} options={topicOptions} onChange={(topic) => change({ ...position, topic }, `positions.${index}.topic`)} />
                )}
              </Field>
              <Field prefix={prefix} fieldKey={`positions.${index}.stance`} label={t('Stance')} problems={problems.of(`positions.${index}.stance`)}>
                {(props) => (
                  <select {...props} value={position.stance} onChange={(changeEvent) => change({ ...position, stance: changeEvent.target.value as Stance }, `positions.${index}.stance`)}>
                    {STANCES.map((stance) => (
                      <option key={stance} value={stance}>
                        {stanceLabel(stance, position.topic)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field prefix={prefix} fieldKey={`positions.${index}.summary`} label={t('Summary (optional)')} problems={problems.of(`positions.${index}.summary`)}>
                {(props) => <input {...props} {...dataText} type="text" value={position.summary ?? ''} onChange={(changeEvent) => change({ ...position, summary: changeEvent.target.value }, `positions.${index}.summary`)} />}
              </Field>
              <button type="button" className="link-button" onClick={() => session.update((current) => removePosition(current, eventId, index))}>
                {t('Remove position {number}', { number: index + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          onClick={() =>
            session.update((current) => addPosition(current, eventId, { actor: record.actors[0] ?? file.actors[0]?.id ?? '', topic: file.topics[0]?.id ?? '', stance: 'neutral' }))
          }
        >
          {t('Add position')}
        </button>
      </fieldset>

      {problems.others.length > 0 && (
        <section className="edit-other-problems" aria-label={t('Other problems in the file')}>
          <h3>{t('Other problems in the file')}</h3>
          <ProblemNote id={domId(prefix, 'other-problems')} problems={problems.others} />
        </section>
      )}

      <div className="edit-danger">
        <button type="button" onClick={() => void addAfter(eventId, record)}>
          {t('Add event')}
        </button>
        {!confirmingDelete ? (
          <button type="button" className="danger-button" onClick={() => setConfirmingDelete(true)}>
            {t('Delete event…')}
          </button>
        ) : (
          <div role="group" aria-label={t('Confirm deleting the event')} className="edit-confirm">
            <p>
              {tNodes('Delete “{title}”? It leaves the file when you save; Undo brings it back before then.', { title: <bdi>{record.title || record.id}</bdi> })}
            </p>
            <button
              ref={confirmRef}
              type="button"
              className="danger-button"
              onClick={() => {
                const next = neighbourOf(dataset, eventId);
                setConfirmingDelete(false);
                session.update((current) => removeEvent(current, eventId), { immediate: true });
                onSelect(next);
              }}
            >
              {t('Delete this event')}
            </button>
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              {t('Keep it')}
            </button>
          </div>
        )}
      </div>
    </form>
  );
}
