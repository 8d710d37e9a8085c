// The timeline chart: a framework-free view React mounts through chartApi.ts.
// Per frame: the window from its one owner (the store) → the scene for that window
// (core/scene, a display list in pixels) → the painters (canvas, axis, event buttons,
// overlay) draw the scene. The chart owns its DOM and the plan of the data; it owns no
// window: gestures, keys and the brush hand the store the next window, and the store's
// change brings the next frame.
import { currentDates, t } from '../core/i18n/translate';
import type { Dataset } from '../core/model/types';
import { buildScene, type SceneFrame, SceneScratch } from '../core/scene/build';
import { eventPlacement, scrollToShow } from '../core/scene/focus';
import { windowContext } from '../core/scene/axis';
import type { SceneHit } from '../core/scene/hit';
import { panOffset, panViewOf, panViewOfScene } from '../core/scene/pan';
import { placeLabels } from '../core/scene/labels';
import { fittedWindow, planScene, type ScenePlan } from '../core/scene/plan';
import type { Scene } from '../core/scene/types';
import { lanesOfEvent } from '../core/layout/lanes';
import { zoomToSpan } from '../core/view/actions';
import type { WindowOwner } from '../core/view/store';
import type { TimeWindow } from '../core/view/types';
import type { ChartCallbacks, ChartController, ChartInput } from './chartApi';
import { ChartAxis } from './chart/axis';
import { el } from './chart/dom';
import { EventButtons } from './chart/eventButtons';
import { canvasMeasure, EventTitles } from './chart/eventTitles';
import { ChartGestures } from './chart/gestures';
import { ChartKeyboard } from './chart/keyboard';
import { ChartPointer } from './chart/pointer';
import { LaneLabels } from './chart/labels';
import type { OverlayState } from './chart/overlay';
import { PlotPicture } from './chart/plotPicture';
import { PanLayer } from './chart/panLayer';
import { Overview } from './chart/overview';
import { sameIndices, sameSet } from './chart/compare';
import { type ChartStats, recordFrame, statsByContainer, timePhase } from './chart/stats';
import { SceneWarmer } from './chart/sceneWarmer';
import { ChartTooltip } from './chart/tooltip';
import type { FocusTarget } from './chart/types';
import '../styles/chart.css';

const NARROW_WIDTH = 600;
const LABEL_WIDTH = 200;
const NARROW_LABEL_WIDTH = 112;

export const RENDERED_MARK = 'stanceline:rendered';
/** A first frame's script past this long (ms) leaves its words to a task of their own. */
const FIRST_WORDS_IN_FRAME_MS = 50;
export { eventAccessibleName } from './chart/eventButtons';
export { chartStats, type ChartStats } from './chart/stats';

class TimelineChart implements ChartController {
  private readonly root: HTMLDivElement;
  private readonly axis: ChartAxis;
  private readonly scroller: HTMLDivElement;
  private readonly sizer: HTMLDivElement;
  private readonly plot: HTMLDivElement;
  private readonly picture: PlotPicture;
  private readonly pan: PanLayer;
  private readonly titles: EventTitles;
  private readonly measureTitle = canvasMeasure();
  private readonly buttons: EventButtons;
  private readonly tooltip: ChartTooltip;
  private readonly labels: LaneLabels;
  private readonly overview: Overview;
  private readonly gestures: ChartGestures;
  private readonly pointer: ChartPointer;
  private readonly keyboard: ChartKeyboard;
  private readonly emptyNote: HTMLDivElement;
  private readonly resizeObserver: ResizeObserver;
  private readonly unsubscribeWindow: () => void;

  private input: ChartInput | null = null;
  private plan: ScenePlan | null = null;
  private planVersion = 0;
  private scene: Scene | null = null;
  private readonly scratch = new SceneScratch();
  private readonly warmer = new SceneWarmer();
  /** The scene of a picture just painted for a pan, whose axis is drawn at its first step. */
  private pannedAxis: Scene | null = null;

  private plotWidth = 0;
  private plotHeight = 0;
  private labelWidth = LABEL_WIDTH;
  private dpr = 1;

  private focusTarget: FocusTarget | null = null;
  private selectedIndex = -1;
  private matchIndices: ReadonlySet<number> = new Set<number>();
  private currentMatchIndex = -1;

  private rafId = 0;
  private overlayOnly = false;
  private renderedMarkPending = false;
  /** The timer of a dataset's first words (placeFirstWords), or 0. */
  private wordsTimer = 0;
  private destroyed = false;
  private readonly stats: ChartStats = { frameMs: [], lastMarks: 0, lastClusters: 0, lastDensityLanes: 0, phaseMs: {} };

  constructor(
    private readonly container: HTMLElement,
    private readonly owner: WindowOwner,
    private readonly callbacks: ChartCallbacks,
  ) {
    statsByContainer.set(container, this.stats);
    this.root = el('div', 'sl-chart');
    this.root.dataset.testid = 'timeline-chart';
    container.appendChild(this.root);
    this.axis = new ChartAxis(el('div', 'sl-chart__head', this.root));

    this.scroller = el('div', 'sl-chart__scroller', this.root);
    this.sizer = el('div', 'sl-chart__sizer', this.scroller);
    this.plot = el('div', 'sl-chart__plot', this.sizer);
    this.plot.dataset.testid = 'chart-plot';
    this.plot.setAttribute('role', 'group');
    this.plot.setAttribute('aria-label', t('Timeline. Arrow keys move between events, Enter opens one, plus and minus zoom, Shift with arrows pans.'));
    this.picture = new PlotPicture(this.plot);
    this.pan = new PanLayer(this.plot);
    this.titles = new EventTitles(this.plot);
    this.buttons = new EventButtons(this.plot, {
      onButtonClick: (target, eventId) => {
        this.focusTarget = target;
        this.callbacks.onSelect(eventId);
      },
      onButtonFocus: (target, x, y) => {
        // Keyboard users get the same tooltip as pointer users.
        this.tooltip.show({ kind: 'mark', eventIndex: target.eventIndex, x, y }, this.dataset()!, this.plotWidth, this.plotHeight);
        if (this.focusTarget?.eventIndex === target.eventIndex && this.focusTarget.lane === target.lane) return;
        this.focusTarget = target;
        this.schedule();
      },
      onButtonBlur: () => this.tooltip.hide(),
    });
    this.tooltip = new ChartTooltip(this.plot);
    this.emptyNote = el('div', 'sl-chart__empty', this.plot);
    this.emptyNote.textContent = t('No events to show.');
    this.emptyNote.hidden = true;
    this.labels = new LaneLabels(this.sizer, (groupId) => this.callbacks.onToggleGroup(groupId));

    this.overview = new Overview(this.root, {
      currentWindow: () => this.owner.shownWindow() ?? [0, 1],
      onBrushWindow: (next, end) => {
        this.owner.moveWindow(next, end);
        if (end) this.schedule();
      },
      runCommand: (command) => this.keyboard.run(command),
    });
    this.gestures = new ChartGestures(this.plot, this.root, {
      owner,
      plotWidth: () => this.plotWidth,
      direction: () => this.input?.axis ?? 'ltr',
      scrollBy: (dy) => (this.scroller.scrollTop += dy),
      // The picture a drag moves is painted when the button goes down, before the drag's first step.
      onPress: () => this.preparePan(),
      onRelease: () => this.dropPan(),
      onGestureStart: () => this.tooltip.hide(),
      onGestureEnd: () => this.schedule(),
    });
    this.pointer = new ChartPointer(this.plot, this.tooltip, {
      scene: () => this.scene,
      dataset: () => this.dataset(),
      plotSize: () => ({ width: this.plotWidth, height: this.plotHeight }),
      onHoverChange: () => this.schedule(true),
      selectMark: (mark) => {
        this.focusTarget = { eventIndex: mark.eventIndex, lane: mark.lane };
        this.callbacks.onSelect(mark.eventId);
      },
      selectNothing: () => this.callbacks.onSelect(null),
      zoomTo: (from, to) => this.owner.dispatch(zoomToSpan(from, to)),
    });
    this.keyboard = new ChartKeyboard({
      owner,
      plan: () => this.plan,
      focusTarget: () => this.currentFocus(),
      moveFocus: (target) => this.moveFocus(target),
      select: (eventId) => this.callbacks.onSelect(eventId),
      shownWindow: () => this.shownWindow(),
      direction: () => this.input?.axis ?? 'ltr',
    });

    this.plot.addEventListener('keydown', this.keyboard.onKeyDown);
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.warmer.watch(this.plot);
    this.unsubscribeWindow = owner.subscribeWindow(() => this.schedule());

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
      datasetChanged || !sameIndices(previous.included, input.included) || previous.grouping !== input.grouping || !sameSet(previous.collapsed, input.collapsed);
    if (lanesChanged) this.replan(input);
    if (datasetChanged) this.renderedMarkPending = true;
    this.overview.setDirection(input.axis ?? 'ltr');
    this.root.classList.toggle('sl-chart--time-rtl', input.axis === 'rtl');

    const { dataset } = input;
    this.selectedIndex = input.selectedId ? (dataset.eventById.get(input.selectedId)?.index ?? -1) : -1;
    this.matchIndices = input.matchIndices;
    const currentMatch = input.currentMatchId ? (dataset.eventById.get(input.currentMatchId)?.index ?? -1) : -1;
    // The store pans to a new current match; the chart scrolls its lane into view.
    if (currentMatch !== this.currentMatchIndex && currentMatch >= 0) this.scrollToLane(currentMatch);
    this.currentMatchIndex = currentMatch;
    this.schedule();
  }

  focus(): void {
    const target = this.keyboard.defaultFocusTarget(this.selectedIndex, this.focusTarget, this.scene);
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
    this.warmer.destroy();
    clearTimeout(this.wordsTimer);
    this.unsubscribeWindow();
    this.gestures.destroy();
    this.pointer.destroy();
    this.buttons.destroy();
    this.resizeObserver.disconnect();
    this.root.remove();
    statsByContainer.delete(this.container);
  }

  // ------------------------------------------------------------------ data

  private dataset(): Dataset | undefined {
    return this.input?.dataset;
  }

  private replan(input: ChartInput): void {
    const previous = this.plan;
    const focused = previous && this.focusTarget ? { eventId: previous.dataset.events[this.focusTarget.eventIndex]?.id, laneId: previous.model.lanes[this.focusTarget.lane]?.id } : null;
    const plan = planScene({ dataset: input.dataset, included: input.included, grouping: input.grouping, collapsed: input.collapsed });
    this.plan = plan;
    this.planVersion++;
    // Focus follows its event and lane by id: indices move when events are added or removed.
    this.focusTarget = null;
    if (focused?.eventId && focused.laneId) {
      const event = input.dataset.eventById.get(focused.eventId);
      const lane = plan.model.laneIndexById.get(focused.laneId);
      if (event && lane !== undefined && lanesOfEvent(plan.model, event.index).includes(lane)) this.focusTarget = { eventIndex: event.index, lane };
    }
    this.sizer.style.height = `${plan.vertical.totalHeight}px`;
    if (this.scroller.clientWidth - this.labelWidth !== this.plotWidth) this.measure();
    this.emptyNote.hidden = input.included.length > 0;
    this.pointer.hover = null;
    this.labels.reset();
    this.updateFit();
  }

  /** Tells the store what "fit all" shows at this width, and gives the overview its range. */
  private updateFit(): void {
    const plan = this.plan;
    if (!plan || this.plotWidth <= 0) return;
    const fit = fittedWindow(plan.extent, this.plotWidth, Date.now());
    this.overview.setData(plan.markTimes, [fit[0], fit[1]]);
    this.overview.paint();
    this.owner.setFitWindow(fit);
  }

  private shownWindow(): TimeWindow | null {
    return this.owner.shownWindow();
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
    this.picture.resize(this.plotWidth, this.plotHeight, this.dpr);
    this.axis.resize(this.plotWidth);
    this.overview.resize(this.plotWidth, this.dpr);
    this.labels.invalidate();
    this.updateFit();
    this.schedule();
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
      if (this.overlayOnly && this.scene) this.paintOverlay(this.scene);
      else this.renderFrame();
    });
  }

  /** Lays out the scene for the store's window and scroll position, and paints it. */
  private renderFrame(): void {
    const began = performance.now();
    let mark = began;
    const input = this.input;
    const plan = this.plan;
    const window = this.shownWindow();
    if (!input || !plan || !window || this.plotWidth <= 0) return;
    const gesture = this.gestureActive();
    if (gesture) this.warmer.cancel(); // its idle builds would land between the gesture's steps
    if (gesture && this.panFrame(input, plan, window, began)) return;
    this.dropPan();
    this.axis.shift(0);
    const frame = this.frameOf(input, window);
    const scene = buildScene(plan, frame, this.scratch);
    if (!gesture) this.warmer.afterRest(plan, frame, this.dpr);
    // Titles are placed at rest. During a gesture they ride along with a pan (one transform
    // for all of them) and step aside during a zoom, and come back placed anew when it
    // ends: placing them every frame cost a zoom step about 20 ms at 10,000 events.
    if (!gesture) {
      placeLabels(
        scene,
        plan.dataset,
        { selectedIndex: this.selectedIndex, matchIndices: this.matchIndices, currentMatchIndex: this.currentMatchIndex, previous: this.titles.keys() },
        this.measureTitle,
      );
    }
    this.scene = scene;
    this.pointer.follow(scene);
    mark = timePhase(this.stats, 'layout', mark);

    this.axis.render(scene);
    mark = timePhase(this.stats, 'axis', mark);
    this.picture.paint(scene);
    mark = timePhase(this.stats, 'paint', mark);
    this.overview.sync(window, !gesture);
    this.paintOverlay(scene);
    mark = timePhase(this.stats, 'overlay+brush', mark);
    this.container.dataset.window = `${Math.round(window[0])},${Math.round(window[1])}`;
    this.root.dataset.connectors = String(scene.connectors.length);
    this.root.dataset.clusters = String(scene.clusters.length);
    this.root.dataset.lanes = String(plan.model.lanes.length);
    // A dataset's first words (titles, lane names, the keyboard's buttons) wait for a task of
    // their own when this frame is already long: with the browser's style and layout of them,
    // one task held the page for 235 ms at 10,000 events. The rendered mark waits for them.
    if (!this.renderedMarkPending) this.placeWords(scene, gesture);
    else if (performance.now() - began < FIRST_WORDS_IN_FRAME_MS) this.placeFirstWords();
    else this.wordsTimer ||= self.setTimeout(() => this.placeFirstWords());
    timePhase(this.stats, 'words', mark);
    recordFrame(this.stats, scene, began);
  }

  /** The frame's titles, lane names and event buttons, the chart's elements in the page. */
  private placeWords(scene: Scene, gesture: boolean): void {
    const plan = this.plan!;
    if (gesture) this.titles.follow(panViewOfScene(scene));
    else this.titles.render(scene, this.selectedIndex);
    this.labels.render(plan.model, plan.vertical, this.planVersion, scene.scrollTop, this.plotHeight);
    this.buttons.render(scene, plan.dataset, this.focusTarget, this.selectedIndex, (target) => this.focusPlacement(target), gesture);
  }

  /** A dataset's first words, then the rendered mark (a timer left from a long frame, after a later frame placed them, does nothing). */
  private placeFirstWords(): void {
    this.wordsTimer = 0;
    if (this.destroyed || !this.scene || !this.plan || !this.renderedMarkPending) return;
    this.placeWords(this.scene, this.gestureActive());
    this.renderedMarkPending = false;
    performance.mark(RENDERED_MARK);
    this.root.dataset.rendered = 'true';
  }

  private gestureActive(): boolean {
    return this.gestures.active || this.overview.brushing;
  }

  private paintOverlay(scene: Scene): void {
    this.picture.paintOverlay(scene, this.overlayState(this.pointer.hover));
  }

  private overlayState(hover: SceneHit | null): OverlayState {
    return { selectedIndex: this.selectedIndex, currentMatchIndex: this.currentMatchIndex, matchIndices: this.matchIndices, focusedIndex: this.focusTarget?.eventIndex ?? -1, hover };
  }

  private frameOf(input: ChartInput, window: TimeWindow): SceneFrame {
    return { window, width: this.plotWidth, height: this.plotHeight, scrollTop: this.scroller.scrollTop, now: Date.now(), colorTopic: input.colorTopic, measure: this.measureTitle, dates: currentDates(), direction: input.axis ?? 'ltr' };
  }

  private dropPan(): void {
    this.pan.hide();
    this.pannedAxis = null;
  }

  /** The inputs besides the view that the picture a pan moves depends on: any change paints it anew. */
  private panInputs(input: ChartInput, plan: ScenePlan): unknown[] {
    return [plan, input.colorTopic, this.selectedIndex, this.matchIndices, this.currentMatchIndex, this.focusTarget?.eventIndex ?? -1, this.plotWidth, this.plotHeight, this.dpr, currentDates()];
  }

  /** Paints the picture a pan moves when a button goes down, for the window shown now, unless it is ready. */
  private preparePan(): void {
    const { input, plan } = this;
    const window = this.shownWindow();
    if (!input || !plan || !window || !this.scene || this.renderedMarkPending || this.plotWidth <= 0) return;
    this.pannedAxis = this.pan.prepare(plan, this.frameOf(input, window), this.scene, this.panInputs(input, plan), this.overlayState(null), this.dpr) ?? this.pannedAxis;
  }

  /**
   * Mid-pan: moves the picture painted with margins around the plot (chart/panLayer.ts), and
   * paints it anew when the view has left it. False when this frame is no pan of the last
   * scene (a zoom): then the frame is laid out and painted as at rest.
   */
  private panFrame(input: ChartInput, plan: ScenePlan, window: TimeWindow, began: number): boolean {
    const rest = this.scene;
    if (!rest || this.renderedMarkPending) return false;
    const frame = this.frameOf(input, window);
    const view = panViewOf(frame);
    if (!panOffset(panViewOfScene(rest), view)) return false;
    const inputs = this.panInputs(input, plan);
    let offset = this.pan.move(view, inputs);
    if (!offset) {
      this.pannedAxis = this.pan.prepare(plan, frame, rest, inputs, this.overlayState(null), this.dpr);
      offset = this.pan.move(view, inputs);
      if (!offset) return false;
    }
    const context = windowContext(window[0], window[1], frame.dates);
    // The axis of a new picture is drawn with its first step; the corner keeps the plot's words.
    if (this.pannedAxis) this.axis.render(this.pannedAxis, context);
    this.pannedAxis = null;
    const { dx, dy } = offset;
    this.axis.shift(dx - this.pan.margin);
    this.axis.setContext(context);
    this.titles.follow(view);
    // Only the focused button follows mid-gesture; it moves with the picture.
    const placeFocus = (target: FocusTarget) => {
      const at = this.focusPlacement(target);
      return at && { x: at.x + dx, y: at.y + dy };
    };
    this.buttons.render(rest, plan.dataset, this.focusTarget, this.selectedIndex, placeFocus, true);
    this.labels.render(plan.model, plan.vertical, this.planVersion, view.scrollTop, this.plotHeight);
    this.overview.sync(window, false);
    this.container.dataset.window = `${Math.round(window[0])},${Math.round(window[1])}`;
    recordFrame(this.stats, null, began);
    return true;
  }

  /** Where the focused event's button goes: on its mark, else where its mark would be in its lane. */
  private focusPlacement(target: FocusTarget): { x: number; y: number } | null {
    return this.scene && this.plan ? eventPlacement(this.plan, this.scratch, this.scene, target.eventIndex, target.lane) : null;
  }

  // ------------------------------------------------------------------ keyboard focus

  private currentFocus(): FocusTarget | null {
    const plan = this.plan;
    if (plan && this.focusTarget && lanesOfEvent(plan.model, this.focusTarget.eventIndex).includes(this.focusTarget.lane)) return this.focusTarget;
    return this.keyboard.defaultFocusTarget(this.selectedIndex, null, this.scene);
  }

  /** Moves keyboard focus to an event: the store pans to it if needed, the chart scrolls to its lane. */
  private moveFocus(target: FocusTarget): void {
    this.focusTarget = target;
    this.buttons.focusOnNextPlacement();
    this.keyboard.reveal(target);
    this.scrollToLane(target.eventIndex, target.lane);
    this.renderFrame();
  }

  private scrollToLane(eventIndex: number, lane?: number): void {
    const plan = this.plan;
    if (!plan) return;
    const target = lane ?? lanesOfEvent(plan.model, eventIndex)[0];
    const next = target === undefined ? null : scrollToShow(plan.vertical, target, this.scroller.scrollTop, this.plotHeight);
    if (next !== null) this.scroller.scrollTop = next;
  }

  private readonly onScroll = (): void => {
    this.tooltip.hide();
    this.pointer.hover = null;
    this.schedule();
  };
}

export function createTimelineChart(container: HTMLElement, owner: WindowOwner, callbacks: ChartCallbacks): ChartController {
  return new TimelineChart(container, owner, callbacks);
}
