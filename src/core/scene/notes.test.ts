import { describe, expect, it } from 'vitest';
import { layoutTestDate, makeLayoutDataset } from '../layout/testing';
import type { TimeNote } from '../model/types';
import { buildScene } from './build';
import { LABEL_FONT_SIZE } from './labels';
import { planScene } from './plan';
import { tableMeasure } from './textMetrics';

const day = (iso: string) => layoutTestDate(iso).start;
const note = (label: string, start: string, end: string, extra: Partial<TimeNote> = {}): TimeNote => ({
  fileIndex: 0,
  label,
  start: layoutTestDate(start).start,
  end: layoutTestDate(end).end,
  startText: start,
  endText: end,
  actorIds: [],
  countryIds: [],
  ...extra,
});

function sceneWith(periods: TimeNote[], annotations: TimeNote[], window: [number, number] = [day('2022-09-01'), day('2022-11-01')]) {
  const dataset = makeLayoutDataset({
    countries: [
      { id: 'RU', name: 'Russia' },
      { id: 'UA', name: 'Ukraine' },
    ],
    actors: [
      { id: 'putin', name: 'Putin', country: 'RU' },
      { id: 'zelenskyy', name: 'Zelenskyy', country: 'UA' },
    ],
    events: [
      { id: 'a', date: '2022-09-30', actors: ['putin'] },
      { id: 'b', date: '2022-10-05', actors: ['zelenskyy'] },
    ],
  });
  dataset.periods = periods;
  dataset.annotations = annotations;
  const plan = planScene({ dataset, included: [0, 1], grouping: 'country-actor', collapsed: [] });
  return buildScene(plan, { window, width: 600, height: 400, scrollTop: 0, now: 0, measure: tableMeasure(LABEL_FONT_SIZE) });
}

describe('periods and annotations in the scene', () => {
  it('draws a period behind every lane, clipped to the window, and names it', () => {
    const scene = sceneWith([note('Autumn', '2022-08', '2022-10')], []);
    const [period] = scene.notes;
    expect(period!.x0).toBe(0);
    expect(period!.x1).toBeCloseTo(((day('2022-11-01') - day('2022-09-01')) / (day('2022-11-01') - day('2022-09-01'))) * 600, 6);
    const covered = period!.bands.reduce((sum, band) => sum + band.height, 0);
    expect(covered).toBe(scene.lanes.reduce((sum, lane) => sum + lane.height, 0));
    expect(period!.label).toBe('Autumn');
  });

  it('draws an annotation only across the lanes of the countries it names, as a rule when its day is narrow', () => {
    const scene = sceneWith([], [note('Russia annexes four regions', '2022-09-30', '2022-09-30', { countryIds: ['RU'] })], [day('2022-01-01'), day('2023-01-01')]);
    const [rule] = scene.notes;
    expect(rule!.x0).toBe(rule!.x1);
    const russia = scene.lanes.find((lane) => lane.id === 'putin')!;
    expect(rule!.bands).toEqual([{ top: russia.top, height: russia.height }]);
  });

  it('shortens a name to the room before the next one', () => {
    const scene = sceneWith([note('A very long period name that goes on', '2022-09-10', '2022-10-20')], [note('Next', '2022-09-14', '2022-09-14')]);
    const period = scene.notes.find((n) => n.kind === 'period')!;
    const next = scene.notes.find((n) => n.kind === 'annotation')!;
    expect(period.label.endsWith('…') || period.label === '').toBe(true);
    expect(period.labelX + period.labelWidth).toBeLessThanOrEqual(next.labelX);
  });
});
