// The overlay canvas above the marks: selection, search matches, hover and, when the
// scene has too many connectors to draw them all, those of the events in focus. Painted
// alone when only these change, so hovering never repaints the marks.
import type { SceneHit } from '../../core/scene/hit';
import { CLUSTER_BADGE, MARK_SIZE } from '../../core/scene/metrics';
import type { Scene } from '../../core/scene/types';
import { paintConnectors } from '../canvas/paintScene';
import { CHART_COLORS } from '../markStyles';
import { el, sizeCanvas } from './dom';

export interface OverlayState {
  selectedIndex: number;
  currentMatchIndex: number;
  matchIndices: ReadonlySet<number>;
  focusedIndex: number;
  hover: SceneHit | null;
}

export class Overlay {
  private readonly canvas: HTMLCanvasElement;
  private width = 0;
  private height = 0;
  private dpr = 1;
  /** The canvas holds nothing (it starts cleared). */
  private blank = true;

  constructor(plot: HTMLElement) {
    this.canvas = el('canvas', 'sl-chart__overlay', plot);
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  resize(width: number, height: number, dpr: number): void {
    this.width = width;
    this.height = height;
    this.dpr = dpr;
    sizeCanvas(this.canvas, width, height, dpr);
    this.blank = true;
  }

  paint(scene: Scene, state: OverlayState): void {
    const paths = overlayPaths(scene, state);
    const blank = paths.rings === 0 && paths.connectors.size === 0 && !state.hover;
    // A canvas that changes is handed to the compositor again, a full-size copy per frame:
    // an overlay that was and stays empty is left alone.
    if (blank && this.blank) return;
    this.blank = blank;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    if (!blank) strokeOverlay(ctx, scene, state, paths);
  }
}

interface OverlayPaths {
  matches: Path2D;
  current: Path2D;
  selected: Path2D;
  rings: number;
  /** Events whose connectors the overlay draws: all are on the marks' canvas unless there are too many. */
  connectors: Set<number>;
}

function overlayPaths(scene: Scene, state: OverlayState): OverlayPaths {
  const paths: OverlayPaths = { matches: new Path2D(), current: new Path2D(), selected: new Path2D(), rings: 0, connectors: new Set<number>() };
  const ring = (path: Path2D, x: number, y: number, r: number) => {
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, Math.PI * 2);
    paths.rings++;
  };
  if (state.selectedIndex >= 0 || state.currentMatchIndex >= 0 || state.matchIndices.size > 0) {
    for (const mark of scene.marks) {
      if (mark.eventIndex === state.selectedIndex) ring(paths.selected, mark.x, mark.y, MARK_SIZE / 2 + 4);
      if (mark.eventIndex === state.currentMatchIndex) ring(paths.current, mark.x, mark.y, MARK_SIZE / 2 + 3);
      else if (state.matchIndices.has(mark.eventIndex)) ring(paths.matches, mark.x, mark.y, MARK_SIZE / 2 + 3);
    }
  }
  if (!scene.connectorsShown) {
    if (state.selectedIndex >= 0) paths.connectors.add(state.selectedIndex);
    if (state.focusedIndex >= 0) paths.connectors.add(state.focusedIndex);
    if (state.hover?.kind === 'mark') paths.connectors.add(state.hover.mark.eventIndex);
  }
  return paths;
}

function strokeOverlay(ctx: CanvasRenderingContext2D, scene: Scene, state: OverlayState, paths: OverlayPaths): void {
  ctx.strokeStyle = CHART_COLORS.match;
  ctx.lineWidth = 2;
  ctx.setLineDash([3, 2]);
  ctx.stroke(paths.matches);
  ctx.setLineDash([]);
  ctx.lineWidth = 3;
  ctx.stroke(paths.current);
  ctx.strokeStyle = CHART_COLORS.selection;
  ctx.lineWidth = 2.5;
  ctx.stroke(paths.selected);
  if (paths.connectors.size > 0) paintConnectors(ctx, scene.connectors.filter((c) => paths.connectors.has(c.eventIndex)), scene.scrollTop);
  const hover = state.hover;
  if (hover) {
    ctx.strokeStyle = CHART_COLORS.text;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    if (hover.kind === 'mark') ctx.arc(hover.mark.x, hover.mark.y, MARK_SIZE / 2 + 2.5, 0, Math.PI * 2);
    else ctx.rect(hover.cluster.x + CLUSTER_BADGE.left - 2, hover.cluster.y - CLUSTER_BADGE.height / 2 - 2, CLUSTER_BADGE.width + 4, CLUSTER_BADGE.height + 4);
    ctx.stroke();
  }
}

/** Selection, matches, connectors in focus and hover, drawn over what `ctx` holds (its transform set to the scene's pixels). */
export function paintOverlayOn(ctx: CanvasRenderingContext2D, scene: Scene, state: OverlayState): void {
  strokeOverlay(ctx, scene, state, overlayPaths(scene, state));
}
