// A pan moves what is already drawn. Mid-gesture the chart paints one picture larger than
// the plot, with margins across time and above and below the lanes, and a pan step then
// moves that picture (one transform) instead of laying out and painting the plot anew; it
// is painted again only when the view leaves it, or changes scale. This is its geometry.
import type { SceneFrame } from './build';
import type { Scene, SceneLabel } from './types';
import type { AxisDirection } from '../view/types';

/** What a picture was drawn for, or what the view is now: enough to tell a pan from a zoom. */
export interface PanView {
  /** The window's start, ms. */
  t0: number;
  pxPerMs: number;
  scrollTop: number;
  direction: AxisDirection;
}

/** How far a picture moves, px: along the plot (x) and down it (y). */
export interface PanOffset {
  dx: number;
  dy: number;
}

/** The view a frame shows. */
export function panViewOf(frame: Pick<SceneFrame, 'window' | 'width' | 'scrollTop' | 'direction'>): PanView {
  return { t0: frame.window[0], pxPerMs: frame.width / (frame.window[1] - frame.window[0]), scrollTop: frame.scrollTop, direction: frame.direction ?? 'ltr' };
}

/** The view a scene was laid out for. */
export function panViewOfScene(scene: Pick<Scene, 'window' | 'pxPerMs' | 'scrollTop' | 'direction'>): PanView {
  return { t0: scene.window[0], pxPerMs: scene.pxPerMs, scrollTop: scene.scrollTop, direction: scene.direction };
}

/**
 * How far what was drawn for `drawn` moves to show `view`; null when `view` is not a pan of
 * it (another scale, or time running the other way), and it must be drawn anew.
 */
export function panOffset(drawn: PanView, view: PanView): PanOffset | null {
  if (drawn.direction !== view.direction || Math.abs(view.pxPerMs - drawn.pxPerMs) > drawn.pxPerMs * 1e-9) return null;
  // Later times are further left when time runs right to left.
  const dx = (drawn.t0 - view.t0) * view.pxPerMs * (view.direction === 'rtl' ? -1 : 1);
  return { dx, dy: drawn.scrollTop - view.scrollTop };
}

/**
 * The frame of a picture `margin` px wider than `frame` at each end of time and `marginY` px
 * taller above and below, at the same scale. Whichever way time runs, a point at (x, y) in
 * `frame`'s scene is at (x + margin, y + marginY) in this one's.
 */
export function overscanFrame<F extends SceneFrame>(frame: F, margin: number, marginY: number): F {
  const msPerPx = (frame.window[1] - frame.window[0]) / frame.width;
  return {
    ...frame,
    window: [frame.window[0] - margin * msPerPx, frame.window[1] + margin * msPerPx],
    width: frame.width + 2 * margin,
    height: frame.height + 2 * marginY,
    scrollTop: frame.scrollTop - marginY,
    plotSpan: [margin, margin + frame.width],
  };
}

/**
 * The titles placed at rest (for `placed`), where they fall in a picture painted for `view`
 * with these margins: mid-pan the titles ride along as they are (one transform on their
 * layer), and the picture under them carries their backings. None when `view` is not a pan
 * of `placed` (a zoom hides the titles until it ends).
 */
export function carriedLabels(labels: readonly SceneLabel[], placed: PanView, view: PanView, margin: number, marginY: number): SceneLabel[] {
  const offset = panOffset(placed, view);
  if (!offset) return [];
  return labels.map((label) => ({ ...label, x: label.x + offset.dx + margin, y: label.y + offset.dy + marginY }));
}

/** Whether a picture with these margins, moved by `offset`, still covers the whole plot. */
export function covers(offset: PanOffset, margin: number, marginY: number): boolean {
  return Math.abs(offset.dx) <= margin && Math.abs(offset.dy) <= marginY;
}

/** Device pixels a picture may hold: 4 bytes each in its canvas (32 MB at most), and twice that more while it is painted (its marks' canvas and their pixels). */
export const PICTURE_PIXEL_BUDGET = 8_000_000;

/**
 * The margins of the picture a pan moves, for a plot `width`×`height` px at `dpr` device
 * pixels a px: a plot's width at each end of time and a quarter of its height (at most
 * 240 px) above and below; narrower across time when that would pass the pixel budget, but
 * never below a quarter of the width.
 */
export function panMargins(width: number, height: number, dpr: number): { margin: number; marginY: number } {
  const marginY = Math.ceil(Math.min(height / 4, 240));
  const widest = PICTURE_PIXEL_BUDGET / (dpr * dpr * (height + 2 * marginY));
  const margin = Math.ceil(Math.max(width / 4, Math.min(width, (widest - width) / 2)));
  return { margin, marginY };
}
