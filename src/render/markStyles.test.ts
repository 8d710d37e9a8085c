import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../core/model/types';
import {
  CHART_BACKGROUND, CHART_COLORS, contrastRatio, DECLARED_COLORS, DECLARED_SHAPES, declaredLook, MARK_STYLES, markPath, markStyleOf, shapePath, traceMark, typesOf,
} from './markStyles';

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

describe('the looks of declared types', () => {
  it('give 36 declared types 36 different shape-and-colour pairs, none a built-in shape, every colour at least 4.5:1', () => {
    const pairs = new Set<string>();
    for (let index = 0; index < 36; index++) {
      const look = declaredLook(index);
      expect(['circle', 'diamond', 'square']).not.toContain(look.shape);
      pairs.add(`${look.shape} ${look.color}`);
    }
    expect(pairs.size).toBe(36);
    for (const color of DECLARED_COLORS) expect(contrastRatio(color, CHART_BACKGROUND), color).toBeGreaterThanOrEqual(4.5);
    // Neighbours in a file's list never share a shape or a colour.
    for (let index = 0; index < 35; index++) {
      expect(declaredLook(index).shape).not.toBe(declaredLook(index + 1).shape);
      expect(declaredLook(index).color).not.toBe(declaredLook(index + 1).color);
    }
  });

  it('name a declared type by its label, and draw every shape as a closed path', () => {
    const dataset = { types: [{ id: 'cameo-18', label: 'Assault', kind: 'act' as const }] };
    expect(markStyleOf('cameo-18', dataset)).toEqual({ ...declaredLook(0), label: 'Assault' });
    expect(markStyleOf('call', dataset)).toBe(MARK_STYLES.call);
    expect(typesOf(dataset).map((type) => type.style.label)).toEqual(['Statement', 'Call', 'Meeting', 'Assault']);
    for (const shape of DECLARED_SHAPES) expect(shapePath(shape), shape).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+)+Z$/);
  });
});
