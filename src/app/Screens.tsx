// The screens of the application for a data state: loading, failed, invalid, or the
// workspace (toolbar, filters, the chosen view, details). Shared by the app that fetches
// its data and the one handed its data (ProvidedDataApp).
import { t } from '../core/i18n/translate';
import { Suspense } from 'react';
import { ReloadBanner } from '../components/Header';
import { InvalidDataView, LoadFailedView, LoadingView } from '../components/LoadViews';
import type { InvalidDataAdvice } from '../components/LoadViews';
import { useLanguage } from '../components/i18n';
import { OpenFileButton, OpenFileStatus } from '../components/OpenFile';
import { LazyEmbedView, ViewPlaceholder } from './lazyViews';
import { LazyWorkspace, preloadWorkspace } from './lazyWorkspace';
import type { ViewStore } from './store';
import type { DataEditing, DataState, FileOpener } from './useDataset';
import type { EmbedOptions } from '../core/embed/options';

// The workspace's and the chart's chunks load in parallel with the data file (the first screen is the progress bar).
preloadWorkspace();

export function Screens({
  store,
  state,
  dismissReloadProblems,
  embed,
  opener,
  editing,
  invalidAdvice,
}: {
  store: ViewStore;
  state: DataState;
  dismissReloadProblems: () => void;
  embed: EmbedOptions | null;
  /** Opening files from the computer (the full app with fetched data only). */
  opener?: FileOpener;
  /** The in-app editor's hold on the data (the full app with fetched data only). */
  editing?: DataEditing;
  /** What bad data's page tells the reader to do (it differs for data handed to mount()). */
  invalidAdvice?: InvalidDataAdvice;
}) {
  // A new language re-renders every screen; the workspace is rebuilt in it (the chart's axis included).
  const language = useLanguage();
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
          <InvalidDataView file={state.file} problems={state.problems} advice={invalidAdvice} />
          {opener && <OpenFileButton opener={opener} />}
          {opener && <OpenFileStatus opener={opener} />}
        </main>
      );
    case 'ready':
      if (embed) {
        return (
          <Suspense fallback={<ViewPlaceholder label={t('Opening the timeline…')} />}>
            <LazyEmbedView key={language.code} store={store} dataset={state.dataset} options={embed} foreign={state.foreign} />
          </Suspense>
        );
      }
      return (
        <Suspense fallback={<ViewPlaceholder label={t('Opening the timeline…')} />}>
          <LazyWorkspace
            key={language.code}
            store={store}
            dataset={state.dataset}
            warnings={state.warnings}
            checking={state.checking ?? false}
            foreign={state.foreign}
            banner={<ReloadBanner problems={state.reloadProblems} failure={state.reloadFailure} onDismiss={dismissReloadProblems} />}
            opener={opener}
          editing={editing}
          />
        </Suspense>
      );
  }
}
