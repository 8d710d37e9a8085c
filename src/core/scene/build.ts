// Lays one view of the timeline out as a scene: the visible lanes only, each through the
// per-lane stacking of the core, with bars, clusters, density strips and dodged
// connectors in plot pixels. Per frame it allocates only the display list itself; the
// typed buffers of the lane layouts are reused through a SceneScratch.
import { MARK_FLAG, markTimeOf } from '../layout/marks';
import { type Connector, connectorsOf, DEFAULT_DODGE, JoinedNudges, type MarkPoint } from '../layout/navigation';
import { visibleLanes } from '../layout/rows';
import { DEFAULT_STACKING, LaneFrame, layoutLane, type StackingOptions, type TimeToPixels } from '../layout/stacking';
import type { AxisDirection, TimeWindow } from '../view/types';
import { mirrorScene } from './mirror';
import { axisTicks, windowContext } from './axis';
import type { DateLocale } from '../time/dateLocale';
import { BAR_EDGE_PX, LANE_METRICS, MAX_PAINTED_CONNECTORS, MIN_INTERVAL_BAND_PX, rowCentre } from './metrics';
import type { TimelineEvent } from '../model/types';
import type { ScenePlan } from './plan';
import type { TextMeasure } from './labels';
import { NOTE_FONT_SIZE, placeNotes } from './notes';
import { stanceToneOf } from './tones';
import { LABEL_FONT_SIZE } from './labels';
import type { Scene, SceneBar, SceneCluster, SceneDensityRun, SceneGroupHeader, SceneLane, SceneMark } from './types';

export interface SceneFrame {
  window: TimeWindow;
  /** The plot's width and the height of the band of lanes to draw, px. */
  width: number;
  height: number;
  /** How far the lanes are scrolled, px (0 for a picture of every lane). */
  scrollTop: number;
  /** The moment drawn as "today", ms: a parameter, so pictures are reproducible. */
  now: number;
  /** Colour marks by stance on this topic; null or absent: by event type. */
  colorTopic?: string | null;
  /** Widths of titles: with it, marks are stacked so titles keep their room where they can. */
  measure?: TextMeasure;
  /** The interface language's month names and patterns for the axis; English when absent. */
  dates?: DateLocale;
  /** Time running right to left ('rtl'); left to right when absent. */
  direction?: AxisDirection;
  /**
   * The part of this picture, px from its left, that the plot shows, when the picture is drawn
   * larger than the plot for a pan (core/scene/pan.ts). What is decided by counting (too many
   * connectors to draw or dodge, a lane too dense for marks) is counted there, so the larger
   * picture draws the plot's part as the plot does. The whole width when absent.
   */
  plotSpan?: readonly [number, number];
}

/** Buffers one chart reuses from frame to frame. */
export class SceneScratch {
  readonly lanes: LaneFrame[] = [];
  readonly nudges = new JoinedNudges();
}

const STACKING: StackingOptions = { ...DEFAULT_STACKING, maxRows: LANE_METRICS.maxRows };

/** Widths of the events' titles by event index, per measure and list of events. */
const titleWidthCache = new WeakMap<TextMeasure, { events: readonly TimelineEvent[]; widths: Float32Array }>();

/**
 * An event's title width, measured once per measure and list of events and then read as a
 * number: stacking asks for every title in view each frame, and looking each one up by its
 * text cost a zoom step at 100,000 events about 1.4 ms.
 */
function titleWidthsOf(measure: TextMeasure, events: readonly TimelineEvent[]): (eventIndex: number) => number {
  let entry = titleWidthCache.get(measure);
  if (!entry || entry.events !== events || entry.widths.length !== events.length) {
    entry = { events, widths: new Float32Array(events.length).fill(Number.NaN) };
    titleWidthCache.set(measure, entry);
  }
  const { widths } = entry;
  return (eventIndex) => {
    let width = widths[eventIndex]!;
    if (Number.isNaN(width)) width = widths[eventIndex] = measure(events[eventIndex]!.title);
    return width;
  };
}

/** Lays out `frame` of the planned data. Everything in the result is in plot pixels. */
export function buildScene(plan: ScenePlan, frame: SceneFrame, scratch: SceneScratch = new SceneScratch()): Scene {
  const { model, columns, vertical, dataset } = plan;
  const [t0, t1] = frame.window;
  const width = Math.max(0, frame.width);
  const pxPerMs = width / (t1 - t0);
  const view: TimeToPixels = { t0, pxPerMs, width };
  const scrollTop = frame.scrollTop;
  const colorTopic = frame.colorTopic && dataset.topicById.has(frame.colorTopic) ? frame.colorTopic : null;
  const [firstLane, lastLane] = visibleLanes(vertical, scrollTop, frame.height);

  const lanes: SceneLane[] = [];
  const groups: SceneGroupHeader[] = [];
  const bars: SceneBar[] = [];
  const marks: SceneMark[] = [];
  const clusters: SceneCluster[] = [];
  const density: SceneDensityRun[] = [];
  const points: MarkPoint[] = [];
  let denseLanes = 0;

  model.groups.forEach((group, g) => {
    const top = vertical.groupTop[g]! - scrollTop;
    if (top + vertical.groupHeaderHeight <= 0 || top >= frame.height) return;
    groups.push({ index: g, id: group.id, top, height: vertical.groupHeaderHeight, label: group.label, collapsed: group.collapsed, actorCount: group.actorCount });
  });

  const plotSpan = frame.plotSpan ?? [0, width];
  scratch.nudges.reset(plan.joined, t0, pxPerMs, plotSpan, DEFAULT_DODGE);
  const titleWidths = frame.measure ? titleWidthsOf(frame.measure, dataset.events) : null;
  const minX = -BAR_EDGE_PX;
  const maxX = width + BAR_EDGE_PX;
  for (let lane = firstLane; lane < lastLane; lane++) {
    const laneFrame = (scratch.lanes[lane - firstLane] ??= new LaneFrame());
    const column = columns[lane]!;
    const info = model.lanes[lane]!;
    // A title's room is its width and a gap (layoutLane caps it at STACKING.maxLabelRoom).
    const titleRoom = titleWidths ? (pos: number) => titleWidths(column.eventIndex[pos]!) + 4 : undefined;
    layoutLane(column, view, STACKING, laneFrame, scratch.nudges, titleRoom, frame.plotSpan);
    const top = vertical.laneTop[lane]! - scrollTop;
    const dense = laneFrame.mode === 'density';
    lanes.push({
      index: lane,
      id: info.id,
      top,
      height: vertical.laneHeight,
      label: info.label,
      accessibleLabel: info.accessibleLabel,
      striped: lane % 2 === 1,
      merged: info.kind === 'merged-group',
      dense,
    });
    if (dense) {
      denseLanes++;
      densityRuns(laneFrame, top, density);
      continue;
    }
    // Read once per lane: a column gathers its arrays when first read (layout/columns.ts).
    const { type: types, flags: flagsOf, start, end } = column;
    for (let m = 0; m < laneFrame.markCount; m++) {
      const pos = laneFrame.markPos[m]!;
      const eventIndex = column.eventIndex[pos]!;
      const x = laneFrame.markX[m]!;
      const y = top + rowCentre(LANE_METRICS, laneFrame.markRow[m]!);
      const type = types[pos]!;
      const flags = flagsOf[pos]!;
      const tone = colorTopic ? stanceToneOf(dataset.events[eventIndex]!, info, colorTopic) : type;
      let bar = -1;
      if ((flags & (MARK_FLAG.span | MARK_FLAG.imprecise)) !== 0) {
        const x0 = (start[pos]! - t0) * pxPerMs;
        const x1 = (end[pos]! - t0) * pxPerMs;
        // Clipped to the plot (plus an edge) so far-reaching years stay cheap to draw.
        const c0 = Math.max(minX, x0);
        const c1 = Math.min(maxX, x1);
        if ((flags & MARK_FLAG.span) !== 0) {
          if (c1 - c0 >= 1) bar = bars.push({ kind: 'span', tone, eventIndex, x0: c0, x1: c1, y, height: 4, startEdge: x0 >= minX, endEdge: x1 <= maxX }) - 1;
        } else if (x1 - x0 >= MIN_INTERVAL_BAND_PX && c1 > c0) {
          bar = bars.push({ kind: 'interval', tone, eventIndex, x0: c0, x1: c1, y, height: 8, startEdge: x0 >= minX, endEdge: x1 <= maxX }) - 1;
        }
      }
      marks.push({ eventIndex, eventId: dataset.events[eventIndex]!.id, lane, x, y, type, tone, flags, bar });
      if (model.laneOffsets[eventIndex + 1]! - model.laneOffsets[eventIndex]! > 1) points.push({ eventIndex, x, y, lane });
    }
    if (laneFrame.clusterCount > 0) clusterMembers(laneFrame, column.eventIndex, column.markTime, top + rowCentre(LANE_METRICS, LANE_METRICS.maxRows), lane, clusters);
  }

  // A call drawn in a lane on screen still reaches its participants scrolled out of view:
  // their lanes anchor the connector, which then runs off the plot's edge.
  // The lanes are read through the offsets: a typed-array view per joined event was garbage every frame.
  const { laneOffsets, laneIndices } = model;
  const drawnJoined = new Set<number>();
  const pointsOnScreen = points.length;
  for (let k = 0; k < pointsOnScreen; k++) {
    const eventIndex = points[k]!.eventIndex;
    if (drawnJoined.has(eventIndex)) continue;
    drawnJoined.add(eventIndex);
    let x = Number.NaN;
    for (let at = laneOffsets[eventIndex]!; at < laneOffsets[eventIndex + 1]!; at++) {
      const lane = laneIndices[at]!;
      if (lane >= firstLane && lane < lastLane) continue;
      const y = vertical.laneTop[lane]! - scrollTop + rowCentre(LANE_METRICS, 0);
      if (Number.isNaN(x)) x = markX(plan, scratch, eventIndex, t0, pxPerMs);
      points.push({ eventIndex, x, y, lane });
    }
  }
  const connectors = connectorsOf(points);

  const ticks = axisTicks(frame.window, width, undefined, frame.dates, frame.measure);
  const today = frame.now >= t0 && frame.now <= t1 ? (frame.now - t0) * pxPerMs : null;
  const scene: Scene = {
    window: frame.window,
    width,
    height: frame.height,
    scrollTop,
    totalHeight: vertical.totalHeight,
    pxPerMs,
    ticks,
    context: windowContext(t0, t1, frame.dates),
    today,
    lanes,
    groups,
    bars,
    marks,
    clusters,
    density,
    connectors,
    connectorsShown: countWithin(connectors, plotSpan, STACKING.markWidth) <= MAX_PAINTED_CONNECTORS,
    labels: [],
    notes: frame.measure ? placeNotes(dataset, model.lanes, lanes, frame.window, width, (text) => (frame.measure!(text) * NOTE_FONT_SIZE) / LABEL_FONT_SIZE) : [],
    stats: { marks: marks.length, clusters: clusters.length, denseLanes },
    direction: 'ltr',
  };
  return frame.direction === 'rtl' ? mirrorScene(scene) : scene;
}

/** How many connectors are in the plot's part of a picture, or within `edge` px of it. */
function countWithin(connectors: readonly Connector[], [x0, x1]: readonly [number, number], edge: number): number {
  let count = 0;
  for (const c of connectors) if (c.x >= x0 - edge && c.x <= x1 + edge) count++;
  return count;
}

/** Where an event's mark sits in a frame, px, with its connector nudge: also for events not drawn as marks. */
export function markX(plan: ScenePlan, scratch: SceneScratch, eventIndex: number, t0: number, pxPerMs: number): number {
  const event = plan.dataset.events[eventIndex];
  if (!event) return Number.NaN;
  const markTime = markTimeOf(event);
  return (markTime - t0) * pxPerMs + scratch.nudges.of(eventIndex, markTime);
}

/**
 * The clusters of a lane with their exact members: a cluster runs from its first to its
 * last member's column position, but events in between that found a free sub-row are
 * drawn as marks, not counted in it.
 */
function clusterMembers(laneFrame: LaneFrame, eventIndex: Int32Array, markTime: Float64Array, y: number, lane: number, out: SceneCluster[]): void {
  const drawn = new Set<number>();
  for (let m = 0; m < laneFrame.markCount; m++) drawn.add(laneFrame.markPos[m]!);
  for (let c = 0; c < laneFrame.clusterCount; c++) {
    const first = laneFrame.clusterFirst[c]!;
    const last = laneFrame.clusterLast[c]!;
    const members = new Int32Array(laneFrame.clusterSize[c]!);
    let k = 0;
    for (let pos = first; pos <= last && k < members.length; pos++) if (!drawn.has(pos)) members[k++] = eventIndex[pos]!;
    out.push({ lane, x: laneFrame.clusterX[c]!, y, size: members.length, members, from: markTime[first]!, to: markTime[last]! });
  }
}

/** A dense lane's per-pixel-column counts as bars on a log scale, equal neighbours merged. */
function densityRuns(laneFrame: LaneFrame, top: number, out: SceneDensityRun[]): void {
  const counts = laneFrame.density;
  const max = laneFrame.densityMax;
  if (max === 0) return;
  const room = LANE_METRICS.laneHeight - LANE_METRICS.padTop - 4;
  const bottom = top + LANE_METRICS.laneHeight - 4;
  const logMax = Math.log1p(max);
  let runStart = -1;
  let runHeight = 0;
  for (let x = 0; x <= counts.length; x++) {
    const count = x < counts.length ? counts[x]! : 0;
    // Quantised to whole pixels so neighbouring columns merge into one bar.
    const height = count === 0 ? 0 : Math.max(2, Math.round((room * Math.log1p(count)) / logMax));
    if (height !== runHeight) {
      if (runHeight > 0) out.push({ x: runStart, width: x - runStart, y: bottom - runHeight, height: runHeight });
      runStart = x;
      runHeight = height;
    }
  }
}
