import { describe, expect, it } from 'vitest';
import type { PositionRecord } from '../model/types';
import { layoutPositions, stanceValueAtY, topicExtent } from './layout';
import { buildPositionsModel } from './model';
import { makeDataset } from './testing';

const UTC = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const pos = (actor: string, stance: PositionRecord['stance']): PositionRecord => ({ actor, topic: 'ukraine-nato', stance });

const dataset = makeDataset({
  countries: [{ id: 'US', name: 'United States' }, { id: 'FR', name: 'France' }],
  actors: [
    { id: 'barrot', name: 'Barrot', country: 'FR' },
    { id: 'hegseth', name: 'Hegseth', country: 'US' },
    { id: 'trump', name: 'Trump', country: 'US' },
    { id: 'silent', name: 'Silent', country: 'US' },
  ],
  events: [
    { id: 'a', date: '2024-01-01', positions: [pos('hegseth', 'support')] },
    { id: 'b', date: '2025-01-01', positions: [pos('hegseth', 'oppose'), pos('barrot', 'support')] },
    { id: 'c', date: '2025-01-01', positions: [pos('trump', 'oppose')] },
    { id: 'd', date: '2025-01-01', positions: [pos('trump', 'oppose')] },
  ],
});
const model = buildPositionsModel(dataset);

describe('the positions layout', () => {
  const layout = layoutPositions(model, 'ukraine-nato', { width: 1000, window: [UTC(2023, 12, 1), UTC(2025, 2, 1)] });

  it('has one track per actor with a position on the topic, grouped by country in file order', () => {
    expect(layout.groups.map((g) => g.label)).toEqual(['United States', 'France']);
    expect(layout.tracks.map((t) => t.actor.id)).toEqual(['hegseth', 'trump', 'barrot']);
    expect(layout.tracks[1]!.top).toBeGreaterThan(layout.tracks[0]!.top);
  });

  it('says what stance a line enters the window with, and from which position, only when that position is before the window', () => {
    // A window from mid-2024: Hegseth's support of 2024-01-01 is out of view and carried in; Trump and Barrot start in view.
    const later = layoutPositions(model, 'ukraine-nato', { width: 1000, window: [UTC(2024, 6, 1), UTC(2025, 2, 1)] });
    const [hegseth, trump, barrot] = later.tracks;
    expect(hegseth!.enteredWith).toEqual({ stance: 'support', row: hegseth!.series.steps[0]!.mainRow });
    expect(model.table.event[hegseth!.enteredWith!.row]).toBe(0);
    expect(hegseth!.marks).toHaveLength(1);
    expect(trump!.enteredWith).toBeNull();
    expect(barrot!.enteredWith).toBeNull();
    // In the first layout's window every first position is in view.
    expect(layout.tracks.map((track) => track.enteredWith)).toEqual([null, null, null]);
    // After every position: the last one is carried in.
    const after = layoutPositions(model, 'ukraine-nato', { width: 1000, window: [UTC(2025, 6, 1), UTC(2025, 9, 1)] });
    expect(after.tracks[0]!.enteredWith?.stance).toBe('oppose');
    expect(after.tracks[0]!.marks).toHaveLength(0);
  });

  it('places each mark at its day on the time axis and its stance on the track’s scale', () => {
    const hegseth = layout.tracks[0]!;
    expect(hegseth.marks.map((m) => stanceValueAtY(hegseth, m.y))).toEqual([2, -2]);
    const [first, second] = hegseth.marks;
    expect(first!.x).toBeLessThan(second!.x);
    expect(second!.x).toBeCloseTo(((UTC(2025, 1, 1) + 43_200_000 - UTC(2023, 12, 1)) / (UTC(2025, 2, 1) - UTC(2023, 12, 1))) * 1000, 6);
    expect(hegseth.stanceY.support).toBeLessThan(hegseth.stanceY.oppose);
  });

  it('marks and lists a change of stance', () => {
    expect(layout.tracks[0]!.marks[1]!.shift).toMatchObject({ from: 'support', to: 'oppose' });
    expect(layout.shifts.map((s) => `${s.actorId}:${s.from}>${s.to}`)).toEqual(['hegseth:support>oppose']);
  });

  it('joins successive stances with a step line carried to the right edge', () => {
    const path = layout.tracks[0]!.stepPath;
    const hegseth = layout.tracks[0]!;
    expect(path[0]![1]).toBe(hegseth.stanceY.support);
    expect(path[1]![1]).toBe(hegseth.stanceY.support);
    expect(path[2]![1]).toBe(hegseth.stanceY.oppose);
    expect(path[path.length - 1]).toEqual([1000, hegseth.stanceY.oppose]);
  });

  it('spreads two same-day positions of one stance so each stays a separate mark', () => {
    const trump = layout.tracks[1]!;
    expect(trump.marks).toHaveLength(2);
    expect(trump.marks[1]!.x - trump.marks[0]!.x).toBeGreaterThan(5);
  });

  it('leaves out positions outside the window but keeps the stance carried into it', () => {
    const later = layoutPositions(model, 'ukraine-nato', { width: 500, window: [UTC(2024, 6, 1), UTC(2024, 12, 1)] });
    expect(later.tracks[0]!.marks).toHaveLength(0);
    expect(later.tracks[0]!.stepPath[0]).toEqual([0, later.tracks[0]!.stanceY.support]);
  });

  it('fits the topic’s positions when no window is given', () => {
    const [start, end] = topicExtent(model, 'ukraine-nato');
    expect(start).toBeLessThan(UTC(2024, 1, 1));
    expect(end).toBeGreaterThan(UTC(2025, 1, 2));
  });
});

describe('a topic with thousands of positions', () => {
  const events = Array.from({ length: 3000 }, (_, i) => ({
    id: `e${i}`,
    date: new Date(UTC(2020, 1, 1) + i * 86_400_000).toISOString().slice(0, 10),
    positions: [pos(i % 2 ? 'ana' : 'ben', i % 500 < 250 ? 'support' : 'oppose')],
  }));
  const big = buildPositionsModel(
    makeDataset({ actors: [{ id: 'ana', name: 'Ana' }, { id: 'ben', name: 'Ben' }], events }),
  );

  it('is aggregated into per-pixel bins per stance that still account for every position', () => {
    const layout = layoutPositions(big, 'ukraine-nato', { width: 800, window: null, maxMarks: 600, binWidth: 10 });
    expect(layout.aggregated).toBe(true);
    const marks = layout.tracks.flatMap((t) => t.marks);
    expect(marks.length).toBeLessThanOrEqual(2 * 2 * 81);
    expect(marks.reduce((sum, m) => sum + m.rows.length, 0)).toBe(3000);
  });
});
