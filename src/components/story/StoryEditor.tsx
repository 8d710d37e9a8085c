// Authoring stories in the app: "Add this view as a step", each step's title and caption,
// reordering and deleting, saved through the editor's session (the dev server writes only
// the changed lines of the file; a static build downloads it). The chart and the Story menu
// follow the edits as soon as the loader finds them valid.
import { useId, useState, useSyncExternalStore } from 'react';
import type { ViewStore } from '../../core/view/store';
import type { DataEditing } from '../dataContracts';
import type { DatasetFile, Problem } from '../../core/model/types';
import { addStep, addStory, moveStep, removeStep, renameStory, updateStep } from '../../core/story/edit';
import { parseParams, viewSearchString } from '../../core/view/url';
import { sessionFor } from '../editor/session';
import { EditorOpening } from '../editor/fields';
import { t } from '../../core/i18n/translate';
import { dataTextPropsOfFile } from '../../core/i18n/dataTextOfFile';
import '../../styles/editor.css';

interface Props {
  store: ViewStore;
  editing: DataEditing & { origin: NonNullable<DataEditing['origin']> };
  /** The story playing, chosen first. */
  playingId: string | null;
  /** Plays a step of the edited story (after a change, to see it). */
  onPlay(storyId: string, stepIndex: number): void;
  onClose(): void;
}

const NEW_STORY = '';

function storyProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.path.startsWith('stories'));
}

export function StoryEditor({ store, editing, playingId, onPlay, onClose }: Props) {
  const session = sessionFor(editing.origin);
  session.apply = editing.replaceDataset;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const stories = snapshot.edited?.stories ?? [];
  const [chosen, setChosen] = useState<string>(playingId ?? stories[0]?.id ?? NEW_STORY);
  const [newTitle, setNewTitle] = useState('');
  const ids = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const story = stories.find((candidate) => candidate.id === chosen);
  const problems = storyProblems(snapshot.problems);
  // Titles and captions are the data's words, typed in its language and direction.
  const dataText = dataTextPropsOfFile(snapshot.edited);

  if (snapshot.phase !== 'ready' || !snapshot.edited) {
    return <EditorOpening className="story-editor" label={t('Edit stories')} failure={snapshot.failure} onClose={onClose} />;
  }

  const currentView = () => viewSearchString(store.getState(), parseParams(''));
  const addThisView = () => {
    if (!story) {
      let id = '';
      session.update((file: DatasetFile) => {
        const result = addStory(file, newTitle.trim() || t('New story'), { view: currentView(), caption: t('Write what the reader should see here.') });
        id = result.id;
        return result.file;
      }, { immediate: true });
      if (id) setChosen(id);
      setNewTitle('');
      return;
    }
    session.update((file) => addStep(file, story.id, { view: currentView(), caption: t('Write what the reader should see here.') }).file, { immediate: true });
  };

  return (
    <section className="story-editor" aria-label={t('Edit stories')}>
      <div className="story-editor-head">
        <label htmlFor={`${ids}-story`}>{t('Story')}</label>
        <select id={`${ids}-story`} value={story ? story.id : NEW_STORY} onChange={(event) => setChosen(event.target.value)}>
          {stories.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
          <option value={NEW_STORY}>{t('New story…')}</option>
        </select>
        {story ? (
          <>
            <label htmlFor={`${ids}-title`}>{t('Title')}</label>
            <input id={`${ids}-title`} {...dataText} value={story.title} onChange={(event) => session.update((file) => renameStory(file, story.id, event.target.value), { field: `story-title:${story.id}` })} />
          </>
        ) : (
          <>
            <label htmlFor={`${ids}-new`}>{t('Title of the new story')}</label>
            <input id={`${ids}-new`} {...dataText} value={newTitle} onChange={(event) => setNewTitle(event.target.value)} />
          </>
        )}
        <button type="button" onClick={addThisView}>
          {t('Add this view as a step')}
        </button>
        <button type="button" className="story-editor-close" onClick={onClose}>
          {t('Close')}
        </button>
      </div>
      {story && (
        <ol className="story-editor-steps">
          {story.steps.map((step, index) => {
            const field = `${ids}-${index}`;
            const stepProblems = problems.filter((problem) => problem.path.startsWith(`stories[${stories.indexOf(story)}].steps[${index}]`));
            return (
              <li key={index} className="story-editor-step">
                <div className="story-editor-step-head">
                  <span className="story-editor-step-number">{t('Step {step, number}', { step: index + 1 })}</span>
                  <code className="story-editor-view">{step.view || t('(the default view)')}</code>
                  <button type="button" onClick={() => onPlay(story.id, index)}>
                    {t('Show')}
                  </button>
                  <button type="button" aria-label={t('Use the current view for step {step, number}', { step: index + 1 })} onClick={() => session.update((file) => updateStep(file, story.id, index, { view: currentView() }), { immediate: true })}>
                    {t('Use this view')}
                  </button>
                  <button type="button" aria-label={t('Move step {step, number} up', { step: index + 1 })} aria-disabled={index === 0} onClick={() => index > 0 && session.update((file) => moveStep(file, story.id, index, -1), { immediate: true })}>
                    ↑
                  </button>
                  <button type="button" aria-label={t('Move step {step, number} down', { step: index + 1 })} aria-disabled={index === story.steps.length - 1} onClick={() => index < story.steps.length - 1 && session.update((file) => moveStep(file, story.id, index, 1), { immediate: true })}>
                    ↓
                  </button>
                  <button type="button" aria-label={t('Delete step {step, number}', { step: index + 1 })} onClick={() => session.update((file) => removeStep(file, story.id, index), { immediate: true })}>
                    {t('Delete')}
                  </button>
                </div>
                <label htmlFor={`${field}-title`}>{t('Step title')}</label>
                <input id={`${field}-title`} {...dataText} value={step.title ?? ''} onChange={(event) => session.update((file) => updateStep(file, story.id, index, { title: event.target.value }), { field: `${field}-title` })} />
                <label htmlFor={`${field}-caption`}>{t('Caption')}</label>
                <textarea id={`${field}-caption`} {...dataText} rows={3} value={step.caption} onChange={(event) => session.update((file) => updateStep(file, story.id, index, { caption: event.target.value }), { field: `${field}-caption` })} />
                {stepProblems.length > 0 && (
                  <ul className="story-editor-problems" role="alert">
                    {stepProblems.map((problem, at) => (
                      <li key={at}>{problem.message}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="story-editor-actions">
        <button type="button" onClick={() => void session.save()} disabled={!snapshot.dirty || snapshot.saving}>
          {snapshot.target?.kind === 'download' ? t('Save (download)') : t('Save')}
        </button>
        <button type="button" onClick={() => session.undo()} disabled={!snapshot.canUndo}>
          {t('Undo')}
        </button>
        <p className="story-editor-status" role="status">
          {snapshot.checking ? t('Checking…') : snapshot.notice ? snapshot.notice.message : snapshot.dirty ? t('Unsaved changes.') : ''}
        </p>
      </div>
    </section>
  );
}
