// The timeline chart: a framework-free renderer React mounts through chartApi.ts.
// Pipeline per frame: window (a value) → linear time→pixel mapping → per-lane layout
// from the core (visible range by binary search, stacking, clusters, density) → batched
// canvas painting. Hover, selection and search highlights live on a separate overlay
// canvas; keyboard focus lives on a small pool of DOM buttons over visible marks.
// This class owns the window, the model and the frame; the layers around the plot (the
// overview band, event buttons, tooltip and lane labels) are in ./chart/.
import {
  axisTop,
  scaleUtc,
  select,
  zoom,
  zoomIdentity,
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
import { verticalLayout, visibleLanes, type VerticalLayout } from '../core/layout/rows';
import { DEFAULT_STACKING, LaneFrame, layoutLane, type StackingOptions, type TimeToPixels } from '../core/layout/stacking';
import type { TimeWindow } from '../core/view/types';
import { formatTick, tickStep, windowContext } from './axis';
import type { ChartCallbacks, ChartController, ChartInput } from './chartApi';
import { el, sizeCanvas, svgEl } from './chart/dom';
import { EventButtons } from './chart/eventButtons';
import { LaneLabels } from './chart/labels';
import { Overview } from './chart/overview';
import { ChartTooltip } from './chart/tooltip';
import type { FocusTarget, Hit } from './chart/types';
import { CHART_COLORS, MARK_SIZE } from './markStyles';
import { LANE_METRICS, MarkStamper, paintBackground, paintConnectors, paintLanes, paintToday, type PaintedLane, rowCentre } from './paint';
import '../styles/chart.css';

const AXIS_HEIGHT = 30;
const NARROW_WIDTH = 600;
const LABEL_WIDTH = 200;
const NARROW_LABEL_WIDTH = 112;
/** Pointer distance within which a mark counts as hovered, px. */
const HIT_RADIUS = 9;
const WHEEL_PAN_SETTLE_MS = 200;
/**
 * Above this many connectors in view they blur into a wall of lines that ties nothing
 * together; then only the hovered, focused and selected events show theirs (overlay).
 */
const MAX_PAINTED_CONNECTORS = 250;

export const RENDERED_MARK = 'stanceline:rendered';
export { eventAccessibleName } from './chart/eventButtons';

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
  private readonly buttons: EventButtons;
  private readonly tooltip: ChartTooltip;
  private readonly labels: LaneLabels;
  private readonly overview: Overview;
  private readonly emptyNote: HTMLDivElement;
  private readonly resizeObserver: ResizeObserver;

  private input: ChartInput | null = null;
  private model: LaneModel | null = null;
  private columns: LaneColumn[] = [];
  private vertical: VerticalLayout | null = null;
  private modelVersion = 0;
  /** [min start, max end] of the included events. */
  private includedExtent: [number, number] = [0, 0];
  /** Events with connectors, by mark time, and this frame's nudges that keep their connectors apart. */
  private joined: JoinedEvents = { eventIndex: new Int32Array(0), markTime: new Float64Array(0) };
  private readonly nudges = new Map<number, number>();

  private plotWidth = 0;
  private plotHeight = 0;
  private labelWidth = LABEL_WIDTH;
  private dpr = 1;

  private window: [number, number] = [0, 1];
  private base: ScaleTime<number, number> = scaleUtc();
  private readonly zoomBehavior: ZoomBehavior<HTMLDivElement, unknown>;
  private lastTransform: ZoomTransform = zoomIdentity;
  /** Set while the chart moves the zoom itself, so its handlers do not echo. */
  private applyingZoom = false;
  private gestureStartWindow: [number, number] | null = null;
  private gestureReportPending = false;
  private lastSettled: [number, number] | null = null;
  private wheelPanTimer = 0;

  private readonly stacking: StackingOptions = { ...DEFAULT_STACKING, maxRows: LANE_METRICS.maxRows };
  private readonly framePool: LaneFrame[] = [];
  private hits: Hit[] = [];
  private connectors: Connector[] = [];
  private hover: Hit | null = null;
  private focusTarget: FocusTarget | null = null;
  private selectedIndex = -1;
  private matchIndices = new Set<number>();
  private currentMatchIndex = -1;

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
    // Host callbacks are made once here; the buttons read the chart through them on every frame.
    this.buttons = new EventButtons(this.plot, {
      events: () => this.input?.dataset.events,
      vertical: () => this.vertical,
      hits: () => this.hits,
      focusTarget: () => this.focusTarget,
      selectedIndex: () => this.selectedIndex,
      gestureActive: () => this.gestureActive(),
      markX: (eventIndex, view) => this.markX(eventIndex, view),
      onButtonClick: (target, eventId) => {
        this.focusTarget = target;
        this.callbacks.onSelect(eventId);
      },
      onButtonFocus: (hit) => {
        // Keyboard users get the same tooltip as pointer users.
        this.showTooltip(hit);
        if (this.focusTarget?.eventIndex === hit.eventIndex && this.focusTarget.lane === hit.lane) return;
        this.focusTarget = { eventIndex: hit.eventIndex, lane: hit.lane };
        this.schedule();
      },
      onButtonBlur: () => this.hideTooltip(),
    });
    this.tooltip = new ChartTooltip(this.plot);
    this.emptyNote = el('div', 'sl-chart__empty', this.plot);
    this.emptyNote.textContent = 'No events to show.';
    this.emptyNote.hidden = true;
    this.labels = new LaneLabels(this.sizer, (groupId) => this.callbacks.onToggleGroup(groupId));

    this.overview = new Overview(this.root, {
      currentWindow: () => this.window,
      onBrushWindow: (next, end) => {
        this.applyWindow(next, end);
        if (!end) this.gestureReportPending = true;
      },
    });

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

    this.plot.addEventListener('wheel', this.onSidewaysWheel, { passive: false });
    this.plot.addEventListener('pointermove', this.onPointerMove);
    this.plot.addEventListener('pointerleave', this.onPointerLeave);
    this.plot.addEventListener('click', this.onPlotClick);
    this.plot.addEventListener('keydown', this.onKeyDown);
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
      this.buttons.setPlotTabIndex(0);
      this.plot.focus();
      return;
    }
    this.moveFocus(target);
  }

  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.rafId);
    window.clearTimeout(this.wheelPanTimer);
    this.buttons.destroy();
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
    this.overview.setData(markTimes, this.fittedWindow());
    this.sizer.style.height = `${this.vertical.totalHeight}px`;
    if (this.scroller.clientWidth - this.labelWidth !== this.plotWidth) this.measure();
    this.emptyNote.hidden = included.length > 0;
    if (this.focusTarget && !this.isInLane(this.focusTarget)) this.focusTarget = null;
    this.hover = null;
    this.labels.reset();
    this.updateBase();
    this.overview.paint();
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
    for (const canvas of [this.marksCanvas, this.glyphCanvas, this.overlayCanvas]) sizeCanvas(canvas, this.plotWidth, this.plotHeight, this.dpr);
    this.axisSvg.setAttribute('width', String(this.plotWidth));
    this.axisSvg.setAttribute('height', String(AXIS_HEIGHT));
    // Given, so d3-zoom does not read the plot's size (a forced layout) on every input event.
    this.zoomBehavior.extent([
      [0, 0],
      [Math.max(1, this.plotWidth), Math.max(1, this.plotHeight)],
    ]);
    this.overview.resize(this.plotWidth, this.dpr);
    this.labels.invalidate();
    this.updateBase();
    this.overview.paint();
    this.schedule();
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
    return this.gestureStartWindow !== null || this.wheelPanTimer !== 0 || this.overview.brushing;
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

    this.labels.render(model, vertical, this.modelVersion, scrollTop, this.plotHeight);
    this.overview.sync(this.window);
    mark = this.phase('labels+brush', mark);
    this.paintOverlay();
    mark = this.phase('overlay', mark);
    this.buttons.render(view, scrollTop);
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
    this.buttons.focusOnNextPlacement();
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
    this.tooltip.show(hit, input.dataset, this.columns, this.plotWidth, this.plotHeight);
  }

  private hideTooltip(): void {
    this.tooltip.hide();
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

}

export function createTimelineChart(container: HTMLElement, callbacks: ChartCallbacks): ChartController {
  return new TimelineChart(container, callbacks);
}
