import { describe, expect, it } from 'vitest';
import { slugify } from './download';

describe('slugify', () => {
  it('makes a lower-case slug of letters and digits, accents dropped', () => {
    expect(slugify('Hegseth at NATO, 12 Feb')).toBe('hegseth-at-nato-12-feb');
    expect(slugify('Jean-Noël Barrot')).toBe('jean-noel-barrot');
    expect(slugify('¿?')).toBe('stanceline');
  });

  it('cuts to the length asked without ending in a dash', () => {
    // Cut at 24 characters this title ends at a space: "hegseth-at-nato-and-the-".
    expect(slugify('Hegseth at NATO and the Trump–Putin call, 12 February 2025', 24)).toBe('hegseth-at-nato-and-the');
    expect(slugify('a'.repeat(100))).toHaveLength(60);
  });
});
