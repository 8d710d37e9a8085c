// One actor's stances on one topic over time: positions collapsed into days ("steps"),
// the shifts between them, and the latest known stance at a date with carry-forward.
//
// Rules (also in README.md of this folder):
// - A position counts from the UTC day holding the start of its date. A position dated
//   "2025-02" counts from 1 February 2025, "2025" from 1 January 2025: the data says it
//   was taken within that interval, and counting from the start keeps it visible for the
//   whole interval it could belong to. A more precise position later in the same
//   interval (e.g. "2025-02-12") comes after it and replaces it.
// - Positions of one actor on one topic that count from the same day form one step.
//   If they agree, the step has that stance and the last in file order is its main row.
//   If they disagree, the step is "mixed" and lists every stance taken that day.
// - The stance at a date is the latest step on or before that day, carried forward
//   until replaced. Before the first step it is "unknown", never "neutral".
import type { Stance } from '../model/types';
import type { PositionTable } from './table';
import { stanceOfValue, utcDayOf } from './table';

export type StepState =
  | { readonly kind: 'known'; readonly stance: Stance }
  /** Disagreeing positions on the same day; stances in the order first taken that day. */
  | { readonly kind: 'mixed'; readonly stances: readonly Stance[] };

export interface StanceStep {
  /** UTC day (ms at 00:00) from which this step counts. */
  readonly day: number;
  readonly state: StepState;
  /** Table rows on this day, in file order. */
  readonly rows: readonly number[];
  /** The row that stands for the step: the last in file order. */
  readonly mainRow: number;
}

export interface StanceShift {
  readonly actorId: string;
  readonly topicId: string;
  readonly from: Stance;
  readonly to: Stance;
  /** The day of the step that took the new stance. */
  readonly day: number;
  /** Rows of the step that held the old stance, and of the one that took the new. */
  readonly fromRows: readonly number[];
  readonly rows: readonly number[];
  /** Positive when moving towards the topic's `support` wording. */
  readonly delta: number;
}

export interface StanceSeries {
  readonly actorId: string;
  readonly topicId: string;
  /** All rows of this actor and topic, in table order. */
  readonly rows: readonly number[];
  /** Steps in time order, one per day holding positions. */
  readonly steps: readonly StanceStep[];
  /** Changes between successive known stances; repeats and mixed days are not shifts. */
  readonly shifts: readonly StanceShift[];
}

export type StanceAt =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'known'; readonly stance: Stance; readonly step: StanceStep }
  | { readonly kind: 'mixed'; readonly stances: readonly Stance[]; readonly step: StanceStep };

export const UNKNOWN: StanceAt = { kind: 'unknown' };

function stepOf(table: PositionTable, rows: number[]): StanceStep {
  const stances: Stance[] = [];
  for (const row of rows) {
    const stance = stanceOfValue(table.value[row]!);
    if (!stances.includes(stance)) stances.push(stance);
  }
  // Rows come in table order (start, file order, item); within one day file order is what counts.
  const byFile = [...rows].sort((a, b) => table.fileIndex[a]! - table.fileIndex[b]! || table.item[a]! - table.item[b]!);
  const state: StepState =
    stances.length === 1 ? { kind: 'known', stance: stances[0]! } : { kind: 'mixed', stances };
  return { day: table.day[rows[0]!]!, state, rows: byFile, mainRow: byFile[byFile.length - 1]! };
}

/** Builds the series from the rows of one actor and topic, given in table order. */
export function buildSeries(table: PositionTable, actorId: string, topicId: string, rows: readonly number[]): StanceSeries {
  const steps: StanceStep[] = [];
  let i = 0;
  while (i < rows.length) {
    const day = table.day[rows[i]!]!;
    const sameDay: number[] = [];
    while (i < rows.length && table.day[rows[i]!] === day) sameDay.push(rows[i++]!);
    steps.push(stepOf(table, sameDay));
  }

  const shifts: StanceShift[] = [];
  let previous: StanceStep | undefined;
  for (const step of steps) {
    if (step.state.kind !== 'known') continue;
    if (previous && previous.state.kind === 'known' && previous.state.stance !== step.state.stance) {
      const from = previous.state.stance;
      const to = step.state.stance;
      shifts.push({
        actorId,
        topicId,
        from,
        to,
        day: step.day,
        fromRows: previous.rows,
        rows: step.rows,
        delta: table.value[step.mainRow]! - table.value[previous.mainRow]!,
      });
    }
    previous = step;
  }
  return { actorId, topicId, rows, steps, shifts };
}

/** Index of the last step counting on or before `instant`'s UTC day, or -1. */
export function stepIndexAt(series: StanceSeries, instant: number): number {
  const day = utcDayOf(instant);
  let lo = 0;
  let hi = series.steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (series.steps[mid]!.day <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The latest known stance on the UTC day holding `instant`, positions of that day
 * included. `series` may be undefined (the actor never took a position on the topic).
 */
export function stanceAt(series: StanceSeries | undefined, instant: number): StanceAt {
  if (!series) return UNKNOWN;
  const index = stepIndexAt(series, instant);
  if (index < 0) return UNKNOWN;
  const step = series.steps[index]!;
  return step.state.kind === 'known'
    ? { kind: 'known', stance: step.state.stance, step }
    : { kind: 'mixed', stances: step.state.stances, step };
}
