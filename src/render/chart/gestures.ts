// Turns zoom wheel, drag and pinch on the plot into window moves for the store. It keeps no
// window: each step starts from the window the store shows now and hands the next one
// back (live while the gesture runs, settled when it ends), so there is nothing to keep
// in step and nothing to echo. The maths is core/view/window.ts.
import type { WindowOwner } from '../../core/view/store';
import type { AxisDirection, TimeWindow } from '../../core/view/types';
import { drawnX } from '../../core/scene/mirror';
import { wheelAction } from '../../core/view/keys';
import { panByPixels, wheelZoomFactor, zoomAround } from '../../core/view/window';
import { WheelHint } from './wheelHint';

/** A wheel run ends this long after its last notch. */
const WHEEL_SETTLE_MS = 150;
/** A press that moves less than this is a click, not a drag, px. */
const CLICK_DISTANCE_PX = 3;

export interface GestureHost {
  owner: WindowOwner;
  plotWidth(): number;
  /** Which way time runs (`axis=rtl`: sideways movements then move time the other way). */
  direction(): AxisDirection;
  /** Lanes scroll vertically under a drag. */
  scrollBy(dy: number): void;
  /** A press that may become a drag: what a pan moves can be made ready now. */
  onPress(): void;
  /** A press ended without a drag. */
  onRelease(): void;
  /** A gesture started: hide what follows the pointer. */
  onGestureStart(): void;
  /** The gesture ended: what waits for rest (titles, buttons) follows now. */
  onGestureEnd(): void;
}

interface Pointer {
  x: number;
  y: number;
}

export class ChartGestures {
  private readonly pointers = new Map<number, Pointer>();
  private dragging = false;
  private pressStart: Pointer | null = null;
  private wheelTimer = 0;
  /** A drag just ended: the click the browser sends after it is not a click on the plot. */
  private swallowClick = false;
  private readonly hint: WheelHint;

  /** `hintParent` holds the plain wheel's hint, over the plot but not scrolled with it. */
  constructor(
    private readonly plot: HTMLElement,
    hintParent: HTMLElement,
    private readonly host: GestureHost,
  ) {
    this.hint = new WheelHint(hintParent);
    plot.addEventListener('wheel', this.onWheel, { passive: false });
    plot.addEventListener('pointerdown', this.onPointerDown);
    plot.addEventListener('pointermove', this.onPointerMove);
    plot.addEventListener('pointerup', this.onPointerEnd);
    plot.addEventListener('pointercancel', this.onPointerEnd);
    plot.addEventListener('click', this.onClickCapture, true);
  }

  /** True while a wheel run, drag or pinch is under way. */
  get active(): boolean {
    return this.dragging || this.wheelTimer !== 0;
  }

  destroy(): void {
    window.clearTimeout(this.wheelTimer);
    this.hint.destroy();
    this.plot.removeEventListener('wheel', this.onWheel);
    this.plot.removeEventListener('pointerdown', this.onPointerDown);
    this.plot.removeEventListener('pointermove', this.onPointerMove);
    this.plot.removeEventListener('pointerup', this.onPointerEnd);
    this.plot.removeEventListener('pointercancel', this.onPointerEnd);
    this.plot.removeEventListener('click', this.onClickCapture, true);
  }

  private shown(): TimeWindow | null {
    return this.host.owner.shownWindow();
  }

  private localX(clientX: number): number {
    return clientX - this.plot.getBoundingClientRect().left;
  }

  /** A sideways movement on screen as a movement along time (reversed when time runs right to left). */
  private along(dx: number): number {
    return this.host.direction() === 'rtl' ? -dx : dx;
  }

  /** How far along the window, 0 to 1 from its start, the point under `clientX` is. */
  private timeFraction(clientX: number, width: number): number {
    const x = Math.min(width, Math.max(0, this.localX(clientX)));
    return drawnX({ width, direction: this.host.direction() }, x) / width;
  }

  /**
   * Ctrl/⌘ + wheel and pinch zoom around the pointer; sideways wheel and Shift + wheel pan;
   * the plain wheel is left to the browser, which scrolls the lanes and then the page, and
   * the chart shows how to zoom (core/view/keys.ts has the convention).
   */
  private readonly onWheel = (event: WheelEvent): void => {
    const shown = this.shown();
    const width = this.host.plotWidth();
    if (!shown || width <= 0) return;
    const action = wheelAction(event);
    if (action === 'scroll') {
      if (event.deltaY !== 0) this.hint.show();
      return;
    }
    event.preventDefault();
    this.hint.hide();
    if (this.wheelTimer === 0) this.host.onGestureStart();
    let next: TimeWindow;
    if (action === 'pan') {
      const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      // A wheel turned down still goes forward in time; a sideways swipe follows the axis.
      next = panByPixels(shown, sideways ? -this.along(event.deltaX) : -event.deltaY, width);
    } else {
      next = zoomAround(shown, wheelZoomFactor(event.deltaY, event.deltaMode), this.timeFraction(event.clientX, width));
    }
    this.host.owner.moveWindow(next, false);
    window.clearTimeout(this.wheelTimer);
    this.wheelTimer = window.setTimeout(() => {
      this.wheelTimer = 0;
      const settled = this.shown();
      if (settled) this.host.owner.moveWindow(settled, true);
      this.host.onGestureEnd();
    }, WHEEL_SETTLE_MS);
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && (event.button !== 0 || event.ctrlKey)) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1) {
      this.pressStart = { x: event.clientX, y: event.clientY };
      this.host.onPress();
    }
    // Keep hearing the pointer when it leaves the plot mid-drag.
    this.plot.setPointerCapture?.(event.pointerId);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const previous = this.pointers.get(event.pointerId);
    if (!previous) return;
    const current = { x: event.clientX, y: event.clientY };
    if (!this.dragging) {
      const start = this.pressStart ?? previous;
      if (this.pointers.size < 2 && Math.hypot(current.x - start.x, current.y - start.y) < CLICK_DISTANCE_PX) return;
      this.dragging = true;
      // A drag that began on an event's title pans; it does not select the title's text.
      window.getSelection()?.removeAllRanges();
      this.host.onGestureStart();
    }
    const shown = this.shown();
    const width = this.host.plotWidth();
    if (!shown || width <= 0) {
      this.pointers.set(event.pointerId, current);
      return;
    }
    if (this.pointers.size >= 2) {
      // Pinch: the two fingers' distance zooms around their midpoint, which also pans.
      const other = [...this.pointers.entries()].find(([id]) => id !== event.pointerId)?.[1];
      if (!other) return;
      const before = Math.abs(previous.x - other.x);
      const after = Math.abs(current.x - other.x);
      const midBefore = (previous.x + other.x) / 2;
      const midAfter = (current.x + other.x) / 2;
      let next = panByPixels(shown, this.along(midAfter - midBefore), width);
      if (before > 4 && after > 4) next = zoomAround(next, after / before, this.timeFraction(midAfter, width));
      this.host.owner.moveWindow(next, false);
    } else {
      this.host.scrollBy(previous.y - current.y);
      this.host.owner.moveWindow(panByPixels(shown, this.along(current.x - previous.x), width), false);
    }
    this.pointers.set(event.pointerId, current);
  };

  private readonly onPointerEnd = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.pointers.size > 0 || !this.dragging) {
      if (this.pointers.size === 0) {
        this.pressStart = null;
        this.host.onRelease();
      }
      return;
    }
    this.dragging = false;
    this.pressStart = null;
    this.swallowClick = true;
    // The click, if any, comes in this same task; nothing else should be swallowed later.
    window.setTimeout(() => (this.swallowClick = false), 0);
    const settled = this.shown();
    if (settled) this.host.owner.moveWindow(settled, true);
    this.host.onGestureEnd();
  };

  private readonly onClickCapture = (event: MouseEvent): void => {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };
}
