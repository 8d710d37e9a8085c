// Entry point: one view store bound to the address bar, then the application.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { browserHistory, createViewStore } from './store';
import '../styles/app.css';

const store = createViewStore(browserHistory(window));
window.addEventListener('popstate', () => store.restoreFromHistory());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
