// PNG from the exported SVG: the browser rasterises the picture onto a canvas at the
// requested scale (1 for screens, 2 for print and high-density displays).
import { t } from '../../core/i18n/translate';

/** The SVG as a PNG `scale` times its CSS pixel size. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(t('This browser gave no 2D canvas to draw the picture on.'));
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('The picture could not be encoded as PNG.')))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
