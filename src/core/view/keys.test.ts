import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRUSH_KEYS, brushCommandForKey, CHART_KEYS, CHART_WHEEL, commandForKey, type KeyBinding, keyLabel, wheelAction, zoomHint } from './keys';

describe('the chart keys', () => {
  it('tell Shift+arrow (pan) from a plain arrow (next event)', () => {
    expect(commandForKey('ArrowRight', false)).toEqual({ kind: 'step', by: 1 });
    expect(commandForKey('ArrowRight', true)).toEqual({ kind: 'pan', fraction: 0.25 });
    expect(commandForKey('=', false)).toEqual({ kind: 'zoom', factor: 2 });
    expect(commandForKey('q', false)).toBeNull();
  });

  it('follow the axis: with time running right to left the left arrow goes towards the future', () => {
    expect(commandForKey('ArrowLeft', false, 'rtl')).toEqual(commandForKey('ArrowRight', false));
    expect(commandForKey('ArrowRight', true, 'rtl')).toEqual(commandForKey('ArrowLeft', true));
    expect(commandForKey('ArrowUp', false, 'rtl')).toEqual(commandForKey('ArrowUp', false));
    expect(brushCommandForKey('ArrowLeft', false, 'rtl')).toEqual(brushCommandForKey('ArrowRight', false));
    expect(brushCommandForKey('ArrowDown', false, 'rtl')).toEqual(brushCommandForKey('ArrowDown', false));
  });

  it('bind every key to one command only, on the chart and on the brush', () => {
    for (const bindings of [CHART_KEYS, BRUSH_KEYS] as const) expectEachKeyOnce(bindings);
  });

  it('are listed, every one, in the README keyboard table', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const binding of CHART_KEYS) expect(readme).toContain(`| ${keyLabel(binding)} | ${binding.description} |`);
  });
});

describe('the overview brush keys', () => {
  it('move the window with arrows, resize it with Shift + arrows and plus or minus, and reach either end', () => {
    expect(brushCommandForKey('ArrowRight', false)).toEqual({ kind: 'pan', fraction: 0.25 });
    expect(brushCommandForKey('ArrowLeft', false)).toEqual({ kind: 'pan', fraction: -0.25 });
    expect(brushCommandForKey('ArrowRight', true)).toEqual({ kind: 'zoom', factor: 0.8 });
    expect(brushCommandForKey('ArrowLeft', true)).toEqual({ kind: 'zoom', factor: 1.25 });
    expect(brushCommandForKey('+', false)).toEqual({ kind: 'zoom', factor: 2 });
    expect(brushCommandForKey('-', false)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(brushCommandForKey('Home', false)).toEqual({ kind: 'edge', to: -1 });
    expect(brushCommandForKey('End', true)).toEqual({ kind: 'edge', to: 1 });
    expect(brushCommandForKey('Enter', false)).toBeNull();
  });

  it('are listed, every one, in the README brush table', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const binding of BRUSH_KEYS) expect(readme).toContain(`| ${keyLabel(binding)} | ${binding.description} |`);
  });
});

function expectEachKeyOnce(bindings: readonly KeyBinding<unknown>[]): void {
  const seen = new Set<string>();
  for (const binding of bindings) {
    for (const key of binding.keys) {
      for (const shift of binding.shift === undefined ? [true, false] : [binding.shift]) {
        const id = `${key}:${shift}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  }
}

describe('the chart wheel', () => {
  const plain = { ctrlKey: false, metaKey: false, shiftKey: false, deltaX: 0, deltaY: 100 };

  it('scrolls with the plain wheel, zooms with Ctrl or ⌘ (and a pinch), pans sideways or with Shift', () => {
    expect(wheelAction(plain)).toBe('scroll');
    expect(wheelAction({ ...plain, ctrlKey: true })).toBe('zoom');
    expect(wheelAction({ ...plain, metaKey: true })).toBe('zoom');
    // A pinch: Ctrl with a small delta.
    expect(wheelAction({ ...plain, ctrlKey: true, deltaY: -3.5 })).toBe('zoom');
    expect(wheelAction({ ...plain, shiftKey: true })).toBe('pan');
    expect(wheelAction({ ...plain, deltaX: 40, deltaY: 10 })).toBe('pan');
    expect(wheelAction({ ...plain, deltaX: 10, deltaY: 40 })).toBe('scroll');
  });

  it('names every wheel action once, and the hint names the platform’s key', () => {
    expect(new Set(CHART_WHEEL.map((binding) => binding.action))).toEqual(new Set(['zoom', 'pan', 'scroll']));
    expect(zoomHint(false)).toBe('Use Ctrl + scroll to zoom');
    expect(zoomHint(true)).toBe('Use ⌘ + scroll to zoom');
  });

  it('are listed, every one, in the README mouse table', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const binding of CHART_WHEEL) expect(readme).toContain(`| ${binding.gesture} | ${binding.description} |`);
  });
});
