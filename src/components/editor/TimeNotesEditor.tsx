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
import '../../styles/editor.css';

interface Props {
  editing: DataEditing & { origin: NonNullable<DataEditing['origin']> };
  /** The window on screen, ms: a new period takes its middle third, a new annotation its middle day. */
  currentWindow: () => readonly [number, number];
  onClose(): void;
}

const NAMES = { periods: 'period', annotations: 'annotation' } as const;

const DATE_HELP = 'As precise as the sources allow: 2025, 2025-02, 2025-02-14 or 2025-02-14T10:30+01:00; end with ? if uncertain, ~ if approximate, % if both.';

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
  const prefix = `notes${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  // The control to focus after the next render: a new entry's label, or Add after a delete.
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, snapshot.edited]);

  if (snapshot.phase !== 'ready' || !snapshot.edited) {
    return <EditorOpening className="story-editor time-notes-editor" label="Edit periods and annotations" failure={snapshot.failure} onClose={onClose} />;
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
            ? addPeriod(current, { label: 'New period', start: dayOf(t0 + (t1 - t0) / 3), end: dayOf(t0 + ((t1 - t0) * 2) / 3) })
            : addAnnotation(current, { label: 'New annotation', date: dayOf((t0 + t1) / 2) });
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
        {(props) => <input {...props} type="text" value={value} onChange={(event) => change({ [field]: event.target.value }, field)} />}
      </Field>
    );
    const name = NAMES[list];
    return (
      <fieldset key={index} className="edit-item time-note-item" aria-describedby={problems('item').length > 0 ? domId(prefix, `${list}.${index}-problems`) : undefined}>
        <legend>
          {name === 'period' ? 'Period' : 'Annotation'} {index + 1}: <bdi>{record.label}</bdi>
        </legend>
        <ProblemNote id={domId(prefix, `${list}.${index}-problems`)} problems={problems('item')} />
        <div className="time-note-fields">
          {text('label', 'Label', record.label)}
          {'start' in record ? (
            <>
              {text('start', 'Start', record.start, DATE_HELP)}
              {text('end', 'End', record.end, 'The last day (or month, or year) it covers; not before the start.')}
            </>
          ) : (
            text('date', 'Date', record.date, DATE_HELP)
          )}
          <Field prefix={prefix} fieldKey={key('note')} label="Note (optional)" help="Where the dates come from, or what it means." problems={problems('note')}>
            {(props) => <textarea {...props} rows={2} value={record.note ?? ''} onChange={(event) => change({ note: event.target.value }, 'note')} />}
          </Field>
        </div>
        <p className="field-help">With no actors and no countries it {list === 'periods' ? 'spans' : 'crosses'} every lane.</p>
        <div className="time-note-fields">
          <IdListField prefix={prefix} fieldKey={key('actors')} legend="Actors" values={record.actors ?? []} options={actorOptions} problems={problems('actors')} onChange={(actors) => change({ actors }, 'actors')} />
          <IdListField prefix={prefix} fieldKey={key('countries')} legend="Countries" values={record.countries ?? []} options={countryOptions} problems={problems('countries')} onChange={(countries) => change({ countries }, 'countries')} />
        </div>
        <button type="button" className="danger-button" onClick={() => remove(list, index)}>
          Delete {name} {index + 1}
        </button>
      </fieldset>
    );
  };

  const section = (list: TimeNoteList, records: readonly (PeriodRecord | AnnotationRecord)[], heading: string, about: string) => (
    <section className="time-notes-section" aria-labelledby={domId(prefix, `${list}-heading`)}>
      <h3 id={domId(prefix, `${list}-heading`)}>{heading}</h3>
      <p className="field-help">{about}</p>
      <ProblemNote id={domId(prefix, `${list}-problems`)} problems={listProblems(list)} />
      {records.length === 0 && <p className="muted">None yet.</p>}
      {records.map((record, index) => entry(list, index, record))}
      <button type="button" id={domId(prefix, `${list}-add`)} onClick={() => add(list)}>
        Add {NAMES[list]}
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
          Periods and annotations
        </h2>
        <button type="button" className="primary-button" onClick={() => void session.save()} disabled={snapshot.saving}>
          {snapshot.target?.kind === 'download' ? 'Save (download)' : 'Save'}
        </button>
        <button type="button" onClick={() => session.undo()} disabled={!snapshot.canUndo}>
          Undo
        </button>
        <p className="story-editor-status" role="status">
          {editStateText(snapshot, errorCount)}
        </p>
        <button type="button" className="story-editor-close" onClick={onClose}>
          Close
        </button>
      </div>
      {snapshot.notice && <NoticeView notice={snapshot.notice} onDismiss={() => session.dismissNotice()} onReopen={() => void session.open()} />}
      {section('periods', periods, 'Periods', 'Spans that frame the events, drawn as labelled bands behind the lanes they concern.')}
      {section('annotations', annotations, 'Annotations', 'Single dates worth marking, drawn as labelled rules across the lanes they concern.')}
      {others.length > 0 && (
        <section className="edit-other-problems" aria-label="Other problems in the file">
          <h3>Other problems in the file</h3>
          <ProblemNote id={domId(prefix, 'other-problems')} problems={others} />
        </section>
      )}
    </section>
  );
}
