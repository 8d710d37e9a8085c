// Hover and click on the plot's picture: what is under the pointer (core/scene/hit.ts),
// its ring (painted by the overlay) and its tooltip; a click selects a mark, or opens a
// cluster by zooming in on its members. Drags are the gestures' (gestures.ts).
import type { Dataset } from '../../core/model/types';
import { hitAt, type SceneHit } from '../../core/scene/hit';
import type { Scene, SceneMark } from '../../core/scene/types';
import type { ChartTooltip } from './tooltip';
import { markSubject, type TooltipSubject } from './types';

export interface PointerHost {
  scene(): Scene | null;
  dataset(): Dataset | undefined;
  plotSize(): { width: number; height: number };
  /** The hovered mark or cluster changed: its ring is repainted. */
  onHoverChange(): void;
  selectMark(mark: SceneMark): void;
  selectNothing(): void;
  /** A cluster's members, from `from` to `to` (ms), fill the window. */
  zoomTo(from: number, to: number): void;
}

export class ChartPointer {
  /** The mark or cluster under the pointer, in the current scene. */
  hover: SceneHit | null = null;

  constructor(
    private readonly plot: HTMLElement,
    private readonly tooltip: ChartTooltip,
    private readonly host: PointerHost,
  ) {
    plot.addEventListener('pointermove', this.onPointerMove);
    plot.addEventListener('pointerleave', this.onPointerLeave);
    plot.addEventListener('click', this.onPlotClick);
  }

  destroy(): void {
    this.plot.removeEventListener('pointermove', this.onPointerMove);
    this.plot.removeEventListener('pointerleave', this.onPointerLeave);
    this.plot.removeEventListener('click', this.onPlotClick);
  }

  /** The hovered mark moved with the view, or left it: the ring follows, or goes. */
  follow(scene: Scene): void {
    const hover = this.hover;
    if (hover?.kind === 'mark') {
      const moved = scene.marks.find((m) => m.eventIndex === hover.mark.eventIndex && m.lane === hover.mark.lane);
      this.hover = moved ? { kind: 'mark', mark: moved } : null;
    } else if (hover) this.hover = null;
  }

  private position(event: MouseEvent): { x: number; y: number } {
    const rect = this.plot.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const scene = this.host.scene();
    if (event.buttons !== 0 || !scene) {
      this.tooltip.hide();
      return;
    }
    const { x, y } = this.position(event);
    const hit = hitAt(scene, x, y);
    const previous = this.hover;
    const same =
      (hit === null && previous === null) ||
      (hit?.kind === 'mark' && previous?.kind === 'mark' && hit.mark.eventIndex === previous.mark.eventIndex && hit.mark.lane === previous.mark.lane) ||
      (hit?.kind === 'cluster' && previous?.kind === 'cluster' && hit.cluster.lane === previous.cluster.lane && hit.cluster.x === previous.cluster.x);
    if (!same) {
      this.hover = hit;
      this.host.onHoverChange();
      this.showTooltip(hit);
    }
    this.plot.style.cursor = hit ? 'pointer' : '';
  };

  private readonly onPointerLeave = (): void => {
    this.hover = null;
    this.tooltip.hide();
    this.host.onHoverChange();
  };

  private showTooltip(hit: SceneHit | null): void {
    const dataset = this.host.dataset();
    if (!hit || !dataset) {
      this.tooltip.hide();
      return;
    }
    const subject: TooltipSubject = hit.kind === 'mark' ? markSubject(hit.mark) : { kind: 'cluster', cluster: hit.cluster };
    const { width, height } = this.host.plotSize();
    this.tooltip.show(subject, dataset, width, height);
  }

  private readonly onPlotClick = (event: MouseEvent): void => {
    const scene = this.host.scene();
    if ((event.target as Element | null)?.closest('.sl-chart__event') || !scene) return;
    const { x, y } = this.position(event);
    const hit = hitAt(scene, x, y);
    if (!hit) this.host.selectNothing();
    else if (hit.kind === 'mark') this.host.selectMark(hit.mark);
    else {
      // A cluster opens by zooming in on its members, as its tooltip says.
      const { from, to } = hit.cluster;
      this.host.zoomTo(from, from + Math.max(to - from, 2 / scene.pxPerMs));
    }
  };
}
