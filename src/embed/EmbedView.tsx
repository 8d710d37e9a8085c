// Embed mode: only the chart (optionally the title, source credit and legend above it),
// filling its frame. The same view state as the full app applies; selecting an event
// opens its details over the chart. The frame's parent is told the content height.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Dataset } from '../core/model/types';
import { select } from '../core/view/actions';
import { filterEvents } from '../core/view/filter';
import { shownEvents } from '../core/view/search';
import { useSearch } from '../components/useSearch';
import type { ChartController } from '../render/chartApi';
import type { ViewStore } from '../core/view/store';
import { DetailsPanel } from '../components/DetailsPanel';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Legend } from '../components/Legend';
import { TimelineView } from '../components/TimelineView';
import { sourceCredit } from '../render/export/credit';
import { useRecordsIn } from '../components/useRecordsIn';
import type { ForeignData } from '../core/data/origin';
import { DataOriginNote } from '../components/DataOriginNote';
import { reportHeightToParent } from './height';
import type { EmbedOptions } from '../core/embed/options';
import { StoryPlayer } from '../components/story/StoryPlayer';
import { useHeldStepDetails } from '../components/story/useHeldStepDetails';
import { useStory } from '../components/story/useStory';
import { t } from '../core/i18n/translate';
import { dataTextProps } from '../core/i18n/dataText';
import '../styles/embed.css';

/** The chart's natural height: its fixed parts plus all its lanes, so nothing needs scrolling. */
function naturalChartHeight(container: HTMLElement): number | null {
  const chart = container.querySelector<HTMLElement>('.sl-chart');
  const scroller = chart?.querySelector<HTMLElement>('.sl-chart__scroller');
  const sizer = scroller?.querySelector<HTMLElement>('.sl-chart__sizer');
  if (!chart || !scroller || !sizer) return null;
  // The sizer is at least as tall as its scroller (so a short chart fills the frame); its own
  // height, set by the chart, is the lanes' height, so the frame can shrink as well as grow.
  const lanes = Number.parseFloat(sizer.style.height);
  return chart.offsetHeight - scroller.clientHeight + (Number.isFinite(lanes) ? lanes : sizer.offsetHeight);
}

/** `foreign`: the other site the data came from; said above the chart whatever the options, since the frame shows this app's address. */
export function EmbedView({ store, dataset, options, foreign = null }: { store: ViewStore; dataset: Dataset; options: EmbedOptions; foreign?: ForeignData | null }) {
  const view = useSyncExternalStore(store.subscribe, store.getState);
  const filtered = useMemo(() => filterEvents(dataset, view.filters), [dataset, view.filters]);
  const { matches } = useSearch(dataset, view.search, filtered);
  // "Show only matches" (only=matches) narrows an embedded chart too.
  const included = useMemo(
    () => shownEvents(filtered, matches, view.search, view.onlyMatches ?? false),
    [filtered, matches, view.search, view.onlyMatches],
  );
  const controllerRef = useRef<ChartController | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const selectedEvent = view.selected ? dataset.eventById.get(view.selected) : undefined;
  // Worked out again once the records, and any sources coming with them, are in.
  useRecordsIn(dataset);
  const credit = sourceCredit(dataset);
  // embed=1&story=ID: the caption and Previous/Next above the chart; the frame's height follows them.
  const story = useStory(store, dataset);
  // The details lie over the chart in a frame: a step's own event waits to be asked for.
  const stepDetails = useHeldStepDetails(story.position, view.selected, true);
  const showDetails = selectedEvent !== undefined && !stepDetails.held;

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
    // A story's caption grows and shrinks above the chart inside a frame of fixed height:
    // the chart's box gives way, so its size is what changes.
    const stopBody = reportHeightToParent(window, body, measure);
    return () => {
      stopRoot();
      stopSizer();
      stopBody();
    };
  }, []);


  const closeDetails = () => {
    store.dispatch(select(null));
    controllerRef.current?.focus();
  };

  return (
    <div className="embed" ref={rootRef} data-testid="embed-root">
      <DataOriginNote foreign={foreign} className="data-origin embed-data-origin" />
      {options.title && (
        <header className="embed-header">
          <h1 className="embed-title">{dataset.title}</h1>
          {credit && <p className="embed-credit">{credit}</p>}
        </header>
      )}
      {options.legend && (
        <div className="embed-legend">
          <Legend dataset={dataset} colorTopic={view.colorTopic ?? null} />
        </div>
      )}
      <StoryPlayer
        controls={story}
        dataText={dataTextProps(dataset)}
        detailsOpen={() => showDetails}
        {...(stepDetails.held ? { onShowDetails: stepDetails.show } : {})}
      />
      <main className="embed-body view-area view-timeline" ref={bodyRef} aria-label={options.title ? undefined : dataset.title}>
        <ErrorBoundary label={t('The timeline')} resetKey={dataset.title}>
          <TimelineView store={store} dataset={dataset} included={included} view={view} matches={matches} controllerRef={controllerRef} />
        </ErrorBoundary>
        {selectedEvent && showDetails && (
          <div className="embed-details">
            <ErrorBoundary label={t('The details')} resetKey={selectedEvent.id}>
              {/* No editing prop: an embedded chart never offers editing, whatever server it runs on. Open
                  only by the reader's choice (a step's own event waits to be asked for), so focus goes in. */}
              <DetailsPanel dataset={dataset} event={selectedEvent} onClose={closeDetails} takeFocus />
            </ErrorBoundary>
          </div>
        )}
      </main>
    </div>
  );
}
