import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_KEYS, commandForKey, keyLabel } from './keys';

describe('the chart keys', () => {
  it('tell Shift+arrow (pan) from a plain arrow (next event)', () => {
    expect(commandForKey('ArrowRight', false)).toEqual({ kind: 'step', by: 1 });
    expect(commandForKey('ArrowRight', true)).toEqual({ kind: 'pan', fraction: 0.25 });
    expect(commandForKey('=', false)).toEqual({ kind: 'zoom', factor: 2 });
    expect(commandForKey('q', false)).toBeNull();
  });

  it('bind every key to one command only', () => {
    const seen = new Set<string>();
    for (const binding of CHART_KEYS) {
      for (const key of binding.keys) {
        for (const shift of binding.shift === undefined ? [true, false] : [binding.shift]) {
          const id = `${key}:${shift}`;
          expect(seen.has(id), id).toBe(false);
          seen.add(id);
        }
      }
    }
  });

  it('are listed, every one, in the README keyboard table', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const binding of CHART_KEYS) expect(readme).toContain(`| ${keyLabel(binding)} | ${binding.description} |`);
  });
});
