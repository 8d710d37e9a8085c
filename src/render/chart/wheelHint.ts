// The hint a plain wheel over the chart shows, as embedded maps do: the wheel scrolls, and
// this says how to zoom instead. A live region, so a screen reader hears it once; it goes
// away by itself, and at once when the reader zooms.
import { zoomHint } from '../../core/view/keys';
import { el } from './dom';

/** How long the hint stays after the last plain wheel event, ms. */
const HINT_MS = 1600;

function onMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

export class WheelHint {
  /** The live region: always rendered (a region that appears is not always heard), empty when idle. */
  private readonly region: HTMLDivElement;
  private timer = 0;

  constructor(parent: HTMLElement) {
    this.region = el('div', 'sl-chart__wheel-hint', parent);
    this.region.dataset.testid = 'chart-wheel-hint';
    this.region.setAttribute('role', 'status');
  }

  get showing(): boolean {
    return this.region.firstChild !== null;
  }

  show(): void {
    // The text is set once per showing: a live region re-announces every change.
    if (!this.showing) el('span', 'sl-chart__wheel-hint-text', this.region).textContent = zoomHint(onMac());
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.hide(), HINT_MS);
  }

  hide(): void {
    window.clearTimeout(this.timer);
    this.timer = 0;
    this.region.replaceChildren();
  }

  destroy(): void {
    window.clearTimeout(this.timer);
    this.region.remove();
  }
}
