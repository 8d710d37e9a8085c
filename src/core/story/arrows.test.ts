import { describe, expect, it } from 'vitest';
import { stepArrows, stepOfArrowKey, stepOfSwipe } from './arrows';

describe('a story\'s arrows follow the interface\'s direction', () => {
  it('steps forward with → left to right and with ← right to left', () => {
    expect(stepOfArrowKey('ArrowRight', 'ltr')).toBe(1);
    expect(stepOfArrowKey('ArrowLeft', 'ltr')).toBe(-1);
    expect(stepOfArrowKey('ArrowLeft', 'rtl')).toBe(1);
    expect(stepOfArrowKey('ArrowRight', 'rtl')).toBe(-1);
    expect(stepOfArrowKey('ArrowUp', 'ltr')).toBeNull();
  });

  it('steps forward with a swipe towards the start of the line', () => {
    expect(stepOfSwipe(-80, 'ltr')).toBe(1);
    expect(stepOfSwipe(80, 'ltr')).toBe(-1);
    expect(stepOfSwipe(80, 'rtl')).toBe(1);
    expect(stepOfSwipe(-80, 'rtl')).toBe(-1);
  });

  it('points each button\'s arrow to its side', () => {
    expect(stepArrows('ltr')).toEqual({ back: '←', forward: '→' });
    expect(stepArrows('rtl')).toEqual({ back: '→', forward: '←' });
  });
});
