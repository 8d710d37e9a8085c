// Stanceline as a module: place a live timeline in any page (a report, an Observable
// notebook, a Quarto document) with one import.
//
//   import { mount } from './stanceline.js';   // and link stanceline.css
//   const timeline = mount(document.querySelector('#chart'), { dataUrl: 'events.json', view: '?from=2025-02-10&to=2025-02-14' });
//   timeline.update({ view: '?group=actor' });
//   timeline.destroy();
//
// The timeline keeps its view state in memory: the host page's address never changes.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createViewStore } from './store';
import { memoryHistory } from '../embed/history';
import type { EmbedOptions } from '../core/embed/options';
import type { DataSource } from './useProvidedDataset';
import '../styles/app.css';
import '../styles/embed.css';

export interface MountOptions {
  /** The dataset: a parsed Stanceline file, or its JSON text. */
  data?: unknown;
  /** Or where to fetch it: a path relative to the page, or an http(s) address. */
  dataUrl?: string;
  /** The view as the app writes it in its address: "?from=2025-02-10&to=2025-02-14&group=actor". */
  view?: string;
  /** Show the title and source credit above the chart (default true). */
  title?: boolean;
  /** Show the legend above the chart (default false). */
  legend?: boolean;
  /** The name problems are reported under when `data` is given (default "data.json"). */
  file?: string;
}

export interface MountHandle {
  /** Changes the data, the view or what shows above the chart; omitted options stay as they were. */
  update(options: MountOptions): void;
  /** Removes the timeline and everything it added to the element. */
  destroy(): void;
}

function sourceOf(options: MountOptions): DataSource {
  if (options.data !== undefined) {
    const text = typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
    return { kind: 'text', text, file: options.file ?? 'data.json' };
  }
  if (options.dataUrl !== undefined) return { kind: 'url', url: options.dataUrl };
  throw new TypeError('mount(element, options) needs options.data (a Stanceline dataset) or options.dataUrl (where to fetch one).');
}

const asQuery = (view: string | undefined) => (!view ? '' : view.startsWith('?') ? view : `?${view}`);

export function mount(element: HTMLElement, options: MountOptions): MountHandle {
  if (!(element instanceof HTMLElement)) throw new TypeError('mount(element, options): element must be an HTML element.');
  let current: MountOptions = { title: true, legend: false, ...options };
  let source = sourceOf(current);
  const history = memoryHistory(asQuery(current.view));
  const store = createViewStore(history);
  const host = document.createElement('div');
  host.className = 'stanceline-mount';
  element.appendChild(host);
  const root = createRoot(host);

  const render = () => {
    const embed: EmbedOptions = { title: current.title !== false, legend: current.legend === true };
    root.render(
      <StrictMode>
        <App store={store} source={source} embed={embed} />
      </StrictMode>,
    );
  };
  render();
  let destroyed = false;

  return {
    update(next) {
      // A removed timeline cannot come back: say so, rather than let React fail on an unmounted root.
      if (destroyed) throw new Error('Stanceline: update() was called after destroy(). That timeline has been removed; call mount() again to show a new one.');
      const dataChanged = next.data !== undefined || next.dataUrl !== undefined;
      current = { ...current, ...next };
      if (dataChanged) source = sourceOf(next);
      if (next.view !== undefined) {
        history.push(asQuery(next.view));
        store.restoreFromHistory();
      }
      render();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      root.unmount();
      host.remove();
    },
  };
}
