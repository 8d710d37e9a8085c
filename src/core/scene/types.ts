// The scene: everything one view of the timeline shows, as a display list in CSS pixels.
// It is the single answer to "what is drawn where" — the canvas painter, the SVG writer,
// the keyboard buttons, the pointer's hit test and the tooltip all read it, and none of
// them lays anything out. Coordinates are relative to the plot's top-left corner.
import type { Connector } from '../layout/navigation';
import type { AxisDirection, TimeWindow } from '../view/types';
import type { AxisTick } from './axis';

export interface SceneLane {
  /** Index into the lane model (stable while the lanes are). */
  index: number;
  id: string;
  top: number;
  height: number;
  label: string;
  /** The label read out and shown on hover: never shortened. */
  accessibleLabel: string;
  /** Alternate lanes get a faint stripe so rows are easy to follow. */
  striped: boolean;
  /** A collapsed group's lane, standing for all its actors. */
  merged: boolean;
  /** Too many events per pixel to draw marks: the lane is a density strip. */
  dense: boolean;
}

export interface SceneGroupHeader {
  index: number;
  id: string;
  top: number;
  height: number;
  label: string;
  collapsed: boolean;
  actorCount: number;
}

/** One event's mark in one lane (an event in several lanes has a mark in each). */
export interface SceneMark {
  eventIndex: number;
  eventId: string;
  lane: number;
  /** Centre of the mark, px. */
  x: number;
  y: number;
  /** TYPE_CODE of the event: the mark's shape. */
  type: number;
  /** The mark's colour: its type's, or a stance's (core/scene/tones.ts). */
  tone: number;
  /** MARK_FLAG bits: hollow when planned, faded when qualified, dotted when reported. */
  flags: number;
  /** Index into the scene's bars of this mark's span or interval bar, or -1. */
  bar: number;
}

/** A span's bar or the band of an imprecise date, already clipped to the plot (plus an edge). */
export interface SceneBar {
  kind: 'span' | 'interval';
  /** Colour, as its mark's. */
  tone: number;
  eventIndex: number;
  x0: number;
  x1: number;
  /** Vertical centre and height, px. */
  y: number;
  height: number;
  /** Interval bands tick their true ends; false where the end lies beyond the plot. */
  startEdge: boolean;
  endEdge: boolean;
}

/** Events that share a lane's sub-rows too tightly to draw apart, as one counted badge. */
export interface SceneCluster {
  lane: number;
  /** Left of the badge's anchor, and its row centre, px. */
  x: number;
  y: number;
  size: number;
  /** The members' event indices, earliest first: exactly the events the badge counts. */
  members: Int32Array;
  /** Earliest and latest member mark times, ms: what opening the cluster zooms to. */
  from: number;
  to: number;
}

/** A run of equal height in a dense lane's per-pixel-column strip. */
export interface SceneDensityRun {
  x: number;
  width: number;
  /** Top and height of the bar, px. */
  y: number;
  height: number;
}

/** A title drawn beside its mark (filled in by the label placer, core/scene/labels.ts). */
export interface SceneLabel {
  eventIndex: number;
  eventId: string;
  lane: number;
  /** Index into the scene's marks of the mark it names. */
  mark: number;
  /** The title, or its start with an ellipsis when the room is short. */
  text: string;
  /** False when `text` is shortened. */
  full: boolean;
  /** The label's box: left edge, top, width and line height, px. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A period (band) or an annotation (rule) in view, with its name for the strip above the plot. */
export interface SceneNote {
  kind: 'period' | 'annotation';
  /** Index into the dataset's periods or annotations. */
  index: number;
  /** Where it is, px, clipped to the plot; an annotation narrower than RULE_WIDTH_PX is a rule at its middle. */
  x0: number;
  x1: number;
  /** The lanes in view it concerns, as vertical spans (adjacent lanes merged). */
  bands: { top: number; height: number }[];
  /** Its name in the strip above the plot, shortened to fit ('' when nothing fits). */
  label: string;
  labelX: number;
  labelWidth: number;
}

export interface Scene {
  window: TimeWindow;
  /** The plot's size, px: the window spans `width`; the band of lanes drawn is `height` tall. */
  width: number;
  height: number;
  /** Vertical scroll of the lanes: lane tops are already shifted by it. */
  scrollTop: number;
  /** Height of every lane and header, px (what a scroller scrolls over). */
  totalHeight: number;
  pxPerMs: number;
  ticks: AxisTick[];
  /** Short words for the window ("Feb 2025", "2019–2025"). */
  context: string;
  /** x of today's line when today is in the window. */
  today: number | null;
  lanes: SceneLane[];
  groups: SceneGroupHeader[];
  bars: SceneBar[];
  marks: SceneMark[];
  clusters: SceneCluster[];
  density: SceneDensityRun[];
  /** Every connector in view, dodged; whether all are drawn is `connectorsShown`. */
  connectors: Connector[];
  /** False when there are too many to read: then only those of events in focus are drawn. */
  connectorsShown: boolean;
  labels: SceneLabel[];
  /** Periods (bands) and annotations (rules) in the window, with their names for the strip above the plot. */
  notes: SceneNote[];
  /** Events drawn as marks, clusters and dense lanes: counts for measurements. */
  stats: { marks: number; clusters: number; denseLanes: number };
  /** Which way time runs: 'rtl' when the scene was reflected (core/scene/mirror.ts). */
  direction: AxisDirection;
}
