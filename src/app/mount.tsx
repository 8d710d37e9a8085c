// Stanceline as a module: place a live timeline in any page (a report, an Observable
// notebook, a Quarto document) with one import.
//
//   import { mount } from './stanceline.js';   // and link stanceline.css
//   const timeline = mount(document.querySelector('#chart'), { dataUrl: 'events.json', view: '?from=2025-02-10&to=2025-02-14' });
//   timeline.update({ view: '?group=actor' });
//   mount(el, { dataUrl: 'events.json', story: 'week-of-talks', step: 2, onStepChange: (at) => console.log(at) });
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
  /** A story of the dataset to play, by id; its step's view replaces `view`. */
  story?: string;
  /** The step to open at, counting from 1 (default 1). */
  step?: number;
  /** Told the story and step (from 1) each time the step changes, and null when the reader leaves the story. */
  onStepChange?: (at: { story: string; step: number } | null) => void;
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

/** The view's query with the story's place added (the story opens at that step's own view). */
function initialQuery(options: MountOptions): string {
  const params = new URLSearchParams(asQuery(options.view));
  if (options.story !== undefined) {
    params.set('story', options.story);
    params.set('step', String(options.step ?? 1));
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** The story and step the address holds, as reported to onStepChange. */
function storyPlace(search: string): { story: string; step: number } | null {
  const params = new URLSearchParams(search);
  const story = params.get('story');
  const step = Number(params.get('step'));
  return story !== null && Number.isInteger(step) && step >= 1 ? { story, step } : null;
}

export function mount(element: HTMLElement, options: MountOptions): MountHandle {
  if (!(element instanceof HTMLElement)) throw new TypeError('mount(element, options): element must be an HTML element.');
  let current: MountOptions = { title: true, legend: false, ...options };
  let source = sourceOf(current);
  const history = memoryHistory(initialQuery(current));
  const store = createViewStore(history);
  // A new story or step from update() opens afresh, as a link to it would.
  let opening = 0;
  let reported = JSON.stringify(storyPlace(history.search));
  const stopReporting = store.subscribe(() => {
    const place = storyPlace(history.search);
    const key = JSON.stringify(place);
    if (key === reported) return;
    reported = key;
    current.onStepChange?.(place);
  });
  const host = document.createElement('div');
  host.className = 'stanceline-mount';
  element.appendChild(host);
  const root = createRoot(host);

  const render = () => {
    const embed: EmbedOptions = { title: current.title !== false, legend: current.legend === true };
    root.render(
      <StrictMode>
        <App key={opening} store={store} source={source} embed={embed} />
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
      if (next.story !== undefined || next.step !== undefined) {
        history.push(initialQuery({ ...current, view: next.view ?? '' }));
        store.restoreFromHistory();
        opening++;
      } else if (next.view !== undefined) {
        history.push(asQuery(next.view));
        store.restoreFromHistory();
      }
      render();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopReporting();
      root.unmount();
      host.remove();
    },
  };
}
