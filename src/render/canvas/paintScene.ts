// The canvas painter: draws a scene, and nothing else. Every position comes from the scene
// (core/scene); this file only decides how pixels are filled.
//
// Canvas drawing is recorded and rasterised when the frame is handed to the compositor
// (outside any script profile): an antialiased fill of hundreds of fractional rectangles
// cost tens of ms there per frame, whole-pixel rectangles a fraction of that. So bars,
// bands, connectors and badges are whole-pixel rectangles grouped by colour, and marks
// are stamped as pixels (MarkStamper).
import type { Connector } from '../../core/layout/navigation';
import { CLUSTER_BADGE } from '../../core/scene/metrics';
import type { Scene } from '../../core/scene/types';
import { TONE_COUNT } from '../../core/scene/tones';
import { BAR_OPACITY, CHART_COLORS, TONE_COLORS } from '../markStyles';
import type { MarkStamper } from './markStamper';

/** Dash and gap of a crossing stretch, CSS px. */
export const CONNECTOR_DASH = 3;
/** Width of a stretch between a participant's marks, CSS px. */
export const CONNECTOR_WIDTH = 2;

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

/** Per tone (colour): the light band of a less certain interval, its end ticks, and a span's bar. */
const intervalBands = Array.from({ length: TONE_COUNT }, () => new RectBatch());
const intervalEnds = Array.from({ length: TONE_COUNT }, () => new RectBatch());
const spanBars = Array.from({ length: TONE_COUNT }, () => new RectBatch());
const clusterBadges = new RectBatch();
const densityBars = new RectBatch();
const titleBackings = new RectBatch();

/**
 * The titles' light backings (the words are text in the page, above every canvas), painted
 * under the less certain intervals' bands: a title starts beside its mark, in the middle of
 * its date's band, and a backing in the page over the band hid the band's second half, so a
 * day's band read as midnight to noon. Connectors, grid lines, periods, spans' bars and the
 * bands' end ticks stay under the backings.
 */
function paintTitleBackings(ctx: CanvasRenderingContext2D, scene: Scene): void {
  if (scene.labels.length === 0) return;
  titleBackings.clear();
  for (const label of scene.labels) titleBackings.add(label.x, label.x + label.width + 1, label.y, label.height);
  ctx.fillStyle = CHART_COLORS.titleBacking;
  titleBackings.fill(ctx);
}

/** Lane stripes, group header bands, periods and annotations, and the grid under everything else. */
function paintBackground(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { width, height } = scene;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = CHART_COLORS.laneStripe;
  for (const lane of scene.lanes) if (lane.striped) ctx.fillRect(0, lane.top, width, lane.height);
  ctx.fillStyle = CHART_COLORS.groupBand;
  for (const group of scene.groups) ctx.fillRect(0, group.top, width, group.height);
  paintNotes(ctx, scene);
  ctx.beginPath();
  for (const tick of scene.ticks) {
    const px = Math.round(tick.x) + 0.5;
    ctx.moveTo(px, 0);
    ctx.lineTo(px, height);
  }
  ctx.strokeStyle = CHART_COLORS.grid;
  ctx.lineWidth = 1;
  ctx.stroke();
}

/** Periods as light bands with edges, annotations as rules (or narrow bands), behind the lanes they concern. */
function paintNotes(ctx: CanvasRenderingContext2D, scene: Scene): void {
  for (const note of scene.notes) {
    const x0 = Math.round(note.x0);
    const x1 = Math.round(note.x1);
    for (const band of note.bands) {
      if (note.kind === 'period' || x1 > x0) {
        ctx.fillStyle = note.kind === 'period' ? CHART_COLORS.periodBand : CHART_COLORS.annotationBand;
        ctx.fillRect(x0, band.top, Math.max(1, x1 - x0), band.height);
      }
      ctx.fillStyle = CHART_COLORS.noteEdge;
      if (note.kind === 'annotation' && x1 === x0) ctx.fillRect(x0, band.top, 1, band.height);
      else {
        if (note.x0 > 0) ctx.fillRect(x0, band.top, 1, band.height);
        if (note.x1 < scene.width) ctx.fillRect(x1 - 1, band.top, 1, band.height);
      }
    }
  }
}

function paintToday(ctx: CanvasRenderingContext2D, x: number, height: number, scrollTop: number): void {
  ctx.beginPath();
  // Dashes keep their places on the lanes as they scroll, and in a picture drawn taller for a pan.
  ctx.lineDashOffset = scrollTop;
  ctx.moveTo(Math.round(x) + 0.5, 0);
  ctx.lineTo(Math.round(x) + 0.5, height);
  ctx.strokeStyle = CHART_COLORS.today;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([4, 3]);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.lineDashOffset = 0;
}

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
 * Connectors go first, so marks sit on top of them. Stretches between a participant's
 * marks are solid; stretches that pass lanes the event is not in are thin and dashed, so
 * the line does not read as joining those lanes too.
 *
 * Every stretch is one whole-pixel `fillRect` (the dashes come from a repeating pattern):
 * stroked, antialiased and dashed paths were measured to cost a 10,000-event zoom step
 * about 190 ms of rasterisation at commit (p95), whole-pixel rectangles about 8 ms.
 */
export function paintConnectors(ctx: CanvasRenderingContext2D, connectors: readonly Connector[], scrollTop = 0): void {
  if (connectors.length === 0) return;
  const dashes = connectors.some((c) => c.segments.some((segment) => segment.crossing)) ? dashPattern(ctx) : null;
  // The dashes keep their places on the lanes (see paintToday).
  dashes?.setTransform(new DOMMatrix([1, 0, 0, 1, 0, -Math.round(scrollTop)]));
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

/** Bars, the titles' backings, bands, density strips, badges (on `ctx`) and marks and badge counts (stamped). */
function paintMarks(ctx: CanvasRenderingContext2D, scene: Scene, stamper: MarkStamper): void {
  for (const batch of [...intervalBands, ...intervalEnds, ...spanBars, clusterBadges, densityBars]) batch.clear();
  for (const bar of scene.bars) {
    const top = bar.y - bar.height / 2;
    if (bar.kind === 'span') {
      spanBars[bar.tone]!.add(bar.x0, bar.x1, top, bar.height);
      continue;
    }
    intervalBands[bar.tone]!.add(bar.x0, bar.x1, top, bar.height);
    if (bar.startEdge) intervalEnds[bar.tone]!.add(bar.x0, bar.x0 + 1, top, bar.height);
    if (bar.endEdge) intervalEnds[bar.tone]!.add(bar.x1 - 1, bar.x1, top, bar.height);
  }
  for (const run of scene.density) densityBars.add(run.x, run.x + run.width, run.y, run.height);
  for (const mark of scene.marks) stamper.stamp(mark.type, mark.tone, mark.flags, mark.x, mark.y);

  // Less certain intervals: a light band with its ends ticked (a dashed stroke per bar costs
  // far more to rasterise); spans: a stronger, thinner bar. The bars and ticks go under the
  // titles' backings (through a title a bar reads as struck out, a tick as a stray stroke),
  // the light bands over them, so a title shows its date's band.
  for (let tone = 0; tone < TONE_COUNT; tone++) {
    ctx.fillStyle = TONE_COLORS[tone]!;
    ctx.globalAlpha = BAR_OPACITY.tick;
    intervalEnds[tone]!.fill(ctx);
    ctx.globalAlpha = BAR_OPACITY.span;
    spanBars[tone]!.fill(ctx);
  }
  ctx.globalAlpha = 1;
  paintTitleBackings(ctx, scene);
  ctx.globalAlpha = BAR_OPACITY.band;
  for (let tone = 0; tone < TONE_COUNT; tone++) {
    ctx.fillStyle = TONE_COLORS[tone]!;
    intervalBands[tone]!.fill(ctx);
  }
  ctx.globalAlpha = 1;
  ctx.fillStyle = CHART_COLORS.density;
  densityBars.fill(ctx);

  if (scene.clusters.length > 0) {
    ctx.fillStyle = CHART_COLORS.cluster;
    for (const cluster of scene.clusters) {
      const left = cluster.x + CLUSTER_BADGE.left;
      clusterBadges.add(left, left + CLUSTER_BADGE.width, cluster.y - CLUSTER_BADGE.height / 2, CLUSTER_BADGE.height);
    }
    clusterBadges.fill(ctx);
    // Counts are stamped as pixels, character by character, onto the glyph layer above
    // the badges: while zooming the counts change every frame, and a canvas per new count
    // (created, shaped, snapshotted, copied) cost tens of ms a frame.
    for (const cluster of scene.clusters) stamper.stampText(`+${cluster.size}`, cluster.x + CLUSTER_BADGE.left + CLUSTER_BADGE.width / 2, cluster.y);
  }
}

/**
 * Paints a scene onto the chart's two canvases: `ctx` gets the background, connectors, the
 * titles' backings and bars; marks are stamped into `glyphs`, the layer above, in one putImageData.
 */
export function paintScene(ctx: CanvasRenderingContext2D, glyphs: CanvasRenderingContext2D | null, scene: Scene, stamper: MarkStamper, dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  paintBackground(ctx, scene);
  if (scene.today !== null) paintToday(ctx, scene.today, scene.height, scene.scrollTop);
  if (scene.connectorsShown) paintConnectors(ctx, scene.connectors, scene.scrollTop);
  if (glyphs) stamper.begin(glyphs, scene.width, scene.height, dpr);
  paintMarks(ctx, scene, stamper);
  if (glyphs) stamper.end(glyphs);
}
