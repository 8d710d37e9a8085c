// The picture a pan moves (core/scene/pan.ts). While a pan runs, the plot's own canvases
// are hidden and this one canvas shows a scene larger than the plot: marks, bars,
// connectors and the overlay's rings in one bitmap, in a compositor layer of its own. Each
// pan step is then one transform on that layer: no scene, no painting, and no canvas handed
// to the compositor again, which was most of a pan step's cost (about 5 ms of the chart's
// frame and 3.6 ms of committing its two canvases, at 1,000 events).
import { buildScene, type SceneFrame, SceneScratch } from '../../core/scene/build';
import { carriedLabels, covers, overscanFrame, panMargins, type PanOffset, panOffset, type PanView, panViewOf, panViewOfScene } from '../../core/scene/pan';
import type { ScenePlan } from '../../core/scene/plan';
import type { Scene } from '../../core/scene/types';
import { MarkStamper } from '../canvas/markStamper';
import { paintScene } from '../canvas/paintScene';
import { el, sizeCanvas } from './dom';
import { type OverlayState, paintOverlayOn } from './overlay';

interface Painted {
  /** The view at the middle of the picture. */
  view: PanView;
  margin: number;
  marginY: number;
  /** What else the picture depends on (data, selection, size …): any change repaints it. */
  inputs: readonly unknown[];
  dpr: number;
}

export class PanLayer {
  private readonly layer: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  /** The marks are stamped here (putImageData replaces pixels) and then drawn over the bars. */
  private readonly glyphs = document.createElement('canvas');
  private readonly stamper = new MarkStamper();
  /** Layout buffers of its own: the plot's scene, built with the chart's, stays as it was. */
  private readonly scratch = new SceneScratch();
  private painted: Painted | null = null;
  private shown = false;

  /** The picture's margin across time, px (0 when none is painted). */
  get margin(): number {
    return this.painted?.margin ?? 0;
  }

  /** Made after the plot's canvases and before its titles, so it is drawn between them. */
  constructor(private readonly plot: HTMLElement) {
    this.layer = el('div', 'sl-chart__pan', plot);
    this.layer.setAttribute('aria-hidden', 'true');
    this.layer.hidden = true;
    this.canvas = el('canvas', 'sl-chart__pan-picture', this.layer);
  }

  /**
   * Shows the picture moved to `view`, when it was painted with these inputs and still covers
   * the plot there; gives how far it moved, or null when it must be painted anew.
   */
  move(view: PanView, inputs: readonly unknown[]): PanOffset | null {
    const offset = this.offsetTo(view, inputs);
    const painted = this.painted;
    if (!offset || !painted) return null;
    // Whole device pixels: a picture moved by a fraction of one is resampled, and blurs.
    const snap = (px: number) => Math.round(px * painted.dpr) / painted.dpr;
    this.layer.style.transform = `translate(${snap(offset.dx - painted.margin)}px, ${snap(offset.dy - painted.marginY)}px)`;
    if (!this.shown) {
      this.layer.classList.remove('sl-chart__pan--primed');
      this.plot.classList.add('sl-chart__plot--panning');
      this.shown = true;
    }
    return offset;
  }

  /**
   * Paints the picture for `frame` (the plot's) with margins, unless the one painted can show
   * it; gives a new picture's scene (its axis is drawn with its first step), else null.
   * `rest` is the scene at rest, whose titles ride along: the picture carries their backings.
   */
  prepare(plan: ScenePlan, frame: SceneFrame, rest: Scene, inputs: readonly unknown[], overlay: OverlayState, dpr: number): Scene | null {
    const view = panViewOf(frame);
    if (this.ready(view, inputs)) return null;
    const { margin, marginY } = panMargins(frame.width, frame.height, dpr);
    const scene = buildScene(plan, overscanFrame(frame, margin, marginY), this.scratch);
    scene.labels = carriedLabels(rest.labels, panViewOfScene(rest), view, margin, marginY);
    this.paint(scene, view, margin, marginY, inputs, overlay, dpr);
    return scene;
  }

  /** Whether the picture painted can show `view` (see move). */
  ready(view: PanView, inputs: readonly unknown[]): boolean {
    return this.offsetTo(view, inputs) !== null;
  }

  private offsetTo(view: PanView, inputs: readonly unknown[]): PanOffset | null {
    const painted = this.painted;
    if (!painted || painted.inputs.length !== inputs.length || painted.inputs.some((value, i) => !Object.is(value, inputs[i]))) return null;
    const offset = panOffset(painted.view, view);
    return offset && covers(offset, painted.margin, painted.marginY) ? offset : null;
  }

  /** Paints `scene`, the overscanned frame of `view` with these margins. */
  private paint(scene: Scene, view: PanView, margin: number, marginY: number, inputs: readonly unknown[], overlay: OverlayState, dpr: number): void {
    const ctx = this.canvas.getContext('2d');
    const glyphs = this.glyphs.getContext('2d');
    if (!ctx || !glyphs) return;
    sizeCanvas(this.canvas, scene.width, scene.height, dpr);
    sizeCanvas(this.glyphs, scene.width, scene.height, dpr);
    paintScene(ctx, glyphs, scene, this.stamper, dpr);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.glyphs, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintOverlayOn(ctx, scene, overlay);
    // The marks' canvas and pixels serve the painting only: the picture keeps one buffer.
    this.glyphs.width = 0;
    this.glyphs.height = 0;
    this.stamper.release();
    this.painted = { view, margin, marginY, inputs, dpr };
    // In the page but unseen until the pan's first step: the compositor takes the new picture
    // with this frame (about 10 MB of pixels), not in the middle of the drag.
    if (!this.shown) {
      this.layer.style.transform = `translate(${-margin}px, ${-marginY}px)`;
      this.layer.classList.add('sl-chart__pan--primed');
      this.layer.hidden = false;
    }
  }

  /** Back at rest: the plot's own canvases show again, and the picture's memory is let go. */
  hide(): void {
    if (!this.painted && !this.shown) return;
    this.layer.hidden = true;
    this.layer.classList.remove('sl-chart__pan--primed');
    this.plot.classList.remove('sl-chart__plot--panning');
    this.shown = false;
    this.painted = null;
    for (const canvas of [this.canvas, this.glyphs]) {
      canvas.width = 0;
      canvas.height = 0;
    }
    this.stamper.release();
  }
}
