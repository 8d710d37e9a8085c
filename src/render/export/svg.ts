// The current view as a standalone SVG picture, built from the same pure layout the
// canvas chart uses (lanes, rows, per-lane stacking, connectors, axis ticks), so the
// picture shows what the screen shows. All lanes are drawn, not only those scrolled
// into view; the time window is the one on screen. Text stays text, styles are inline
// attributes and fonts are named, so the file edits cleanly in a vector editor.
// Pure string building: no DOM, so it runs (and is tested) in Node too.
import { scaleUtc } from 'd3';
import { buildLaneColumns, MARK_FLAG, markTimeOf } from '../../core/layout/columns';
import { computeLanes } from '../../core/layout/lanes';
import { connectorsOf, DEFAULT_DODGE, dodgeJoined, joinedEventsOf, type Connector, type MarkPoint } from '../../core/layout/navigation';
import { verticalLayout } from '../../core/layout/rows';
import { DEFAULT_STACKING, LaneFrame, layoutLane, type TimeToPixels } from '../../core/layout/stacking';
import { EVENT_TYPES, type Dataset, type TimelineEvent } from '../../core/model/types';
import { formatEventDate } from '../../core/time/format';
import type { Grouping, TimeWindow } from '../../core/view/types';
import { formatTick, tickStep, windowContext } from '../axis';
import { CHART_COLORS, MARK_SIZE, MARK_STYLES, markPath, STATUS_LOOK, UNCERTAIN_LOOK } from '../markStyles';
import { LANE_METRICS, MIN_INTERVAL_BAND_PX, rowCentre } from '../paint';
import { isolate } from './bidi';
import { creditWithOrigin, sourceCredit } from './credit';
import { wellFormed } from './wellFormed';
import { formatCount } from '../../core/text/formatCount';

export interface SvgExportInput {
  dataset: Dataset;
  /** Indices into dataset.events that pass the filters, ascending. */
  included: readonly number[];
  grouping: Grouping;
  collapsed: ReadonlySet<string> | readonly string[];
  window: TimeWindow;
  /** Width of the whole picture, CSS px. */
  width?: number;
  /** Moment "today" is drawn at, ms (a parameter so pictures are reproducible). */
  now?: number;
  /** The host of the other site the data came from: the credit line names it. */
  dataOrigin?: string | null;
}

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

/** The app's font stack, named in the file so editors and browsers pick the same faces. */
export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const DEFAULT_WIDTH = 1200;
const MIN_WIDTH = 480;
const MARGIN = 16;
const LABEL_WIDTH = 200;
const TITLE_SIZE = 20;
const AXIS_HEIGHT = 28;
const LEGEND_HEIGHT = 22;
const FOOTER_HEIGHT = 40;
/** Average glyph advance as a share of the font size, for truncating text without measuring it. */
const CHAR_WIDTH = 0.56;
const MARK_LABEL_SIZE = 9.5;

/** Text made safe as XML content or a double-quoted attribute (and well-formed). */
export function escapeXml(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Cuts text to what fits in `width` px at `fontSize`, with an ellipsis; '' when not even a few letters fit. */
export function fitText(text: string, width: number, fontSize: number): string {
  const chars = Math.floor(width / (fontSize * CHAR_WIDTH));
  if (text.length <= chars) return text;
  if (chars < 4) return '';
  return `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** The credit cut to fit; cut inside an isolated name, the name's isolate is closed again. */
function fitCredit(credit: string, width: number): string {
  const fitted = fitText(credit, width, 12);
  const open = (fitted.match(/\u2068/g) ?? []).length - (fitted.match(/\u2069/g) ?? []).length;
  return open > 0 ? `${fitted}\u2069` : fitted;
}

const n = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, ''));

function eventName(event: TimelineEvent): string {
  const status = event.status === 'occurred' ? '' : ` (${event.status === 'planned' ? 'planned' : 'reported'})`;
  return `${isolate(event.title)}, ${MARK_STYLES[event.type].label.toLowerCase()}${status}, ${formatEventDate(event)}`;
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attributes ? ` ${attributes}` : ''}>${escapeXml(content)}</text>`;
}

/** One mark (with its bar for spans and imprecise dates), titled with the event's name. */
function markSvg(event: TimelineEvent, flags: number, x: number, y: number, x0: number, x1: number, clipLeft: number, clipRight: number): string {
  const { color } = MARK_STYLES[event.type];
  const parts: string[] = [];
  const bar0 = Math.max(clipLeft, x0);
  const bar1 = Math.min(clipRight, x1);
  // The same thresholds as the screen (paint.ts): a span's bar from 1 px, a date's
  // interval band only once it is wide enough to show beside the mark.
  if ((flags & MARK_FLAG.span) !== 0) {
    if (bar1 - bar0 >= 1) parts.push(`<rect data-band="span" x="${n(bar0)}" y="${n(y - 2)}" width="${n(bar1 - bar0)}" height="4" fill="${color}" fill-opacity="0.5"/>`);
  } else if ((flags & MARK_FLAG.imprecise) !== 0 && x1 - x0 >= MIN_INTERVAL_BAND_PX && bar1 > bar0) {
    parts.push(`<rect data-band="interval" x="${n(bar0)}" y="${n(y - 4)}" width="${n(bar1 - bar0)}" height="8" fill="${color}" fill-opacity="0.16"/>`);
    if (x0 >= clipLeft) parts.push(`<rect x="${n(x0)}" y="${n(y - 4)}" width="1" height="8" fill="${color}" fill-opacity="0.8"/>`);
    if (x1 <= clipRight) parts.push(`<rect x="${n(x1 - 1)}" y="${n(y - 4)}" width="1" height="8" fill="${color}" fill-opacity="0.8"/>`);
  }
  const planned = (flags & MARK_FLAG.planned) !== 0;
  const faded = (flags & MARK_FLAG.qualified) !== 0 ? ` opacity="${UNCERTAIN_LOOK.opacity}"` : '';
  const paint = planned ? `fill="#ffffff" stroke="${color}" stroke-width="2"` : `fill="${color}"`;
  parts.push(`<path transform="translate(${n(x)},${n(y)})" d="${markPath(event.type)}" ${paint}${faded}/>`);
  if ((flags & MARK_FLAG.reported) !== 0 && !planned) parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="1.6" fill="#ffffff"/>`);
  return `<g data-event-id="${escapeXml(event.id)}"><title>${escapeXml(eventName(event))}</title>${parts.join('')}</g>`;
}

/**
 * A connector as the chart paints it (paint.ts paintConnectors): solid between the
 * participants' marks, thin and dashed where it passes lanes the event is not in.
 */
function connectorSvg(connector: Connector, event: TimelineEvent): string {
  const x = n(Math.round(connector.x) + 0.5);
  const lines = connector.segments.map((segment) =>
    segment.crossing
      ? `<line x1="${x}" y1="${n(segment.y0)}" x2="${x}" y2="${n(segment.y1)}" stroke-width="1" stroke-dasharray="3 3"/>`
      : `<line x1="${x}" y1="${n(segment.y0)}" x2="${x}" y2="${n(segment.y1)}" stroke-width="1.5"/>`,
  );
  return `<g data-connector="${escapeXml(event.id)}" stroke="${CHART_COLORS.connector}">${lines.join('')}</g>`;
}

function legendSvg(x: number, y: number): string {
  const items: string[] = [];
  let cursor = x;
  const add = (glyph: string, label: string) => {
    items.push(`<g transform="translate(${n(cursor + MARK_SIZE / 2)},${n(y)})">${glyph}</g>`);
    items.push(text(cursor + MARK_SIZE + 5, y + 4, label, `font-size="11" fill="${CHART_COLORS.mutedText}"`));
    cursor += MARK_SIZE + 5 + label.length * 11 * CHAR_WIDTH + 16;
  };
  for (const type of EVENT_TYPES) add(`<path d="${markPath(type)}" fill="${MARK_STYLES[type].color}"/>`, MARK_STYLES[type].label);
  add(`<path d="${markPath('meeting')}" fill="#ffffff" stroke="${MARK_STYLES.meeting.color}" stroke-width="2"/>`, STATUS_LOOK.planned.label);
  add(`<path d="${markPath('statement')}" fill="${MARK_STYLES.statement.color}" opacity="${UNCERTAIN_LOOK.opacity}"/>`, 'Approximate or uncertain date');
  add(`<line x1="0" y1="-6" x2="0" y2="6" stroke="${CHART_COLORS.connector}" stroke-width="1.5"/>`, 'One call or meeting across lanes');
  return `<g aria-label="Legend">${items.join('')}</g>`;
}

/** The picture of the view. */
export function buildViewSvg(input: SvgExportInput): SvgPicture {
  const { dataset, included, grouping, window: timeWindow } = input;
  const width = Math.max(MIN_WIDTH, Math.round(input.width ?? DEFAULT_WIDTH));
  const [t0, t1] = timeWindow;
  const plotLeft = MARGIN + LABEL_WIDTH;
  const plotWidth = width - plotLeft - MARGIN;
  const model = computeLanes(dataset, grouping, input.collapsed, included);
  const columns = buildLaneColumns(dataset, model);
  const vertical = verticalLayout(model, LANE_METRICS);
  const view: TimeToPixels = { t0, pxPerMs: plotWidth / (t1 - t0), width: plotWidth };
  const stacking = { ...DEFAULT_STACKING, maxRows: LANE_METRICS.maxRows };

  const credit = creditWithOrigin(sourceCredit(dataset, isolate), input.dataOrigin, isolate);
  const context = windowContext(t0, t1);
  const subtitle = `${context} · ${formatCount(included.length)} of ${formatCount(dataset.events.length)} events`;
  const titleY = MARGIN + TITLE_SIZE;
  const subtitleY = titleY + 20;
  const legendY = subtitleY + 8 + LEGEND_HEIGHT / 2;
  const axisTop = legendY + LEGEND_HEIGHT / 2 + 6;
  const lanesTop = axisTop + AXIS_HEIGHT;
  const lanesHeight = Math.max(vertical.totalHeight, LANE_METRICS.laneHeight);
  const footerTop = lanesTop + lanesHeight;
  const height = Math.ceil(footerTop + FOOTER_HEIGHT);

  // Axis and grid from one scale, with the chart's tick density.
  const scale = scaleUtc()
    .domain([new Date(t0), new Date(t1)])
    .range([plotLeft, plotLeft + plotWidth]);
  const ticks = scale.ticks(Math.max(3, Math.floor(plotWidth / 90)));
  const step = tickStep(ticks, t1 - t0);

  const background: string[] = [];
  const labels: string[] = [];
  model.lanes.forEach((lane, index) => {
    const top = lanesTop + vertical.laneTop[index]!;
    if (index % 2 === 1) background.push(`<rect x="${MARGIN}" y="${n(top)}" width="${n(width - 2 * MARGIN)}" height="${LANE_METRICS.laneHeight}" fill="${CHART_COLORS.laneStripe}"/>`);
    const label = isolate(fitText(lane.label, LABEL_WIDTH - 20, 12));
    labels.push(text(MARGIN + (lane.groupId ? 14 : 6), top + rowCentre(LANE_METRICS, 0) + 4, label, `font-size="12" fill="${CHART_COLORS.text}"`));
  });
  model.groups.forEach((group, index) => {
    const top = lanesTop + vertical.groupTop[index]!;
    background.push(`<rect x="${MARGIN}" y="${n(top)}" width="${n(width - 2 * MARGIN)}" height="${LANE_METRICS.groupHeaderHeight}" fill="${CHART_COLORS.groupBand}"/>`);
    const suffix = group.collapsed ? ` (${group.actorCount} merged)` : '';
    const label = isolate(fitText(group.label, width - 2 * MARGIN - suffix.length * 12 * CHAR_WIDTH, 12)) + suffix;
    labels.push(text(MARGIN + 6, top + LANE_METRICS.groupHeaderHeight / 2 + 4, label, `font-size="12" font-weight="600" fill="${CHART_COLORS.text}"`));
  });
  const grid = ticks.map((tick) => {
    const x = Math.round(scale(tick)) + 0.5;
    return `<line x1="${n(x)}" y1="${n(lanesTop)}" x2="${n(x)}" y2="${n(footerTop)}" stroke="${CHART_COLORS.grid}"/>`;
  });
  const axis = ticks.map((tick) => {
    const x = scale(tick);
    return `<line x1="${n(x)}" y1="${n(lanesTop - 6)}" x2="${n(x)}" y2="${n(lanesTop)}" stroke="${CHART_COLORS.mutedText}"/>${text(x, lanesTop - 10, formatTick(tick.getTime(), step), `font-size="11" text-anchor="middle" fill="${CHART_COLORS.mutedText}"`)}`;
  });

  const marks: string[] = [];
  const markLabels: string[] = [];
  const clusters: string[] = [];
  const density: string[] = [];
  const points: MarkPoint[] = [];
  const frame = new LaneFrame();
  // Joined events at (nearly) one x are nudged apart exactly as the chart does for this window.
  const nudges = new Map<number, number>();
  dodgeJoined(joinedEventsOf(model.laneOffsets, (e) => markTimeOf(dataset.events[e]!)), t0, view.pxPerMs, view.width, DEFAULT_DODGE, nudges);
  columns.forEach((column, lane) => {
    layoutLane(column, view, stacking, frame, nudges);
    const top = lanesTop + vertical.laneTop[lane]!;
    if (frame.mode === 'density') {
      const room = LANE_METRICS.laneHeight - LANE_METRICS.padTop - 4;
      const bottom = top + LANE_METRICS.laneHeight - 4;
      const logMax = Math.log1p(frame.densityMax);
      frame.density.forEach((count, x) => {
        if (count === 0) return;
        const h = Math.max(2, Math.round((room * Math.log1p(count)) / logMax));
        density.push(`<rect x="${plotLeft + x}" y="${n(bottom - h)}" width="1" height="${h}"/>`);
      });
      return;
    }
    // Each sub-row's next mark limits how much of a title fits beside a mark.
    const nextInRow = new Map<number, number>();
    const following: number[] = new Array(frame.markCount).fill(Infinity);
    for (let m = frame.markCount - 1; m >= 0; m--) {
      const row = frame.markRow[m]!;
      following[m] = nextInRow.get(row) ?? plotWidth + MARGIN;
      nextInRow.set(row, frame.markX[m]!);
    }
    for (let m = 0; m < frame.markCount; m++) {
      const pos = frame.markPos[m]!;
      const eventIndex = column.eventIndex[pos]!;
      const event = dataset.events[eventIndex]!;
      const x = plotLeft + frame.markX[m]!;
      const y = top + rowCentre(LANE_METRICS, frame.markRow[m]!);
      const x0 = plotLeft + (column.start[pos]! - t0) * view.pxPerMs;
      const x1 = plotLeft + (column.end[pos]! - t0) * view.pxPerMs;
      marks.push(markSvg(event, column.flags[pos]!, x, y, x0, x1, plotLeft, plotLeft + plotWidth));
      const room = Math.min(plotLeft + following[m]!, plotLeft + plotWidth) - x - MARK_SIZE - 6;
      const label = room > 0 ? fitText(event.title, room, MARK_LABEL_SIZE) : '';
      if (label) markLabels.push(text(x + MARK_SIZE / 2 + 4, y + 3.5, isolate(label), `font-size="${MARK_LABEL_SIZE}" fill="${CHART_COLORS.text}"`));
      if (model.laneOffsets[eventIndex + 1]! - model.laneOffsets[eventIndex]! > 1) points.push({ eventIndex, x, y, lane });
    }
    const clusterY = top + rowCentre(LANE_METRICS, LANE_METRICS.maxRows);
    for (let c = 0; c < frame.clusterCount; c++) {
      const x = plotLeft + frame.clusterX[c]!;
      const size = frame.clusterSize[c]!;
      const members: string[] = [];
      for (let pos = frame.clusterFirst[c]!; pos <= frame.clusterLast[c]!; pos++) members.push(eventName(dataset.events[column.eventIndex[pos]!]!));
      clusters.push(
        `<g data-cluster-size="${size}"><title>${escapeXml(`${size} more ${size === 1 ? 'event' : 'events'}: ${members.join('; ')}`)}</title><rect x="${n(x - 3)}" y="${n(clusterY - 6)}" width="26" height="12" rx="2" fill="${CHART_COLORS.cluster}"/>${text(x + 10, clusterY + 3.5, `+${size}`, `font-size="10" font-weight="600" text-anchor="middle" fill="${CHART_COLORS.clusterText}"`)}</g>`,
      );
    }
  });
  const connectors = connectorsOf(points).map((c) => connectorSvg(c, dataset.events[c.eventIndex]!));
  const now = input.now ?? Date.now();
  const today =
    now >= t0 && now <= t1
      ? `<line x1="${n(scale(now))}" y1="${n(lanesTop)}" x2="${n(scale(now))}" y2="${n(footerTop)}" stroke="${CHART_COLORS.today}" stroke-width="1.5" stroke-dasharray="4 3"/>${text(scale(now) + 3, lanesTop - 20, 'Today', `font-size="10" fill="${CHART_COLORS.today}"`)}`
      : '';

  const footer = [
    `<line x1="${MARGIN}" y1="${n(footerTop + 0.5)}" x2="${n(width - MARGIN)}" y2="${n(footerTop + 0.5)}" stroke="${CHART_COLORS.grid}"/>`,
    credit ? text(MARGIN, footerTop + 18, fitCredit(credit, width * 0.7), `font-size="12" fill="${CHART_COLORS.mutedText}"`) : '',
    text(width - MARGIN, footerTop + 18, 'Made with Stanceline', `font-size="12" text-anchor="end" fill="${CHART_COLORS.mutedText}"`),
  ];
  const empty = included.length === 0 ? text(plotLeft + plotWidth / 2, lanesTop + 30, 'No events match the filters.', `font-size="13" text-anchor="middle" fill="${CHART_COLORS.mutedText}"`) : '';

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}" role="img" aria-labelledby="sl-title sl-desc">`,
    `<title id="sl-title">${escapeXml(dataset.title)}</title>`,
    `<desc id="sl-desc">${escapeXml(`${subtitle}. ${credit ?? ''}`.trim())}</desc>`,
    `<defs><clipPath id="sl-plot"><rect x="${plotLeft}" y="${n(lanesTop)}" width="${n(plotWidth)}" height="${n(lanesHeight)}"/></clipPath></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(MARGIN, titleY, isolate(fitText(dataset.title, width - 2 * MARGIN, TITLE_SIZE)), `font-size="${TITLE_SIZE}" font-weight="700" fill="${CHART_COLORS.text}"`),
    text(MARGIN, subtitleY, subtitle, `font-size="12" fill="${CHART_COLORS.mutedText}"`),
    legendSvg(MARGIN, legendY),
    `<g>${background.join('')}</g>`,
    `<g>${grid.join('')}</g>`,
    `<g font-size="11">${axis.join('')}</g>`,
    `<g>${labels.join('')}</g>`,
    `<g clip-path="url(#sl-plot)">${today}<g>${connectors.join('')}</g><g fill="${CHART_COLORS.density}">${density.join('')}</g><g>${marks.join('')}</g><g>${markLabels.join('')}</g><g>${clusters.join('')}</g></g>`,
    empty,
    footer.join(''),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
