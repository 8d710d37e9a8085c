// The editor's building blocks: a labelled field with its help and problems wired for
// screen readers, pick-lists of ids, and the notice that reports a save. Data is shown
// as React text, never as markup.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { eventFieldOfPath } from '../../core/edit';
import { t } from '../../core/i18n/translate';
import type { Problem } from '../../core/model/types';
import type { Notice, SessionSnapshot } from './session';

/** Problems of one field, and the ids that tie them to it. */
export interface FieldProblems {
  of: (key: string) => Problem[];
  others: Problem[];
}

export function groupProblems(problems: readonly Problem[], fileIndex: number, keys: ReadonlySet<string>): FieldProblems {
  const byKey = new Map<string, Problem[]>();
  const others: Problem[] = [];
  for (const found of problems) {
    const key = fileIndex >= 0 ? eventFieldOfPath(found.path, fileIndex) : null;
    // A problem with a part of a quote or position the form has no field for goes to its item.
    const shownAt = key === null ? null : keys.has(key) ? key : keys.has(key.split('.').slice(0, 2).join('.')) ? key.split('.').slice(0, 2).join('.') : null;
    if (shownAt === null) others.push(found);
    else byKey.set(shownAt, [...(byKey.get(shownAt) ?? []), found]);
  }
  return { of: (key) => byKey.get(key) ?? [], others };
}

export function domId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function ProblemNote({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((found, index) => (
        <li key={index} className={`field-problem field-problem-${found.severity}`}>
          {found.severity === 'error' ? t('Error:') : t('Warning:')} <bdi>{found.message}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** A labelled control with its help and problems, wired for screen readers. */
/** What a field's control needs to be labelled and described. */
export type FieldControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

export function Field({
  prefix,
  fieldKey,
  label,
  help,
  problems,
  children,
}: {
  prefix: string;
  fieldKey: string;
  label: string;
  help?: ReactNode;
  problems: readonly Problem[];
  children: (props: FieldControlProps) => ReactNode;
}) {
  const id = domId(prefix, fieldKey);
  const helpId = help ? `${id}-help` : undefined;
  const problemId = problems.length > 0 ? `${id}-problems` : undefined;
  const describedBy = [problemId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={problems.some((found) => found.severity === 'error') ? 'edit-field has-error' : 'edit-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problems.some((found) => found.severity === 'error'), 'aria-describedby': describedBy })}
      {help && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      <ProblemNote id={`${id}-problems`} problems={problems} />
    </div>
  );
}

export interface IdOption {
  id: string;
  label: string;
}

/**
 * A pick-list of the dataset's ids. A value the dataset does not know stays listed as
 * "(unknown)" rather than silently becoming the first option; the loader names it.
 */
export function IdSelect({
  control,
  value,
  options,
  emptyLabel,
  onChange,
}: {
  control: FieldControlProps;
  value: string;
  options: readonly IdOption[];
  /** When given, an empty choice with this label (for optional references). */
  emptyLabel?: string;
  onChange: (id: string) => void;
}) {
  return (
    <select {...control} value={value} onChange={(changeEvent) => onChange(changeEvent.target.value)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {value !== '' && !options.some((option) => option.id === value) && <option value={value}>{t('{id} (unknown)', { id: value })}</option>}
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

export function NoticeView({ notice, onDismiss, onReopen }: { notice: Notice; onDismiss: () => void; onReopen: () => void }) {
  return (
    <div className={`edit-notice edit-notice-${notice.kind}`} role={notice.kind === 'saved' ? 'status' : 'alert'}>
      <p>
        <bdi>{notice.message}</bdi>
      </p>
      {notice.problems.length > 0 && (
        <ul>
          {notice.problems.map((found, index) => (
            <li key={index}>
              <code>
                <bdi>{found.path || t('(document)')}</bdi>
              </code>{' '}
              <bdi>{found.message}</bdi>
            </li>
          ))}
        </ul>
      )}
      <div className="edit-notice-actions">
        {notice.kind === 'changed' && (
          <button type="button" onClick={onReopen}>
            {t('Discard my edits and load the file from disk')}
          </button>
        )}
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('Dismiss')}
        </button>
      </div>
    </div>
  );
}

/** A list of ids (actors, sources) with a remove button each and a pick-list to add one. */
export function IdListField({
  prefix,
  fieldKey,
  legend,
  addLabel,
  removeLabel,
  values,
  options,
  problems,
  onChange,
}: {
  prefix: string;
  fieldKey: string;
  legend: string;
  /** The add pick-list's label ("Add an actor") and each remove button's name ("Remove Macron from the actors"). */
  addLabel: string;
  removeLabel: (name: string) => string;
  values: readonly string[];
  options: readonly { id: string; label: string }[];
  problems: readonly Problem[];
  onChange: (values: string[]) => void;
}) {
  const available = options.filter((option) => !values.includes(option.id));
  const [choice, setChoice] = useState('');
  const pickId = domId(prefix, `${fieldKey}-add`);
  const problemId = domId(prefix, `${fieldKey}-problems`);
  const labelOf = (id: string) => options.find((option) => option.id === id)?.label ?? id;
  const chosen = available.some((option) => option.id === choice) ? choice : (available[0]?.id ?? '');
  return (
    <fieldset className="edit-list" aria-invalid={problems.some((found) => found.severity === 'error')} aria-describedby={problems.length > 0 ? problemId : undefined}>
      <legend>{legend}</legend>
      {values.length === 0 ? (
        <p className="muted">{t('None.')}</p>
      ) : (
        <ul>
          {values.map((value, index) => (
            <li key={`${value}-${index}`}>
              <bdi>{labelOf(value)}</bdi>
              <button type="button" className="link-button" aria-label={removeLabel(labelOf(value))} onClick={() => onChange(values.filter((_, position) => position !== index))}>
                {t('Remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <div className="edit-add-row">
          <label htmlFor={pickId}>{addLabel}</label>
          <select id={pickId} value={chosen} onChange={(changeEvent) => setChoice(changeEvent.target.value)}>
            {available.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => chosen && onChange([...values, chosen])}>
            {t('Add')}
          </button>
        </div>
      )}
      <ProblemNote id={problemId} problems={problems} />
    </fieldset>
  );
}

/** The editing session's state in words, for a status line: saving, checking, errors, or whether edits are unsaved. */
export function editStateText(snapshot: Pick<SessionSnapshot, 'saving' | 'checking' | 'dirty'>, errorCount: number): string {
  if (snapshot.saving) return t('Saving…');
  if (snapshot.checking) return t('Checking…');
  if (errorCount > 0) return t('{count, plural, one {# error} other {# errors}}: the chart shows the last valid data.', { count: errorCount });
  return snapshot.dirty ? t('Unsaved edits, shown on the chart.') : t('No unsaved edits.');
}

/** An editor panel while its session opens the data file, or says why it could not. */
export function EditorOpening({ className, label, failure, onClose }: { className: string; label: string; failure: string | null | undefined; onClose(): void }) {
  return (
    <section className={className} aria-label={label}>
      <p role="status">{failure ?? t('Opening the data file for editing…')}</p>
      <button type="button" onClick={onClose}>
        {t('Close')}
      </button>
    </section>
  );
}
