// Event titles beside their marks as real text in the page: the browser's Find finds
// them, they can be selected and copied, and they stay crisp at any zoom. The scene says
// where each goes; this layer keeps a pool of nodes, one per label, reused by label key
// so panning moves text rather than rebuilding it. Titles are data: set as text only.
import { LABEL_FONT_SIZE, labelKey, type TextMeasure } from '../../core/scene/labels';
import { type PanView, panOffset, panViewOfScene } from '../../core/scene/pan';
import type { Scene } from '../../core/scene/types';
import { el } from './dom';

/** The font the titles are drawn and measured in (the app's font stack, see chart.css). */
export const TITLE_FONT = `${LABEL_FONT_SIZE}px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Widths in the titles' own font, remembered per string. */
export function canvasMeasure(font = TITLE_FONT): TextMeasure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = font;
  return cachedMeasure(ctx ? (text) => ctx.measureText(text).width : (text) => text.length * LABEL_FONT_SIZE * 0.56);
}

/** Characters that are drawn alone, whatever is around them: Latin with its extensions, and the dashes, quotes and ellipsis of general punctuation. */
const drawnAlone = (code: number) => (code >= 0x20 && code < 0x250) || (code >= 0x2010 && code <= 0x2027);

/**
 * A measure of text that sums the widths of its characters, each measured once, when every one
 * of them is drawn alone, and measures other text whole (scripts that join or reorder letters,
 * combining marks, emoji). A title measured whole costs about 8 µs in Chromium here: the first
 * frame of 100,000 events measured thousands of them (80 ms), and every zoom step some more.
 * The sum leaves out kerning, which narrows text: over 20,000 generated titles it was at most
 * 5.3 px wider than the whole and never 0.3 px narrower, within the 4 px a title's room adds.
 */
export function cachedMeasure(measureWhole: (text: string) => number): TextMeasure {
  const widths = new Map<string, number>();
  const charWidths = new Map<number, number>();
  const summed = (text: string): number | undefined => {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!drawnAlone(code)) return undefined;
      let charWidth = charWidths.get(code);
      if (charWidth === undefined) charWidths.set(code, (charWidth = measureWhole(text[i]!)));
      width += charWidth;
    }
    return width;
  };
  return (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      // A long session of many titles: start afresh rather than grow without end.
      if (widths.size > 20_000) widths.clear();
      width = summed(text) ?? measureWhole(text);
      widths.set(text, width);
    }
    return width;
  };
}

export class EventTitles {
  private readonly layer: HTMLDivElement;
  private nodes = new Map<string, HTMLSpanElement>();
  /** Window start, scale and scroll the titles were placed for. */
  private placedFor: PanView | null = null;
  private shifted = false;

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

  /**
   * Mid-gesture: a pan moves every title by the same amount, one transform on the layer;
   * a zoom changes their spacing, so they are hidden until the gesture ends.
   */
  follow(view: PanView): void {
    const placed = this.placedFor;
    if (!placed) return;
    const offset = panOffset(placed, view);
    this.shifted = true;
    if (!offset) {
      this.layer.style.visibility = 'hidden';
      return;
    }
    this.layer.style.transform = `translate(${offset.dx}px, ${offset.dy}px)`;
  }

  render(scene: Scene, selectedIndex: number): void {
    this.placedFor = panViewOfScene(scene);
    if (this.shifted) {
      this.layer.style.transform = '';
      this.layer.style.visibility = '';
      this.shifted = false;
    }
    const next = new Map<string, HTMLSpanElement>();
    for (const label of scene.labels) {
      const key = labelKey(label);
      let node = this.nodes.get(key);
      if (!node) {
        node = el('span', 'sl-chart__title', this.layer);
        node.dir = 'auto';
        node.dataset.eventId = label.eventId;
      }
      // Text and width change only when a title is shortened differently; moving is a transform.
      if (node.textContent !== label.text) {
        node.textContent = label.text;
        node.style.width = `${Math.ceil(label.width) + 1}px`;
      }
      node.style.transform = `translate(${label.x}px, ${label.y}px)`;
      node.classList.toggle('sl-chart__title--selected', label.eventIndex === selectedIndex);
      next.set(key, node);
    }
    for (const [key, node] of this.nodes) if (!next.has(key)) node.remove();
    this.nodes = next;
  }
}
