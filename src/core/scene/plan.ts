// What a scene needs from the data, computed once per dataset, filter and lane change and
// reused by every frame: the lanes, their sorted columns, where each lane sits vertically,
// the events drawn across lanes, and the extent that "fit all" shows.
import { buildLaneColumns, type LaneColumn } from '../layout/columns';
import { eventColumnsOf, type EventColumns } from '../layout/eventColumns';
import { computeLanes, everyEventLanes, type LaneModel } from '../layout/lanes';
import { DEFAULT_DODGE, fitWindow, type JoinedEvents, joinedEventsOf } from '../layout/navigation';
import { verticalLayout, type VerticalLayout } from '../layout/rows';
import type { Dataset } from '../model/types';
import type { Grouping, TimeWindow } from '../view/types';
import { LANE_METRICS, MARK_SIZE } from './metrics';

export interface ScenePlanInput {
  dataset: Dataset;
  /** Indices into dataset.events that pass the filters, ascending. */
  included: readonly number[];
  grouping: Grouping;
  /** Ids of collapsed lane groups. */
  collapsed: ReadonlySet<string> | readonly string[];
}

export interface ScenePlan {
  dataset: Dataset;
  included: readonly number[];
  model: LaneModel;
  columns: LaneColumn[];
  vertical: VerticalLayout;
  joined: JoinedEvents;
  /** [earliest start or mark, latest end] of the included events; null when there are none. */
  extent: [number, number] | null;
  /** Every included event's mark time, for the overview band. */
  markTimes: Float64Array;
}

/**
 * The lanes' columns and the joined events of a lane model, each made once per model:
 * computeLanes keeps the model of every event (the first view's, and the one clearing the
 * filters returns to), so planning it again finds them made.
 */
const columnsByModel = new WeakMap<LaneModel, { columns?: LaneColumn[]; joined?: JoinedEvents }>();

function madeFor(model: LaneModel): { columns?: LaneColumn[]; joined?: JoinedEvents } {
  let made = columnsByModel.get(model);
  if (!made) columnsByModel.set(model, (made = {}));
  return made;
}

function laneColumnsOf(model: LaneModel, events: EventColumns): { columns: LaneColumn[]; joined: JoinedEvents } {
  const made = madeFor(model);
  const columns = (made.columns ??= buildLaneColumns(model, events));
  const joined = (made.joined ??= joinedEventsOf(model.laneOffsets, events));
  return { columns, joined };
}

/**
 * Makes the joined events of the view of every event ahead of its first plan, for a large
 * dataset's first render (useDataset.ts), in a task before the lanes' columns: at a million
 * events the two were about 150 ms of the task that renders the chart first, and, with the
 * collections they set off, close to 200 ms in one task of their own.
 */
export function warmJoinedEvents(dataset: Dataset, grouping: Grouping, collapsed: ReadonlySet<string> | readonly string[]): void {
  const model = everyEventLanes(dataset, grouping, collapsed);
  madeFor(model).joined ??= joinedEventsOf(model.laneOffsets, eventColumnsOf(dataset));
}

/** Makes the lanes' columns of the view of every event ahead of its first plan (see warmJoinedEvents). */
export function warmLaneColumns(dataset: Dataset, grouping: Grouping, collapsed: ReadonlySet<string> | readonly string[]): void {
  laneColumnsOf(everyEventLanes(dataset, grouping, collapsed), eventColumnsOf(dataset));
}

export function planScene(input: ScenePlanInput): ScenePlan {
  const { dataset, included } = input;
  const model = computeLanes(dataset, input.grouping, input.collapsed, included);
  const events = eventColumnsOf(dataset);
  const { markTime, start, end } = events;
  let min = Infinity;
  let max = -Infinity;
  const markTimes = new Float64Array(included.length);
  for (let k = 0; k < included.length; k++) {
    const index = included[k]!;
    const mark = markTime[index]!;
    markTimes[k] = mark;
    if (start[index]! < min) min = start[index]!;
    if (mark < min) min = mark;
    if (end[index]! > max) max = end[index]!;
  }
  const { columns, joined } = laneColumnsOf(model, events);
  const vertical = verticalLayout(model, LANE_METRICS);
  const extent: [number, number] | null = included.length > 0 ? [min, max] : null;
  return { dataset, included, model, columns, vertical, joined, extent, markTimes };
}

/** Room kept at each side of a fitted window, px: a whole mark and its dodged connectors. */
export const FIT_EDGE_PX = MARK_SIZE / 2 + 2 + DEFAULT_DODGE.maxSpread / 2;

/** Half the span shown when nothing is included: a year around today gives the empty chart a sense of time. */
const EMPTY_HALF_SPAN_MS = 182.625 * 86_400_000;

/**
 * The "fit all" window for a plot `width` px wide; with no events, the year around `now`.
 * Every surface (screen, pictures, print) uses this one rule.
 */
export function fittedWindow(extent: readonly [number, number] | null, width: number, now: number): TimeWindow {
  return fitWindow(extent ?? [now - EMPTY_HALF_SPAN_MS, now + EMPTY_HALF_SPAN_MS], width, FIT_EDGE_PX);
}
