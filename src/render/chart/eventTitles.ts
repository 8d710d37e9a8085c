// Event titles beside their marks as real text in the page: the browser's Find finds
// them, they can be selected and copied, and they stay crisp at any zoom. The scene says
// where each goes; this layer keeps a pool of nodes, one per label, reused by label key
// so panning moves text rather than rebuilding it. Titles are data: set as text only.
import { LABEL_FONT_SIZE, labelKey, type TextMeasure } from '../../core/scene/labels';
import type { Scene } from '../../core/scene/types';
import { el } from './dom';

/** The font the titles are drawn and measured in (the app's font stack, see chart.css). */
export const TITLE_FONT = `${LABEL_FONT_SIZE}px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Widths from canvas measureText in the titles' own font, remembered per string. */
export function canvasMeasure(font = TITLE_FONT): TextMeasure {
  const ctx = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  if (ctx) ctx.font = font;
  return (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      // A long session of many titles: start afresh rather than grow without end.
      if (widths.size > 20_000) widths.clear();
      width = ctx ? ctx.measureText(text).width : text.length * LABEL_FONT_SIZE * 0.56;
      widths.set(text, width);
    }
    return width;
  };
}

export class EventTitles {
  private readonly layer: HTMLDivElement;
  private nodes = new Map<string, HTMLSpanElement>();

  constructor(plot: HTMLElement) {
    this.layer = el('div', 'sl-chart__titles', plot);
    this.layer.dataset.testid = 'chart-titles';
    // The event buttons carry each event's full name for assistive technology; the
    // titles are the same words for the eye (and for Find), not a second announcement.
    this.layer.setAttribute('aria-hidden', 'true');
  }

  /** The keys of the titles on screen now, for the next frame's placement to keep. */
  keys(): ReadonlySet<string> {
    return new Set(this.nodes.keys());
  }

  render(scene: Scene, selectedIndex: number): void {
    const next = new Map<string, HTMLSpanElement>();
    for (const label of scene.labels) {
      const key = labelKey(label);
      let node = this.nodes.get(key);
      if (!node) {
        node = el('span', 'sl-chart__title', this.layer);
        node.dir = 'auto';
        node.dataset.eventId = label.eventId;
      }
      if (node.textContent !== label.text) node.textContent = label.text;
      node.style.transform = `translate(${label.x}px, ${label.y}px)`;
      node.style.width = `${Math.ceil(label.width) + 1}px`;
      node.classList.toggle('sl-chart__title--selected', label.eventIndex === selectedIndex);
      next.set(key, node);
    }
    for (const [key, node] of this.nodes) if (!next.has(key)) node.remove();
    this.nodes = next;
  }
}
