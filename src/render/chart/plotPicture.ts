// The plot's picture at rest, in three canvases: bars, connectors and the background; the
// marks, stamped as pixels above them (a putImageData replaces pixels, so they need a
// canvas of their own); and the overlay of selection, matches and hover, repainted alone.
import type { Scene } from '../../core/scene/types';
import { MarkStamper } from '../canvas/markStamper';
import { paintScene } from '../canvas/paintScene';
import { el, sizeCanvas } from './dom';
import { Overlay, type OverlayState } from './overlay';

export class PlotPicture {
  private readonly marks: HTMLCanvasElement;
  private readonly glyphs: HTMLCanvasElement;
  private readonly stamper = new MarkStamper();
  private readonly overlay: Overlay;
  private dpr = 1;

  constructor(plot: HTMLElement) {
    this.marks = el('canvas', 'sl-chart__marks', plot);
    this.marks.dataset.testid = 'chart-marks';
    this.marks.setAttribute('aria-hidden', 'true');
    this.glyphs = el('canvas', 'sl-chart__glyphs', plot);
    this.glyphs.setAttribute('aria-hidden', 'true');
    this.overlay = new Overlay(plot);
  }

  resize(width: number, height: number, dpr: number): void {
    this.dpr = dpr;
    for (const canvas of [this.marks, this.glyphs]) sizeCanvas(canvas, width, height, dpr);
    this.overlay.resize(width, height, dpr);
  }

  paint(scene: Scene): void {
    const ctx = this.marks.getContext('2d');
    if (ctx) paintScene(ctx, this.glyphs.getContext('2d'), scene, this.stamper, this.dpr);
  }

  paintOverlay(scene: Scene, state: OverlayState): void {
    this.overlay.paint(scene, state);
  }
}
