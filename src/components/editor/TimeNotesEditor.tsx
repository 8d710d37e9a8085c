// The file's periods and annotations as a form: add, change and delete them, each field
// labelled, the loader's problems under the fields they name, through the event editor's
// session (one per file: the same undo, checks and Save). The chart shows every valid state.
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { addAnnotation, addPeriod, removeTimeNote, timeNoteFieldOfPath, updateAnnotation, updatePeriod } from '../../core/edit';
import type { TimeNoteList } from '../../core/edit';
import type { AnnotationRecord, DatasetFile, PeriodRecord, Problem } from '../../core/model/types';
import type { DataEditing } from '../dataContracts';
import { domId, editStateText, EditorOpening, Field, IdListField, NoticeView, ProblemNote } from './fields';
import { sessionFor } from './session';
import { t } from '../../core/i18n/translate';
import { FORMAT_TEXT } from '../../core/i18n/dataText';
import { dataTextPropsOfFile } from '../../core/i18n/dataTextOfFile';
import { tNodes } from '../i18n';
import '../../styles/editor.css';

interface Props {
  editing: DataEditing & { origin: NonNullable<DataEditing['origin']> };
  /** The window on screen, ms: a new period takes its middle third, a new annotation its middle day. */
  currentWindow: () => readonly [number, number];
  onClose(): void;
}

/** The start and date fields' help; the examples are the data format's, the same in every language. */
const dateHelp = () =>
  t('As precise as the sources allow: {year}, {month}, {day} or {time}; end with {uncertain} if uncertain, {approximate} if approximate, {both} if both.', {
    year: '2025',
    month: '2025-02',
    day: '2025-02-14',
    time: '2025-02-14T10:30+01:00',
    uncertain: '?',
    approximate: '~',
    both: '%',
  });

/** The UTC day holding `ms`, as the data format writes it. */
function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Problems of one period or annotation by field; those of the entry as a whole under `item`. */
function problemsOf(problems: readonly Problem[], list: TimeNoteList, index: number): (field: string) => Problem[] {
  const byField = new Map<string, Problem[]>();
  for (const found of problems) {
    const field = timeNoteFieldOfPath(found.path, list, index);
    if (field !== null) byField.set(field, [...(byField.get(field) ?? []), found]);
  }
  return (field) => byField.get(field) ?? [];
}

function belongsToNotes(problem: Problem): boolean {
  return /^(periods|annotations)(\[|$)/.test(problem.path);
}

export function TimeNotesEditor({ editing, currentWindow, onClose }: Props) {
  const session = sessionFor(editing.origin);
  session.apply = editing.replaceDataset;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  // Labels and notes are the data's words; dates are the data format's, left to right in every language.
  const dataText = dataTextPropsOfFile(snapshot.edited);
  const prefix = `notes${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  // The control to focus after the next render: a new entry's label, or Add after a delete.
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, snapshot.edited]);

  if (snapshot.phase !== 'ready' || !snapshot.edited) {
    return <EditorOpening className="story-editor time-notes-editor" label={t('Edit periods and annotations')} failure={snapshot.failure} onClose={onClose} />;
  }

  const file: DatasetFile = snapshot.edited;
  const periods: readonly PeriodRecord[] = file.periods ?? [];
  const annotations: readonly AnnotationRecord[] = file.annotations ?? [];
  const errorCount = snapshot.problems.filter((found) => found.severity === 'error').length;
  const actorOptions = file.actors.map((actor) => ({ id: actor.id, label: actor.role ? `${actor.name} (${actor.role})` : actor.name }));
  const countryOptions = file.countries.map((country) => ({ id: country.id, label: country.name }));
  const listProblems = (list: TimeNoteList) => snapshot.problems.filter((found) => found.path === list);
  const others = snapshot.problems.filter((found) => !belongsToNotes(found));

  const add = (list: TimeNoteList) => {
    const [t0, t1] = currentWindow();
    let index = 0;
    session.update(
      (current) => {
        const result =
          list === 'periods'
            ? addPeriod(current, { label: t('New period'), start: dayOf(t0 + (t1 - t0) / 3), end: dayOf(t0 + ((t1 - t0) * 2) / 3) })
            : addAnnotation(current, { label: t('New annotation'), date: dayOf((t0 + t1) / 2) });
        index = result.index;
        return result.file;
      },
      { immediate: true },
    );
    setFocusId(domId(prefix, `${list}.${index}.label`));
  };

  const remove = (list: TimeNoteList, index: number) => {
    session.update((current) => removeTimeNote(current, list, index), { immediate: true });
    setFocusId(domId(prefix, `${list}-add`));
  };

  const entry = (list: TimeNoteList, index: number, record: PeriodRecord | AnnotationRecord) => {
    const problems = problemsOf(snapshot.problems, list, index);
    const key = (field: string) => `${list}.${index}.${field}`;
    const change = (fields: Partial<PeriodRecord & AnnotationRecord>, field: string) =>
      session.update((current) => (list === 'periods' ? updatePeriod(current, index, fields) : updateAnnotation(current, index, fields)), { field: key(field) });
    const text = (field: 'label' | 'start' | 'end' | 'date', label: string, value: string, help?: string) => (
      <Field prefix={prefix} fieldKey={key(field)} label={label} help={help} problems={problems(field)}>
        {(props) => <input {...props} {...(field === 'label' ? dataText : FORMAT_TEXT)} type="text" value={value} onChange={(event) => change({ [field]: event.target.value }, field)} />}
      </Field>
    );
    return (
      <fieldset key={index} className="edit-item time-note-item" aria-describedby={problems('item').length > 0 ? domId(prefix, `${list}.${index}-problems`) : undefined}>
        <legend>
          {list === 'periods'
            ? tNodes('Period {number}: {label}', { number: index + 1, label: <bdi {...dataText}>{record.label}</bdi> })
            : tNodes('Annotation {number}: {label}', { number: index + 1, label: <bdi {...dataText}>{record.label}</bdi> })}
        </legend>
        <ProblemNote id={domId(prefix, `${list}.${index}-problems`)} problems={problems('item')} />
        <div className="time-note-fields">
          {text('label', t('Label'), record.label)}
          {'start' in record ? (
            <>
              {text('start', t('Start'), record.start, dateHelp())}
              {text('end', t('End'), record.end, t('The last day (or month, or year) it covers; not before the start.'))}
            </>
          ) : (
            text('date', t('Date'), record.date, dateHelp())
          )}
          <Field prefix={prefix} fieldKey={key('note')} label={t('Note (optional)')} help={t('Where the dates come from, or what it means.')} problems={problems('note')}>
            {(props) => <textarea {...props} {...dataText} rows={2} value={record.note ?? ''} onChange={(event) => change({ note: event.target.value }, 'note')} />}
          </Field>
        </div>
        <p className="field-help">{list === 'periods' ? t('With no actors and no countries it spans every lane.') : t('With no actors and no countries it crosses every lane.')}</p>
        <div className="time-note-fields">
          <IdListField prefix={prefix} fieldKey={key('actors')} legend={t('Actors')} addLabel={t('Add an actor')} removeLabel={(name) => t('Remove {name} from the actors', { name })} values={record.actors ?? []} options={actorOptions} problems={problems('actors')} onChange={(actors) => change({ actors }, 'actors')} />
          <IdListField prefix={prefix} fieldKey={key('countries')} legend={t('Countries')} addLabel={t('Add a country')} removeLabel={(name) => t('Remove {name} from the countries', { name })} values={record.countries ?? []} options={countryOptions} problems={problems('countries')} onChange={(countries) => change({ countries }, 'countries')} />
        </div>
        <button type="button" className="danger-button" onClick={() => remove(list, index)}>
          {list === 'periods' ? t('Delete period {number}', { number: index + 1 }) : t('Delete annotation {number}', { number: index + 1 })}
        </button>
      </fieldset>
    );
  };

  const section = (list: TimeNoteList, records: readonly (PeriodRecord | AnnotationRecord)[], heading: string, about: string) => (
    <section className="time-notes-section" aria-labelledby={domId(prefix, `${list}-heading`)}>
      <h3 id={domId(prefix, `${list}-heading`)}>{heading}</h3>
      <p className="field-help">{about}</p>
      <ProblemNote id={domId(prefix, `${list}-problems`)} problems={listProblems(list)} />
      {records.length === 0 && <p className="muted">{t('None yet.')}</p>}
      {records.map((record, index) => entry(list, index, record))}
      <button type="button" id={domId(prefix, `${list}-add`)} onClick={() => add(list)}>
        {list === 'periods' ? t('Add period') : t('Add annotation')}
      </button>
    </section>
  );

  return (
    <section
      className="story-editor time-notes-editor"
      aria-labelledby={`${prefix}-heading`}
      onKeyDown={(event) => {
        // Escape in the form never closes the details of an event behind it.
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <div className="story-editor-head">
        <h2 id={`${prefix}-heading`} className="time-notes-heading">
          {t('Periods and annotations')}
        </h2>
        <button type="button" className="primary-button" onClick={() => void session.save()} disabled={snapshot.saving}>
          {snapshot.target?.kind === 'download' ? t('Save (download)') : t('Save')}
        </button>
        <button type="button" onClick={() => session.undo()} disabled={!snapshot.canUndo}>
          {t('Undo')}
        </button>
        <p className="story-editor-status" role="status">
          {editStateText(snapshot, errorCount)}
        </p>
        <button type="button" className="story-editor-close" onClick={onClose}>
          {t('Close')}
        </button>
      </div>
      {snapshot.notice && <NoticeView notice={snapshot.notice} onDismiss={() => session.dismissNotice()} onReopen={() => void session.open()} />}
      {section('periods', periods, t('Periods'), t('Spans that frame the events, drawn as labelled bands behind the lanes they concern.'))}
      {section('annotations', annotations, t('Annotations'), t('Single dates worth marking, drawn as labelled rules across the lanes they concern.'))}
      {others.length > 0 && (
        <section className="edit-other-problems" aria-label={t('Other problems in the file')}>
          <h3>{t('Other problems in the file')}</h3>
          <ProblemNote id={domId(prefix, 'other-problems')} problems={others} />
        </section>
      )}
    </section>
  );
}
