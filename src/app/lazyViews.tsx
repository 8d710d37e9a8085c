// What the first screen does not need, in chunks of their own: the list and positions
// views (chosen from the toolbar), the details panel (opened by a selection), embed mode
// and pages handed their data (single-file exports, mount()). Each is fetched the first
// time it is shown, keeping the initial JavaScript under its budget (docs/performance.md).
// The workspace (toolbar, filters, legend, menus) and the timeline chart (D3, the
// painters, the layout) are not on the first screen either, which shows the loading
// progress, but they are always needed next: their chunks are requested at start-up and
// arrive while the data file is still loading.
import { t } from '../core/i18n/translate';
import { lazy } from 'react';
import { preloadable } from './preloadable';
import { dataIsArriving } from './loadOffThread';

const timelineView = preloadable(() =>
  import('../components/TimelineView').then((module) => {
    // The chunk usually arrives well before the data: its first drawing is prepared meanwhile,
    // in a task of its own right away (waiting for an idle moment, it ran after the data
    // arrived in some loads of 1,000 events, between React's render and the chart's first frame).
    // Not once the data has begun to arrive: the page's work is then the data's, and the first
    // frame makes what it needs (at 1,000 events the preparation, about 50 ms, ran after the
    // data's first part in most loads and delayed the first frame by as much).
    setTimeout(() => {
      if (!dataIsArriving()) module.prepareChartDrawing(globalThis.devicePixelRatio || 1);
    }, 0);
    return module.TimelineView;
  }),
);
/** Starts fetching the chart's chunk (once), so it is ready by the time the data is. */
export const preloadTimelineView = timelineView.preload;
/** The chart; rendered at once when its chunk has arrived (the usual case: it is requested at start-up and the data takes longer). */
export const LazyTimelineView = timelineView.Component;

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
