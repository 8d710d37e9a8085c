import { describe, expect, it } from 'vitest';
import { windowedText } from './parquetText';

/** Values laid out as Parquet's PLAIN byte arrays are: a 4-byte length, then the bytes; each value a view of the one buffer. */
function plainValues(texts: readonly string[]): Uint8Array[] {
  const encoded = texts.map((text) => new TextEncoder().encode(text));
  const buffer = new Uint8Array(encoded.reduce((sum, bytes) => sum + 4 + bytes.length, 0));
  const views: Uint8Array[] = [];
  let offset = 0;
  for (const bytes of encoded) {
    new DataView(buffer.buffer).setUint32(offset, bytes.length, true);
    offset += 4;
    buffer.set(bytes, offset);
    views.push(buffer.subarray(offset, offset + bytes.length));
    offset += bytes.length;
  }
  return views;
}

describe('windowedText', () => {
  it('gives what TextDecoder gives, for ASCII beside accented, Cyrillic, Arabic and emoji values and bytes of windows-1252', () => {
    const texts = ['e1', '', 'Zoë Nilsson', 'Путин', 'ترامب', 'call 📞', 'plain ascii title', '\u0080\u009f control', 'NATO'];
    const read = windowedText();
    const values = plainValues(texts);
    expect(values.map(read)).toEqual(texts);
  });

  it('reads values across many windows, and values longer than a window, in any order', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => (i % 997 === 0 ? 'x'.repeat(70_000 + i) : i % 13 === 0 ? `Łódź ${i}` : `event-${i}-${'y'.repeat(i % 50)}`));
    const values = plainValues(texts);
    const read = windowedText();
    expect(values.map(read)).toEqual(texts);
    // Backwards, so every value before the window forces a new one.
    const backwards = windowedText();
    for (let i = values.length - 1; i >= 0; i -= 7) expect(backwards(values[i]!)).toBe(texts[i]);
  });

  it('does not mix up two pages: a value of another buffer at the same offset is read from its own bytes', () => {
    const read = windowedText();
    const [first] = plainValues(['alpha']);
    const [second] = plainValues(['omega']);
    expect(read(first!)).toBe('alpha');
    expect(read(second!)).toBe('omega');
  });

  it('passes a missing value through, as hyparquet\'s own parser does', () => {
    expect(windowedText()(undefined as unknown as Uint8Array)).toBeUndefined();
  });
});
