// Imported first by the entry module (main.tsx): starts loading the data file before the
// rest of the application's code is evaluated and rendered, so the two overlap. A page
// that carries its data inline (a single-file export) or whose ?data= is refused starts
// nothing here; useDataset reports the refusal as before.
import { readInlineData } from '../render/export/inlineData';
import { locateData } from '../core/data/location';
import { startLoadingEarly } from './loadOffThread';

if (!readInlineData(document)) {
  const location = locateData(new URLSearchParams(window.location.search).get('data'), window.location.href);
  if (!('refused' in location)) startLoadingEarly(location);
}
