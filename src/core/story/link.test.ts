import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../model/types';
import { parseParams } from '../view/url';
import { INITIAL_VIEW } from '../view/types';
import { readStoryLink, stepLabel, stepView, storySearchString, withStoryOf } from './link';
import { windowBetween, windowFrames } from './tween';

const TOUR: StoryRecord = {
  id: 'tour',
  title: 'The tour',
  steps: [
    { view: '?from=2025-02-10&to=2025-02-14', caption: 'One' },
    { view: 'view=list&sel=e1', title: 'Two', caption: 'Two' },
    { view: '', caption: 'Three' },
  ],
};
const data = { stories: [TOUR] };
const read = (query: string) => readStoryLink(parseParams(query), data);

describe('a story link', () => {
  it('is none without a story parameter', () => {
    expect(read('?from=2025-02-10&to=2025-02-11')).toEqual({ kind: 'none' });
  });

  it('plays the step it names, counting from 1, and step 1 when it names none', () => {
    expect(read('?story=tour&step=2')).toMatchObject({ kind: 'playing', stepIndex: 1 });
    expect(read('?story=tour')).toMatchObject({ kind: 'playing', stepIndex: 0 });
  });

  it.each([['0'], ['4'], ['-1'], ['two'], ['1.5'], ['99999999']])('names a missing step %s and plays nothing', (step) => {
    const link = read(`?story=tour&step=${step}`);
    expect(link.kind).toBe('missing');
    expect(link.kind === 'missing' && link.message).toContain('has 3 steps');
  });

  it('names a missing story and says where the stories are', () => {
    const link = read('?story=nope&step=1');
    expect(link).toMatchObject({ kind: 'missing' });
    expect(link.kind === 'missing' && link.message).toMatch(/"nope".*listed under Story/);
    expect(readStoryLink(parseParams('?story=x'), {})).toMatchObject({ message: expect.stringContaining('no stories') });
  });
});

describe('a step', () => {
  it('shows the view its query names', () => {
    expect(stepView(TOUR.steps[0]!).window).toEqual([Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 14)]);
    expect(stepView(TOUR.steps[1]!)).toMatchObject({ mode: 'list', selected: 'e1' });
    expect(stepView(TOUR.steps[2]!)).toEqual(INITIAL_VIEW);
  });

  it('is written in the address beside the view, keeping other parameters and dropping an old position', () => {
    const state = stepView(TOUR.steps[1]!);
    const current = parseParams('?embed=1&story=old&step=9&from=2020-01-01&to=2020-02-01');
    expect(storySearchString(state, current, { story: TOUR, stepIndex: 1 })).toBe('?embed=1&view=list&sel=e1&story=tour&step=2');
    expect(storySearchString(state, current, null)).toBe('?embed=1&view=list&sel=e1');
  });

  it('is carried onto another query (an export, an embed) from the address', () => {
    expect(withStoryOf('?from=2025-02-10&to=2025-02-11', '?story=tour&step=2&q=x')).toBe('?from=2025-02-10&to=2025-02-11&story=tour&step=2');
    expect(withStoryOf('?view=list&story=old', '?q=x')).toBe('?view=list');
  });

  it('is labelled "Step 2 of 3"', () => {
    expect(stepLabel({ story: TOUR, stepIndex: 1 })).toBe('Step 2 of 3');
  });
});

describe('moving between windows', () => {
  const day = 86_400_000;
  const year: readonly [number, number] = [0, 365 * day];
  const oneDay: readonly [number, number] = [100 * day, 101 * day];

  it('starts where it is and ends exactly at the target', () => {
    expect(windowBetween(year, oneDay, 0)).toEqual(year);
    const frames = windowFrames(year, oneDay, 8);
    expect(frames).toHaveLength(8);
    expect(frames.at(-1)).toBe(oneDay);
  });

  it('narrows the span geometrically, passing a month on the way from a year to a day', () => {
    const halfway = windowBetween(year, oneDay, 0.5);
    expect((halfway[1] - halfway[0]) / day).toBeCloseTo(Math.sqrt(365), 5);
  });
});
