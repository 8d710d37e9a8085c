// @vitest-environment jsdom
// A picture of the view's query uses the matches the page has already found, rather than
// searching again: at a million events a first search takes seconds, and an export must not
// hold the page for them. Any other query (a story step's) is searched for the picture.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../core/data';
import type { Dataset } from '../../core/model/types';
import { INITIAL_VIEW } from '../../core/view/types';
import * as search from '../../core/view/search';
import { picture } from './index';
import type { ExportContext } from './index';

vi.mock('../../core/view/search', async (original) => {
  const real = await original<typeof import('../../core/view/search')>();
  return { ...real, searchMatches: vi.fn(real.searchMatches) };
});

let dataset: Dataset;
beforeAll(async () => {
  // jsdom draws no text: titles are measured by their length instead (canvasMeasure's fallback).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const { dataset: loaded } = await loadDataset(readFileSync('data/events.json', 'utf8'), { file: 'events.json' });
  if (!loaded) throw new Error('the seed did not load');
  dataset = loaded;
});

function contextFor(query: string, found: ExportContext['found']): ExportContext {
  return {
    dataset,
    included: dataset.events.map((event) => event.index),
    view: { ...INITIAL_VIEW, search: query },
    window: null,
    width: 1200,
    search: '',
    found,
  };
}

describe('the search behind a picture', () => {
  it("uses the page's matches for the page's query and filters, and searches for any other", () => {
    const searched = vi.mocked(search.searchMatches);
    const pageMatches = search.searchMatches(dataset, 'nato', dataset.events.map((event) => event.index));
    expect(pageMatches.indices.length).toBeGreaterThan(0);
    searched.mockClear();

    const found = { query: 'nato', filters: INITIAL_VIEW.filters, matches: pageMatches };
    const { svg } = picture(contextFor('nato', found));
    expect(svg).toContain('<svg');
    expect(searched).not.toHaveBeenCalled();

    picture(contextFor('putin', found));
    expect(searched).toHaveBeenCalledTimes(1);
    expect(searched.mock.calls[0]?.[1]).toBe('putin');

    // The same query under other filters (the store moved on since the page's render): searched afresh.
    searched.mockClear();
    picture({ ...contextFor('nato', found), view: { ...INITIAL_VIEW, search: 'nato', filters: { ...INITIAL_VIEW.filters } } });
    expect(searched).toHaveBeenCalledTimes(1);

    searched.mockClear();
    picture(contextFor('putin', null));
    expect(searched).toHaveBeenCalledTimes(1);
  });
});
