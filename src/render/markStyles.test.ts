import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../core/model/types';
import { CHART_BACKGROUND, CHART_COLORS, contrastRatio, MARK_STYLES, markPath, traceMark } from './markStyles';

describe('mark styles', () => {
  it('give every event type its own shape', () => {
    const shapes = new Set(EVENT_TYPES.map((t) => MARK_STYLES[t].shape));
    expect(shapes.size).toBe(EVENT_TYPES.length);
  });

  it('give every event type a colour with at least 4.5:1 contrast against the background', () => {
    for (const type of EVENT_TYPES) expect(contrastRatio(MARK_STYLES[type].color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('keep text, today marker, selection and match colours at AA contrast', () => {
    for (const key of ['text', 'mutedText', 'today', 'selection', 'match', 'cluster'] as const) {
      expect(contrastRatio(CHART_COLORS[key], CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(CHART_COLORS.clusterText, CHART_COLORS.cluster)).toBeGreaterThanOrEqual(4.5);
  });

  it('compute the WCAG ratio of black on white as 21', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('draw the same geometry on canvas as in the SVG path', () => {
    const calls: string[] = [];
    const sink = {
      moveTo: (x: number, y: number) => calls.push(`M${x},${y}`),
      lineTo: (x: number, y: number) => calls.push(`L${x},${y}`),
      arc: () => calls.push('A'),
      rect: (x: number, y: number, w: number, h: number) => calls.push(`R${x},${y},${w},${h}`),
      closePath: () => calls.push('Z'),
    };
    traceMark(sink, 'diamond', 0, 0);
    expect(calls.join('')).toBe('M0,-5.8999999999999995L5.8999999999999995,0L0,5.8999999999999995L-5.8999999999999995,0Z');
    expect(markPath('call')).toBe('M0,-5.9L5.9,0L0,5.9L-5.9,0Z');
  });
});
