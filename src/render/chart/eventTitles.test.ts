import { describe, expect, it } from 'vitest';
import { cachedMeasure } from './eventTitles';

/** A stand-in for canvas measureText: 6 px a character, and "AV" kerned 1 px tighter, as fonts do. */
function fakeCanvas() {
  const measured: string[] = [];
  const measureWhole = (text: string) => {
    measured.push(text);
    return text.length * 6 - (text.split('AV').length - 1);
  };
  return { measured, measure: cachedMeasure(measureWhole) };
}

describe('cachedMeasure', () => {
  it('sums the widths of Latin characters, each measured once, never narrower than the text measured whole', () => {
    const { measured, measure } = fakeCanvas();
    expect(measure('AVA café – “talks”…')).toBe(19 * 6);
    expect(measure('AV')).toBe(12);
    // Only single characters were measured, and each once.
    expect(measured.every((text) => text.length === 1)).toBe(true);
    expect(new Set(measured).size).toBe(measured.length);
  });

  it('measures whole any text with a character that is not drawn alone', () => {
    for (const text of ['مكالمة هاتفية', 'Zelenskyy\u0301', 'a dove 🕊', 'Київ', 'line\nbreak']) {
      const { measured, measure } = fakeCanvas();
      measure(text);
      expect(measured, text).toContain(text);
    }
  });

  it('remembers each text it measured', () => {
    const { measured, measure } = fakeCanvas();
    measure('مكالمة');
    measure('مكالمة');
    expect(measured).toEqual(['مكالمة']);
  });
});
