// The time axis: tick labels that adapt from decades to hours, formatted with date-fns
// in UTC so the reader's time zone never shifts a day.
import { scaleUtc, utcFriday, utcMonday, utcSaturday, utcSunday, utcThursday, utcTickInterval, utcTuesday, utcWednesday } from 'd3';
import type { ScaleTime } from 'd3';
import { format } from 'date-fns';
import { utc } from '../time/utc';
import { ENGLISH_DATES } from '../time/dateLocale';
import type { DateLocale } from '../time/dateLocale';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MONTH_MS = 28 * DAY_MS;
const YEAR_MS = 365 * DAY_MS;

function yearText(ms: number, dates: DateLocale): string {
  const year = new Date(ms).getUTCFullYear();
  // Astronomical year 0 is 1 BCE; date-fns patterns assume four positive digits.
  if (year <= 0) return dates.beforeCommonEra(1 - year);
  return String(year);
}

/**
 * A tick's label for ticks `stepMs` apart: "2025" for years and decades, "Feb 2025"
 * for months, "12 Feb" for days, "10:30" for hours (with the day at midnight).
 */
export function formatTick(ms: number, stepMs: number, dates: DateLocale = ENGLISH_DATES): string {
  const year = new Date(ms).getUTCFullYear();
  const options = { in: utc, locale: dates.locale };
  if (stepMs >= YEAR_MS - 2 * DAY_MS || year < 1 || year > 9999) return yearText(ms, dates);
  if (stepMs >= MONTH_MS) return format(ms, dates.patterns.tickMonth, options);
  if (stepMs >= DAY_MS - HOUR_MS) return format(ms, dates.patterns.tickDay, options);
  if (ms % DAY_MS === 0) return format(ms, dates.patterns.tickDay, options);
  return format(ms, dates.patterns.tickTime, options);
}

/** The step between consecutive ticks (ms), or the window span when there is one tick. */
export function tickStep(ticks: readonly Date[], span: number): number {
  if (ticks.length < 2) return span;
  return ticks[1]!.getTime() - ticks[0]!.getTime();
}

/** The window as short context text for the axis corner, e.g. "2025" or "Feb 2025". */
export function windowContext(start: number, end: number, dates: DateLocale = ENGLISH_DATES): string {
  const from = yearText(start, dates);
  const to = yearText(end, dates);
  if (end - start < 60 * DAY_MS && from === to && new Date(start).getUTCFullYear() >= 1) {
    const options = { in: utc, locale: dates.locale };
    const a = format(start, dates.patterns.tickMonth, options);
    const b = format(end, dates.patterns.tickMonth, options);
    return a === b ? a : `${format(start, dates.patterns.monthOnly, options)}–${b}`;
  }
  return from === to ? from : `${from}–${to}`;
}

/** A tick of the time axis, placed in plot pixels. */
export interface AxisTick {
  time: number;
  x: number;
  label: string;
  /** Labels near the plot's edges grow inwards instead of being cut in half. */
  anchor: 'start' | 'middle' | 'end';
}

/** A tick this close to an edge anchors its label on that side, px. */
const EDGE_PX = 30;

/** Room one tick label needs, px: the chart, the overview band and exports space ticks alike. */
export const TICK_SPACING_PX = 90;

/** The UTC weeks that start on each day, Sunday (0) to Saturday (6). */
const WEEKS_STARTING_ON = [utcSunday, utcMonday, utcTuesday, utcWednesday, utcThursday, utcFriday, utcSaturday] as const;

/** The day a week starts on in this language, as date-fns's locale says (Sunday in English, Monday in French, Saturday in Arabic). */
export function weekStartOf(dates: DateLocale): number {
  return dates.locale?.options?.weekStartsOn ?? 0;
}

/**
 * d3's calendar-aware ticks (UTC), about `count` of them, except that ticks a week apart fall
 * on the language's first day of the week: d3 always starts its weeks on Sunday.
 */
export function calendarTicks(scale: ScaleTime<number, number>, count: number, weekStartsOn = 0): Date[] {
  const [start, stop] = scale.domain() as [Date, Date];
  const weekly = weekStartsOn !== 0 && utcTickInterval(start, stop, count) === utcSunday;
  return weekly ? scale.ticks(WEEKS_STARTING_ON[weekStartsOn] ?? utcSunday) : scale.ticks(count);
}

/** Clear space between two tick labels, px. */
const TICK_LABEL_GAP = 12;

/** The least distance between consecutive ticks, px (the plot's width for fewer than two). */
function closestTicks(ticks: readonly AxisTick[], width: number): number {
  let closest = width;
  for (let k = 1; k < ticks.length; k++) closest = Math.min(closest, ticks[k]!.x - ticks[k - 1]!.x);
  return closest;
}

/**
 * The axis for a window drawn `width` px wide: d3's calendar-aware ticks (UTC), labelled
 * at the precision their spacing calls for. With `measure` (the labels' width at the axis's
 * 11 px), fewer ticks are asked for while the widest label would not fit between two: a
 * language's day names ("١٢ فبراير", "12. Feb.") are wider than the spacing assumes.
 */
export function axisTicks(window: readonly [number, number], width: number, spacing = TICK_SPACING_PX, dates: DateLocale = ENGLISH_DATES, measure?: (text: string) => number): AxisTick[] {
  const [t0, t1] = window;
  const scale = scaleUtc()
    .domain([new Date(t0), new Date(t1)])
    .range([0, width]);
  const ticksFor = (count: number): AxisTick[] => {
    const tickDates = calendarTicks(scale, count, weekStartOf(dates));
    const step = tickStep(tickDates, t1 - t0);
    return tickDates.map((date) => {
      const time = date.getTime();
      const x = scale(date);
      return { time, x, label: formatTick(time, step, dates), anchor: x < EDGE_PX ? 'start' : x > width - EDGE_PX ? 'end' : 'middle' };
    });
  };
  let count = Math.max(3, Math.floor(width / spacing));
  let ticks = ticksFor(count);
  // d3 rounds to calendar steps, so a smaller count may give the same ticks: a few tries at most.
  for (let attempt = 0; measure && attempt < 4 && ticks.length > 2; attempt++) {
    const needed = Math.max(...ticks.map((tick) => measure(tick.label))) + TICK_LABEL_GAP;
    const room = closestTicks(ticks, width);
    if (needed <= room) break;
    const fewer = Math.min(count - 1, Math.floor((count * room) / needed));
    if (fewer < 2) break;
    count = fewer;
    ticks = ticksFor(count);
  }
  return ticks;
}
