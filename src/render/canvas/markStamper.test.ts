import { describe, expect, it } from 'vitest';
import { MARK_FLAG, TYPE_CODE } from '../../core/layout/marks';
import { warmStamp } from './markStamper';

describe('the warm-up stamps', () => {
  it('pair every built-in type with every look before any pair comes again', () => {
    const types = Object.values(TYPE_CODE);
    const looks = new Set([0, MARK_FLAG.qualified, MARK_FLAG.planned, MARK_FLAG.planned | MARK_FLAG.qualified, MARK_FLAG.reported, MARK_FLAG.reported | MARK_FLAG.qualified]);
    const pairs = types.length * looks.size;
    const stamped = new Set(Array.from({ length: pairs }, (_, k) => warmStamp(k)).map(({ type, flags }) => `${type}/${flags}`));
    expect(stamped.size).toBe(pairs);
    for (const type of types) for (const look of looks) expect(stamped.has(`${type}/${look}`)).toBe(true);
  });
});
