// Imported first by the entry module (main.tsx): starts loading the data file before the
// rest of the application's code is evaluated and rendered, so the two overlap. A page
// that carries its data inline (a single-file export) or whose ?data= is refused starts
// nothing here; useDataset reports the refusal as before.
import { readInlineData } from '../render/export/inlineData';
import { locateData } from '../core/data/location';
import { startLoadingEarly } from './loadOffThread';
import { chooseLanguage } from '../core/i18n/languages';
import { preferredLanguages } from './interfaceLanguage';

if (!readInlineData(document)) {
  const params = new URLSearchParams(window.location.search);
  const location = locateData(params.get('data'), window.location.href);
  // The language the interface is about to choose (by interfaceLanguage.ts's rule): the worker words its messages in it.
  if (!('refused' in location)) startLoadingEarly({ ...location, lang: chooseLanguage(params.get('lang'), preferredLanguages()).code });
}
