// The application's root: it fetches its data (?data=, live reload, files from the
// computer) or, on a page handed its data, loads the provided-data app lazily.
import { lazy, Suspense } from 'react';
import type { EmbedOptions } from '../core/embed/options';
import { DropZone } from '../components/DropZone';
import { tNodes } from '../components/i18n';
import { Screens } from './Screens';
import type { ViewStore } from './store';
import { useDataset } from './useDataset';
import type { DataSource } from './useProvidedDataset';

// The column-mapping dialog is needed only for a table of no known format.
const LazyColumnMappingDialog = lazy(() => import('../components/mapping/ColumnMappingDialog').then((module) => ({ default: module.ColumnMappingDialog })));
const LazyProvidedDataApp = lazy(() => import('./ProvidedDataApp').then((module) => ({ default: module.ProvidedDataApp })));

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
  const { state, dismissReloadProblems, opener, editing, mapping } = useDataset(store);
  // Embedded charts show what their page chose: no opening of other files there.
  if (embed) return <Screens store={store} state={state} dismissReloadProblems={dismissReloadProblems} embed={embed} />;
  return (
    <DropZone onFiles={opener.openFiles}>
      <Screens store={store} state={state} dismissReloadProblems={dismissReloadProblems} embed={embed} opener={opener} editing={editing} />
      {mapping && (
        <Suspense fallback={null}>
          {/* Kept while the offer stands, so closing and opening it again keeps the choices; another file is a new dialog with a fresh guess. */}
          <LazyColumnMappingDialog key={`${mapping.file}\u0000${mapping.table.head.length}`} offer={mapping} />
        </Suspense>
      )}
      {mapping && !mapping.open && (
        <p className="mapping-reopen">
          <button type="button" onClick={mapping.reopen}>
            {tNodes('Map the columns of {file}…', { file: <bdi>{mapping.file}</bdi> })}
          </button>
        </p>
      )}
    </DropZone>
  );
}

