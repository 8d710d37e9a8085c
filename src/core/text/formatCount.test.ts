import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  it('groups digits in threes as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 100000, 1234567, -1234, 9007199254740991]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
    }
  });

  it('leaves fractions and non-finite numbers as String() writes them', () => {
    expect(formatCount(1.5)).toBe('1.5');
    expect(formatCount(Number.NaN)).toBe('NaN');
  });
});
