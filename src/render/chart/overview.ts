// The overview band under the chart: a density strip of every included event over the
// fit-all range, with a d3 brush showing (and moving) the main window. It owns its canvas,
// scale and brush; the chart hands it the mark times and sizes and hears back brushed windows.
// The brush's window is also a slider for the keyboard (core/view/keys.ts, BRUSH_KEYS): its
// keys go to the store as the chart's own pan and zoom; it keeps no window of its own.
import { brushX, scaleUtc, select, type BrushBehavior, type D3BrushEvent, type ScaleTime } from 'd3';
import { densityColumns } from '../../core/layout/stacking';
import { describeWindow } from '../../core/view/dates';
import { type BrushCommand, brushCommandForKey } from '../../core/view/keys';
import type { AxisDirection, TimeWindow } from '../../core/view/types';
import { calendarTicks, formatTick, tickStep, weekStartOf } from '../../core/scene/axis';
import { currentDates, t } from '../../core/i18n/translate';
import { CHART_COLORS } from '../markStyles';
import { el, sizeCanvas, svgEl } from './dom';

const OVERVIEW_HEIGHT = 44;

export interface OverviewHost {
  /** The main view's window now (read when a stray click clears the brush). */
  currentWindow(): TimeWindow;
  /** The user brushed to `next`; `end` when the drag is over. */
  onBrushWindow(next: [number, number], end: boolean): void;
  /** A brush key that is the chart's own pan, zoom or fit: the chart carries it out through the store. */
  runCommand(command: Exclude<BrushCommand, { kind: 'edge' }>): void;
}

export class Overview {
  private readonly canvas: HTMLCanvasElement;
  private readonly svg: SVGSVGElement;
  private readonly brushG: SVGGElement;
  private readonly brushBehavior: BrushBehavior<unknown>;
  /** d3-brush's selection rectangle, which is also the keyboard's slider. */
  private readonly slider: SVGRectElement;
  private sliderText = '';
  private brushingNow = false;
  private markTimes: Float64Array = new Float64Array(0);
  private domain: [number, number] = [0, 1];
  private width = 0;
  private dpr = 1;
  /** Time to x over the whole band; rebuilt only when the data, the width or the direction change, not per frame. */
  private scale: ScaleTime<number, number> = scaleUtc();
  /** Time runs right to left with the chart's axis (`axis=rtl`). */
  private direction: AxisDirection = 'ltr';

  constructor(
    parent: HTMLElement,
    private readonly host: OverviewHost,
  ) {
    const overview = el('div', 'sl-chart__overview', parent);
    const overviewLabel = el('div', 'sl-chart__overview-label', overview);
    overviewLabel.textContent = t('Overview');
    const plot = el('div', 'sl-chart__overview-plot', overview);
    plot.dataset.testid = 'chart-overview';
    this.canvas = el('canvas', 'sl-chart__overview-canvas', plot);
    this.canvas.setAttribute('aria-hidden', 'true');
    this.svg = svgEl('svg', plot);
    this.svg.setAttribute('class', 'sl-chart__overview-svg');
    // A group, not an image: an image's children are hidden from assistive technology, and the slider is one.
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-label', t('Overview of all events'));
    this.brushG = svgEl('g', this.svg);
    this.brushG.setAttribute('class', 'sl-chart__brush');
    this.brushG.dataset.testid = 'chart-brush';
    // An extent from the start (resize() sets the real one): without it d3 reads the SVG's size, a forced layout of the page.
    this.brushBehavior = brushX<unknown>()
      .extent([
        [0, 0],
        [1, OVERVIEW_HEIGHT],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => this.onBrush(event));
    select(this.brushG).call(this.brushBehavior);
    this.slider = this.brushG.querySelector<SVGRectElement>('rect.selection')!;
    this.slider.setAttribute('tabindex', '0');
    this.slider.setAttribute('role', 'slider');
    this.slider.setAttribute('aria-label', t('Shown window: drag, or use the arrow keys to move it and Shift with arrows to resize it'));
    this.slider.setAttribute('aria-orientation', 'horizontal');
    this.slider.setAttribute('aria-valuemin', '0');
    this.slider.setAttribute('aria-valuemax', '100');
    this.slider.dataset.testid = 'chart-brush-window';
    this.slider.addEventListener('keydown', this.onKeyDown);
  }

  /** True while the user drags the brush (the chart treats that as a gesture). */
  get brushing(): boolean {
    return this.brushingNow;
  }

  /** New included events: their mark times (owned by the overview from now on) and the range they span. */
  setData(markTimes: Float64Array, domain: [number, number]): void {
    this.markTimes = markTimes;
    this.domain = domain;
    this.rescale();
  }

  /** The band is as wide as the plot. */
  resize(width: number, dpr: number): void {
    this.width = width;
    this.dpr = dpr;
    this.rescale();
    sizeCanvas(this.canvas, width, OVERVIEW_HEIGHT, dpr);
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(OVERVIEW_HEIGHT));
    this.brushBehavior.extent([
      [0, 0],
      [Math.max(1, width), OVERVIEW_HEIGHT],
    ]);
    select(this.brushG).call(this.brushBehavior);
  }

  /**
   * Moves the brush to `window` (every frame: the main view may have moved). The slider's
   * spoken value (dates formatted) is only brought up to date at rest, not per gesture frame.
   */
  sync(window: TimeWindow, atRest: boolean): void {
    if (atRest) this.describe(window);
    const scale = this.scale;
    // Every frame: no array. With time running right to left the window's start is its right edge.
    const start = scale(window[0]);
    const end = scale(window[1]);
    let x0 = Math.max(0, Math.min(this.width, Math.min(start, end)));
    let x1 = Math.max(0, Math.min(this.width, Math.max(start, end)));
    // A window narrower than 3 px still shows as a brush one can see and grab.
    if (x1 - x0 < 3) {
      const middle = (x0 + x1) / 2;
      x0 = Math.max(0, middle - 1.5);
      x1 = Math.min(this.width, x0 + 3);
    }
    // A move made here has no source event, which is how onBrush tells it from the user's.
    select(this.brushG).call(this.brushBehavior.move, [x0, x1]);
  }

  /** The slider's value: where the window's middle sits in the overview (0–100), told as its dates. */
  private describe(window: TimeWindow): void {
    const text = describeWindow(window, currentDates());
    if (text === this.sliderText) return;
    this.sliderText = text;
    const [from, to] = this.domain;
    const middle = (window[0] + window[1]) / 2;
    const share = to > from ? Math.max(0, Math.min(1, (middle - from) / (to - from))) : 0;
    this.slider.setAttribute('aria-valuenow', String(Math.round(share * 100)));
    this.slider.setAttribute('aria-valuetext', text);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const command = brushCommandForKey(event.key, event.shiftKey, this.direction);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    if (command.kind !== 'edge') {
      this.host.runCommand(command);
      return;
    }
    // To the start or end of the overview, keeping the window's width.
    const shown = this.host.currentWindow();
    const span = shown[1] - shown[0];
    const [from, to] = this.domain;
    this.host.onBrushWindow(command.to < 0 ? [from, from + span] : [to - span, to], true);
  };

  /** Redraws the density strip; only when the data or size change, not per frame. */
  paint(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx || this.width <= 0) return;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, OVERVIEW_HEIGHT);
    const columns = Math.max(1, Math.floor(this.width));
    const counts = densityColumns(this.markTimes, this.domain[0], this.domain[1], columns);
    let max = 0;
    for (const c of counts) if (c > max) max = c;
    if (max > 0) {
      // Log heights: one busy column would otherwise flatten every other to nothing.
      const logMax = Math.log1p(max);
      const room = OVERVIEW_HEIGHT - 6;
      const path = new Path2D();
      for (let x = 0; x < columns; x++) {
        const c = counts[x]!;
        if (c === 0) continue;
        const h = Math.max(2, (room * Math.log1p(c)) / logMax);
        path.rect(this.direction === 'rtl' ? columns - 1 - x : x, OVERVIEW_HEIGHT - 2 - h, 1, h);
      }
      ctx.fillStyle = CHART_COLORS.density;
      ctx.fill(path);
    }
    // Year boundaries as faint ticks help reading the overview without an axis of its own.
    const scale = this.scale;
    ctx.fillStyle = CHART_COLORS.mutedText;
    ctx.font = '10px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    // Weeks start on the language's first day, as on the main axis.
    const dates = currentDates();
    const ticks = calendarTicks(scale, Math.max(2, Math.floor(this.width / 120)), weekStartOf(dates));
    const step = tickStep(ticks, this.domain[1] - this.domain[0]);
    for (const tick of ticks) {
      const x = scale(tick);
      ctx.fillRect(Math.round(x), 0, 1, 4);
      const label = formatTick(tick.getTime(), step, dates);
      const width = ctx.measureText(label).width;
      // A label that would run past the right edge ("202…") goes to its tick's left instead.
      ctx.fillText(label, x + 3 + width <= this.width ? x + 3 : x - 3 - width, 2);
    }
  }

  private rescale(): void {
    this.scale = scaleUtc()
      .domain([new Date(this.domain[0]), new Date(this.domain[1])])
      .range(this.direction === 'rtl' ? [Math.max(1, this.width), 0] : [0, Math.max(1, this.width)]);
  }

  /** Time running right to left (or back): the band follows the chart's axis. */
  setDirection(direction: AxisDirection): void {
    if (direction === this.direction) return;
    this.direction = direction;
    this.rescale();
    this.paint();
  }

  private onBrush(event: D3BrushEvent<unknown>): void {
    if (!event.sourceEvent) return;
    this.brushingNow = event.type !== 'end';
    const selection = event.selection as [number, number] | null;
    if (!selection) {
      // A click beside the brush clears it in d3-brush; put it back where the window is.
      this.sync(this.host.currentWindow(), true);
      return;
    }
    const scale = this.scale;
    // Every brush move: no array to sort. With time running right to left the left edge is the later time.
    const a = scale.invert(selection[0]).getTime();
    const b = scale.invert(selection[1]).getTime();
    const next: [number, number] = [Math.min(a, b), Math.max(a, b)];
    if (selection[1] - selection[0] < 1) return;
    this.host.onBrushWindow(next, event.type === 'end');
  }
}
