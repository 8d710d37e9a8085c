// Embed mode: only the chart (optionally the title, source credit and legend above it),
// filling its frame. The same view state as the full app applies; selecting an event
// opens its details over the chart. The frame's parent is told the content height.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Dataset } from '../core/model/types';
import { select } from '../core/view/actions';
import { filterEvents, searchEvents } from '../core/view/filter';
import type { ChartController } from '../render/chartApi';
import type { ViewStore } from '../app/store';
import { DetailsPanel } from '../components/DetailsPanel';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Legend } from '../components/Legend';
import { TimelineView } from '../components/TimelineView';
import { sourceCredit } from '../render/export/credit';
import { reportHeightToParent } from './height';
import type { EmbedOptions } from './options';
import '../styles/embed.css';

/** The chart's natural height: its fixed parts plus all its lanes, so nothing needs scrolling. */
function naturalChartHeight(container: HTMLElement): number | null {
  const chart = container.querySelector<HTMLElement>('.sl-chart');
  const scroller = chart?.querySelector<HTMLElement>('.sl-chart__scroller');
  const sizer = scroller?.querySelector<HTMLElement>('.sl-chart__sizer');
  if (!chart || !scroller || !sizer) return null;
  return chart.offsetHeight - scroller.clientHeight + sizer.offsetHeight;
}

export function EmbedView({ store, dataset, options }: { store: ViewStore; dataset: Dataset; options: EmbedOptions }) {
  const view = useSyncExternalStore(store.subscribe, store.getState);
  const included = useMemo(() => filterEvents(dataset, view.filters), [dataset, view.filters]);
  const matchIds = useMemo(() => searchEvents(dataset, view.search, included), [dataset, view.search, included]);
  const controllerRef = useRef<ChartController | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const selectedEvent = view.selected ? dataset.eventById.get(view.selected) : undefined;
  const credit = sourceCredit(dataset);

  useEffect(() => {
    const root = rootRef.current;
    const body = bodyRef.current;
    if (!root || !body) return;
    // The content's height is what sits above the chart plus the chart at its natural height.
    const measure = () => root.offsetHeight - body.offsetHeight + (naturalChartHeight(body) ?? body.offsetHeight);
    const stopRoot = reportHeightToParent(window, root, measure);
    // Lanes appear, fold and unfold inside the chart without the frame changing size.
    const sizer = body.querySelector('.sl-chart__sizer');
    const stopSizer = sizer ? reportHeightToParent(window, sizer, measure) : () => {};
    return () => {
      stopRoot();
      stopSizer();
    };
  }, []);

  const closeDetails = () => {
    store.dispatch(select(null));
    controllerRef.current?.focus();
  };

  return (
    <div className="embed" ref={rootRef} data-testid="embed-root">
      {options.title && (
        <header className="embed-header">
          <h1 className="embed-title">{dataset.title}</h1>
          {credit && <p className="embed-credit">{credit}</p>}
        </header>
      )}
      {options.legend && (
        <div className="embed-legend">
          <Legend dataset={dataset} />
        </div>
      )}
      <main className="embed-body view-area view-timeline" ref={bodyRef} aria-label={options.title ? undefined : dataset.title}>
        <ErrorBoundary label="The timeline" resetKey={dataset.title}>
          <TimelineView store={store} dataset={dataset} included={included} view={view} matchIds={matchIds} controllerRef={controllerRef} />
        </ErrorBoundary>
        {selectedEvent && (
          <div className="embed-details">
            <ErrorBoundary label="The details" resetKey={selectedEvent.id}>
              <DetailsPanel dataset={dataset} event={selectedEvent} onClose={closeDetails} takeFocus />
            </ErrorBoundary>
          </div>
        )}
      </main>
    </div>
  );
}
