// The application, started by the entry (main.tsx) once the data file is loading: one
// view store bound to the address bar, then the application. A single-file export carries
// its data and view inline; ?embed=1 shows only the chart.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createViewStore } from './store';
import { browserHistory, historyStartingAt } from '../embed/history';
import { readInlineData, readInlineView } from '../render/export/inlineData';
import { readEmbedOptions } from '../core/embed/options';
import { startInterfaceLanguage } from './interfaceLanguage';
import { LanguageChooserContext } from '../components/i18n';
import '../styles/app.css';
import '../styles/print.css';

const inline = readInlineData(document);
// An exported file opens at the view it was saved at, unless its address asks for another.
const history = inline ? historyStartingAt(window, readInlineView(document)) : browserHistory(window);
const store = createViewStore(history, { settleDelayMs: 350 });
window.addEventListener('popstate', () => store.restoreFromHistory());
const languageChooser = startInterfaceLanguage(history);
const embed = readEmbedOptions(new URLSearchParams(window.location.search));
if (embed) document.documentElement.classList.add('is-embedded');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LanguageChooserContext value={languageChooser}>
        <App store={store} source={inline ? { kind: 'text', text: inline.text, file: inline.file, origin: inline.origin } : undefined} embed={embed} />
      </LanguageChooserContext>
    </StrictMode>,
  );
}
