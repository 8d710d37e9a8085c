// The application for a page handed its data (a single-file export, mount()): loaded
// lazily, since a page that fetches ?data= never needs it nor the loader it runs on
// the main thread.
import type { EmbedOptions } from '../core/embed/options';
import { useProvidedDataset } from './useProvidedDataset';
import type { DataSource } from './useProvidedDataset';
import { Screens } from './Screens';
import { INVALID_DATA_ADVICE } from '../components/LoadViews';
import type { ViewStore } from './store';

export function ProvidedDataApp({ store, source, embed }: { store: ViewStore; source: DataSource; embed: EmbedOptions | null }) {
  const { state, dismissReloadProblems } = useProvidedDataset(store, source, document.baseURI);
  const advice = source.kind === 'text' ? INVALID_DATA_ADVICE.given : INVALID_DATA_ADVICE.fetchedByModule;
  return <Screens store={store} state={state} dismissReloadProblems={dismissReloadProblems} embed={embed} invalidAdvice={advice} />;
}
