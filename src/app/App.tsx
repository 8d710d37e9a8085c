// The application: loads the data, then lays out header, toolbar, filters, the current
// view and the details panel around one view state.
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { Dataset, Problem } from '../core/model/types';
import {
  clearFilters,
  fitAll,
  nextMatch,
  prevMatch,
  select,
  setDateRange,
  setGrouping,
  setMode,
  setSearch,
  setTopic,
  setWindow,
} from '../core/view/actions';
import type { ListFilterKey } from '../core/view/actions';
import { filterEvents, filtersAreEmpty, searchEvents } from '../core/view/filter';
import type { ChartController } from '../render/chartApi';
import { DropZone } from '../components/DropZone';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ExportMenu } from '../components/ExportMenu';
import { FilterPanel } from '../components/FilterPanel';
import { Header, ReloadBanner } from '../components/Header';
import { Legend } from '../components/Legend';
import { InvalidDataView, LoadFailedView, LoadingView } from '../components/LoadViews';
import { OpenFileButton, OpenFileStatus } from '../components/OpenFile';
import { SearchBox } from '../components/SearchBox';
import { Toolbar } from '../components/Toolbar';
import {
  DetailsPlaceholder,
  LazyDetailsPanel,
  LazyEmbedView,
  LazyListView,
  LazyPositionsView,
  LazyProvidedDataApp,
  LazyTimelineView,
  preloadTimelineView,
  ViewPlaceholder,
} from './lazyViews';
import type { ViewStore } from './store';
import { useDataset } from './useDataset';
import type { DataEditing, DataState, FileOpener } from './useDataset';
import type { EmbedOptions } from '../embed/options';
import type { DataSource } from '../embed/useProvidedDataset';
import { formatCount } from '../core/text/formatCount';

// The chart's chunk loads in parallel with the data file (the first screen is the progress bar).
preloadTimelineView();

/** Below this width the filters are a drawer and the details a bottom sheet (matches app.css). */
const WIDE_SCREEN = '(min-width: 960px)';

interface AppProps {
  store: ViewStore;
  /** Data handed to the page (a single-file export, mount()); without it the page fetches ?data=. */
  source?: DataSource;
  /** Embed mode's options, or null for the full application. */
  embed?: EmbedOptions | null;
}

export function App({ store, source, embed = null }: AppProps) {
  if (!source) return <FetchedDataApp store={store} embed={embed} />;
  return (
    <Suspense fallback={null}>
      <LazyProvidedDataApp store={store} source={source} embed={embed} />
    </Suspense>
  );
}

function FetchedDataApp({ store, embed }: { store: ViewStore; embed: EmbedOptions | null }) {
  const { state, dismissReloadProblems, opener, editing } = useDataset(store);
  // Embedded charts show what their page chose: no opening of other files there.
  if (embed) return <Screens store={store} state={state} dismissReloadProblems={dismissReloadProblems} embed={embed} />;
  return (
    <DropZone onFiles={opener.openFiles}>
      <Screens store={store} state={state} dismissReloadProblems={dismissReloadProblems} embed={embed} opener={opener} editing={editing} />
    </DropZone>
  );
}

export function Screens({
  store,
  state,
  dismissReloadProblems,
  embed,
  opener,
  editing,
}: {
  store: ViewStore;
  state: DataState;
  dismissReloadProblems: () => void;
  embed: EmbedOptions | null;
  /** Opening files from the computer (the full app with fetched data only). */
  opener?: FileOpener;
  /** The in-app editor's hold on the data (the full app with fetched data only). */
  editing?: DataEditing;
}) {
  switch (state.phase) {
    case 'loading':
      return (
        <main className="app app-message">
          <LoadingView file={state.file} loadedBytes={state.loadedBytes} totalBytes={state.totalBytes} />
          {opener && <OpenFileStatus opener={opener} />}
        </main>
      );
    case 'failed':
      return (
        <main className="app app-message">
          <LoadFailedView message={state.message} />
          {opener && <OpenFileButton opener={opener} />}
          {opener && <OpenFileStatus opener={opener} />}
        </main>
      );
    case 'invalid':
      return (
        <main className="app app-message">
          <InvalidDataView file={state.file} problems={state.problems} />
          {opener && <OpenFileButton opener={opener} />}
          {opener && <OpenFileStatus opener={opener} />}
        </main>
      );
    case 'ready':
      if (embed) {
        return (
          <Suspense fallback={<ViewPlaceholder label="the timeline" />}>
            <LazyEmbedView store={store} dataset={state.dataset} options={embed} />
          </Suspense>
        );
      }
      return (
        <Workspace
          store={store}
          dataset={state.dataset}
          warnings={state.warnings}
          banner={<ReloadBanner problems={state.reloadProblems} failure={state.reloadFailure} onDismiss={dismissReloadProblems} />}
          opener={opener}
          editing={editing}
        />
      );
  }
}

function activeFilterCount(filters: ReturnType<ViewStore['getState']>['filters']): number {
  const lists = [filters.types, filters.statuses, filters.countries, filters.actors, filters.topics, filters.stances];
  return lists.reduce((sum, list) => sum + list.length, 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);
}

function Workspace({
  store,
  dataset,
  warnings,
  banner,
  opener,
  editing,
}: {
  store: ViewStore;
  dataset: Dataset;
  warnings: readonly Problem[];
  banner: ReactNode;
  opener?: FileOpener;
  editing?: DataEditing;
}) {
  const view = useSyncExternalStore(store.subscribe, store.getState);
  const { dispatch } = store;
  const included = useMemo(() => filterEvents(dataset, view.filters), [dataset, view.filters]);
  const matchIds = useMemo(() => searchEvents(dataset, view.search, included), [dataset, view.search, included]);
  const matchSet = useMemo(() => new Set(matchIds), [matchIds]);
  const controllerRef = useRef<ChartController | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches);

  const selectedEvent = view.selected ? dataset.eventById.get(view.selected) : undefined;

  // Focus goes into the details when the user opens them, and back where it was when they close.
  const returnFocus = useRef<HTMLElement | null>(null);
  const previousSelection = useRef<string | null | undefined>(undefined);
  const [detailsTakeFocus, setDetailsTakeFocus] = useState(false);
  useLayoutEffect(() => {
    const before = previousSelection.current;
    previousSelection.current = view.selected;
    // The first render (a link that opens with a selection) leaves focus where the browser put it.
    if (before === undefined) return;
    if (view.selected && !before) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && !active.closest('.details-panel') ? active : null;
    }
    setDetailsTakeFocus(view.selected !== null);
  }, [view.selected]);

  const closeDetails = useCallback(() => {
    store.dispatch(select(null));
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
    else if (store.getState().mode === 'timeline') controllerRef.current?.focus();
  }, [store]);

  useEffect(() => {
    const onKeyDown = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key !== 'Escape' || !store.getState().selected || keyEvent.defaultPrevented) return;
      const target = keyEvent.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return;
      closeDetails();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, closeDetails]);

  const onToggleFilter = useCallback((key: ListFilterKey, value: string) => dispatch({ type: 'toggleFilterValue', key, value }), [dispatch]);

  const currentPosition = view.currentMatch ? matchIds.indexOf(view.currentMatch) + 1 : 0;
  const total = dataset.events.length;
  const filtered = !filtersAreEmpty(view.filters);

  let content: ReactNode;
  if (view.mode === 'timeline') {
    content = <LazyTimelineView store={store} dataset={dataset} included={included} view={view} matchIds={matchIds} controllerRef={controllerRef} />;
  } else if (view.mode === 'list') {
    content = (
      <LazyListView
        dataset={dataset}
        included={included}
        selectedId={view.selected}
        currentMatchId={view.currentMatch ?? null}
        matchIds={matchSet}
        onSelect={(eventId) => dispatch(select(eventId))}
      />
    );
  } else {
    content = (
      <LazyPositionsView
        dataset={dataset}
        included={included}
        view={view}
        onSelect={(eventId) => dispatch(select(eventId))}
        onTopicChange={(topicId) => dispatch(setTopic(topicId))}
        onWindowChange={(window) => dispatch(setWindow(window))}
      />
    );
  }

  return (
    <div className={selectedEvent ? 'app has-details' : 'app'}>
      <a className="skip-link" href="#main-view">
        Skip to the events
      </a>
      <ErrorBoundary label="The header" resetKey={dataset.title}>
        <Header dataset={dataset} warnings={warnings} opener={opener} />
      </ErrorBoundary>
      {banner}
      {opener && <OpenFileStatus opener={opener} />}
      <section className="controls" aria-label="View controls">
        <ErrorBoundary label="The controls" resetKey={dataset.title}>
          <Toolbar
            mode={view.mode}
            grouping={view.grouping}
            filtersOpen={filtersOpen}
            activeFilterCount={activeFilterCount(view.filters)}
            onModeChange={(mode) => dispatch(setMode(mode))}
            onGroupingChange={(grouping) => dispatch(setGrouping(grouping))}
            onZoom={(factor) => {
              store.expectWindowFromButton();
              controllerRef.current?.zoomBy(factor);
            }}
            onFitAll={() => {
              dispatch(fitAll());
              controllerRef.current?.fitAll();
            }}
            onToggleFilters={() => setFiltersOpen((open) => !open)}
          >
            <SearchBox
              query={view.search}
              matchCount={matchIds.length}
              currentPosition={currentPosition}
              onQueryChange={(query) => dispatch(setSearch(query))}
              onStep={(direction) => {
                // Read the latest matches: a step right after typing must see the new query's results.
                const latest = store.getState();
                const ids = searchEvents(dataset, latest.search, filterEvents(dataset, latest.filters));
                dispatch(direction === 1 ? nextMatch(ids) : prevMatch(ids));
              }}
            />
            <ExportMenu store={store} dataset={dataset} included={included} />
          </Toolbar>
          <div className="status-row">
            <p className="shown-count" aria-live="polite">
              Showing {formatCount(included.length)} of {formatCount(total)} events
              {filtered && (
                <button type="button" className="link-button" onClick={() => dispatch(clearFilters())}>
                  Clear filters
                </button>
              )}
            </p>
            {view.mode !== 'positions' && <Legend dataset={dataset} />}
          </div>
        </ErrorBoundary>
      </section>
      <div className="workspace">
        <ErrorBoundary label="The filters" resetKey={dataset.title}>
          <FilterPanel
            dataset={dataset}
            filters={view.filters}
            open={filtersOpen}
            onToggle={onToggleFilter}
            onDateRange={(from, to) => dispatch(setDateRange(from, to))}
            onClear={() => dispatch(clearFilters())}
            onClose={() => setFiltersOpen(false)}
          />
        </ErrorBoundary>
        <main id="main-view" className={`view-area view-${view.mode}`} tabIndex={-1}>
          <ErrorBoundary label={view.mode === 'timeline' ? 'The timeline' : view.mode === 'list' ? 'The list' : 'The positions view'} resetKey={`${view.mode}|${dataset.title}`}>
            <Suspense fallback={<ViewPlaceholder label={view.mode === 'timeline' ? 'the timeline' : view.mode === 'list' ? 'the list' : 'the positions view'} />}>{content}</Suspense>
          </ErrorBoundary>
        </main>
        {selectedEvent && (
          <ErrorBoundary label="The details" resetKey={selectedEvent.id}>
            <Suspense fallback={<DetailsPlaceholder />}>
              <LazyDetailsPanel
                dataset={dataset}
                event={selectedEvent}
                onClose={closeDetails}
                takeFocus={detailsTakeFocus}
                editing={editing}
                onSelect={(eventId) => dispatch(select(eventId))}
              />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
