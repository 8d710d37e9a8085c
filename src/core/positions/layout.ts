// Layout of the positions view for one topic: tracks (one per actor, grouped by
// country), the five-step stance scale inside each track, and marks in pixels.
// Painters receive this and draw; nothing here knows about the DOM.
import type { ActorRecord, CountryRecord, Stance } from '../model/types';
import { STANCE_VALUE } from '../model/types';
import type { PositionsModel } from './model';
import type { StanceSeries, StanceShift } from './series';
import { stepIndexAt } from './series';
import { rowStance } from './table';
import { t } from '../i18n/translate';

export interface PositionsLayoutOptions {
  /** Plot width in px (the time axis), excluding the label column. */
  width: number;
  /** The time window to show; null fits the topic's positions. */
  window: readonly [number, number] | null;
  /** Height of one track in px (the five stance steps plus padding). */
  trackHeight?: number;
  /** Height of a country header row in px. */
  groupHeaderHeight?: number;
  /**
   * Above this many marks in the window, positions are aggregated per track into
   * pixel bins per stance, so a topic with thousands of positions stays readable.
   */
  maxMarks?: number;
  /** Bin width in px when aggregating. */
  binWidth?: number;
  /**
   * Indices of the events that pass the filters (see scope.ts); marks of positions in
   * other events are faded. Null or omitted: none is faded.
   */
  emphasised?: ReadonlySet<number> | null;
}

const DEFAULTS = { trackHeight: 76, groupHeaderHeight: 26, maxMarks: 600, binWidth: 12 };
/** Space kept free above and below the stance scale inside a track. */
const TRACK_PADDING = 10;
/** Horizontal spacing of same-day marks of one stance, so each stays clickable. */
const SAME_DAY_SPREAD = 9;
const DAY_MS = 86_400_000;

export interface PositionMark {
  /** Stable key: 'r<row>' for a position, 'b<track>:<bin>:<value>' for an aggregate. */
  key: string;
  x: number;
  /** Absolute y in px (from the top of the plot). */
  y: number;
  stance: Stance;
  /** Table rows drawn by this mark: one for a position, several for an aggregate. */
  rows: readonly number[];
  /** The row whose event a click selects: the last in file order. */
  mainRow: number;
  aggregated: boolean;
  /** True when the mark's day held disagreeing positions (a mixed step). */
  mixedDay: boolean;
  /** Every position of the mark is in an event the filters leave out: drawn faded. */
  faded: boolean;
  /** The step that this mark completes is a change of stance. */
  shift: StanceShift | null;
  /** Free px to the right before the track's next mark: where a label may go. */
  room: number;
}

export interface PositionTrack {
  actor: ActorRecord;
  groupId: string;
  /** Top of the track in px. */
  top: number;
  height: number;
  /** y of each stance inside this track, absolute px. */
  stanceY: Readonly<Record<Stance, number>>;
  marks: readonly PositionMark[];
  /** Step-line vertices: successive known stances joined with horizontal-then-vertical steps. */
  stepPath: readonly (readonly [number, number])[];
  /**
   * The known stance the line enters the window with, from a position before the window (its
   * mark out of view), and the row that took it: the chart says since when. Null when none.
   */
  enteredWith: { stance: Stance; row: number } | null;
  series: StanceSeries;
}

export interface PositionGroup {
  id: string;
  country: CountryRecord | null;
  label: string;
  top: number;
}

export interface PositionsLayout {
  domain: readonly [number, number];
  width: number;
  height: number;
  groups: readonly PositionGroup[];
  tracks: readonly PositionTrack[];
  /** Shifts on the topic inside the window, in time order. */
  shifts: readonly StanceShift[];
  /** Positions on the topic inside the window, and whether they were aggregated. */
  positionCount: number;
  aggregated: boolean;
}

/** The extent of a topic's positions, padded so marks at the ends are not cut. */
export function topicExtent(model: PositionsModel, topicId: string): readonly [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const series of model.seriesOnTopic(topicId)) {
    for (const step of series.steps) {
      min = Math.min(min, step.day);
      max = Math.max(max, step.day + DAY_MS);
    }
  }
  if (min > max) return model.dataset.extent[1] > model.dataset.extent[0] ? model.dataset.extent : [0, DAY_MS];
  const pad = Math.max((max - min) * 0.05, 3 * DAY_MS);
  return [min - pad, max + pad];
}

function stanceYs(top: number, height: number): Record<Stance, number> {
  const inner = height - 2 * TRACK_PADDING;
  const y = (value: number) => top + TRACK_PADDING + ((2 - value) / 4) * inner;
  return {
    support: y(2),
    'lean-support': y(1),
    neutral: y(0),
    'lean-oppose': y(-1),
    oppose: y(-2),
  };
}

export function layoutPositions(model: PositionsModel, topicId: string, options: PositionsLayoutOptions): PositionsLayout {
  const { trackHeight, groupHeaderHeight, maxMarks, binWidth } = { ...DEFAULTS, ...options };
  const emphasised = options.emphasised ?? null;
  const isFaded = (rows: readonly number[]) => emphasised !== null && rows.every((row) => !emphasised.has(model.table.event[row]!));
  const width = Math.max(1, options.width);
  const domain = options.window ?? topicExtent(model, topicId);
  const [t0, t1] = domain;
  const xOf = (t: number) => ((t - t0) / (t1 - t0)) * width;
  // Positions count from their day; the mark sits at the middle of that day when days are wide enough to see.
  const dayCentre = (day: number) => day + DAY_MS / 2;
  const { table } = model;

  const allSeries = model.seriesOnTopic(topicId);
  const seriesByActor = new Map(allSeries.map((s) => [s.actorId, s]));
  const visibleRows = (series: StanceSeries) =>
    series.rows.filter((row) => table.day[row]! + DAY_MS > t0 && table.day[row]! < t1);
  const positionCount = allSeries.reduce((sum, s) => sum + visibleRows(s).length, 0);
  const aggregated = positionCount > maxMarks;

  const groups: PositionGroup[] = [];
  const tracks: PositionTrack[] = [];
  const shifts: StanceShift[] = [];
  let y = 0;
  for (const group of model.groups) {
    const members = group.actors.filter((a) => seriesByActor.has(a.id));
    if (members.length === 0) continue;
    groups.push({ id: group.id, country: group.country, label: group.country?.name ?? t('No country'), top: y });
    y += groupHeaderHeight;
    for (const actor of members) {
      const series = seriesByActor.get(actor.id)!;
      const stanceY = stanceYs(y, trackHeight);
      const shiftByDay = new Map(series.shifts.map((s) => [s.day, s]));
      for (const shift of series.shifts) if (shift.day >= t0 && shift.day < t1) shifts.push(shift);

      const marks: PositionMark[] = aggregated
        ? binMarks(model, series, visibleRows(series), xOf, dayCentre, stanceY, binWidth, tracks.length, isFaded)
        : visibleRows(series).map((row) => {
            const stance = rowStance(table, row);
            const step = series.steps[stepIndexAt(series, table.day[row]!)]!;
            // Same-day marks of one stance are spread around the day so each can be hit.
            const twins = step.rows.filter((r) => table.value[r] === table.value[row]);
            const offset = (twins.indexOf(row) - (twins.length - 1) / 2) * SAME_DAY_SPREAD;
            return {
              key: `r${row}`,
              x: xOf(dayCentre(table.day[row]!)) + offset,
              y: stanceY[stance],
              stance,
              rows: [row],
              mainRow: row,
              aggregated: false,
              mixedDay: step.state.kind === 'mixed',
              faded: isFaded([row]),
              shift: shiftByDay.get(step.day) ?? null,
              room: 0,
            };
          });
      marks.sort((a, b) => a.x - b.x);
      marks.forEach((mark, i) => {
        const next = marks[i + 1];
        mark.room = (next ? next.x : width) - mark.x;
      });

      // Step line: enter from the stance carried into the window, join known steps, carry to the right edge.
      let enteredWith: PositionTrack['enteredWith'] = null;
      for (const step of series.steps) {
        if (step.day + DAY_MS > t0) break;
        if (step.state.kind === 'known') enteredWith = { stance: step.state.stance, row: step.mainRow };
      }
      const path: [number, number][] = [];
      for (const step of series.steps) {
        if (step.state.kind !== 'known') continue;
        const x = Math.max(0, Math.min(width, xOf(dayCentre(step.day))));
        const yStep = stanceY[step.state.stance];
        const last = path[path.length - 1];
        if (last) path.push([x, last[1]]);
        path.push([x, yStep]);
      }
      const last = path[path.length - 1];
      if (last && last[0] < width) path.push([width, last[1]]);

      tracks.push({ actor, groupId: group.id, top: y, height: trackHeight, stanceY, marks, stepPath: path, enteredWith, series });
      y += trackHeight;
    }
  }
  shifts.sort((a, b) => a.day - b.day);
  return { domain, width, height: y, groups, tracks, shifts, positionCount, aggregated };
}

/** Aggregates a track's positions into pixel bins per stance: one mark per (bin, stance). */
function binMarks(
  model: PositionsModel,
  series: StanceSeries,
  rows: readonly number[],
  xOf: (t: number) => number,
  dayCentre: (day: number) => number,
  stanceY: Record<Stance, number>,
  binWidth: number,
  trackIndex: number,
  isFaded: (rows: readonly number[]) => boolean,
): PositionMark[] {
  const { table } = model;
  const shiftOfRow = new Map<number, StanceShift>();
  for (const shift of series.shifts) for (const row of shift.rows) shiftOfRow.set(row, shift);
  const bins = new Map<string, number[]>();
  for (const row of rows) {
    const bin = Math.floor(xOf(dayCentre(table.day[row]!)) / binWidth);
    const key = `b${trackIndex}:${bin}:${table.value[row]}`;
    const list = bins.get(key);
    if (list) list.push(row);
    else bins.set(key, [row]);
  }
  const marks: PositionMark[] = [];
  for (const [key, binRows] of bins) {
    const first = binRows[0]!;
    const stance = rowStance(table, first);
    const shift = binRows.map((r) => shiftOfRow.get(r)).find((s) => s !== undefined) ?? null;
    const mainRow = binRows.reduce((a, b) => (table.day[b]! > table.day[a]! || (table.day[b] === table.day[a] && table.fileIndex[b]! > table.fileIndex[a]!) ? b : a));
    const bin = Number(key.split(':')[1]);
    marks.push({
      key,
      x: (bin + 0.5) * binWidth,
      y: stanceY[stance],
      stance,
      rows: binRows,
      mainRow,
      aggregated: binRows.length > 1,
      mixedDay: false,
      faded: isFaded(binRows),
      shift,
      room: 0,
    });
  }
  return marks;
}

/** For checks in tests: the stance value of a mark's y inside its track. */
export function stanceValueAtY(track: PositionTrack, y: number): number | undefined {
  const entry = (Object.entries(track.stanceY) as [Stance, number][]).find(([, sy]) => Math.abs(sy - y) < 0.5);
  return entry ? STANCE_VALUE[entry[0]] : undefined;
}
