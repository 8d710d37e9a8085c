// The dataset when the page is handed its data rather than finding it by ?data=: the
// text a single-file export carries, or what a host page passes to mount(). Gives the
// same states as useDataset, so the same screens show loading, problems and the chart.
import { useEffect, useState } from 'react';
import { loadDataset } from '../core/data/index';
import { fetchDataset, locateData } from './loadData';
import type { DataState } from './useDataset';
import type { ViewStore } from './store';
import { foreignDataOrigin } from '../core/data/origin';
import type { ForeignData } from '../core/data/origin';

/** `origin`: the other site a single-file export's data was first fetched from (inlineData.ts), or null. */
export type DataSource = { kind: 'text'; text: string; file: string; origin?: ForeignData | null } | { kind: 'url'; url: string };

function loadingState(file: string): DataState {
  return { phase: 'loading', file, loadedBytes: 0, totalBytes: null };
}

export function useProvidedDataset(store: ViewStore, source: DataSource, baseHref: string): { state: DataState; dismissReloadProblems: () => void } {
  const [state, setState] = useState<DataState>(() => loadingState(source.kind === 'text' ? source.file : source.url));

  useEffect(() => {
    // A newer source (mount().update) wins over a slower, older one.
    let current = true;
    void (async () => {
      let file: string;
      let result;
      let foreign: ForeignData | null = null;
      if (source.kind === 'text') {
        file = source.file;
        setState(loadingState(file));
        result = await loadDataset(source.text, { file });
        foreign = source.origin ?? null;
      } else {
        const location = locateData(source.url, baseHref);
        if ('refused' in location) {
          if (current) setState({ phase: 'failed', file: source.url, message: location.refused });
          return;
        }
        file = location.file;
        setState(loadingState(file));
        const outcome = await fetchDataset(location);
        if (outcome.kind === 'failed') {
          if (current) setState({ phase: 'failed', file, message: outcome.message });
          return;
        }
        result = outcome.result;
        foreign = foreignDataOrigin(outcome.fetchedUrl, new URL(baseHref).origin);
      }
      if (!current) return;
      if (!result.dataset) {
        setState({ phase: 'invalid', file, problems: result.problems });
        return;
      }
      store.setDataset(result.dataset);
      setState({
        phase: 'ready',
        file,
        dataset: result.dataset,
        warnings: result.problems.filter((problem) => problem.severity === 'warning'),
        reloadProblems: [],
        reloadFailure: null,
        foreign,
      });
    })();
    return () => {
      current = false;
    };
  }, [store, source, baseHref]);

  // Provided data never reloads behind the reader's back, so there is nothing to dismiss.
  return { state, dismissReloadProblems: () => {} };
}
