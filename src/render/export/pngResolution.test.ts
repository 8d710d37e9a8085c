import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngResolution, withPngResolution } from './pngResolution';

// A 1×1 white PNG.
const ONE_PIXEL = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'));

describe('withPngResolution', () => {
  it('states 300 dpi in a pHYs chunk with a valid CRC, keeps the image, and replaces an earlier resolution', () => {
    expect(pngResolution(ONE_PIXEL)).toBeNull();
    const marked = withPngResolution(ONE_PIXEL, 300);
    expect(pngResolution(marked)).toBe(300);
    expect(marked.length).toBe(ONE_PIXEL.length + 21);
    // The image data is untouched: the IDAT chunk still inflates to the same pixel row.
    const idat = Buffer.from(marked).indexOf('IDAT');
    const length = Buffer.from(marked).readUInt32BE(idat - 4);
    expect([...inflateSync(Buffer.from(marked.subarray(idat + 4, idat + 4 + length)))]).toEqual([0, 255, 255, 255]);
    // The chunk's CRC, as zlib computes it for "pHYs" + 11811 px/m twice + unit 1.
    const phys = Buffer.from(marked).indexOf('pHYs');
    expect(Buffer.from(marked).readUInt32BE(phys + 4 + 9)).toBe(0x78a53f76);
    const again = withPngResolution(marked, 600);
    expect(pngResolution(again)).toBe(600);
    expect(again.length).toBe(marked.length);
  });

  it('refuses what is not a PNG', () => {
    expect(() => withPngResolution(new Uint8Array(40), 300)).toThrow(/Not a PNG/);
  });
});
