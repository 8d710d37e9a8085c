// Edits of a file's stories, as pure functions from file to file (the editor's session keeps
// undo and writes only the changed lines back). Each returns a new file and leaves the one
// given untouched.
import type { DatasetFile, StoryRecord, StoryStepRecord } from '../model/types';
import { newId } from '../edit/operations';
import { t } from '../i18n/translate';

/** Shown by the story editor when the file changed under it (its session's notice). */
const noStep = (storyId: string, index: number) => new Error(t('Story "{id}" has no step {step, number}.', { id: storyId, step: index + 1 }));

function storyIndex(file: DatasetFile, storyId: string): number {
  const index = (file.stories ?? []).findIndex((story) => story.id === storyId);
  if (index < 0) throw new Error(t('There is no story "{id}" in the file.', { id: storyId }));
  return index;
}

function withStory(file: DatasetFile, storyId: string, change: (story: StoryRecord) => StoryRecord | null): DatasetFile {
  const stories = (file.stories ?? []).slice();
  const index = storyIndex(file, storyId);
  const next = change(stories[index]!);
  if (next) stories[index] = next;
  else stories.splice(index, 1);
  const result: DatasetFile = { ...file, stories };
  // A file whose last story is removed has no "stories" key, as before it had one.
  if (stories.length === 0) delete result.stories;
  return result;
}

/** Adds a story with one step (a story has at least one); returns the file and the story's id. */
export function addStory(file: DatasetFile, title: string, firstStep: StoryStepRecord): { file: DatasetFile; id: string } {
  const id = newId(title, (file.stories ?? []).map((story) => story.id), 'story');
  const story: StoryRecord = { id, title, steps: [{ ...firstStep }] };
  return { file: { ...file, stories: [...(file.stories ?? []), story] }, id };
}

/** Adds a step after `afterIndex` (or at the end); returns the file and the new step's index. */
export function addStep(file: DatasetFile, storyId: string, step: StoryStepRecord, afterIndex?: number): { file: DatasetFile; index: number } {
  let index = 0;
  const next = withStory(file, storyId, (story) => {
    const steps = story.steps.slice();
    index = afterIndex === undefined ? steps.length : Math.min(Math.max(afterIndex + 1, 0), steps.length);
    steps.splice(index, 0, { ...step });
    return { ...story, steps };
  });
  return { file: next, index };
}

/** Changes a step's view, title or caption; an empty title removes it. */
export function updateStep(file: DatasetFile, storyId: string, index: number, changes: Partial<StoryStepRecord>): DatasetFile {
  return withStory(file, storyId, (story) => {
    const current = story.steps[index];
    if (!current) throw noStep(storyId, index);
    const step: StoryStepRecord = { ...current, ...changes };
    if (step.title === '' || step.title === undefined) delete step.title;
    const steps = story.steps.slice();
    steps[index] = step;
    return { ...story, steps };
  });
}

/** Changes a story's title. */
export function renameStory(file: DatasetFile, storyId: string, title: string): DatasetFile {
  return withStory(file, storyId, (story) => ({ ...story, title }));
}

/** Moves a step one place earlier (-1) or later (+1); unchanged at either end. */
export function moveStep(file: DatasetFile, storyId: string, index: number, direction: -1 | 1): DatasetFile {
  const story = (file.stories ?? [])[storyIndex(file, storyId)]!;
  const target = index + direction;
  if (index < 0 || index >= story.steps.length || target < 0 || target >= story.steps.length) return file;
  return withStory(file, storyId, (current) => {
    const steps = current.steps.slice();
    [steps[index], steps[target]] = [steps[target]!, steps[index]!];
    return { ...current, steps };
  });
}

/** Removes a step; removing a story's only step removes the story. */
export function removeStep(file: DatasetFile, storyId: string, index: number): DatasetFile {
  return withStory(file, storyId, (story) => {
    if (!story.steps[index]) throw noStep(storyId, index);
    const steps = story.steps.filter((_, at) => at !== index);
    return steps.length > 0 ? { ...story, steps } : null;
  });
}
