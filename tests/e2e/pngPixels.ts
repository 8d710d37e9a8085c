// A PNG decoded by the browser under test: its size and how many pixels are dark (red channel
// under 128), which tells a picture from a blank or undecodable file; and, for a small region
// of a screenshot, its pixels.
import type { Page } from '@playwright/test';

export function decodePng(page: Page, png: Buffer): Promise<{ width: number; height: number; dark: number }>;
/** With `pixels`: every pixel too, as [r, g, b] (for a small region: a whole picture is megabytes of it). */
export function decodePng(page: Page, png: Buffer, options: { pixels: true }): Promise<{ width: number; height: number; dark: number; pixels: number[][] }>;
export function decodePng(page: Page, png: Buffer, { pixels: withPixels = false } = {}): Promise<{ width: number; height: number; dark: number; pixels?: number[][] }> {
  return page.evaluate(
    async ({ base64, withPixels }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let dark = 0;
      const pixels: number[][] = [];
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! < 128) dark++;
        if (withPixels) pixels.push([data[i]!, data[i + 1]!, data[i + 2]!]);
      }
      return { width: bitmap.width, height: bitmap.height, dark, ...(withPixels ? { pixels } : {}) };
    },
    { base64: png.toString('base64'), withPixels },
  );
}
