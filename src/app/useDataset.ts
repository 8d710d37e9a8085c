// The dataset's life: first load, then live reloads while someone edits the file, and
// files the user opens from their computer. A reload or an open that fails keeps the
// last good data and the view on screen and reports why.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, Problem } from '../core/model/types';
import { restore } from '../core/view/actions';
import { viewSearchString } from '../core/view/url';
import { locateData, refuseLocalFile } from '../core/data/location';
import { foreignDataOrigin } from '../core/data/origin';
import { t } from '../core/i18n/translate';
import { whenRecordsArrive } from '../core/model/recordsArrival';
import { viewReadsRecords } from '../core/view/readsRecords';
import type { FetchOutcome } from './loadData';
import { dataShown, fetchDatasetOffThread } from './loadOffThread';
import type { ViewStore } from './store';
import type { DataEditing, DataState, FileOpener, FileOpening, MappingOffer } from '../components/dataContracts';
import type { ColumnMapping } from '../core/convert/columnMapping';
import type { TableSample } from '../core/convert/mappedTable';

export type { DataEditing, DataOrigin, DataState, FileOpener, FileOpening, MappingOffer } from '../components/dataContracts';

const NO_OPENING: FileOpening = { busy: null, failure: null, openedFromComputer: null };

/** The Vite dev server's event when a file under data/ changes (scripts/vite-data-plugin.ts). */
const DATA_CHANGED_EVENT = 'stanceline:data-changed';

/** An imported file (TimelineJS3, CSV) says so, with what was not carried over, beside the warnings. */
function importNotes(outcome: Extract<FetchOutcome, { kind: 'loaded' }>, file: string): Problem[] {
  return outcome.notes.map((message): Problem => ({ severity: 'warning', rule: 'imported', file, line: 1, column: 1, path: '', message }));
}

/**
 * New data from the computer replaces the old: the window fits the new data, the selection
 * and the search's current match are cleared, and filters naming actors, countries or topics
 * the new data lacks are dropped (store.setDataset). The address loses `data=` (a file on disk
 * cannot be in a link) and keeps the rest of the view, in the current history entry.
 */
function showInFreshView(store: ViewStore, dataset: Dataset): void {
  store.dispatch(restore({ ...store.getState(), window: null, selected: null, currentMatch: null }));
  store.setDataset(dataset);
  const others = new URLSearchParams(window.location.search);
  others.delete('data');
  window.history.replaceState(null, '', viewSearchString(store.getState(), others) || window.location.pathname);
}

/** Reads one byte: a file moved, deleted or unreadable since it was chosen fails here, with the browser's reason. */
async function unreadableReason(file: File): Promise<string | null> {
  try {
    await file.slice(0, 1).arrayBuffer();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A table of no known format waiting for its column mapping: which file, its start, and where to read it again from. */
interface PendingTable {
  file: string;
  table: TableSample;
  /** The file from the computer, or null for the data file at the page's address. */
  fromComputer: File | null;
  /** Whether the dialog is showing (it can be closed and opened again). */
  open: boolean;
}

/** From this many events, the first view's lanes are made in a task before the chart's first plan (about 140 ms at a million). */
const WARM_LANES_FROM = 200_000;

/**
 * Makes the first view's lane model, its joined events and its lanes' columns, each in a task
 * of its own, between the task that takes the data's last part and React's first render of
 * the chart, whose plan then finds them made (computeLanes and planScene keep them): each
 * fits the 200 ms a task may take where two together did not.
 */
async function warmFirstLanes(dataset: Dataset, store: ViewStore): Promise<void> {
  // Loaded here, not with this module: the page's first chunk carries none of them.
  const [{ warmLanes }, { warmJoinedEvents, warmLaneColumns }, { filtersAreEmpty }] = await Promise.all([import('../core/layout/lanes'), import('../core/scene/plan'), import('../core/view/filter')]);
  const view = store.getState();
  // A filtered first view plans other lanes: nothing to make ahead.
  if (view.mode !== 'timeline' || !filtersAreEmpty(view.filters)) return;
  for (const warm of [warmLanes, warmJoinedEvents, warmLaneColumns]) {
    await new Promise((nextTask) => setTimeout(nextTask, 0));
    warm(dataset, view.grouping, view.collapsed);
  }
}

export function useDataset(store: ViewStore): { state: DataState; dismissReloadProblems: () => void; opener: FileOpener; editing: DataEditing; mapping: MappingOffer | null } {
  const [location] = useState(() => locateData(new URLSearchParams(window.location.search).get('data'), window.location.href));
  const [state, setState] = useState<DataState>(() =>
    'refused' in location
      ? { phase: 'failed', file: '', message: location.refused }
      : { phase: 'loading', file: location.file, loadedBytes: 0, totalBytes: null },
  );
  const current = useRef(state);
  current.current = state;
  const [opening, setOpening] = useState<FileOpening>(NO_OPENING);
  /** The file from the computer on screen, which the editor re-reads (it has no address). */
  const [openedFile, setOpenedFile] = useState<File | null>(null);
  // Once a file from the computer is on screen, the data file's loads and reloads no longer apply.
  const replacedByOpenedFile = useRef(false);
  // Each open takes a number; only the latest one's outcome is shown.
  const latestOpen = useRef(0);
  const [pendingTable, setPendingTable] = useState<PendingTable | null>(null);
  /** The mapping the data file at the address was read with: its live reloads are read with it too. */
  const addressMapping = useRef<ColumnMapping | undefined>(undefined);

  const load = useCallback(
    async (isReload: boolean, mapping?: ColumnMapping) => {
      if ('refused' in location) return;
      const readWith = mapping ?? addressMapping.current;
      // The first load shows the data as soon as it has arrived, while the last checks run;
      // a reload keeps the last good data on screen until its outcome is known.
      let shownEarly: Dataset | null = null;
      // The outcome replaces the early dataset's "checking" state, even if that is still to be shown.
      let outcomeArrived = false;
      const outcome = await fetchDatasetOffThread(
        readWith ? { ...location, mapping: readWith } : location,
        isReload ? undefined : (loadedBytes, totalBytes) => {
          if (!replacedByOpenedFile.current) setState({ phase: 'loading', file: location.file, loadedBytes, totalBytes });
        },
        isReload ? undefined : (dataset) => {
          // Not shown (other data is on screen): the worker may go on at once, whatever the reader does.
          if (replacedByOpenedFile.current || current.current.phase !== 'loading') {
            dataShown(false);
            return;
          }
          /** Whether the data may still be shown early: not once the outcome or a file from the computer has come (the worker is let go then). */
          const stillToShow = () => {
            if (!outcomeArrived && !replacedByOpenedFile.current) return true;
            dataShown(false);
            return false;
          };
          const show = () => {
            if (!stillToShow()) return;
            setState({ phase: 'ready', file: location.file, dataset, warnings: [], checking: true, reloadProblems: [], reloadFailure: null, foreign: foreignDataOrigin(location.url, window.location.origin) });
          };
          const showWhenReady = () => {
            if (!stillToShow()) return;
            shownEarly = dataset;
            store.setDataset(dataset);
            if (dataset.events.length >= WARM_LANES_FROM) void warmFirstLanes(dataset, store).catch(() => undefined).then(show); // made ahead or not, the data is shown
            else show();
          };
          // The events' records come after the data (datasetTransfer.ts): a first view that reads them (a link to a selected event, the list, a search) waits for them.
          // The worker sends them once the page has shown the data, so it is told to go on at once.
          const arriving = whenRecordsArrive(dataset);
          if (arriving && viewReadsRecords(store.getState())) {
            dataShown(false);
            void arriving.then(showWhenReady);
          } else showWhenReady();
        },
      );
      outcomeArrived = true;
      if (replacedByOpenedFile.current) return;
      const previous = current.current;
      const keepShowing = isReload && previous.phase === 'ready' ? previous : null;
      if (outcome.kind === 'failed') {
        setState(keepShowing ? { ...keepShowing, reloadFailure: outcome.message, reloadProblems: [] } : { phase: 'failed', file: location.file, message: outcome.message });
        return;
      }
      const { dataset, problems } = outcome.result;
      if (!dataset && outcome.table && !keepShowing) setPendingTable({ file: location.file, table: outcome.table, fromComputer: null, open: true });
      if (!dataset) {
        const errors = problems.filter((problem) => problem.severity === 'error');
        setState(
          keepShowing
            ? { ...keepShowing, reloadProblems: errors.length > 0 ? errors : problems, reloadFailure: null }
            : { phase: 'invalid', file: location.file, problems },
        );
        return;
      }
      if (mapping) addressMapping.current = mapping;
      if (dataset !== shownEarly) store.setDataset(dataset);
      setState({
        phase: 'ready',
        file: location.file,
        dataset,
        warnings: [...importNotes(outcome, location.file), ...problems.filter((problem) => problem.severity === 'warning')],
        reloadProblems: [],
        reloadFailure: null,
        foreign: foreignDataOrigin(outcome.fetchedUrl, window.location.origin),
      });
    },
    [location, store],
  );

  // The first frame that shows data sent early: the loading worker's last checks wait for it
  // (dataShown). The chart asked for its first frame as it mounted, before this effect's frame.
  const showingEarlyData = state.phase === 'ready' && state.checking === true;
  useEffect(() => {
    if (!showingEarlyData) return;
    requestAnimationFrame(() => setTimeout(() => dataShown(true), 0));
  }, [showingEarlyData]);

  // Once per page: React's strict mode runs effects twice in development, and a second load of
  // the same file landed after the first was on screen, racing whatever the reader did next.
  const firstLoadStarted = useRef(false);
  useEffect(() => {
    if (firstLoadStarted.current) return;
    firstLoadStarted.current = true;
    void load(false);
  }, [load]);

  useEffect(() => {
    const hot = import.meta.hot;
    if (!hot || 'refused' in location) return;
    const onChange = (data: { path?: unknown }) => {
      if (typeof data.path !== 'string') return;
      // A file opened from the computer replaced the data file: its edits are not followed.
      if (replacedByOpenedFile.current) return;
      const changed = new URL(`data/${data.path}`, document.baseURI).href;
      const shown = current.current;
      const sourceCopies = shown.phase === 'ready' ? shown.dataset.sources.flatMap((source) => (source.text ? [new URL(source.text, location.url).href] : [])) : [];
      // Reload for the data file itself and for the source copies its quotes are checked against.
      if (changed === location.url || sourceCopies.includes(changed)) void load(true);
    };
    hot.on(DATA_CHANGED_EVENT, onChange);
    return () => hot.off?.(DATA_CHANGED_EVENT, onChange);
  }, [load, location]);

  // Back and Forward reach entries from before the file was opened, whose addresses still name
  // the old data file: the data on screen is the opened file, so the address must not say otherwise.
  useEffect(() => {
    const onPopState = () => {
      if (!replacedByOpenedFile.current) return;
      const params = new URLSearchParams(window.location.search);
      if (!params.has('data')) return;
      params.delete('data');
      const search = params.toString().replace(/%2C/g, ',');
      window.history.replaceState(window.history.state, '', search ? `?${search}` : window.location.pathname);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const dismissReloadProblems = useCallback(() => {
    setState((previous) => (previous.phase === 'ready' ? { ...previous, reloadProblems: [], reloadFailure: null } : previous));
  }, []);

  /** Opens one file from the computer, read through a column mapping when one is given. */
  const openFile = useCallback(
    (file: File, mapping?: ColumnMapping) => {
      const fail = (message: string | null, problems: Problem[] = []) =>
        setOpening((previous) => ({ ...previous, busy: null, failure: { file: file.name, message, problems } }));
      const refusal = refuseLocalFile(file);
      if (refusal) {
        fail(refusal);
        return;
      }
      const ticket = ++latestOpen.current;
      setOpening((previous) => ({ ...previous, busy: file.name, failure: null }));
      void (async () => {
        const unreadable = await unreadableReason(file);
        if (ticket !== latestOpen.current) return;
        if (unreadable !== null) {
          fail(t('{file} could not be read from your computer ({reason}). It may have been moved, renamed or deleted since it was chosen; choose it again.', { file: file.name, reason: unreadable }));
          return;
        }
        // The same path as fetched data, off the main thread: the worker fetches the file through a blob: address.
        const url = URL.createObjectURL(file);
        let outcome: FetchOutcome;
        try {
          outcome = await fetchDatasetOffThread({ url, file: file.name, ...(mapping ? { mapping } : {}) });
        } catch (error) {
          // The loading path reports failures rather than throwing; this is the last line of defence.
          outcome = { kind: 'failed', message: t('Reading {file} failed unexpectedly: {reason}.', { file: file.name, reason: error instanceof Error ? error.message : String(error) }) };
        } finally {
          URL.revokeObjectURL(url);
        }
        if (ticket !== latestOpen.current) return;
        if (outcome.kind === 'failed') {
          fail(outcome.message);
          return;
        }
        const { dataset, problems } = outcome.result;
        if (!dataset) {
          const errors = problems.filter((problem) => problem.severity === 'error');
          fail(null, errors.length > 0 ? errors : problems);
          if (outcome.table) setPendingTable({ file: file.name, table: outcome.table, fromComputer: file, open: true });
          return;
        }
        replacedByOpenedFile.current = true;
        showInFreshView(store, dataset);
        setState({
          phase: 'ready',
          file: file.name,
          dataset,
          warnings: [...importNotes(outcome, file.name), ...problems.filter((problem) => problem.severity === 'warning')],
          reloadProblems: [],
          reloadFailure: null,
          foreign: null,
        });
        setOpening({ busy: null, failure: null, openedFromComputer: file.name });
        setOpenedFile(file);
      })();
    },
    [store],
  );

  const openFiles = useCallback(
    (files: ArrayLike<File>) => {
      if (files.length !== 1 || !files[0]) {
        if (files.length > 1) {
          const message = t('{count, plural, one {# file was dropped} other {# files were dropped}}; Stanceline opens one file at a time. Drop or choose just one.', { count: files.length });
          setOpening((previous) => ({ ...previous, failure: { file: '', message, problems: [] } }));
        }
        return;
      }
      setPendingTable(null);
      openFile(files[0]);
    },
    [openFile],
  );

  // The mapping dialog's answer: read the table again, through the mapping, from where it came.
  const mapping = useMemo<MappingOffer | null>(() => {
    if (!pendingTable) return null;
    return {
      file: pendingTable.file,
      table: pendingTable.table,
      apply: (chosen: ColumnMapping) => {
        setPendingTable(null);
        if (pendingTable.fromComputer) openFile(pendingTable.fromComputer, chosen);
        else {
          setState({ phase: 'loading', file: pendingTable.file, loadedBytes: 0, totalBytes: null });
          void load(false, chosen);
        }
      },
      open: pendingTable.open,
      dismiss: () => setPendingTable((previous) => (previous ? { ...previous, open: false } : previous)),
      reopen: () => setPendingTable((previous) => (previous ? { ...previous, open: true } : previous)),
    };
  }, [pendingTable, openFile, load]);

  const dismissOpenFailure = useCallback(() => setOpening((previous) => ({ ...previous, failure: null })), []);

  const opener = useMemo(() => ({ opening, openFiles, dismissOpenFailure }), [opening, openFiles, dismissOpenFailure]);
  // The editor: where the data came from, and a valid edited dataset shown in place of the loaded one.
  const replaceDataset = useCallback(
    (dataset: Dataset, warnings: Problem[]) => {
      store.setDataset(dataset);
      setState((previous) => (previous.phase === 'ready' ? { ...previous, dataset, warnings } : previous));
    },
    [store],
  );
  const editing = useMemo<DataEditing>(
    () => ({
      origin: openedFile ? { kind: 'computer', file: openedFile } : 'refused' in location ? null : { kind: 'address', url: location.url, file: location.file },
      replaceDataset,
    }),
    [openedFile, location, replaceDataset],
  );
  return { state, dismissReloadProblems, opener, editing, mapping };
}
