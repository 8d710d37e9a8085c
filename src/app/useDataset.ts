// The dataset's life: first load, then live reloads while someone edits the file.
// A reload that fails keeps the last good data on screen and reports why.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset, Problem } from '../core/model/types';
import { locateData } from './dataLocation';
import { fetchDatasetOffThread } from './loadOffThread';
import type { ViewStore } from './store';

export type DataState =
  | { phase: 'loading'; file: string; loadedBytes: number; totalBytes: number | null }
  | { phase: 'failed'; file: string; message: string }
  | { phase: 'invalid'; file: string; problems: Problem[] }
  | {
      phase: 'ready';
      file: string;
      dataset: Dataset;
      warnings: Problem[];
      /** Why the latest reload was not applied (errors in the edited file, or a failed fetch). */
      reloadProblems: Problem[];
      reloadFailure: string | null;
    };

/** The Vite dev server's event when a file under data/ changes (scripts/vite-data-plugin.ts). */
const DATA_CHANGED_EVENT = 'stanceline:data-changed';

export function useDataset(store: ViewStore): { state: DataState; dismissReloadProblems: () => void } {
  const [location] = useState(() => locateData(new URLSearchParams(window.location.search).get('data'), window.location.href));
  const [state, setState] = useState<DataState>(() =>
    'refused' in location
      ? { phase: 'failed', file: '', message: location.refused }
      : { phase: 'loading', file: location.file, loadedBytes: 0, totalBytes: null },
  );
  const current = useRef(state);
  current.current = state;

  const load = useCallback(
    async (isReload: boolean) => {
      if ('refused' in location) return;
      const outcome = await fetchDatasetOffThread(
        location,
        isReload ? undefined : (loadedBytes, totalBytes) => setState({ phase: 'loading', file: location.file, loadedBytes, totalBytes }),
      );
      const previous = current.current;
      const keepShowing = isReload && previous.phase === 'ready' ? previous : null;
      if (outcome.kind === 'failed') {
        setState(keepShowing ? { ...keepShowing, reloadFailure: outcome.message, reloadProblems: [] } : { phase: 'failed', file: location.file, message: outcome.message });
        return;
      }
      const { dataset, problems } = outcome.result;
      if (!dataset) {
        const errors = problems.filter((problem) => problem.severity === 'error');
        setState(
          keepShowing
            ? { ...keepShowing, reloadProblems: errors.length > 0 ? errors : problems, reloadFailure: null }
            : { phase: 'invalid', file: location.file, problems },
        );
        return;
      }
      store.setDataset(dataset);
      // An imported file (TimelineJS3, CSV) says so, with what was not carried over, beside the warnings.
      const importNotes = outcome.notes.map(
        (message): Problem => ({ severity: 'warning', rule: 'imported', file: location.file, line: 1, column: 1, path: '', message }),
      );
      setState({
        phase: 'ready',
        file: location.file,
        dataset,
        warnings: [...importNotes, ...problems.filter((problem) => problem.severity === 'warning')],
        reloadProblems: [],
        reloadFailure: null,
      });
    },
    [location, store],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  useEffect(() => {
    const hot = import.meta.hot;
    if (!hot || 'refused' in location) return;
    const onChange = (data: { path?: unknown }) => {
      if (typeof data.path !== 'string') return;
      const changed = new URL(`data/${data.path}`, document.baseURI).href;
      const shown = current.current;
      const sourceCopies = shown.phase === 'ready' ? shown.dataset.sources.flatMap((source) => (source.text ? [new URL(source.text, location.url).href] : [])) : [];
      // Reload for the data file itself and for the source copies its quotes are checked against.
      if (changed === location.url || sourceCopies.includes(changed)) void load(true);
    };
    hot.on(DATA_CHANGED_EVENT, onChange);
    return () => hot.off?.(DATA_CHANGED_EVENT, onChange);
  }, [load, location]);

  const dismissReloadProblems = useCallback(() => {
    setState((previous) => (previous.phase === 'ready' ? { ...previous, reloadProblems: [], reloadFailure: null } : previous));
  }, []);

  return { state, dismissReloadProblems };
}
