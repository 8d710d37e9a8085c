// Canvas painters for the marks layer. They receive lanes already laid out in pixels
// (LaneFrame); marks are stamped as pixels (MarkStamper) and bars are whole-pixel
// rectangles grouped by colour, so a frame costs little however many marks are visible.
//
// Canvas drawing is recorded and rasterised when the frame is handed to the compositor
// (outside any script profile): an antialiased fill of hundreds of fractional rectangles
// costed tens of ms there per frame, whole-pixel rectangles a fraction of that.
import { type LaneColumn, MARK_FLAG, TYPE_CODE_COUNT } from '../core/layout/columns';
import type { Connector } from '../core/layout/navigation';
import type { LaneFrame, TimeToPixels } from '../core/layout/stacking';
import { CHART_COLORS, COLOR_BY_CODE, MARK_SIZE, SHAPE_BY_CODE, traceMark, UNCERTAIN_LOOK } from './markStyles';

export interface LaneMetrics {
  laneHeight: number;
  groupHeaderHeight: number;
  /** Space above the first sub-row. */
  padTop: number;
  /** Distance between sub-rows. */
  rowPitch: number;
  maxRows: number;
}

export const LANE_METRICS: LaneMetrics = { laneHeight: 50, groupHeaderHeight: 26, padTop: 6, rowPitch: 11, maxRows: 3 };

/** Centre of sub-row `row` within a lane; row `maxRows` holds cluster badges. */
export function rowCentre(metrics: LaneMetrics, row: number): number {
  return metrics.padTop + MARK_SIZE / 2 + row * metrics.rowPitch;
}

export interface PaintedLane {
  /** Lane top in canvas px (after vertical scrolling). */
  top: number;
  column: LaneColumn;
  frame: LaneFrame;
  /** Alternate lanes get a faint stripe so rows are easy to follow. */
  striped: boolean;
}

/** Mark styles: type × hollow × faded (× reported, below). */
const batchOf = (type: number, flags: number) =>
  type * 4 + ((flags & MARK_FLAG.planned) !== 0 ? 2 : 0) + ((flags & MARK_FLAG.qualified) !== 0 ? 1 : 0);

const BAR_EDGE = 12;
/**
 * A date's interval (day, month, year) gets its band once it is this wide: narrower, the
 * band would be hidden under the mark anyway, and it would only cost fill time.
 */
export const MIN_INTERVAL_BAND_PX = 4;

export function paintBackground(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  lanes: readonly PaintedLane[],
  groupBands: readonly number[],
  metrics: LaneMetrics,
  gridXs: readonly number[],
): void {
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = CHART_COLORS.laneStripe;
  for (const lane of lanes) if (lane.striped) ctx.fillRect(0, lane.top, width, metrics.laneHeight);
  ctx.fillStyle = CHART_COLORS.groupBand;
  for (const top of groupBands) ctx.fillRect(0, top, width, metrics.groupHeaderHeight);
  ctx.beginPath();
  for (const x of gridXs) {
    const px = Math.round(x) + 0.5;
    ctx.moveTo(px, 0);
    ctx.lineTo(px, height);
  }
  ctx.strokeStyle = CHART_COLORS.grid;
  ctx.lineWidth = 1;
  ctx.stroke();
}

export function paintToday(ctx: CanvasRenderingContext2D, x: number, height: number): void {
  ctx.beginPath();
  ctx.moveTo(Math.round(x) + 0.5, 0);
  ctx.lineTo(Math.round(x) + 0.5, height);
  ctx.strokeStyle = CHART_COLORS.today;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([4, 3]);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Dash and gap of a crossing stretch, CSS px. */
export const CONNECTOR_DASH = 3;
/** Width of a stretch between a participant's marks, CSS px. */
export const CONNECTOR_WIDTH = 2;

const dashPatterns = new WeakMap<CanvasRenderingContext2D, CanvasPattern | null>();

/** A one-pixel-wide column, CONNECTOR_DASH on and CONNECTOR_DASH off, repeated vertically. */
function dashPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  if (dashPatterns.has(ctx)) return dashPatterns.get(ctx) ?? null;
  let pattern: CanvasPattern | null = null;
  if (typeof document !== 'undefined') {
    const tile = document.createElement('canvas');
    tile.width = 1;
    tile.height = CONNECTOR_DASH * 2;
    const tileCtx = tile.getContext('2d');
    if (tileCtx) {
      tileCtx.fillStyle = CHART_COLORS.connector;
      tileCtx.fillRect(0, 0, 1, CONNECTOR_DASH);
      pattern = ctx.createPattern(tile, 'repeat');
    }
  }
  dashPatterns.set(ctx, pattern);
  return pattern;
}

/**
 * Connectors first, so marks sit on top of them. Stretches between a participant's marks
 * are solid; stretches that pass lanes the event is not in are thin and dashed, so the
 * line does not read as joining those lanes too.
 *
 * Every stretch is one whole-pixel `fillRect` (the dashes come from a repeating pattern):
 * stroked, antialiased and dashed paths were measured to cost a 10,000-event zoom step
 * about 190 ms of rasterisation at commit (p95), whole-pixel rectangles about 8 ms.
 */
export function paintConnectors(ctx: CanvasRenderingContext2D, connectors: readonly Connector[]): void {
  if (connectors.length === 0) return;
  const dashes = connectors.some((c) => c.segments.some((segment) => segment.crossing)) ? dashPattern(ctx) : null;
  ctx.fillStyle = CHART_COLORS.connector;
  for (const c of connectors) {
    const left = Math.round(c.x);
    for (const segment of c.segments) {
      if (segment.crossing) continue;
      const top = Math.round(segment.y0);
      ctx.fillRect(left - CONNECTOR_WIDTH / 2, top, CONNECTOR_WIDTH, Math.round(segment.y1) - top);
    }
  }
  // Without a pattern (no document, e.g. in tests) crossing stretches are drawn solid, one pixel wide.
  if (dashes) ctx.fillStyle = dashes;
  for (const c of connectors) {
    const left = Math.round(c.x);
    for (const segment of c.segments) {
      if (!segment.crossing) continue;
      const top = Math.round(segment.y0);
      ctx.fillRect(left, top, 1, Math.round(segment.y1) - top);
    }
  }
}

/**
 * Whole-pixel rectangles of one colour and opacity, kept as flat numbers and reused from
 * frame to frame. Filled one `fillRect` each: axis-aligned, pixel-aligned rectangles are
 * the rasteriser's fast path (no antialiased path to scan-convert).
 */
class RectBatch {
  private coords: number[] = [];
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Adds [x0, x1) × [y, y + height), snapped to whole pixels; nothing when under a pixel wide. */
  add(x0: number, x1: number, y: number, height: number): void {
    const left = Math.round(x0);
    const right = Math.round(x1);
    if (right <= left) return;
    const at = this.count * 4;
    this.coords[at] = left;
    this.coords[at + 1] = Math.round(y);
    this.coords[at + 2] = right - left;
    this.coords[at + 3] = height;
    this.count++;
  }

  fill(ctx: CanvasRenderingContext2D): void {
    const coords = this.coords;
    for (let i = 0; i < this.count * 4; i += 4) ctx.fillRect(coords[i]!, coords[i + 1]!, coords[i + 2]!, coords[i + 3]!);
  }
}

/** Per mark type: the light band of a less certain interval, its end ticks, and a span's bar. */
// One batch per type code: the three built-ins, then a dataset's declared types.
const vagueBars = Array.from({ length: TYPE_CODE_COUNT }, () => new RectBatch());
const vagueEnds = Array.from({ length: TYPE_CODE_COUNT }, () => new RectBatch());
const spanBars = Array.from({ length: TYPE_CODE_COUNT }, () => new RectBatch());
const clusterBadges = new RectBatch();

export function paintLanes(
  ctx: CanvasRenderingContext2D,
  lanes: readonly PaintedLane[],
  view: TimeToPixels,
  metrics: LaneMetrics,
  stamper: MarkStamper,
): void {
  for (const batch of [...vagueBars, ...vagueEnds, ...spanBars, clusterBadges]) batch.clear();
  const density = new Path2D();
  const clusterLabels: { x: number; y: number; text: string }[] = [];
  const minX = -BAR_EDGE;
  const maxX = view.width + BAR_EDGE;

  for (const lane of lanes) {
    const { frame, column } = lane;
    if (frame.mode === 'density') {
      traceDensity(density, frame, lane.top, metrics);
      continue;
    }
    for (let m = 0; m < frame.markCount; m++) {
      const pos = frame.markPos[m]!;
      const x = frame.markX[m]!;
      const y = lane.top + rowCentre(metrics, frame.markRow[m]!);
      const type = column.type[pos]!;
      const flags = column.flags[pos]!;
      if ((flags & (MARK_FLAG.span | MARK_FLAG.imprecise)) !== 0) {
        const x0 = (column.start[pos]! - view.t0) * view.pxPerMs;
        const x1 = (column.end[pos]! - view.t0) * view.pxPerMs;
        // Clipped to the plot (plus an edge) so far-reaching years stay cheap to fill.
        const c0 = Math.max(minX, x0);
        const c1 = Math.min(maxX, x1);
        if ((flags & MARK_FLAG.span) !== 0) {
          if (c1 - c0 >= 1) spanBars[type]!.add(c0, c1, y - 2, 4);
        } else if (x1 - x0 >= MIN_INTERVAL_BAND_PX && c1 > c0) {
          vagueBars[type]!.add(c0, c1, y - 4, 8);
          if (x0 >= minX) vagueEnds[type]!.add(x0, x0 + 1, y - 4, 8);
          if (x1 <= maxX) vagueEnds[type]!.add(x1 - 1, x1, y - 4, 8);
        }
      }
      stamper.stamp(type, flags, x, y);
    }
    const clusterY = lane.top + rowCentre(metrics, metrics.maxRows);
    for (let c = 0; c < frame.clusterCount; c++) {
      const x = frame.clusterX[c]!;
      clusterBadges.add(x - 3, x + 23, clusterY - 6, 12);
      clusterLabels.push({ x: x + 10, y: clusterY, text: `+${frame.clusterSize[c]}` });
    }
  }

  // Less certain intervals: a light band with its ends ticked (a dashed stroke per bar
  // costs far more to rasterise); spans: a stronger, thinner bar.
  for (let type = 0; type < TYPE_CODE_COUNT; type++) {
    const color = COLOR_BY_CODE[type]!;
    ctx.fillStyle = color;
    ctx.globalAlpha = 0.16;
    vagueBars[type]!.fill(ctx);
    ctx.globalAlpha = 0.8;
    vagueEnds[type]!.fill(ctx);
    ctx.globalAlpha = 0.5;
    spanBars[type]!.fill(ctx);
  }
  ctx.globalAlpha = 1;

  ctx.fillStyle = CHART_COLORS.density;
  ctx.fill(density);

  if (clusterLabels.length > 0) {
    ctx.fillStyle = CHART_COLORS.cluster;
    clusterBadges.fill(ctx);
    // Counts are stamped as pixels, character by character, onto the glyph layer above
    // the badges: while zooming the counts change every frame, and a canvas per new count
    // (created, shaped, snapshotted, copied) cost tens of ms a frame.
    for (const label of clusterLabels) stamper.stampText(label.text, label.x, label.y);
  }
}

/** Per-pixel-column counts as a strip, heights on a log scale, equal runs merged. */
function traceDensity(path: Path2D, frame: LaneFrame, top: number, metrics: LaneMetrics): void {
  const density = frame.density;
  const max = frame.densityMax;
  if (max === 0) return;
  const room = metrics.laneHeight - metrics.padTop - 4;
  const bottom = top + metrics.laneHeight - 4;
  const logMax = Math.log1p(max);
  let runStart = -1;
  let runHeight = 0;
  for (let x = 0; x <= density.length; x++) {
    const count = x < density.length ? density[x]! : 0;
    // Quantised to whole pixels so neighbouring columns merge into one rect.
    const height = count === 0 ? 0 : Math.max(2, Math.round((room * Math.log1p(count)) / logMax));
    if (height !== runHeight) {
      if (runHeight > 0) path.rect(runStart, bottom - runHeight, x - runStart, runHeight);
      runStart = x;
      runHeight = height;
    }
  }
}

// ---------------------------------------------------------------------------
// Marks as pixels. Each style's glyph is drawn once (with the same geometry as the SVG
// legend), read back as a list of its non-transparent pixels, and stamped into one
// ImageData per frame; a single putImageData then hands the frame to the canvas. Far
// cheaper than a path per mark when thousands are in view.

interface Sprite {
  dx: Int16Array;
  dy: Int16Array;
  /** Pixels as the ImageData's own 32-bit words (RGBA bytes, platform order). */
  color: Uint32Array;
  alpha: Uint8Array;
}

// Above the batch bits: type code (6 bits) × hollow × faded.
const STYLE_REPORTED = 1 << 8;
const scratchWord = new Uint32Array(1);
const scratchBytes = new Uint8Array(scratchWord.buffer);
const styleOf = (type: number, flags: number) =>
  batchOf(type, flags) | ((flags & MARK_FLAG.reported) !== 0 && (flags & MARK_FLAG.planned) === 0 ? STYLE_REPORTED : 0);

export class MarkStamper {
  private sprites = new Map<number, Sprite>();
  private chars = new Map<number, Sprite & { advance: number }>();
  private spriteDpr = 0;
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
    if (dpr !== this.spriteDpr) {
      this.sprites.clear();
      this.chars.clear();
      this.spriteDpr = dpr;
    }
    this.width = w;
    this.height = h;
    this.dpr = dpr;
    this.count = 0;
  }

  stamp(type: number, flags: number, x: number, y: number): void {
    const style = styleOf(type, flags);
    let sprite = this.sprites.get(style);
    if (!sprite) {
      sprite = makeSprite(style, this.dpr);
      this.sprites.set(style, sprite);
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

  private charSprite(code: number): Sprite & { advance: number } {
    let sprite = this.chars.get(code);
    if (!sprite) {
      sprite = makeCharSprite(String.fromCharCode(code), this.dpr);
      this.chars.set(code, sprite);
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
function makeCharSprite(char: string, dpr: number): Sprite & { advance: number } {
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
  const size = Math.ceil((MARK_SIZE * 1.3 + 4) * dpr);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return { dx: new Int16Array(0), dy: new Int16Array(0), color: new Uint32Array(0), alpha: new Uint8Array(0) };
  const centre = Math.floor(size / 2);
  ctx.setTransform(dpr, 0, 0, dpr, centre, centre);
  const color = COLOR_BY_CODE[type]!;
  const path = new Path2D();
  traceMark(path, SHAPE_BY_CODE[type]!, 0, 0);
  ctx.globalAlpha = faded ? UNCERTAIN_LOOK.opacity : 1;
  if (hollow) {
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
