// A downloaded PNG decoded by the browser under test: its size and how many pixels are dark
// (red channel under 128), which tells a picture from a blank or undecodable file.
import type { Page } from '@playwright/test';

export function decodePng(page: Page, png: Buffer): Promise<{ width: number; height: number; dark: number }> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) dark++;
    return { width: bitmap.width, height: bitmap.height, dark };
  }, png.toString('base64'));
}
