// Text of Parquet byte-array values, decoded a window of their page at a time. hyparquet hands
// each value to its string parser as a view of the page's bytes; one TextDecoder call per
// value cost Chromium about half a microsecond, seconds of a million-row file's five million
// such values. A value of ASCII bytes reads the same as UTF-8 and byte by byte, so it is cut
// from one decoding of a window of the bytes around it; any other value is decoded alone.

/** The Encoding API, which every place the core runs has (browsers, workers, Node), though the core's ES library does not declare it. */
declare const TextDecoder: new (label?: string) => { decode(bytes: Uint8Array): string };

/** Bytes decoded at once: a window serves thousands of short values. */
const WINDOW_BYTES = 1 << 16;

const utf8 = new TextDecoder();
/** One character per byte (WHATWG's "latin1" is windows-1252, which maps every byte to one UTF-16 unit); read only where every byte is ASCII. */
const bytePerCharacter = new TextDecoder('latin1');

/**
 * A string parser for hyparquet (`parsers.stringFromBytes`), holding its own window: one per
 * read. Gives what TextDecoder gives for every value (a test holds it to that).
 */
export function windowedText(): (bytes: Uint8Array) => string {
  let windowBuffer: ArrayBufferLike | undefined;
  let windowStart = 0;
  let windowEnd = 0;
  let windowText = '';
  return (bytes) => {
    // hyparquet's own parser passes a missing value through; so does this one.
    if (!bytes) return bytes;
    const length = bytes.length;
    for (let i = 0; i < length; i++) if (bytes[i]! > 0x7f) return utf8.decode(bytes);
    const start = bytes.byteOffset;
    const end = start + length;
    if (bytes.buffer !== windowBuffer || start < windowStart || end > windowEnd) {
      if (length > WINDOW_BYTES / 4) return bytePerCharacter.decode(bytes);
      windowBuffer = bytes.buffer;
      windowStart = start;
      windowEnd = Math.min(bytes.buffer.byteLength, start + WINDOW_BYTES);
      windowText = bytePerCharacter.decode(new Uint8Array(bytes.buffer, windowStart, windowEnd - windowStart));
    }
    return windowText.slice(start - windowStart, end - windowStart);
  };
}
