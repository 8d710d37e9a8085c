// The story editor's place under the caption panel, loaded on first use. Opened from the
// Story menu's "Edit stories…", only where the data can be edited (the full app).
import { lazy, Suspense } from 'react';
import type { ViewStore } from '../../core/view/store';
import type { DataEditing } from '../dataContracts';
import type { StoryControls } from './useStory';
import { t } from '../../core/i18n/translate';

const LazyStoryEditor = lazy(() => import('./StoryEditor').then((module) => ({ default: module.StoryEditor })));

interface Props {
  store: ViewStore;
  editing: DataEditing | undefined;
  controls: StoryControls;
  open: boolean;
  onClose(): void;
}

export function StoryEditorSlot({ store, editing, controls, open, onClose }: Props) {
  const origin = editing?.origin;
  if (!open || !editing || !origin) return null;
  return (
    <Suspense fallback={<p role="status">{t('Opening the story editor…')}</p>}>
      <LazyStoryEditor store={store} editing={{ ...editing, origin }} playingId={controls.position?.story.id ?? null} onPlay={controls.goTo} onClose={onClose} />
    </Suspense>
  );
}
