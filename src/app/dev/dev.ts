// A dev-only page for trying the chart on generated or real data, and for measuring it:
//   /src/app/dev/index.html?n=100000            synthetic events built in the page
//   /src/app/dev/index.html?data=/data/events.json   a real data file through the loader
// It keeps its own view store (the window's owner), with no address bar to write to.
import { loadDataset } from '../../core/data';
import { makeLayoutDataset, type LayoutTestEvent, type LayoutTestSpec } from '../../core/layout/testing';
import type { Dataset, EventType } from '../../core/model/types';
import { fitAll, zoom } from '../../core/view/actions';
import type { Grouping } from '../../core/view/types';
import type { ChartController, ChartInput } from '../../render/chartApi';
import { chartStats, createTimelineChart } from '../../render/TimelineChart';
import { createViewStore, type ViewStore } from '../store';

/** Deterministic pseudo-random numbers, so measurements repeat. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticSpec(events: number, actors: number, countries: number): LayoutTestSpec {
  const rand = random(7);
  const spec: LayoutTestSpec = {
    countries: Array.from({ length: countries }, (_, c) => ({ id: `C${c}`, name: `Country ${c}` })),
    actors: Array.from({ length: actors }, (_, a) => ({ id: `a${a}`, name: `Actor ${a}`, country: `C${a % countries}` })),
    topics: Array.from({ length: 8 }, (_, t) => ({ id: `t${t}`, label: `Topic ${t}`, support: 'yes', oppose: 'no' })),
    events: [],
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const types: EventType[] = ['statement', 'statement', 'statement', 'call', 'meeting'];
  for (let i = 0; i < events; i++) {
    // Skewed activity: a few actors speak far more often than most.
    const actor = Math.floor(actors * rand() ** 2);
    const type = types[Math.floor(rand() * types.length)]!;
    const year = 2015 + Math.floor(rand() * 11);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const precision = rand();
    const date =
      precision < 0.05 ? `${year}-${pad(month)}` : precision < 0.1 ? `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(rand() * 24))}:${pad(Math.floor(rand() * 60))}Z` : `${year}-${pad(month)}-${pad(day)}`;
    const event: LayoutTestEvent = { id: `e${i}`, date, type, actors: [`a${actor}`], title: `Event ${i}`, topics: rand() < 0.6 ? [`t${Math.floor(rand() * 8)}`] : [] };
    if (type !== 'statement') event.actors.push(`a${(actor + 1 + Math.floor(rand() * (actors - 1))) % actors}`);
    if (type === 'meeting' && rand() < 0.3 && day < 26) event.end = `${year}-${pad(month)}-${pad(day + 2)}`;
    if (rand() < 0.05) event.status = 'planned';
    spec.events.push(event);
  }
  return spec;
}

async function loadData(params: URLSearchParams): Promise<Dataset> {
  const url = params.get('data');
  if (url) {
    const text = await (await fetch(url)).text();
    const result = await loadDataset(text, { file: url });
    if (!result.dataset) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    return result.dataset;
  }
  const n = Number(params.get('n') ?? 2000);
  return makeLayoutDataset(syntheticSpec(n, Number(params.get('actors') ?? 200), Number(params.get('countries') ?? 40)));
}

declare global {
  interface Window {
    stancelineDev?: { controller: ChartController; store: ViewStore; container: HTMLElement; stats: typeof chartStats; dataset: Dataset };
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const status = document.getElementById('status')!;
  status.textContent = 'Loading…';
  const started = performance.now();
  const dataset = await loadData(params);
  const loaded = performance.now();
  const container = document.getElementById('chart')!;
  let input: ChartInput = {
    dataset,
    included: dataset.events.map((e) => e.index),
    grouping: (params.get('grouping') as Grouping | null) ?? 'country-actor',
    collapsed: new Set(),
    selectedId: null,
    matchIndices: new Set(),
    currentMatchId: null,
    colorTopic: params.get('color'),
  };
  let search = '';
  const store = createViewStore({ get search() { return search; }, push: (next) => (search = next), replace: (next) => (search = next) });
  const controller = createTimelineChart(container, store, {
    onSelect: (eventId) => {
      input = { ...input, selectedId: eventId };
      controller.update(input);
      status.textContent = eventId ? `Selected ${eventId}` : '';
    },
    onToggleGroup: (groupId) => {
      const collapsed = new Set(input.collapsed);
      if (collapsed.has(groupId)) collapsed.delete(groupId);
      else collapsed.add(groupId);
      input = { ...input, collapsed };
      controller.update(input);
    },
  });
  controller.update(input);
  requestAnimationFrame(() => {
    const rendered = performance.getEntriesByName('stanceline:rendered')[0];
    status.textContent = `${dataset.events.length} events; load ${Math.round(loaded - started)} ms; first paint at ${Math.round((rendered?.startTime ?? 0) - started)} ms after start`;
  });
  document.getElementById('zoom-in')!.addEventListener('click', () => store.dispatch(zoom(2)));
  document.getElementById('zoom-out')!.addEventListener('click', () => store.dispatch(zoom(0.5)));
  document.getElementById('fit')!.addEventListener('click', () => store.dispatch(fitAll()));
  document.getElementById('grouping')!.addEventListener('change', (event) => {
    input = { ...input, grouping: (event.target as HTMLSelectElement).value as Grouping };
    controller.update(input);
  });
  window.stancelineDev = { controller, store, container, stats: chartStats, dataset };
}

main().catch((error: unknown) => {
  document.getElementById('status')!.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
});
