// Where a story stands, in the address: `story=ID&step=N`, N counting from 1, beside the
// view's own parameters (url.ts keeps parameters it does not own). Reading never throws:
// a link to a story or step that does not exist gives a sentence to show, and the free view.
import type { Dataset, StoryRecord, StoryStepRecord } from '../model/types';
import { show } from '../data/problems';
import { decodeView, parseParams, viewSearchString } from '../view/url';
import type { ViewParams } from '../view/url';
import type { ViewState } from '../view/types';
import { t } from '../i18n/translate';

/** The parameter names stories own. */
export const STORY_PARAMS = ['story', 'step'] as const;

export interface StoryPosition {
  story: StoryRecord;
  /** 0-based; the address shows it plus one. */
  stepIndex: number;
}

export type StoryLink =
  | { kind: 'none' }
  | ({ kind: 'playing' } & StoryPosition)
  /** The address names a story or step that does not exist: say so, show the free view. */
  | { kind: 'missing'; message: string };

export function findStory(dataset: Pick<Dataset, 'stories'>, id: string): StoryRecord | undefined {
  return dataset.stories?.find((story) => story.id === id);
}

/** Reads `story` and `step` from the address's parameters. */
export function readStoryLink(params: Pick<ViewParams, 'get'>, dataset: Pick<Dataset, 'stories'>): StoryLink {
  const id = params.get('story');
  if (id === null) return { kind: 'none' };
  const story = findStory(dataset, id);
  if (!story) {
    const count = dataset.stories?.length ?? 0;
    const message =
      count === 0
        ? t('The link names a story {id}, which this data does not have. This data has no stories. Showing the timeline as the link left it.', { id: show(id) })
        : t('The link names a story {id}, which this data does not have. Its stories are listed under Story. Showing the timeline as the link left it.', { id: show(id) });
    return { kind: 'missing', message };
  }
  const stepText = params.get('step');
  if (stepText === null || stepText === '') return { kind: 'playing', story, stepIndex: 0 };
  const step = /^\d{1,6}$/.test(stepText.trim()) ? Number(stepText.trim()) : Number.NaN;
  if (!(step >= 1 && step <= story.steps.length)) {
    return {
      kind: 'missing',
      message: t('The story {title} has {count, plural, one {# step} other {# steps}}; the link asks for step {step}. Showing the timeline as the link left it; choose the story under Story to play it from the start.', {
        title: show(story.title),
        count: story.steps.length,
        step: show(stepText),
      }),
    };
  }
  return { kind: 'playing', story, stepIndex: step - 1 };
}

export function stepAt(position: StoryPosition): StoryStepRecord {
  const step = position.story.steps[position.stepIndex];
  if (!step) throw new RangeError(`Story ${position.story.id} has no step ${position.stepIndex + 1}`);
  return step;
}

/** The view state a step shows. Ids the dataset lacks are dropped (the loader has already refused them). */
export function stepView(step: StoryStepRecord, dataset?: Dataset): ViewState {
  return decodeView(parseParams(step.view), dataset);
}

/** The address's query for a view and a story position (or none, to leave the story), keeping other parameters. */
export function storySearchString(state: ViewState, current: ViewParams, position: StoryPosition | null): string {
  const params = parseParams(viewSearchString(state, current));
  const kept = parseParams('');
  for (const [name, value] of params) if (!(STORY_PARAMS as readonly string[]).includes(name)) kept.append(name, value);
  if (position) {
    kept.set('story', position.story.id);
    kept.set('step', String(position.stepIndex + 1));
  }
  const text = kept.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** "Step 2 of 5". */
export function stepLabel(position: StoryPosition): string {
  return t('Step {step, number} of {count, number}', { step: position.stepIndex + 1, count: position.story.steps.length });
}

/** `search` with the story's place copied from `address` (so an export or embed of a step plays that step). */
export function withStoryOf(search: string, address: string): string {
  const from = parseParams(address);
  const params = parseParams(search);
  const kept = parseParams('');
  for (const [name, value] of params) if (!(STORY_PARAMS as readonly string[]).includes(name)) kept.append(name, value);
  for (const name of STORY_PARAMS) {
    const value = from.get(name);
    if (value !== null) kept.set(name, value);
  }
  const text = kept.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
