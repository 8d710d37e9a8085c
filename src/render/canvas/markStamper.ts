// Marks as pixels. Each style's glyph is drawn once (with the same geometry as the SVG
// legend), read back as a list of its non-transparent pixels, and stamped into one
// ImageData per frame; a single putImageData then hands the frame to the canvas. Far
// cheaper than a path per mark when thousands are in view.
import { MARK_FLAG, TYPE_CODE } from '../../core/layout/marks';
import { MARK_SIZE } from '../../core/scene/metrics';
import { TONE_SPLIT } from '../../core/scene/tones';
import { CHART_COLORS, SHAPE_BY_CODE, SPLIT_TONE_HALVES, TONE_COLORS, traceMark, UNCERTAIN_LOOK } from '../markStyles';

/** Mark styles: type × hollow × faded (× reported, below). */
const batchOf = (type: number, flags: number) =>
  type * 4 + ((flags & MARK_FLAG.planned) !== 0 ? 2 : 0) + ((flags & MARK_FLAG.qualified) !== 0 ? 1 : 0);

interface Sprite {
  dx: Int16Array;
  dy: Int16Array;
  /** Pixels as the ImageData's own 32-bit words (RGBA bytes, platform order). */
  color: Uint32Array;
  alpha: Uint8Array;
}

// Above the batch bits (type code: 6 bits × hollow × faded): reported, then the tone.
const STYLE_REPORTED = 1 << 8;
const TONE_SHIFT = 9;
const scratchWord = new Uint32Array(1);
const scratchBytes = new Uint8Array(scratchWord.buffer);
/** A sprite's key: shape and look in the low bits, the colour (tone) above them. */
const styleOf = (type: number, tone: number, flags: number) =>
  (tone << TONE_SHIFT) | batchOf(type, flags) | ((flags & MARK_FLAG.reported) !== 0 && (flags & MARK_FLAG.planned) === 0 ? STYLE_REPORTED : 0);

type CharSprite = Sprite & { advance: number };

/**
 * Sprites by device pixel ratio, shared by every stamper (the plot's, the pan picture's and
 * the idle warm-up's): a sprite depends only on its style and the ratio, and each one made
 * reads a canvas back, about 0.3 ms.
 */
const spritesByDpr = new Map<number, { marks: Map<number, Sprite>; chars: Map<number, CharSprite> }>();

function spritesFor(dpr: number): { marks: Map<number, Sprite>; chars: Map<number, CharSprite> } {
  let sprites = spritesByDpr.get(dpr);
  if (!sprites) {
    sprites = { marks: new Map(), chars: new Map() };
    spritesByDpr.set(dpr, sprites);
  }
  return sprites;
}

/** Stamps made while the data loads, into a small image, so the stamping loop is compiled before the first frame needs it. */
const WARM_STAMPS = 3000;
const WARM_IMAGE_PX = 96;

const WARM_TYPES = Object.values(TYPE_CODE);
const WARM_LOOKS = [0, MARK_FLAG.qualified, MARK_FLAG.planned, MARK_FLAG.planned | MARK_FLAG.qualified, MARK_FLAG.reported, MARK_FLAG.reported | MARK_FLAG.qualified];

/**
 * The `k`th warm-up stamp: each pair of a built-in type and a look in turn. (Each taken by `k`
 * modulo its count, 3 and 6, pairs only 6 of the 18: a first frame made the rest.)
 */
export function warmStamp(k: number): { type: number; flags: number } {
  return { type: WARM_TYPES[k % WARM_TYPES.length]!, flags: WARM_LOOKS[Math.floor(k / WARM_TYPES.length) % WARM_LOOKS.length]! };
}

/**
 * Prepares the first frame's stamping while the data loads. It makes the sprites most first
 * frames stamp (the built-in types' marks in each look: plain, hollow for planned, faded for
 * qualified, dotted for reported; and the counts' characters), then stamps them a few
 * thousand times into a small image that is thrown away. In the first frame of 100,000
 * events, making the sprites took about 18 ms and stamping, its loop not yet compiled, about
 * 30 ms. A dataset's declared types and stance colours are made when first stamped, as before.
 */
export function prepareStamping(dpr: number): void {
  // Sprites made already: a chart has drawn its first frame (the data came before this chunk), or this ran.
  if (spritesFor(dpr).marks.size > 0) return;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = WARM_IMAGE_PX;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const stamper = new MarkStamper();
  stamper.begin(ctx, WARM_IMAGE_PX / dpr, WARM_IMAGE_PX / dpr, dpr);
  for (let k = 0; k < WARM_STAMPS; k++) {
    const { type, flags } = warmStamp(k);
    // Spread over the image and past its edges, overlapping, as a busy lane's marks do.
    const x = ((k * 37) % (WARM_IMAGE_PX + 20)) / dpr - 10 / dpr;
    const y = ((k * 53) % (WARM_IMAGE_PX + 20)) / dpr - 10 / dpr;
    stamper.stamp(type, type, flags, x, y);
    if (k % 50 === 0) stamper.stampText(`+${k}`, x, y);
  }
  stamper.release();
}

export class MarkStamper {
  private sprites = spritesFor(1);
  private image: ImageData | null = null;
  private pixels = new Uint32Array(0);
  private bytes = new Uint8ClampedArray(0);
  private width = 0;
  private height = 0;
  private dpr = 1;
  /** Marks stamped since begin(). */
  count = 0;

  begin(ctx: CanvasRenderingContext2D, width: number, height: number, dpr: number): void {
    const w = Math.max(1, Math.round(width * dpr));
    const h = Math.max(1, Math.round(height * dpr));
    if (!this.image || this.image.width !== w || this.image.height !== h) {
      this.image = ctx.createImageData(w, h);
      this.pixels = new Uint32Array(this.image.data.buffer);
      this.bytes = this.image.data;
    } else {
      this.pixels.fill(0);
    }
    if (dpr !== this.dpr) this.sprites = spritesFor(dpr);
    this.width = w;
    this.height = h;
    this.dpr = dpr;
    this.count = 0;
  }

  /** Lets go of the frame's pixels (the sprites are kept); the next begin() makes them anew. */
  release(): void {
    this.image = null;
    this.pixels = new Uint32Array(0);
    this.bytes = new Uint8ClampedArray(0);
  }

  stamp(type: number, tone: number, flags: number, x: number, y: number): void {
    const style = styleOf(type, tone, flags);
    let sprite = this.sprites.marks.get(style);
    if (!sprite) {
      sprite = makeSprite(style, this.dpr);
      this.sprites.marks.set(style, sprite);
    }
    this.stampSprite(sprite, x, y);
    this.count++;
  }

  /** Short text ("+12") centred on (x, y), from one sprite per character drawn once. */
  stampText(text: string, x: number, y: number): void {
    let width = 0;
    for (let i = 0; i < text.length; i++) width += this.charSprite(text.charCodeAt(i)).advance;
    let left = x - width / 2;
    for (let i = 0; i < text.length; i++) {
      const sprite = this.charSprite(text.charCodeAt(i));
      this.stampSprite(sprite, left, y);
      left += sprite.advance;
    }
  }

  private charSprite(code: number): CharSprite {
    let sprite = this.sprites.chars.get(code);
    if (!sprite) {
      sprite = makeCharSprite(String.fromCharCode(code), this.dpr);
      this.sprites.chars.set(code, sprite);
    }
    return sprite;
  }

  private stampSprite(sprite: Sprite, x: number, y: number): void {
    const cx = Math.round(x * this.dpr);
    const cy = Math.round(y * this.dpr);
    const { dx, dy, color, alpha } = sprite;
    const pixels = this.pixels;
    const bytes = this.bytes;
    const width = this.width;
    const height = this.height;
    for (let k = 0; k < dx.length; k++) {
      const px = cx + dx[k]!;
      const py = cy + dy[k]!;
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      const index = py * width + px;
      const a = alpha[k]!;
      if (a === 255 || pixels[index] === 0) {
        pixels[index] = color[k]!;
        continue;
      }
      // Source-over on non-premultiplied bytes, for the rare overlap of antialiased edges.
      const o = index * 4;
      const sa = a / 255;
      const da = bytes[o + 3]! / 255;
      const outA = sa + da * (1 - sa);
      scratchWord[0] = color[k]!;
      for (let c = 0; c < 3; c++) {
        bytes[o + c] = (scratchBytes[c]! * sa + bytes[o + c]! * da * (1 - sa)) / outA;
      }
      bytes[o + 3] = outA * 255;
    }
  }

  end(ctx: CanvasRenderingContext2D): void {
    if (this.image) ctx.putImageData(this.image, 0, 0);
  }
}

/** Pixels of a sprite canvas whose glyph is drawn around (centre, centre), as a Sprite. */
function spriteFromCanvas(ctx: CanvasRenderingContext2D, size: number, centre: number): Sprite {
  const data = ctx.getImageData(0, 0, size, size);
  const words = new Uint32Array(data.data.buffer);
  const dx: number[] = [];
  const dy: number[] = [];
  const colors: number[] = [];
  const alphas: number[] = [];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const a = data.data[(py * size + px) * 4 + 3]!;
      if (a === 0) continue;
      dx.push(px - centre);
      dy.push(py - centre);
      colors.push(words[py * size + px]!);
      alphas.push(a);
    }
  }
  return { dx: Int16Array.from(dx), dy: Int16Array.from(dy), color: Uint32Array.from(colors), alpha: Uint8Array.from(alphas) };
}

const COUNT_FONT = '600 10px system-ui, sans-serif';

/** One character of a cluster count, anchored at its left edge and vertical middle. */
function makeCharSprite(char: string, dpr: number): CharSprite {
  const size = Math.ceil(16 * dpr);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return { dx: new Int16Array(0), dy: new Int16Array(0), color: new Uint32Array(0), alpha: new Uint8Array(0), advance: 6 };
  const centre = Math.floor(size / 2);
  ctx.setTransform(dpr, 0, 0, dpr, centre, centre);
  ctx.font = COUNT_FONT;
  ctx.fillStyle = CHART_COLORS.clusterText;
  ctx.textBaseline = 'middle';
  ctx.fillText(char, 0, 0.5);
  const advance = ctx.measureText(char).width;
  return { ...spriteFromCanvas(ctx, size, centre), advance };
}

function makeSprite(style: number, dpr: number): Sprite {
  const batch = style & 255;
  const type = batch >> 2;
  const hollow = (batch & 2) !== 0;
  const faded = (batch & 1) !== 0;
  const reported = (style & STYLE_REPORTED) !== 0;
  const tone = style >> TONE_SHIFT;
  const size = Math.ceil((MARK_SIZE * 1.3 + 4) * dpr);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return { dx: new Int16Array(0), dy: new Int16Array(0), color: new Uint32Array(0), alpha: new Uint8Array(0) };
  const centre = Math.floor(size / 2);
  ctx.setTransform(dpr, 0, 0, dpr, centre, centre);
  const color = TONE_COLORS[tone]!;
  const path = new Path2D();
  traceMark(path, SHAPE_BY_CODE[type]!, 0, 0);
  ctx.globalAlpha = faded ? UNCERTAIN_LOOK.opacity : 1;
  if (tone === TONE_SPLIT) {
    // Split: the shape cut on its diagonal, one half each side's colour.
    const [upper, lower] = SPLIT_TONE_HALVES;
    ctx.save();
    ctx.clip(path);
    ctx.fillStyle = upper;
    ctx.fillRect(-MARK_SIZE, -MARK_SIZE, MARK_SIZE * 2, MARK_SIZE * 2);
    ctx.beginPath();
    ctx.moveTo(MARK_SIZE, -MARK_SIZE);
    ctx.lineTo(MARK_SIZE, MARK_SIZE);
    ctx.lineTo(-MARK_SIZE, MARK_SIZE);
    ctx.closePath();
    ctx.fillStyle = lower;
    ctx.fill();
    ctx.restore();
    if (hollow) {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1;
      ctx.stroke(path);
    }
  } else if (hollow) {
    ctx.fillStyle = '#ffffff';
    ctx.fill(path);
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.stroke(path);
  } else {
    ctx.fillStyle = color;
    ctx.fill(path);
    if (reported) {
      ctx.fillStyle = '#ffffff';
      ctx.beginPath();
      ctx.arc(0, 0, 1.6, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  return spriteFromCanvas(ctx, size, centre);
}
