// The time axis above the plot and the window's context in the corner: SVG text drawn
// from the scene's ticks (crisp, selectable), with nodes kept per tick so a pan moves
// them rather than rebuilding them.
import { t } from '../../core/i18n/translate';
import type { Scene } from '../../core/scene/types';
import { el, svgEl } from './dom';

const AXIS_HEIGHT = 30;
const TICK_LENGTH = 6;


export class ChartAxis {
  private readonly corner: HTMLDivElement;
  private readonly svg: SVGSVGElement;
  private readonly content: SVGGElement;
  private shifted = 0;
  private readonly ticksG: SVGGElement;
  private readonly baseline: SVGLineElement;
  private readonly todayLabel: SVGTextElement;
  /** Names of the periods and annotations in view, above the tick labels. */
  private readonly notesG: SVGGElement;
  /** Tick nodes by tick time, reused while the tick stays in view. */
  private ticks = new Map<number, SVGGElement>();

  constructor(head: HTMLElement) {
    this.corner = el('div', 'sl-chart__corner', head);
    this.corner.setAttribute('aria-live', 'polite');
    this.corner.dataset.testid = 'chart-window-context';
    this.svg = svgEl('svg', head);
    this.svg.setAttribute('class', 'sl-chart__axis');
    this.svg.setAttribute('role', 'img');
    this.svg.setAttribute('aria-label', t('Time axis'));
    this.svg.setAttribute('height', String(AXIS_HEIGHT));
    this.svg.dataset.testid = 'chart-axis';
    this.baseline = svgEl('line', this.svg);
    this.baseline.setAttribute('class', 'domain');
    this.baseline.setAttribute('transform', `translate(0,${AXIS_HEIGHT - 1})`);
    // What moves with time: mid-pan the ticks, notes and today's label are drawn for a wider
    // picture and moved along with it (panLayer.ts), one transform on this group.
    this.content = svgEl('g', this.svg);
    const axisG = svgEl('g', this.content);
    axisG.setAttribute('transform', `translate(0,${AXIS_HEIGHT - 1})`);
    axisG.setAttribute('text-anchor', 'middle');
    this.ticksG = svgEl('g', axisG);
    this.notesG = svgEl('g', this.content);
    this.notesG.setAttribute('class', 'sl-chart__notes');
    this.notesG.dataset.testid = 'chart-notes';
    this.todayLabel = svgEl('text', this.content);
    this.todayLabel.setAttribute('class', 'sl-chart__today-label');
    this.todayLabel.setAttribute('y', String(AXIS_HEIGHT - 20));
    this.todayLabel.dataset.testid = 'chart-today';
    this.todayLabel.textContent = t('Today');
  }

  resize(width: number): void {
    this.svg.setAttribute('width', String(width));
    this.baseline.setAttribute('x2', String(width));
  }

  /** One text per named note, rewritten only when the names or places change. */
  private renderNotes(scene: Scene): void {
    const named = scene.notes.filter((note) => note.label);
    const key = named.map((note) => `${note.kind}${note.index}:${note.label}@${Math.round(note.labelX)}`).join('|');
    if (key === this.notesKey) return;
    this.notesKey = key;
    this.notesG.replaceChildren();
    for (const note of named) {
      const text = svgEl('text', this.notesG);
      text.setAttribute('x', String(note.labelX));
      text.setAttribute('y', '10');
      text.setAttribute('direction', 'ltr');
      text.dataset.note = note.kind;
      text.textContent = note.label;
    }
  }

  private notesKey = '';

  /** Moves what is drawn along time by `x` px (0 at rest). */
  shift(x: number): void {
    if (x === this.shifted) return;
    this.shifted = x;
    this.content.setAttribute('transform', `translate(${x},0)`);
  }

  /** Words for the window in the corner. */
  setContext(context: string): void {
    // A live region: written only when its words change, not on every frame.
    if (this.corner.textContent !== context) this.corner.textContent = context;
  }

  /** Draws the scene's ticks, notes and today; `context` is the corner's words when the scene is wider than the plot. */
  render(scene: Scene, context = scene.context): void {
    this.setContext(context);
    const next = new Map<number, SVGGElement>();
    for (const tick of scene.ticks) {
      let node = this.ticks.get(tick.time);
      if (!node) {
        node = svgEl('g', this.ticksG);
        node.setAttribute('class', 'tick');
        const line = svgEl('line', node);
        line.setAttribute('y2', String(-TICK_LENGTH));
        const text = svgEl('text', node);
        text.setAttribute('y', String(-TICK_LENGTH - 3));
      }
      const text = node.lastChild as SVGTextElement;
      if (text.textContent !== tick.label) text.textContent = tick.label;
      node.setAttribute('transform', `translate(${tick.x},0)`);
      if (text.getAttribute('text-anchor') !== tick.anchor) text.setAttribute('text-anchor', tick.anchor);
      next.set(tick.time, node);
    }
    for (const [time, node] of this.ticks) if (!next.has(time)) node.remove();
    this.ticks = next;
    this.renderNotes(scene);
    this.todayLabel.style.display = scene.today === null ? 'none' : '';
    if (scene.today !== null) this.todayLabel.setAttribute('x', String(scene.today + 3));
  }
}
