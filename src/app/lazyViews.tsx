// What the first screen does not need, in chunks of their own: the list and positions
// views (chosen from the toolbar), the details panel (opened by a selection), embed mode
// and pages handed their data (single-file exports, mount()). Each is fetched the first
// time it is shown, keeping the initial JavaScript under its budget (docs/performance.md).
// The timeline chart (D3, the painters, the layout) is not on the first screen either,
// which shows the loading progress, but it is always needed next: its chunk is requested
// at start-up and arrives while the data file is still loading.
import { t } from '../core/i18n/translate';
import { lazy, useState } from 'react';
import type { ComponentProps } from 'react';
import type { TimelineView as TimelineViewComponent } from '../components/TimelineView';

const loadTimelineView = () => import('../components/TimelineView');
let timelineViewRequest: ReturnType<typeof loadTimelineView> | null = null;
/** The chart's component once its chunk has arrived. */
let loadedTimelineView: typeof TimelineViewComponent | null = null;

/** Starts fetching the chart's chunk (once), so it is ready by the time the data is. */
export function preloadTimelineView(): ReturnType<typeof loadTimelineView> {
  timelineViewRequest ??= loadTimelineView().then((module) => {
    loadedTimelineView = module.TimelineView;
    return module;
  });
  return timelineViewRequest;
}

const SuspendingTimelineView = lazy(() => preloadTimelineView().then((module) => ({ default: module.TimelineView })));

/**
 * The chart, rendered at once when its chunk has arrived (the usual case: it is requested at
 * start-up and the data takes longer). React.lazy suspends on its first render even when the
 * chunk is there, which cost the first render a commit, a layout and a paint with the
 * placeholder before the chart could be built. Which of the two renders is fixed per mount,
 * so the chart is never torn down and rebuilt when the chunk arrives.
 */
export function LazyTimelineView(props: ComponentProps<typeof TimelineViewComponent>) {
  const [Loaded] = useState(() => loadedTimelineView);
  return Loaded ? <Loaded {...props} /> : <SuspendingTimelineView {...props} />;
}

export const LazyListView = lazy(() => import('../components/ListView').then((module) => ({ default: module.ListView })));

export const LazyPositionsView = lazy(() =>
  import('../components/positions/PositionsView').then((module) => ({ default: module.PositionsView })),
);

export const LazyDetailsPanel = lazy(() => import('../components/DetailsPanel').then((module) => ({ default: module.DetailsPanel })));

export const LazyEmbedView = lazy(() => import('../embed/EmbedView').then((module) => ({ default: module.EmbedView })));


/** Stands in for a view while its chunk arrives (a few kilobytes: rarely seen). */
/** `label` is the whole sentence, in the interface language ("Loading the timeline…"). */
export function ViewPlaceholder({ label }: { label: string }) {
  return (
    <p className="view-placeholder" role="status">
      {label}
    </p>
  );
}

/** Stands in for the details panel on the first selection, in the panel's own place. */
export function DetailsPlaceholder() {
  return (
    <aside className="details-panel" aria-busy="true" aria-label={t('Event details')}>
      <p role="status">{t('Opening the details…')}</p>
    </aside>
  );
}
