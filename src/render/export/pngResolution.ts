// A PNG's print resolution: a pHYs chunk after the header, so a word processor or a
// journal's system places a 300 dpi picture at its size in millimetres, not at 72 dpi.
// Pure bytes in, bytes out (no DOM), so it is tested in Node.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The signature (8 bytes) and the IHDR chunk (4 + 4 + 13 + 4 bytes) come first in every PNG. */
const AFTER_HEADER = 33;

/** The PNG with its resolution set to `dpi` (any pHYs it had is left out). */
export function withPngResolution(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const type = String.fromCharCode(...png.subarray(12, 16));
  if (type !== 'IHDR') throw new Error('Not a PNG: its first chunk is not IHDR.');
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: the metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Drop an existing pHYs: a PNG may hold only one.
  const rest: Uint8Array[] = [];
  let offset = AFTER_HEADER;
  while (offset + 8 <= png.length) {
    const length = new DataView(png.buffer, png.byteOffset + offset, 4).getUint32(0);
    const name = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (name !== 'pHYs') rest.push(png.subarray(offset, end));
    offset = end;
  }
  const parts = [png.subarray(0, AFTER_HEADER), chunk, ...rest];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The PNG's resolution in dots per inch, or null when it states none (for tests and checks). */
export function pngResolution(png: Uint8Array): number | null {
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = new DataView(png.buffer, png.byteOffset + offset, 4).getUint32(0);
    const name = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (name === 'pHYs' && png[offset + 16] === 1) return Math.round(new DataView(png.buffer, png.byteOffset + offset + 8, 4).getUint32(0) * 0.0254);
    offset += 12 + length;
  }
  return null;
}
