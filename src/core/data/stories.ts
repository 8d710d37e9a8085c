// The optional top-level "stories": the checks a schema cannot express. Story ids are
// unique, and every step's view names only parameters, ids and dates that exist in this
// file (see core/story/checkView.ts), each mistake placed at that step's "view".
import { checkStepView } from '../story/checkView';
import type { KnownIds } from '../story/checkView';
import type { ProblemDraft } from './problems';
import { show } from './problems';
import { recordId } from './rules';
import { t } from '../i18n/translate';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function idsOf(file: Plain, list: string): Set<string> {
  const items = file[list];
  const ids = new Set<string>();
  if (!Array.isArray(items)) return ids;
  for (const item of items) if (isPlain(item) && typeof item.id === 'string') ids.add(item.id);
  return ids;
}

/** Problems in `file.stories`; types and missing fields are left to the schema. */
export function checkStories(file: Plain): ProblemDraft[] {
  const stories = file.stories;
  if (!Array.isArray(stories) || stories.length === 0) return [];
  const known: KnownIds = {
    countries: idsOf(file, 'countries'),
    actors: idsOf(file, 'actors'),
    topics: idsOf(file, 'topics'),
    events: idsOf(file, 'events'),
  };
  const drafts: ProblemDraft[] = [];
  const firstIndexById = new Map<string, number>();
  stories.forEach((story, storyIndex) => {
    if (!isPlain(story)) return;
    if (typeof story.id === 'string') {
      recordId(firstIndexById, 'stories', 'story', story.id, storyIndex, drafts, (id, firstLine) => t('Another story already has the id {id} (line {line}); links name a story by its id, so give this one another.', { id: show(id), line: firstLine }));
    }
    const steps = story.steps;
    if (!Array.isArray(steps)) return;
    steps.forEach((step, stepIndex) => {
      if (!isPlain(step) || typeof step.view !== 'string') return;
      for (const message of checkStepView(step.view, known)) {
        drafts.push({
          severity: 'error',
          rule: 'invalid-story-view',
          path: ['stories', storyIndex, 'steps', stepIndex, 'view'],
          anchor: 'value',
          message: t('Step {step} of story {story}: {problem}', { step: stepIndex + 1, story: typeof story.id === 'string' ? show(story.id) : storyIndex + 1, problem: message }),
        });
      }
    });
  });
  return drafts;
}
