// The workspace shown with a dataset: header, toolbar, filters, the chosen view, details
// and stories. It is a chunk of its own, requested at start-up and arriving while the data
// loads (app/lazyViews.tsx): the first screen is the loading view, which needs none of it.
import { t } from '../core/i18n/translate';
import { dataTextProps } from '../core/i18n/dataText';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { Dataset, Problem } from '../core/model/types';
import {
  clearFilters,
  fitAll,
  zoom,
  select,
  setAlignmentDate,
  setCollapsedGroups,
  setDateRange,
  setFacetMatch,
  setGrouping,
  setMode,
  setOnlyMatches,
  setSearch,
  stepToMatch,
  setTopic,
  setAxisDirection,
  setColorTopic,
  setWindow,
} from '../core/view/actions';
import type { ListFilterKey } from '../core/view/actions';
import { revealInterval } from '../core/view/actions';
import { shiftElementId } from '../components/positions/shiftIds';
import { filterEvents, filtersAreEmpty } from '../core/view/filter';
import { computeLanes } from '../core/layout/lanes';
import { shownEvents } from '../core/view/search';
import { useSearch } from '../components/useSearch';
import { useMatchStepping } from '../components/useMatchStepping';
import type { ChartController } from '../render/chartApi';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ExportMenu } from '../components/ExportMenu';
import { FilterPanel } from '../components/FilterPanel';
import { Header } from '../components/Header';
import { ColorBy } from '../components/ColorBy';
import { AxisDirectionChoice } from '../components/AxisDirectionChoice';
import { Legend } from '../components/Legend';
import { OpenFileStatus } from '../components/OpenFile';
import { SearchBox } from '../components/SearchBox';
import { SearchResults } from '../components/SearchResults';
import { GroupsControl } from '../components/GroupsControl';
import { useMediaQuery } from '../components/modal';
import { Toolbar } from '../components/Toolbar';
import { StoryMenu } from '../components/story/StoryMenu';
import { StoryPlayer } from '../components/story/StoryPlayer';
import { useStory } from '../components/story/useStory';
import { useHeldStepDetails } from '../components/story/useHeldStepDetails';
import { StoryEditorSlot } from '../components/story/StoryEditorSlot';
import { TimeNotesEditButton, TimeNotesEditorSlot } from '../components/editor/TimeNotesEditorSlot';
import { DetailsPlaceholder, LazyDetailsPanel, LazyListView, LazyPositionsView, LazyTimelineView, ViewPlaceholder } from './lazyViews';
import type { ViewStore } from './store';
import type { DataEditing, FileOpener } from './useDataset';
import type { ForeignData } from '../core/data/origin';

/** Below this width the filters are a drawer and the details a bottom sheet (matches app.css). */
const WIDE_SCREEN = '(min-width: 960px)';

function activeFilterCount(filters: ReturnType<ViewStore['getState']>['filters']): number {
  const lists = [filters.types, filters.statuses, filters.countries, filters.actors, filters.topics, filters.stances];
  return lists.reduce((sum, list) => sum + list.length, 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);
}

export function Workspace({
  store,
  dataset,
  warnings,
  checking = false,
  foreign,
  banner,
  opener,
  editing,
}: {
  store: ViewStore;
  dataset: Dataset;
  warnings: readonly Problem[];
  /** The loader's last checks still run: the warnings are not all in yet. */
  checking?: boolean;
  foreign: ForeignData | null;
  banner: ReactNode;
  opener?: FileOpener;
  editing?: DataEditing;
}) {
  const view = useSyncExternalStore(store.subscribe, store.getState);
  const waitingForRecords = useSyncExternalStore(store.subscribe, store.waitingForRecords);
  const { dispatch } = store;
  const filtered = useMemo(() => filterEvents(dataset, view.filters), [dataset, view.filters]);
  const search = useSearch(dataset, view.search, filtered);
  const matchIds = search.matches.ids;
  // What every view and export shows: the filtered events, or only the matches when the search is a filter.
  const included = useMemo(
    () => shownEvents(filtered, search.matches, view.search, view.onlyMatches ?? false),
    [filtered, search.matches, view.search, view.onlyMatches],
  );
  const matchSet = useMemo(() => new Set(matchIds), [matchIds]);
  // Exports use the finished search instead of searching again.
  const found = useMemo(
    () => (search.searching ? null : { query: view.search, filters: view.filters, matches: search.matches }),
    [search.searching, search.matches, view.search, view.filters],
  );
  const controllerRef = useRef<ChartController | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches);
  const wideScreen = useMediaQuery(WIDE_SCREEN);

  const selectedEvent = view.selected ? dataset.eventById.get(view.selected) : undefined;
  const story = useStory(store, dataset);
  const [editingStories, setEditingStories] = useState(false);
  const [editingTimeNotes, setEditingTimeNotes] = useState(false);
  // On a narrow screen the details are a sheet over the bottom of the window.
  const stepDetails = useHeldStepDetails(story.position, view.selected, !wideScreen);
  // A shift asked for from an event's details: the positions view focuses its row once shown.
  const [shiftToFocus, setShiftToFocus] = useState<string | null>(null);

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
    // A story step's own selection opens the details without taking focus from the story's controls.
    setDetailsTakeFocus(view.selected !== null && view.selected !== stepDetails.stepSelection);
  }, [view.selected]);

  // The reader asked for them: focus goes into the details, and back to the story's button when they close.
  const showStepDetails = () => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement ? active : null;
    setDetailsTakeFocus(true);
    stepDetails.show();
  };

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

  const stepMatch = useMatchStepping(store, dataset, view, search);

  const currentPosition = view.currentMatch ? matchIds.indexOf(view.currentMatch) + 1 : 0;
  const total = dataset.events.length;
  const anyFilter = !filtersAreEmpty(view.filters);

  let content: ReactNode;
  if (view.mode === 'timeline') {
    content = <LazyTimelineView store={store} dataset={dataset} included={included} view={view} matches={search.matches} controllerRef={controllerRef} />;
  } else if (view.mode === 'list') {
    content = (
      <LazyListView
        dataset={dataset}
        included={included}
        selectedId={view.selected}
        currentMatchId={view.currentMatch ?? null}
        matchIds={matchSet}
        filters={view.filters}
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
        onAlignmentDateChange={(day) => dispatch(setAlignmentDate(day))}
        focusShiftId={shiftToFocus}
        onShiftFocused={() => setShiftToFocus(null)}
      />
    );
  }

  return (
    <div className={selectedEvent ? 'app has-details' : 'app'}>
      <a className="skip-link" href="#main-view">
        {t('Skip to the events')}
      </a>
      <ErrorBoundary label={t('The header')} resetKey={dataset.title}>
        <Header dataset={dataset} warnings={warnings} checking={checking} waitingForRecords={waitingForRecords} opener={opener} foreign={foreign} actions={<ExportMenu store={store} dataset={dataset} included={included} foreign={foreign} found={found} />} />
      </ErrorBoundary>
      {banner}
      {opener && <OpenFileStatus opener={opener} />}
      <section className="controls" aria-label={t('View controls')}>
        <ErrorBoundary label={t('The controls')} resetKey={dataset.title}>
          <Toolbar
            mode={view.mode}
            grouping={view.grouping}
            filtersOpen={filtersOpen}
            activeFilterCount={activeFilterCount(view.filters)}
            onModeChange={(mode) => dispatch(setMode(mode))}
            onGroupingChange={(grouping) => dispatch(setGrouping(grouping))}
            onZoom={(factor) => dispatch(zoom(factor))}
            onFitAll={() => dispatch(fitAll())}
            onToggleFilters={() => setFiltersOpen((open) => !open)}
          >
            <SearchBox
              query={view.search}
              matchCount={matchIds.length}
              searching={search.searching}
              currentPosition={currentPosition}
              onQueryChange={(query) => dispatch(setSearch(query))}
              onStep={stepMatch}
              currentTitle={view.currentMatch ? dataset.eventById.get(view.currentMatch)?.title : null}
              onOpenCurrent={() => view.currentMatch && dispatch(select(view.currentMatch))}
            />
            <StoryMenu stories={dataset.stories ?? []} activeId={story.position?.story.id ?? null} dataText={dataTextProps(dataset)} onStart={story.start} onEdit={editing?.origin ? () => setEditingStories(true) : undefined} />
          </Toolbar>
          <div className="status-row">
            <p className="shown-count" aria-live="polite">
              {t('Showing {shown, number} of {total, plural, one {# event} other {# events}}', { shown: included.length, total })}
              {anyFilter && (
                <button type="button" className="link-button" onClick={() => dispatch(clearFilters())}>
                  {t('Clear filters')}
                </button>
              )}
            </p>
            {view.search.trim() && !search.searching && (
              <SearchResults
                dataset={dataset}
                matchIds={matchIds}
                currentMatchId={view.currentMatch ?? null}
                onlyMatches={view.onlyMatches ?? false}
                onOnlyMatchesChange={(only) => dispatch(setOnlyMatches(only))}
                onOpen={(eventId) => {
                  dispatch(stepToMatch(eventId, matchIds));
                  dispatch(select(eventId));
                }}
              />
            )}
            {view.mode === 'timeline' && view.grouping === 'country-actor' && (
              <GroupsControl
                collapsedCount={view.collapsed.length}
                onCollapseAll={() => dispatch(setCollapsedGroups(computeLanes(dataset, 'country-actor', [], included).groups.map((g) => g.id)))}
                onExpandAll={() => dispatch(setCollapsedGroups([]))}
              />
            )}
            <TimeNotesEditButton editing={editing} open={editingTimeNotes} onToggle={() => setEditingTimeNotes((open) => !open)} />
            {view.mode === 'timeline' && <ColorBy dataset={dataset} colorTopic={view.colorTopic ?? null} onChange={(topicId) => dispatch(setColorTopic(topicId))} />}
            {view.mode === 'timeline' && <AxisDirectionChoice dataset={dataset} axis={view.axis ?? 'ltr'} onChange={(axis) => dispatch(setAxisDirection(axis))} />}
            {view.mode !== 'positions' && <Legend dataset={dataset} colorTopic={view.mode === 'timeline' ? (view.colorTopic ?? null) : null} chart={view.mode === 'timeline'} />}
          </div>
        </ErrorBoundary>
      </section>
      <ErrorBoundary label={t('The story')} resetKey={dataset.title}>
        <StoryPlayer
          controls={story}
          dataText={dataTextProps(dataset)}
          detailsOpen={() => store.getState().selected !== null && !stepDetails.held}
          {...(stepDetails.held ? { onShowDetails: showStepDetails } : {})}
        />
        <StoryEditorSlot store={store} editing={editing} controls={story} open={editingStories} onClose={() => setEditingStories(false)} />
        <TimeNotesEditorSlot
          editing={editing}
          open={editingTimeNotes}
          currentWindow={() => store.getState().window ?? dataset.openingWindow ?? dataset.extent}
          onClose={() => setEditingTimeNotes(false)}
        />
      </ErrorBoundary>
      <div className="workspace">
        <ErrorBoundary label={t('The filters')} resetKey={dataset.title}>
          <FilterPanel
            dataset={dataset}
            filters={view.filters}
            open={filtersOpen}
            onToggle={onToggleFilter}
            onMatch={(key, match) => dispatch(setFacetMatch(key, match))}
            onDateRange={(from, to) => dispatch(setDateRange(from, to))}
            onClear={() => dispatch(clearFilters())}
            onClose={() => setFiltersOpen(false)}
            modal={!wideScreen}
          />
        </ErrorBoundary>
        <main id="main-view" className={`view-area view-${view.mode}`} tabIndex={-1}>
          <ErrorBoundary label={view.mode === 'timeline' ? t('The timeline') : view.mode === 'list' ? t('The list') : t('The positions view')} resetKey={`${view.mode}|${dataset.title}`}>
            <Suspense fallback={<ViewPlaceholder label={view.mode === 'timeline' ? t('Opening the timeline…') : view.mode === 'list' ? t('Opening the list…') : t('Opening the positions view…')} />}>{content}</Suspense>
          </ErrorBoundary>
        </main>
        {selectedEvent && !stepDetails.held && (
          <ErrorBoundary label={t('The details')} resetKey={selectedEvent.id}>
            <Suspense fallback={<DetailsPlaceholder />}>
              <LazyDetailsPanel
                dataset={dataset}
                event={selectedEvent}
                onClose={closeDetails}
                takeFocus={detailsTakeFocus}
                editing={editing}
                onSelect={(eventId) => dispatch(select(eventId))}
                onShowShift={(shift, eventId) => {
                  const carrier = dataset.eventById.get(eventId);
                  dispatch(setTopic(shift.topicId));
                  dispatch(setMode('positions'));
                  if (carrier) {
                    const window = revealInterval(store.getState().window, carrier.start, carrier.end);
                    if (window) dispatch(setWindow(window, 'push'));
                  }
                  setShiftToFocus(shiftElementId(shift));
                }}
              />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
