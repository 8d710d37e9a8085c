// Lays out and paints, in idle time after a frame at rest, the scenes a first zoom step will
// ask for, and throws them away. The first zoom step after rest cost three to six times a
// later one at 100,000 events (a frame of 37–65 ms against about 10 in traces): the layout's
// and the painters' code had run once, for the first frame, and was still cold, the titles
// coming into view had not been measured and the marks' sprites for new styles and counts
// not made (docs/performance.md).
import { buildScene, type SceneFrame, SceneScratch } from '../../core/scene/build';
import { MarkStamper } from '../canvas/markStamper';
import { paintScene } from '../canvas/paintScene';
import { sizeCanvas } from './dom';
import type { ScenePlan } from '../../core/scene/plan';
import type { Scene } from '../../core/scene/types';
import { zoomAround } from '../../core/view/window';

/**
 * The zooms warmed, as factors of the window at rest: one mouse notch in and out (√2,
 * wheelZoomFactor), a smaller step either way, as a trackpad's first events give, and two
 * and four times closer. Those last reach, in a large dataset, where the lanes drawn as
 * density strips at rest turn to marks: the step that crosses it lays out far more marks,
 * and at a million events it also gathered those lanes' columns and made the marks' and
 * the counts' sprites, 48 ms of script in one step where its neighbours took 7–16.
 */
const WARM_ZOOMS = [Math.SQRT2, 1 / Math.SQRT2, 1.2, 1 / 1.2, 2, 4];

/**
 * The warmed scenes are painted into a strip this high (CSS px), not the plot's size: every
 * mark is still stamped (its sprite made, the marks beyond the strip clipped) for a few
 * kilobytes of pixels instead of megabytes.
 */
const WARM_PAINT_HEIGHT = 48;

/**
 * The pointer coming onto the plot warms the windows again when they were warmed at least
 * this long ago (ms). The browser lets go of compiled code in its collections: in traces at
 * 100,000 events, two full collections between the warm-up and the first zoom made that
 * step's frame 13–23 ms where a later one took 7–9. The pointer arriving is the best sign of
 * a zoom to come; once a second at most, so moving in and out of the plot costs little.
 */
const REWARM_AFTER_MS = 1000;

type IdleHandle = { cancel(): void };

/** The next idle moment (a short timer where the browser has no idle callbacks, as Safari). */
function whenIdle(run: () => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run);
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 100);
  return { cancel: () => clearTimeout(id) };
}

export class SceneWarmer {
  private pending: IdleHandle | null = null;
  /** The frame at rest last warmed, and when its warming began. */
  private warmed: { plan: ScenePlan; frame: SceneFrame; dpr: number; at: number } | null = null;
  private plot: HTMLElement | null = null;
  private readonly canvas = document.createElement('canvas');
  private readonly glyphs = document.createElement('canvas');
  private readonly stamper = new MarkStamper();

  /** After a frame at rest: warms the windows a zoom from it reaches, once for each plan and window. */
  afterRest(plan: ScenePlan, frame: SceneFrame, dpr: number): void {
    const [t0, t1] = frame.window;
    const last = this.warmed;
    if (last && plan === last.plan && last.frame.window[0] === t0 && last.frame.window[1] === t1) return;
    this.warm(plan, frame, dpr);
  }

  /** Warms again, when the pointer comes onto `plot`, the frame last warmed (REWARM_AFTER_MS). */
  watch(plot: HTMLElement): void {
    this.plot = plot;
    plot.addEventListener('pointerenter', this.onPointerEnter);
  }

  private readonly onPointerEnter = (): void => {
    const last = this.warmed;
    if (last && !this.pending && performance.now() - last.at >= REWARM_AFTER_MS) this.warm(last.plan, last.frame, last.dpr);
  };

  private warm(plan: ScenePlan, frame: SceneFrame, dpr: number): void {
    this.cancel();
    this.warmed = { plan, frame, dpr, at: performance.now() };
    // Its own scratch: the chart's holds the scene on screen, which hit tests and focus read.
    const scratch = new SceneScratch();
    const next = (k: number): void => {
      if (k >= WARM_ZOOMS.length) {
        this.pending = null;
        this.stamper.release();
        return;
      }
      this.pending = whenIdle(() => {
        const scene = buildScene(plan, { ...frame, window: zoomAround(frame.window, WARM_ZOOMS[k]!) }, scratch);
        this.paint({ ...scene, height: Math.min(scene.height, WARM_PAINT_HEIGHT) }, dpr);
        next(k + 1);
      });
    };
    next(0);
  }

  private paint(scene: Scene, dpr: number): void {
    for (const canvas of [this.canvas, this.glyphs]) sizeCanvas(canvas, scene.width, scene.height, dpr);
    const ctx = this.canvas.getContext('2d');
    if (ctx) paintScene(ctx, this.glyphs.getContext('2d'), scene, this.stamper, dpr);
  }

  /** Stops warming (a gesture began): the next frame at rest warms its own windows. */
  cancel(): void {
    this.pending?.cancel();
    this.pending = null;
    this.warmed = null;
  }

  destroy(): void {
    this.cancel();
    this.plot?.removeEventListener('pointerenter', this.onPointerEnter);
  }
}
