// The timeline chart: a framework-free renderer React mounts through chartApi.ts.
// Pipeline per frame: window (a value) → linear time→pixel mapping → per-lane layout
// from the core (visible range by binary search, stacking, clusters, density) → batched
// canvas painting. Hover, selection and search highlights live on a separate overlay
// canvas; keyboard focus lives on a small pool of DOM buttons over visible marks.
import {
  axisTop,
  brushX,
  scaleUtc,
  select,
  zoom,
  zoomIdentity,
  type BrushBehavior,
  type D3BrushEvent,
  type D3ZoomEvent,
  type ScaleTime,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3';
import { buildLaneColumns, type LaneColumn, markTimeOf, positionInColumn } from '../core/layout/columns';
import { computeLanes, lanesOfEvent, type LaneModel } from '../core/layout/lanes';
import {
  adjacentNonEmptyLane,
  type Connector,
  connectorsOf,
  constrainWindow,
  DEFAULT_DODGE,
  dodgeJoined,
  fitWindow,
  type JoinedEvents,
  joinedEventsOf,
  type MarkPoint,
  MAX_WINDOW_MS,
  MIN_WINDOW_MS,
  nearestInColumn,
  panToReveal,
  windowAround,
} from '../core/layout/navigation';
import { verticalLayout, visibleGroups, visibleLanes, type VerticalLayout } from '../core/layout/rows';
import { DEFAULT_STACKING, densityColumns, LaneFrame, layoutLane, type StackingOptions, type TimeToPixels } from '../core/layout/stacking';
import type { Dataset, TimelineEvent } from '../core/model/types';
import { formatEventDate } from '../core/time/format';
import type { TimeWindow } from '../core/view/types';
import { formatTick, tickStep, windowContext } from './axis';
import type { ChartCallbacks, ChartController, ChartInput } from './chartApi';
import { CHART_COLORS, MARK_SIZE, MARK_STYLES } from './markStyles';
import { LANE_METRICS, MarkStamper, paintBackground, paintConnectors, paintLanes, paintToday, type PaintedLane, rowCentre } from './paint';
import '../styles/chart.css';

/** How many event buttons exist at once: enough for what one screen can show legibly. */
const MAX_EVENT_BUTTONS = 300;
const OVERVIEW_HEIGHT = 44;
const AXIS_HEIGHT = 30;
const NARROW_WIDTH = 600;
const LABEL_WIDTH = 200;
const NARROW_LABEL_WIDTH = 112;
/** Pointer distance within which a mark counts as hovered, px. */
const HIT_RADIUS = 9;
const WHEEL_PAN_SETTLE_MS = 200;
/** How long the view must rest before the event buttons follow the marks. */
const BUTTONS_REST_MS = 120;
/**
 * Above this many connectors in view they blur into a wall of lines that ties nothing
 * together; then only the hovered, focused and selected events show theirs (overlay).
 */
const MAX_PAINTED_CONNECTORS = 250;

export const RENDERED_MARK = 'stanceline:rendered';

/** Timings of recent frames, for the dev page's measurements (not part of the contract). */
export interface ChartStats {
  /** Script time of the last frames, ms (most recent last, at most 600). */
  frameMs: number[];
  /** Marks, clusters and density lanes drawn in the last frame. */
  lastMarks: number;
  lastClusters: number;
  lastDensityLanes: number;
  /** Script time per phase of the last frames, summed, ms (reset by whoever reads it). */
  phaseMs: Record<string, number>;
}
const statsByContainer = new WeakMap<HTMLElement, ChartStats>();
export function chartStats(container: HTMLElement): ChartStats | undefined {
  return statsByContainer.get(container);
}

type Hit =
  | { kind: 'mark'; eventIndex: number; lane: number; x: number; y: number }
  | { kind: 'cluster'; lane: number; first: number; last: number; x: number; y: number };

interface FocusTarget {
  eventIndex: number;
  lane: number;
}

const TYPE_WORD: Record<TimelineEvent['type'], string> = { statement: 'statement', call: 'call', meeting: 'meeting' };

/** "Title, type, date": the accessible name of an event's button. */
export function eventAccessibleName(event: TimelineEvent): string {
  const status = event.status === 'occurred' ? '' : ` (${event.status === 'planned' ? 'planned' : 'reported'})`;
  return `${event.title}, ${TYPE_WORD[event.type]}${status}, ${formatEventDate(event)}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: Element): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  parent?.appendChild(node);
  return node;
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, parent: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  parent.appendChild(node);
  return node;
}

function sameIndices(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const v of a) if (!b.has(v)) return false;
  return true;
}

/** A group's header: a button that collapses or expands the group. */
function groupHeaderNode(group: LaneModel['groups'][number]): HTMLElement {
  const node = el('div', 'sl-chart__group');
  node.dataset.testid = 'chart-group-header';
  node.dataset.groupId = group.id;
  node.setAttribute('role', 'listitem');
  const button = el('button', 'sl-chart__group-toggle', node);
  button.type = 'button';
  button.dataset.testid = 'chart-group-toggle';
  button.dataset.groupId = group.id;
  button.setAttribute('aria-expanded', String(!group.collapsed));
  // The name is the visible text ("United States 4"), so speech input can say what it sees.
  button.title = `${group.collapsed ? 'Expand' : 'Collapse'} ${group.label} (${group.actorCount} ${group.actorCount === 1 ? 'actor' : 'actors'})`;
  const arrow = el('span', 'sl-chart__group-arrow', button);
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = group.collapsed ? '▸' : '▾';
  const name = el('span', 'sl-chart__group-name', button);
  name.textContent = group.label;
  const small = el('span', 'sl-chart__group-count', button);
  small.textContent = String(group.actorCount);
  return node;
}

/** A lane's label: its short text shown, its full accessible label read out. */
function laneLabelNode(info: LaneModel['lanes'][number], height: number): HTMLElement {
  const node = el('div', 'sl-chart__lane-label');
  node.dataset.testid = 'chart-lane-label';
  node.dataset.laneId = info.id;
  node.setAttribute('role', 'listitem');
  node.setAttribute('aria-label', info.accessibleLabel);
  node.title = info.accessibleLabel;
  node.style.height = `${height}px`;
  const text = el('span', 'sl-chart__lane-text', node);
  text.textContent = info.label;
  text.setAttribute('aria-hidden', 'true');
  if (info.kind === 'merged-group') node.classList.add('sl-chart__lane-label--merged');
  return node;
}

class TimelineChart implements ChartController {
  private readonly root: HTMLDivElement;
  private readonly corner: HTMLDivElement;
  private readonly axisSvg: SVGSVGElement;
  private readonly axisG: SVGGElement;
  private readonly todayLabel: SVGTextElement;
  private readonly scroller: HTMLDivElement;
  private readonly sizer: HTMLDivElement;
  private readonly plot: HTMLDivElement;
  private readonly marksCanvas: HTMLCanvasElement;
  private readonly overlayCanvas: HTMLCanvasElement;
  /** Marks as pixels, above the bars and below the overlay. */
  private readonly glyphCanvas: HTMLCanvasElement;
  private readonly stamper = new MarkStamper();
  private readonly eventsLayer: HTMLDivElement;
  private readonly tooltip: HTMLDivElement;
  private readonly labels: HTMLDivElement;
  private readonly overviewPlot: HTMLDivElement;
  private readonly overviewCanvas: HTMLCanvasElement;
  private readonly overviewSvg: SVGSVGElement;
  private readonly brushG: SVGGElement;
  private readonly emptyNote: HTMLDivElement;
  private readonly resizeObserver: ResizeObserver;

  private input: ChartInput | null = null;
  private model: LaneModel | null = null;
  private columns: LaneColumn[] = [];
  private vertical: VerticalLayout | null = null;
  private modelVersion = 0;
  /** [min start, max end] of the included events. */
  private includedExtent: [number, number] = [0, 0];
  private overviewMarkTimes = new Float64Array(0);
  /** Events with connectors, by mark time, and this frame's nudges that keep their connectors apart. */
  private joined: JoinedEvents = { eventIndex: new Int32Array(0), markTime: new Float64Array(0) };
  private readonly nudges = new Map<number, number>();
  private overviewDomain: [number, number] = [0, 1];

  private plotWidth = 0;
  private plotHeight = 0;
  private labelWidth = LABEL_WIDTH;
  private dpr = 1;

  private window: [number, number] = [0, 1];
  private base: ScaleTime<number, number> = scaleUtc();
  private readonly zoomBehavior: ZoomBehavior<HTMLDivElement, unknown>;
  private readonly brushBehavior: BrushBehavior<unknown>;
  private lastTransform: ZoomTransform = zoomIdentity;
  /** Set while the chart moves the zoom or brush itself, so their handlers do not echo. */
  private applyingZoom = false;
  private applyingBrush = false;
  private gestureStartWindow: [number, number] | null = null;
  private gestureReportPending = false;
  private lastSettled: [number, number] | null = null;
  private wheelPanTimer = 0;
  private brushing = false;

  private readonly stacking: StackingOptions = { ...DEFAULT_STACKING, maxRows: LANE_METRICS.maxRows };
  private readonly framePool: LaneFrame[] = [];
  private hits: Hit[] = [];
  private connectors: Connector[] = [];
  private hover: Hit | null = null;
  private focusTarget: FocusTarget | null = null;
  private focusPending = false;
  private selectedIndex = -1;
  private matchIndices = new Set<number>();
  private currentMatchIndex = -1;

  private readonly buttonsByKey = new Map<number, HTMLButtonElement>();
  /** Window and scroll the buttons were last placed for, and the timer placing them once the view rests. */
  private buttonsPlacement = '';
  private buttonsTimer = 0;
  private readonly labelNodes = new Map<string, HTMLElement>();
  private labelKey = '';

  private rafId = 0;
  private overlayOnly = false;
  /** The overlay canvas holds nothing (it starts cleared); see paintOverlay. */
  private overlayBlank = true;
  private renderedMarkPending = false;
  private destroyed = false;
  private readonly stats: ChartStats = { frameMs: [], lastMarks: 0, lastClusters: 0, lastDensityLanes: 0, phaseMs: {} };

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: ChartCallbacks,
  ) {
    statsByContainer.set(container, this.stats);
    this.root = el('div', 'sl-chart');
    this.root.dataset.testid = 'timeline-chart';
    container.appendChild(this.root);

    const head = el('div', 'sl-chart__head', this.root);
    this.corner = el('div', 'sl-chart__corner', head);
    this.corner.setAttribute('aria-live', 'polite');
    this.corner.dataset.testid = 'chart-window-context';
    this.axisSvg = svgEl('svg', head);
    this.axisSvg.setAttribute('class', 'sl-chart__axis');
    this.axisSvg.setAttribute('role', 'img');
    this.axisSvg.setAttribute('aria-label', 'Time axis');
    this.axisSvg.dataset.testid = 'chart-axis';
    this.axisG = svgEl('g', this.axisSvg);
    this.axisG.setAttribute('transform', `translate(0,${AXIS_HEIGHT - 1})`);
    this.todayLabel = svgEl('text', this.axisSvg);
    this.todayLabel.setAttribute('class', 'sl-chart__today-label');
    this.todayLabel.dataset.testid = 'chart-today';
    this.todayLabel.textContent = 'Today';

    this.scroller = el('div', 'sl-chart__scroller', this.root);
    this.sizer = el('div', 'sl-chart__sizer', this.scroller);
    this.plot = el('div', 'sl-chart__plot', this.sizer);
    this.plot.dataset.testid = 'chart-plot';
    this.plot.setAttribute('role', 'group');
    this.plot.setAttribute(
      'aria-label',
      'Timeline. Arrow keys move between events, Enter opens one, plus and minus zoom, Shift with arrows pans.',
    );
    this.marksCanvas = el('canvas', 'sl-chart__marks', this.plot);
    this.marksCanvas.dataset.testid = 'chart-marks';
    this.marksCanvas.setAttribute('aria-hidden', 'true');
    this.glyphCanvas = el('canvas', 'sl-chart__glyphs', this.plot);
    this.glyphCanvas.setAttribute('aria-hidden', 'true');
    this.overlayCanvas = el('canvas', 'sl-chart__overlay', this.plot);
    this.overlayCanvas.setAttribute('aria-hidden', 'true');
    this.eventsLayer = el('div', 'sl-chart__events', this.plot);
    this.eventsLayer.setAttribute('role', 'group');
    this.eventsLayer.setAttribute('aria-label', 'Events in view');
    this.tooltip = el('div', 'sl-chart__tooltip', this.plot);
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.id = `sl-chart-tooltip-${Math.random().toString(36).slice(2, 8)}`;
    this.tooltip.dataset.testid = 'chart-tooltip';
    this.tooltip.hidden = true;
    this.emptyNote = el('div', 'sl-chart__empty', this.plot);
    this.emptyNote.textContent = 'No events to show.';
    this.emptyNote.hidden = true;
    this.labels = el('div', 'sl-chart__labels', this.sizer);
    this.labels.setAttribute('role', 'list');
    this.labels.setAttribute('aria-label', 'Lanes');

    const overview = el('div', 'sl-chart__overview', this.root);
    const overviewLabel = el('div', 'sl-chart__overview-label', overview);
    overviewLabel.textContent = 'Overview';
    this.overviewPlot = el('div', 'sl-chart__overview-plot', overview);
    this.overviewPlot.dataset.testid = 'chart-overview';
    this.overviewCanvas = el('canvas', 'sl-chart__overview-canvas', this.overviewPlot);
    this.overviewCanvas.setAttribute('aria-hidden', 'true');
    this.overviewSvg = svgEl('svg', this.overviewPlot);
    this.overviewSvg.setAttribute('class', 'sl-chart__overview-svg');
    this.overviewSvg.setAttribute('aria-label', 'Overview of all events; drag the highlighted window to move the main view');
    this.overviewSvg.setAttribute('role', 'img');
    this.brushG = svgEl('g', this.overviewSvg);
    this.brushG.setAttribute('class', 'sl-chart__brush');
    this.brushG.dataset.testid = 'chart-brush';

    this.zoomBehavior = zoom<HTMLDivElement, unknown>()
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return !event.shiftKey && Math.abs(event.deltaX) <= Math.abs(event.deltaY);
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .on('start', (event: D3ZoomEvent<HTMLDivElement, unknown>) => this.onZoomStart(event))
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => this.onZoom(event))
      .on('end', (event: D3ZoomEvent<HTMLDivElement, unknown>) => this.onZoomEnd(event));
    select(this.plot).call(this.zoomBehavior).on('dblclick.zoom', null);

    this.brushBehavior = brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => this.onBrush(event));
    select(this.brushG).call(this.brushBehavior);

    this.plot.addEventListener('wheel', this.onSidewaysWheel, { passive: false });
    this.plot.addEventListener('pointermove', this.onPointerMove);
    this.plot.addEventListener('pointerleave', this.onPointerLeave);
    this.plot.addEventListener('click', this.onPlotClick);
    this.plot.addEventListener('keydown', this.onKeyDown);
    this.eventsLayer.addEventListener('focusin', this.onFocusIn);
    this.eventsLayer.addEventListener('focusout', () => this.hideTooltip());
    this.labels.addEventListener('click', this.onLabelsClick);
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true });

    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(this.root);
    // The scroller narrows when its scrollbar appears, without the root changing size.
    this.resizeObserver.observe(this.scroller);
    this.measure();
  }

  // ------------------------------------------------------------------ contract

  update(input: ChartInput): void {
    const previous = this.input;
    this.input = input;
    const datasetChanged = !previous || previous.dataset !== input.dataset;
    const lanesChanged =
      datasetChanged ||
      !sameIndices(previous.included, input.included) ||
      previous.grouping !== input.grouping ||
      !sameSet(previous.collapsed, input.collapsed);
    if (lanesChanged) this.rebuildModel(input);
    if (datasetChanged) this.renderedMarkPending = true;

    const { dataset } = input;
    this.selectedIndex = input.selectedId ? (dataset.eventById.get(input.selectedId)?.index ?? -1) : -1;
    this.matchIndices = new Set();
    for (const id of input.matchIds) {
      const event = dataset.eventById.get(id);
      if (event) this.matchIndices.add(event.index);
    }
    const currentMatch = input.currentMatchId ? (dataset.eventById.get(input.currentMatchId)?.index ?? -1) : -1;
    const currentMatchChanged = currentMatch !== this.currentMatchIndex;
    this.currentMatchIndex = currentMatch;

    if (input.window) {
      if (this.differsVisibly(input.window)) this.applyWindow(input.window, false);
    } else if (lanesChanged || previous?.window) {
      this.applyWindow(this.fittedWindow(), false);
    }
    if (currentMatchChanged && currentMatch >= 0) this.reveal(currentMatch, true);
    if (this.lastSettled === null) this.writeDebugWindow();
    this.schedule();
  }

  zoomBy(factor: number): void {
    if (!(factor > 0)) return;
    const [t0, t1] = this.window;
    const middle = (t0 + t1) / 2;
    const half = (t1 - t0) / factor / 2;
    this.applyWindow([middle - half, middle + half], true);
  }

  panBy(fraction: number): void {
    const [t0, t1] = this.window;
    const shift = (t1 - t0) * fraction;
    this.applyWindow([t0 + shift, t1 + shift], true);
  }

  fitAll(): void {
    this.applyWindow(this.fittedWindow(), true);
  }

  focus(): void {
    const target = this.defaultFocusTarget();
    if (!target) {
      this.setPlotTabIndex(0);
      this.plot.focus();
      return;
    }
    this.moveFocus(target);
  }

  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.rafId);
    window.clearTimeout(this.wheelPanTimer);
    window.clearTimeout(this.buttonsTimer);
    this.resizeObserver.disconnect();
    select(this.plot).on('.zoom', null);
    this.root.remove();
    statsByContainer.delete(this.container);
  }

  // ------------------------------------------------------------------ model

  private rebuildModel(input: ChartInput): void {
    const { dataset, included } = input;
    this.model = computeLanes(dataset, input.grouping, input.collapsed, included);
    this.columns = buildLaneColumns(dataset, this.model);
    this.vertical = verticalLayout(this.model, LANE_METRICS);
    this.joined = joinedEventsOf(this.model.laneOffsets, (e) => markTimeOf(dataset.events[e]!));
    this.modelVersion++;
    let min = Infinity;
    let max = -Infinity;
    const markTimes = new Float64Array(included.length);
    included.forEach((index, k) => {
      const event = dataset.events[index]!;
      if (event.start < min) min = event.start;
      if (event.end > max) max = event.end;
      markTimes[k] = markTimeOf(event);
    });
    this.includedExtent = included.length > 0 ? [min, max] : [Date.now() - 15_778_800_000, Date.now() + 15_778_800_000];
    this.overviewMarkTimes = markTimes;
    this.overviewDomain = this.fittedWindow();
    this.sizer.style.height = `${this.vertical.totalHeight}px`;
    if (this.scroller.clientWidth - this.labelWidth !== this.plotWidth) this.measure();
    this.emptyNote.hidden = included.length > 0;
    if (this.focusTarget && !this.isInLane(this.focusTarget)) this.focusTarget = null;
    this.hover = null;
    // Labels carry the model's names and collapsed states: rebuild them.
    this.labelKey = '';
    for (const node of this.labelNodes.values()) node.remove();
    this.labelNodes.clear();
    this.updateBase();
    this.paintOverview();
  }

  private isInLane(target: FocusTarget): boolean {
    if (!this.model) return false;
    return lanesOfEvent(this.model, target.eventIndex).includes(target.lane);
  }

  // ------------------------------------------------------------------ sizing

  private measure(): void {
    if (this.destroyed) return;
    const width = this.root.clientWidth;
    this.labelWidth = width < NARROW_WIDTH ? NARROW_LABEL_WIDTH : LABEL_WIDTH;
    this.root.style.setProperty('--sl-label-width', `${this.labelWidth}px`);
    this.plotWidth = Math.max(0, this.scroller.clientWidth - this.labelWidth);
    this.plotHeight = Math.max(0, this.scroller.clientHeight);
    this.root.style.setProperty('--sl-plot-width', `${this.plotWidth}px`);
    this.root.style.setProperty('--sl-plot-height', `${this.plotHeight}px`);
    this.dpr = window.devicePixelRatio || 1;
    for (const canvas of [this.marksCanvas, this.glyphCanvas, this.overlayCanvas]) this.sizeCanvas(canvas, this.plotWidth, this.plotHeight);
    this.sizeCanvas(this.overviewCanvas, this.plotWidth, OVERVIEW_HEIGHT);
    this.axisSvg.setAttribute('width', String(this.plotWidth));
    this.axisSvg.setAttribute('height', String(AXIS_HEIGHT));
    this.overviewSvg.setAttribute('width', String(this.plotWidth));
    this.overviewSvg.setAttribute('height', String(OVERVIEW_HEIGHT));
    // Given, so d3-zoom does not read the plot's size (a forced layout) on every input event.
    this.zoomBehavior.extent([
      [0, 0],
      [Math.max(1, this.plotWidth), Math.max(1, this.plotHeight)],
    ]);
    this.brushBehavior.extent([
      [0, 0],
      [Math.max(1, this.plotWidth), OVERVIEW_HEIGHT],
    ]);
    select(this.brushG).call(this.brushBehavior);
    this.labelKey = '';
    this.updateBase();
    this.paintOverview();
    this.schedule();
  }

  private sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): void {
    const w = Math.round(width * this.dpr);
    const h = Math.round(height * this.dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }

  /** The zoom's reference scale: the fitted window over the plot width. Zoom k = base span / window span. */
  private updateBase(): void {
    const domain = this.fittedWindow();
    this.base = scaleUtc()
      .domain([new Date(domain[0]), new Date(domain[1])])
      .range([0, Math.max(1, this.plotWidth)]);
    const span = domain[1] - domain[0];
    this.zoomBehavior.scaleExtent([span / MAX_WINDOW_MS, span / MIN_WINDOW_MS]);
    if (this.input) this.applyWindow(this.window, false);
  }

  // ------------------------------------------------------------------ window

  private transformFor([t0, t1]: [number, number]): ZoomTransform {
    const [b0, b1] = this.base.domain().map((d) => d.getTime()) as [number, number];
    const k = (b1 - b0) / (t1 - t0);
    const x = -k * this.base(t0);
    return zoomIdentity.translate(x, 0).scale(k);
  }

  /** Sets the window from code (buttons, keys, brush, input); `settle` reports it as a finished change. */
  private applyWindow(next: TimeWindow, settle: boolean): void {
    const constrained = constrainWindow(next);
    if (!Number.isFinite(constrained[0]) || !Number.isFinite(constrained[1])) return;
    this.window = constrained;
    if (this.plotWidth > 0) {
      this.applyingZoom = true;
      const transform = this.transformFor(constrained);
      this.zoomBehavior.transform(select(this.plot), transform);
      this.lastTransform = transform;
      this.applyingZoom = false;
    }
    if (settle) this.reportSettled();
    this.schedule();
  }

  /** True when `other` differs from the current window by a pixel or more. */
  private differsVisibly(other: TimeWindow): boolean {
    const [t0, t1] = this.window;
    const tolerance = (t1 - t0) / Math.max(1, this.plotWidth);
    return Math.abs(other[0] - t0) > tolerance || Math.abs(other[1] - t1) > tolerance;
  }

  /** While a gesture runs, per-frame work is cut to what is seen (buttons wait for the end). */
  private gestureActive(): boolean {
    return this.gestureStartWindow !== null || this.wheelPanTimer !== 0 || this.brushing;
  }

  private reportSettled(): void {
    this.gestureReportPending = false;
    // A settled frame brings the event buttons back in step.
    this.schedule();
    this.lastSettled = [...this.window];
    this.writeDebugWindow();
    this.callbacks.onWindowChange([...this.window], true);
  }

  private writeDebugWindow(): void {
    this.container.dataset.window = `${Math.round(this.window[0])},${Math.round(this.window[1])}`;
  }

  private onZoomStart(event: D3ZoomEvent<HTMLDivElement, unknown>): void {
    if (this.applyingZoom || !event.sourceEvent) return;
    this.gestureStartWindow = [...this.window];
    this.hideTooltip();
  }

  private onZoom(event: D3ZoomEvent<HTMLDivElement, unknown>): void {
    if (this.applyingZoom) return;
    const transform = event.transform;
    const source = event.sourceEvent as Event | null;
    // A drag moves lanes vertically too: hand the vertical part to the scroller.
    if (source && (source.type === 'mousemove' || source.type === 'touchmove') && transform.k === this.lastTransform.k) {
      this.scroller.scrollTop -= transform.y - this.lastTransform.y;
    }
    this.lastTransform = transform;
    const [d0, d1] = transform.rescaleX(this.base).domain();
    this.window = [d0!.getTime(), d1!.getTime()];
    this.gestureReportPending = true;
    this.schedule();
  }

  private onZoomEnd(event: D3ZoomEvent<HTMLDivElement, unknown>): void {
    if (this.applyingZoom || !event.sourceEvent) return;
    const start = this.gestureStartWindow;
    this.gestureStartWindow = null;
    if (!start || start[0] !== this.window[0] || start[1] !== this.window[1]) this.reportSettled();
    else this.gestureReportPending = false;
  }

  /** Sideways wheel and Shift+wheel pan (plain wheel zooms, through d3-zoom). */
  private readonly onSidewaysWheel = (event: WheelEvent): void => {
    const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!sideways && !event.shiftKey) return;
    event.preventDefault();
    const delta = sideways ? event.deltaX : event.deltaY;
    const [t0, t1] = this.window;
    const shift = (delta * (t1 - t0)) / Math.max(1, this.plotWidth);
    this.applyWindow([t0 + shift, t1 + shift], false);
    this.gestureReportPending = true;
    window.clearTimeout(this.wheelPanTimer);
    this.wheelPanTimer = window.setTimeout(() => {
      this.wheelPanTimer = 0;
      this.reportSettled();
    }, WHEEL_PAN_SETTLE_MS);
  };

  private onBrush(event: D3BrushEvent<unknown>): void {
    if (this.applyingBrush || !event.sourceEvent) return;
    this.brushing = event.type !== 'end';
    const selection = event.selection as [number, number] | null;
    if (!selection) {
      // A click beside the brush clears it in d3-brush; put it back where the window is.
      this.syncBrush();
      return;
    }
    const scale = this.overviewScale();
    const next: [number, number] = [scale.invert(selection[0]).getTime(), scale.invert(selection[1]).getTime()];
    if (selection[1] - selection[0] < 1) return;
    this.applyWindow(next, event.type === 'end');
    if (event.type !== 'end') this.gestureReportPending = true;
  }

  private overviewScale(): ScaleTime<number, number> {
    return scaleUtc()
      .domain([new Date(this.overviewDomain[0]), new Date(this.overviewDomain[1])])
      .range([0, Math.max(1, this.plotWidth)]);
  }

  private syncBrush(): void {
    const scale = this.overviewScale();
    let x0 = Math.max(0, Math.min(this.plotWidth, scale(this.window[0])));
    let x1 = Math.max(0, Math.min(this.plotWidth, scale(this.window[1])));
    if (x1 - x0 < 3) {
      const middle = (x0 + x1) / 2;
      x0 = Math.max(0, middle - 1.5);
      x1 = Math.min(this.plotWidth, x0 + 3);
    }
    this.applyingBrush = true;
    select(this.brushG).call(this.brushBehavior.move, [x0, x1]);
    this.applyingBrush = false;
  }

  // ------------------------------------------------------------------ frames

  private schedule(overlayOnly = false): void {
    if (this.destroyed) return;
    if (this.rafId) {
      if (!overlayOnly) this.overlayOnly = false;
      return;
    }
    this.overlayOnly = overlayOnly;
    this.rafId = requestAnimationFrame(() => {
      this.rafId = 0;
      if (this.overlayOnly) this.paintOverlay();
      else this.renderFrame();
    });
  }

  /** Draws everything for the current window and scroll position. */
  private phase(name: string, since: number): number {
    const now = performance.now();
    this.stats.phaseMs[name] = (this.stats.phaseMs[name] ?? 0) + now - since;
    return now;
  }

  private renderFrame(): void {
    const began = performance.now();
    let mark = began;
    const input = this.input;
    const model = this.model;
    const vertical = this.vertical;
    if (!input || !model || !vertical || this.plotWidth <= 0) return;
    const [t0, t1] = this.window;
    const view: TimeToPixels = { t0, pxPerMs: this.plotWidth / (t1 - t0), width: this.plotWidth };
    const scrollTop = this.scroller.scrollTop;
    const [firstLane, lastLane] = visibleLanes(vertical, scrollTop, this.plotHeight);

    // Axis and grid from one copied scale.
    const scale = scaleUtc()
      .domain([new Date(t0), new Date(t1)])
      .range([0, this.plotWidth]);
    const ticks = scale.ticks(Math.max(3, Math.floor(this.plotWidth / 90)));
    const step = tickStep(ticks, t1 - t0);
    select(this.axisG).call(
      axisTop<Date>(scale)
        .tickValues(ticks)
        .tickFormat((d) => formatTick(d.getTime(), step))
        .tickSizeOuter(0),
    );
    // A live region: written only when its words change, not on every frame.
    const context = windowContext(t0, t1);
    if (this.corner.textContent !== context) this.corner.textContent = context;
    mark = this.phase('axis', mark);

    dodgeJoined(this.joined, t0, view.pxPerMs, view.width, DEFAULT_DODGE, this.nudges);
    const lanes: PaintedLane[] = [];
    const points: MarkPoint[] = [];
    this.hits = [];
    let markTotal = 0;
    let clusterTotal = 0;
    let densityLanes = 0;
    for (let lane = firstLane; lane < lastLane; lane++) {
      const frame = (this.framePool[lane - firstLane] ??= new LaneFrame());
      const column = this.columns[lane]!;
      layoutLane(column, view, this.stacking, frame, this.nudges);
      const top = vertical.laneTop[lane]! - scrollTop;
      lanes.push({ top, column, frame, striped: lane % 2 === 1 });
      if (frame.mode === 'density') {
        densityLanes++;
        continue;
      }
      markTotal += frame.markCount;
      clusterTotal += frame.clusterCount;
      for (let m = 0; m < frame.markCount; m++) {
        const pos = frame.markPos[m]!;
        const eventIndex = column.eventIndex[pos]!;
        const x = frame.markX[m]!;
        const y = top + rowCentre(LANE_METRICS, frame.markRow[m]!);
        this.hits.push({ kind: 'mark', eventIndex, lane, x, y });
        const offset = model.laneOffsets[eventIndex]!;
        if (model.laneOffsets[eventIndex + 1]! - offset > 1) points.push({ eventIndex, x, y, lane });
      }
      const clusterY = top + rowCentre(LANE_METRICS, LANE_METRICS.maxRows);
      for (let c = 0; c < frame.clusterCount; c++) {
        this.hits.push({ kind: 'cluster', lane, first: frame.clusterFirst[c]!, last: frame.clusterLast[c]!, x: frame.clusterX[c]!, y: clusterY });
      }
    }
    // Lanes scrolled out of view still anchor connectors, which then run off the edge.
    const drawnEvents = new Set(points.map((p) => p.eventIndex));
    for (const eventIndex of drawnEvents) {
      for (const lane of lanesOfEvent(model, eventIndex)) {
        if (lane >= firstLane && lane < lastLane) continue;
        const y = vertical.laneTop[lane]! - scrollTop + rowCentre(LANE_METRICS, 0);
        points.push({ eventIndex, x: this.markX(eventIndex, view), y, lane });
      }
    }
    const connectors = connectorsOf(points);
    this.connectors = connectors;
    mark = this.phase('layout', mark);

    const ctx = this.marksCanvas.getContext('2d');
    if (ctx) {
      ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
      const groupBands = model.groups.map((_, g) => vertical.groupTop[g]! - scrollTop).filter((y) => y > -LANE_METRICS.groupHeaderHeight && y < this.plotHeight);
      paintBackground(ctx, this.plotWidth, this.plotHeight, lanes, groupBands, LANE_METRICS, ticks.map((d) => scale(d)));
      const now = Date.now();
      const todayVisible = now >= t0 && now <= t1;
      if (todayVisible) paintToday(ctx, scale(now), this.plotHeight);
      this.todayLabel.style.display = todayVisible ? '' : 'none';
      if (todayVisible) {
        this.todayLabel.setAttribute('x', String(scale(now) + 3));
        this.todayLabel.setAttribute('y', String(AXIS_HEIGHT - 20));
      }
      if (connectors.length <= MAX_PAINTED_CONNECTORS) paintConnectors(ctx, connectors);
      const glyphs = this.glyphCanvas.getContext('2d');
      if (glyphs) {
        this.stamper.begin(glyphs, this.plotWidth, this.plotHeight, this.dpr);
        paintLanes(ctx, lanes, view, LANE_METRICS, this.stamper);
        this.stamper.end(glyphs);
      }
    }
    mark = this.phase('paint', mark);
    this.stats.lastMarks = markTotal;
    this.stats.lastClusters = clusterTotal;
    this.stats.lastDensityLanes = densityLanes;

    this.renderLabels(scrollTop);
    this.syncBrush();
    mark = this.phase('labels+brush', mark);
    this.paintOverlay();
    mark = this.phase('overlay', mark);
    this.renderButtons(view, scrollTop);
    mark = this.phase('buttons', mark);

    if (this.gestureReportPending) {
      this.gestureReportPending = false;
      this.callbacks.onWindowChange([...this.window], false);
    }
    this.root.dataset.connectors = String(connectors.length);
    this.root.dataset.lanes = String(model.lanes.length);
    const spent = performance.now() - began;
    this.stats.frameMs.push(spent);
    if (this.stats.frameMs.length > 600) this.stats.frameMs.splice(0, this.stats.frameMs.length - 600);
    if (this.renderedMarkPending) {
      this.renderedMarkPending = false;
      performance.mark(RENDERED_MARK);
      this.root.dataset.rendered = 'true';
    }
  }

  /** The fit-all window for the plot's width: marks at the edges stay whole, dodged connectors included. */
  private fittedWindow(): [number, number] {
    return fitWindow(this.includedExtent, this.plotWidth, MARK_SIZE / 2 + 2 + DEFAULT_DODGE.maxSpread / 2);
  }

  /** Where an event's mark sits in this frame, px (with its connector nudge). */
  private markX(eventIndex: number, view: TimeToPixels): number {
    const event = this.input?.dataset.events[eventIndex];
    if (!event) return Number.NaN;
    return (markTimeOf(event) - view.t0) * view.pxPerMs + (this.nudges.get(eventIndex) ?? 0);
  }

  /** Selection, search matches and hover: redrawn alone when only they change. */
  private paintOverlay(): void {
    const matches = new Path2D();
    const current = new Path2D();
    const selected = new Path2D();
    let rings = 0;
    const ring = (path: Path2D, x: number, y: number, r: number) => {
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
      rings++;
    };
    const anyMarked = this.selectedIndex >= 0 || this.currentMatchIndex >= 0 || this.matchIndices.size > 0;
    if (anyMarked) {
      for (const hit of this.hits) {
        if (hit.kind !== 'mark') continue;
        if (hit.eventIndex === this.selectedIndex) ring(selected, hit.x, hit.y, MARK_SIZE / 2 + 4);
        if (hit.eventIndex === this.currentMatchIndex) ring(current, hit.x, hit.y, MARK_SIZE / 2 + 3);
        else if (this.matchIndices.has(hit.eventIndex)) ring(matches, hit.x, hit.y, MARK_SIZE / 2 + 3);
      }
    }
    const wanted = new Set<number>();
    if (this.connectors.length > MAX_PAINTED_CONNECTORS) {
      if (this.selectedIndex >= 0) wanted.add(this.selectedIndex);
      if (this.focusTarget) wanted.add(this.focusTarget.eventIndex);
      if (this.hover?.kind === 'mark') wanted.add(this.hover.eventIndex);
    }
    const blank = rings === 0 && wanted.size === 0 && !this.hover;
    // A canvas that changes is handed to the compositor again, a full-size copy per frame:
    // an overlay that was and stays empty is left alone.
    if (blank && this.overlayBlank) return;
    this.overlayBlank = blank;
    const ctx = this.overlayCanvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.plotWidth, this.plotHeight);
    if (blank) return;
    ctx.strokeStyle = CHART_COLORS.match;
    ctx.lineWidth = 2;
    ctx.setLineDash([3, 2]);
    ctx.stroke(matches);
    ctx.setLineDash([]);
    ctx.lineWidth = 3;
    ctx.stroke(current);
    ctx.strokeStyle = CHART_COLORS.selection;
    ctx.lineWidth = 2.5;
    ctx.stroke(selected);
    // The hovered, focused and selected events' connectors, when the marks layer leaves them out.
    if (wanted.size > 0) {
      paintConnectors(
        ctx,
        this.connectors.filter((c) => wanted.has(c.eventIndex)),
      );
    }
    const hover = this.hover;
    if (hover) {
      ctx.strokeStyle = CHART_COLORS.text;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      if (hover.kind === 'mark') ctx.arc(hover.x, hover.y, MARK_SIZE / 2 + 2.5, 0, Math.PI * 2);
      else ctx.rect(hover.x - 5, hover.y - 8, 30, 16);
      ctx.stroke();
    }
  }

  // ------------------------------------------------------------------ labels

  private renderLabels(scrollTop: number): void {
    const model = this.model;
    const vertical = this.vertical;
    if (!model || !vertical) return;
    // A margin of a screen above and below keeps labels ready while scrolling.
    const margin = this.plotHeight;
    const [first, last] = visibleLanes(vertical, scrollTop - margin, this.plotHeight + 2 * margin);
    const groups = visibleGroups(vertical, scrollTop - margin, this.plotHeight + 2 * margin);
    const key = `${this.modelVersion}:${first}:${last}:${groups.join(',')}`;
    if (key === this.labelKey) return;
    this.labelKey = key;
    const wanted = new Set<string>();
    /** The label node for an id, reused from the last frame or made by `create`, placed at `top`. */
    const place = (id: string, top: number, create: () => HTMLElement): void => {
      wanted.add(id);
      let node = this.labelNodes.get(id);
      if (!node) {
        node = create();
        this.labels.appendChild(node);
        this.labelNodes.set(id, node);
      }
      node.style.top = `${top}px`;
    };
    for (const g of groups) {
      const group = model.groups[g]!;
      place(`g:${group.id}`, vertical.groupTop[g]!, () => groupHeaderNode(group));
    }
    for (let lane = first; lane < last; lane++) {
      const info = model.lanes[lane]!;
      place(`l:${info.id}`, vertical.laneTop[lane]!, () => laneLabelNode(info, LANE_METRICS.laneHeight));
    }
    for (const [id, node] of this.labelNodes) {
      if (!wanted.has(id)) {
        node.remove();
        this.labelNodes.delete(id);
      }
    }
  }

  private readonly onLabelsClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.sl-chart__group-toggle');
    const groupId = button?.dataset.groupId;
    if (groupId) this.callbacks.onToggleGroup(groupId);
  };

  // ------------------------------------------------------------------ event buttons

  /** Names are formatted once per event and dataset: settle frames reassign many buttons. */
  private readonly names = new WeakMap<TimelineEvent, string>();
  private accessibleName(event: TimelineEvent): string {
    let name = this.names.get(event);
    if (name === undefined) {
      name = eventAccessibleName(event);
      this.names.set(event, name);
    }
    return name;
  }

  private buttonKey(eventIndex: number, lane: number): number {
    return eventIndex * 65536 + lane;
  }

  /**
   * Positions one DOM button over each drawn mark (up to MAX_EVENT_BUTTONS), reusing the
   * button an event had last frame so focus and labels survive panning. The focused
   * event always has a button, even when clustered, so keyboard focus never drops.
   */
  private renderButtons(view: TimeToPixels, scrollTop: number): void {
    const input = this.input;
    const vertical = this.vertical;
    if (!input || !vertical) return;
    if (this.gestureActive()) {
      // A placement waiting from the last pause would move hundreds of buttons mid-gesture.
      window.clearTimeout(this.buttonsTimer);
      this.buttonsTimer = 0;
      this.followFocusedButton(view, scrollTop);
      return;
    }
    // After a zoom step, pan or scroll, the buttons wait until the view rests: moving
    // hundreds of them restyles hundreds of elements, and a wheel turned notch by notch
    // settles on every notch. Selection, focus and filter changes apply at once.
    const placement = `${view.t0}:${view.pxPerMs}:${scrollTop}`;
    const moved = this.buttonsPlacement !== '' && placement !== this.buttonsPlacement;
    if (moved && !this.focusPending) {
      this.followFocusedButton(view, scrollTop);
      window.clearTimeout(this.buttonsTimer);
      this.buttonsTimer = window.setTimeout(() => {
        this.buttonsTimer = 0;
        if (this.destroyed) return;
        // The last frame's marks (this.hits) are still what is on screen.
        this.buttonsPlacement = placement;
        this.syncButtons(view, scrollTop);
      }, BUTTONS_REST_MS);
      return;
    }
    window.clearTimeout(this.buttonsTimer);
    this.buttonsTimer = 0;
    this.buttonsPlacement = placement;
    this.syncButtons(view, scrollTop);
  }

  /** Buttons are invisible; only the focused one shows (its focus ring) and must follow its mark. */
  private followFocusedButton(view: TimeToPixels, scrollTop: number): void {
    const vertical = this.vertical;
    if (!this.focusTarget || !vertical) return;
    const { eventIndex, lane } = this.focusTarget;
    const button = this.buttonsByKey.get(this.buttonKey(eventIndex, lane));
    if (!button) return;
    const hit = this.hits.find((h) => h.kind === 'mark' && h.eventIndex === eventIndex && h.lane === lane);
    const x = hit ? hit.x : this.markX(eventIndex, view);
    const y = hit ? hit.y : vertical.laneTop[lane]! - scrollTop + rowCentre(LANE_METRICS, 0);
    button.style.transform = `translate(${x - 8}px, ${y - 8}px)`;
  }

  private syncButtons(view: TimeToPixels, scrollTop: number): void {
    const input = this.input;
    const vertical = this.vertical;
    if (!input || !vertical) return;
    const wanted: { key: number; eventIndex: number; lane: number; x: number; y: number }[] = [];
    const focus = this.focusTarget;
    let focusKey = -1;
    if (focus) {
      focusKey = this.buttonKey(focus.eventIndex, focus.lane);
      const hit = this.hits.find((h) => h.kind === 'mark' && h.eventIndex === focus.eventIndex && h.lane === focus.lane);
      const x = hit ? hit.x : this.markX(focus.eventIndex, view);
      const y = hit ? hit.y : vertical.laneTop[focus.lane]! - scrollTop + rowCentre(LANE_METRICS, 0);
      wanted.push({ key: focusKey, eventIndex: focus.eventIndex, lane: focus.lane, x, y });
    }
    for (const hit of this.hits) {
      if (wanted.length >= MAX_EVENT_BUTTONS) break;
      if (hit.kind !== 'mark' || hit.x < -MARK_SIZE || hit.x > view.width + MARK_SIZE) continue;
      const key = this.buttonKey(hit.eventIndex, hit.lane);
      if (key === focusKey) continue;
      wanted.push({ key, eventIndex: hit.eventIndex, lane: hit.lane, x: hit.x, y: hit.y });
    }
    const keep = new Set(wanted.map((w) => w.key));
    const spare: HTMLButtonElement[] = [];
    for (const [key, button] of this.buttonsByKey) {
      if (!keep.has(key)) {
        this.buttonsByKey.delete(key);
        spare.push(button);
      }
    }
    const rovingKey = focusKey >= 0 ? focusKey : (wanted[0]?.key ?? -1);
    for (const item of wanted) {
      let button = this.buttonsByKey.get(item.key);
      if (!button) {
        button = spare.pop() ?? this.createEventButton();
        const event = input.dataset.events[item.eventIndex]!;
        button.dataset.eventId = event.id;
        button.dataset.eventIndex = String(item.eventIndex);
        button.dataset.lane = String(item.lane);
        button.dataset.type = event.type;
        button.setAttribute('aria-label', this.accessibleName(event));
        this.buttonsByKey.set(item.key, button);
      }
      button.style.transform = `translate(${item.x - 8}px, ${item.y - 8}px)`;
      const selected = item.eventIndex === this.selectedIndex;
      if (button.getAttribute('aria-pressed') !== String(selected)) button.setAttribute('aria-pressed', String(selected));
      const tabIndex = item.key === rovingKey ? 0 : -1;
      if (this.tabIndexOf.get(button) !== tabIndex) {
        button.tabIndex = tabIndex;
        this.tabIndexOf.set(button, tabIndex);
      }
    }
    for (const button of spare) button.remove();
    this.setPlotTabIndex(wanted.length === 0 ? 0 : -1);
    if (this.focusPending && focusKey >= 0) {
      this.focusPending = false;
      this.buttonsByKey.get(focusKey)?.focus({ preventScroll: true });
    }
  }

  /**
   * Tab indices as last written. Reading `tabIndex` back, or writing the plot's when it
   * has not changed, forces a style recalculation of the whole chart in the middle of a
   * frame (measured: tens of ms per settle frame at 100,000 events).
   */
  private readonly tabIndexOf = new WeakMap<HTMLElement, number>();
  private setPlotTabIndex(tabIndex: number): void {
    if (this.tabIndexOf.get(this.plot) === tabIndex) return;
    this.plot.tabIndex = tabIndex;
    this.tabIndexOf.set(this.plot, tabIndex);
  }

  private createEventButton(): HTMLButtonElement {
    const button = el('button', 'sl-chart__event', this.eventsLayer);
    button.type = 'button';
    // Out of the tab order until chosen as the one roving stop.
    button.tabIndex = -1;
    this.tabIndexOf.set(button, -1);
    button.dataset.testid = 'chart-event';
    button.addEventListener('click', this.onEventButtonClick);
    return button;
  }

  private readonly onEventButtonClick = (event: MouseEvent): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const eventIndex = Number(button.dataset.eventIndex);
    const lane = Number(button.dataset.lane);
    const id = button.dataset.eventId;
    if (!id) return;
    this.focusTarget = { eventIndex, lane };
    this.callbacks.onSelect(id);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.sl-chart__event');
    if (!button) return;
    const eventIndex = Number(button.dataset.eventIndex);
    const lane = Number(button.dataset.lane);
    // Keyboard users get the same tooltip as pointer users.
    const plotBox = this.plot.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    this.showTooltip({ kind: 'mark', eventIndex, lane, x: box.left + box.width / 2 - plotBox.left, y: box.top + box.height / 2 - plotBox.top });
    if (this.focusTarget?.eventIndex === eventIndex && this.focusTarget.lane === lane) return;
    this.focusTarget = { eventIndex, lane };
    this.schedule();
  };

  // ------------------------------------------------------------------ keyboard

  private defaultFocusTarget(): FocusTarget | null {
    const model = this.model;
    if (!model) return null;
    if (this.selectedIndex >= 0) {
      const lanes = lanesOfEvent(model, this.selectedIndex);
      if (lanes.length > 0) return { eventIndex: this.selectedIndex, lane: lanes[0]! };
    }
    if (this.focusTarget) return this.focusTarget;
    const hit = this.hits.find((h) => h.kind === 'mark');
    if (hit && hit.kind === 'mark') return { eventIndex: hit.eventIndex, lane: hit.lane };
    // Nothing drawn as a mark: the event nearest the middle of the window in the first non-empty lane.
    const lane = adjacentNonEmptyLane(this.columns, -1, 1);
    if (lane < 0) return null;
    const column = this.columns[lane]!;
    const pos = nearestInColumn(column, (this.window[0] + this.window[1]) / 2);
    return { eventIndex: column.eventIndex[pos]!, lane };
  }

  /** Moves keyboard focus to an event, bringing it into view. */
  private moveFocus(target: FocusTarget): void {
    this.focusTarget = target;
    this.focusPending = true;
    this.reveal(target.eventIndex, true, target.lane);
    this.renderFrame();
  }

  /** Pans (when needed) and scrolls (when needed) so the event is in view. */
  private reveal(eventIndex: number, settle: boolean, lane?: number): void {
    const input = this.input;
    const model = this.model;
    const vertical = this.vertical;
    if (!input || !model || !vertical) return;
    const event = input.dataset.events[eventIndex];
    if (!event) return;
    const markTime = markTimeOf(event);
    const next = panToReveal(this.window, markTime, markTime);
    if (next[0] !== this.window[0] || next[1] !== this.window[1]) this.applyWindow(next, settle);
    const targetLane = lane ?? lanesOfEvent(model, eventIndex)[0];
    if (targetLane === undefined) return;
    const top = vertical.laneTop[targetLane]!;
    const bottom = top + LANE_METRICS.laneHeight;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = Math.max(0, top - LANE_METRICS.groupHeaderHeight);
    else if (bottom > this.scroller.scrollTop + this.plotHeight) this.scroller.scrollTop = bottom - this.plotHeight;
  }

  private currentFocus(): FocusTarget | null {
    if (this.focusTarget && this.isInLane(this.focusTarget)) return this.focusTarget;
    return this.defaultFocusTarget();
  }

  private focusPosition(target: FocusTarget): { column: LaneColumn; pos: number } | null {
    const column = this.columns[target.lane];
    const event = this.input?.dataset.events[target.eventIndex];
    if (!column || !event) return null;
    const pos = positionInColumn(column, target.eventIndex, markTimeOf(event));
    return pos < 0 ? null : { column, pos };
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = this.handleKey(event.key, event.shiftKey);
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  private handleKey(key: string, shift: boolean): boolean {
    switch (key) {
      case '+':
      case '=':
        this.zoomBy(2);
        return true;
      case '-':
      case '_':
        this.zoomBy(0.5);
        return true;
      case 'PageUp':
        this.panBy(-0.8);
        return true;
      case 'PageDown':
        this.panBy(0.8);
        return true;
      case 'Escape':
        this.callbacks.onSelect(null);
        return true;
      case 'Enter': {
        const target = this.currentFocus();
        if (!target || !this.input) return false;
        const id = this.input.dataset.events[target.eventIndex]?.id;
        if (id) this.callbacks.onSelect(id);
        return true;
      }
      case 'ArrowLeft':
      case 'ArrowRight': {
        const step = key === 'ArrowLeft' ? -1 : 1;
        if (shift) {
          this.panBy(step * 0.25);
          return true;
        }
        return this.stepInLane(step);
      }
      case 'Home':
      case 'End':
        return this.stepInLane(key === 'Home' ? -Infinity : Infinity);
      case 'ArrowUp':
      case 'ArrowDown':
        return this.stepLane(key === 'ArrowUp' ? -1 : 1);
      default:
        return false;
    }
  }

  private stepInLane(step: number): boolean {
    const target = this.currentFocus();
    if (!target) return false;
    const found = this.focusPosition(target);
    if (!found) return false;
    const { column, pos } = found;
    const n = column.eventIndex.length;
    const next = step === -Infinity ? 0 : step === Infinity ? n - 1 : Math.max(0, Math.min(n - 1, pos + step));
    this.moveFocus({ eventIndex: column.eventIndex[next]!, lane: target.lane });
    return true;
  }

  private stepLane(step: 1 | -1): boolean {
    const target = this.currentFocus();
    if (!target || !this.input) return false;
    const lane = adjacentNonEmptyLane(this.columns, target.lane, step);
    if (lane < 0) return true;
    const column = this.columns[lane]!;
    const pos = nearestInColumn(column, markTimeOf(this.input.dataset.events[target.eventIndex]!));
    this.moveFocus({ eventIndex: column.eventIndex[pos]!, lane });
    return true;
  }

  // ------------------------------------------------------------------ pointer

  private hitAt(x: number, y: number): Hit | null {
    let best: Hit | null = null;
    let bestDistance = HIT_RADIUS * HIT_RADIUS;
    for (const hit of this.hits) {
      if (hit.kind === 'cluster') {
        if (x >= hit.x - 4 && x <= hit.x + 24 && Math.abs(y - hit.y) <= 7) return hit;
        continue;
      }
      const dx = hit.x - x;
      const dy = hit.y - y;
      const d = dx * dx + dy * dy;
      if (d <= bestDistance) {
        bestDistance = d;
        best = hit;
      }
    }
    return best;
  }

  private pointerPosition(event: MouseEvent): { x: number; y: number } {
    const rect = this.plot.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (event.buttons !== 0) {
      this.hideTooltip();
      return;
    }
    const { x, y } = this.pointerPosition(event);
    const hit = this.hitAt(x, y);
    const same =
      hit === this.hover ||
      (hit?.kind === 'mark' && this.hover?.kind === 'mark' && hit.eventIndex === this.hover.eventIndex && hit.lane === this.hover.lane);
    if (!same) {
      this.hover = hit;
      this.schedule(true);
      this.showTooltip(hit);
    }
    this.plot.style.cursor = hit ? 'pointer' : '';
  };

  private readonly onPointerLeave = (): void => {
    this.hover = null;
    this.hideTooltip();
    this.schedule(true);
  };

  private showTooltip(hit: Hit | null): void {
    const input = this.input;
    if (!hit || !input) {
      this.hideTooltip();
      return;
    }
    const tip = this.tooltip;
    tip.replaceChildren();
    if (hit.kind === 'cluster') {
      const column = this.columns[hit.lane]!;
      const title = el('div', 'sl-chart__tooltip-title', tip);
      title.textContent = `${hit.last - hit.first + 1} more events`;
      const from = input.dataset.events[column.eventIndex[hit.first]!]!;
      const to = input.dataset.events[column.eventIndex[hit.last]!]!;
      const line = el('div', 'sl-chart__tooltip-line', tip);
      line.textContent = `${formatEventDate(from)} – ${formatEventDate(to)}. Click to zoom in.`;
    } else {
      const event = input.dataset.events[hit.eventIndex]!;
      const title = el('div', 'sl-chart__tooltip-title', tip);
      title.textContent = event.title;
      const date = el('div', 'sl-chart__tooltip-line', tip);
      date.textContent = formatEventDate(event);
      const type = el('div', 'sl-chart__tooltip-line', tip);
      const status = event.status === 'occurred' ? '' : ` · ${event.status}`;
      type.textContent = `${MARK_STYLES[event.type].label}${status}`;
      const actors = el('div', 'sl-chart__tooltip-line sl-chart__tooltip-actors', tip);
      // Each name isolated, so a right-to-left override in one cannot reorder the others.
      event.actorIds.forEach((id, k) => {
        if (k > 0) actors.append(', ');
        el('bdi', '', actors).textContent = input.dataset.actorById.get(id)?.name ?? id;
      });
    }
    tip.hidden = false;
    // Keep the tooltip inside the plot: flip to the left or above near the edges.
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = hit.x + 14;
    let top = hit.y + 12;
    if (left + width > this.plotWidth) left = Math.max(0, hit.x - 14 - width);
    if (top + height > this.plotHeight) top = Math.max(0, hit.y - 12 - height);
    tip.style.transform = `translate(${left}px, ${top}px)`;
  }

  private hideTooltip(): void {
    if (!this.tooltip.hidden) this.tooltip.hidden = true;
  }

  private readonly onPlotClick = (event: MouseEvent): void => {
    if ((event.target as Element | null)?.closest('.sl-chart__event')) return;
    const { x, y } = this.pointerPosition(event);
    const hit = this.hitAt(x, y);
    if (!hit) {
      this.callbacks.onSelect(null);
      return;
    }
    if (hit.kind === 'mark') {
      const id = this.input?.dataset.events[hit.eventIndex]?.id;
      if (id) {
        this.focusTarget = { eventIndex: hit.eventIndex, lane: hit.lane };
        this.callbacks.onSelect(id);
      }
      return;
    }
    // A cluster opens by zooming in on its members.
    const column = this.columns[hit.lane]!;
    const from = column.markTime[hit.first]!;
    const to = column.markTime[hit.last]!;
    const [t0, t1] = this.window;
    const span = Math.max(to - from, ((t1 - t0) / this.plotWidth) * 2);
    this.applyWindow(windowAround(from, from + span, 0.4), true);
  };

  private readonly onScroll = (): void => {
    this.hideTooltip();
    this.hover = null;
    this.schedule();
  };

  // ------------------------------------------------------------------ overview

  private paintOverview(): void {
    const ctx = this.overviewCanvas.getContext('2d');
    if (!ctx || this.plotWidth <= 0) return;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.plotWidth, OVERVIEW_HEIGHT);
    const columns = Math.max(1, Math.floor(this.plotWidth));
    const counts = densityColumns(this.overviewMarkTimes, this.overviewDomain[0], this.overviewDomain[1], columns);
    let max = 0;
    for (const c of counts) if (c > max) max = c;
    if (max > 0) {
      const logMax = Math.log1p(max);
      const room = OVERVIEW_HEIGHT - 6;
      const path = new Path2D();
      for (let x = 0; x < columns; x++) {
        const c = counts[x]!;
        if (c === 0) continue;
        const h = Math.max(2, (room * Math.log1p(c)) / logMax);
        path.rect(x, OVERVIEW_HEIGHT - 2 - h, 1, h);
      }
      ctx.fillStyle = CHART_COLORS.density;
      ctx.fill(path);
    }
    // Year boundaries as faint ticks help reading the overview without an axis of its own.
    const scale = this.overviewScale();
    ctx.fillStyle = CHART_COLORS.mutedText;
    ctx.font = '10px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    const ticks = scale.ticks(Math.max(2, Math.floor(this.plotWidth / 120)));
    const step = tickStep(ticks, this.overviewDomain[1] - this.overviewDomain[0]);
    for (const tick of ticks) {
      const x = scale(tick);
      ctx.fillRect(Math.round(x), 0, 1, 4);
      ctx.fillText(formatTick(tick.getTime(), step), x + 3, 2);
    }
  }
}

export function createTimelineChart(container: HTMLElement, callbacks: ChartCallbacks): ChartController {
  return new TimelineChart(container, callbacks);
}
