// The current view as a standalone SVG picture. It writes the picture's layout
// (core/scene/picture.ts: the plot's scene for every lane, with its frame) as markup and
// lays out nothing itself, so the picture shows what the screen shows. Text stays text,
// styles are inline attributes and fonts are named, so the file edits cleanly in a
// vector editor. Pure string building: no DOM, so it runs (and is tested) in Node too.
import { MARK_FLAG } from '../../core/layout/marks';
import type { Connector } from '../../core/layout/navigation';
import type { Dataset, TimelineEvent } from '../../core/model/types';
import { CLUSTER_BADGE, LANE_METRICS, rowCentre } from '../../core/scene/metrics';
import { withoutBidiControls } from '../../core/scene/caption';
import { LABEL_FONT_SIZE, shortenToFit, type TextMeasure, wrapLines } from '../../core/scene/labels';
import { layoutPicture, PICTURE, type PictureInput, type PictureLayout } from '../../core/scene/picture';
import { tableMeasure, textDirection } from '../../core/scene/textMetrics';
import type { SceneBar, SceneMark } from '../../core/scene/types';
import type { Grouping, TimeWindow } from '../../core/view/types';
import { TONE_SPLIT } from '../../core/scene/tones';
import { BAR_OPACITY, CHART_COLORS, MARK_SIZE, MARK_STYLES, markPath, SHAPE_BY_CODE, shapePath, SPLIT_TONE_HALVES, STATUS_LOOK, TONE_COLORS, typesOf, UNCERTAIN_LOOK } from '../markStyles';
import { creditWithOrigin, sourceCredit } from './credit';
import { eventAccessibleName } from '../eventName';
import { wellFormed } from '../../core/text/wellFormed';
import { t } from '../../core/i18n/translate';
import { ENGLISH_DATES } from '../../core/time/dateLocale';
import type { DateLocale } from '../../core/time/dateLocale';

export interface SvgExportInput {
  dataset: Dataset;
  /** Indices into dataset.events that pass the filters, ascending. */
  included: readonly number[];
  grouping: Grouping;
  collapsed: ReadonlySet<string> | readonly string[];
  /** The window shown; null fits every included event, as the chart does. */
  window: TimeWindow | null;
  /** Width of the whole picture, CSS px. */
  width?: number;
  /** Width of the plot, CSS px: the screen's, so marks sit where they do on screen. */
  plotWidth?: number;
  /** Width of the lane-name column, CSS px (narrower for a paper's single column). */
  labelWidth?: number;
  /** Moment "today" is drawn at, ms (a parameter so pictures are reproducible). */
  now?: number;
  /** The host of the other site the data came from: the credit line names it. */
  dataOrigin?: string | null;
  /** Colour marks by stance on this topic (null: by event type). */
  colorTopic?: string | null;
  /** Time running right to left, as on the screen. */
  direction?: PictureInput['direction'];
  /** Titles beside marks; without this, measured from a metrics table with no priorities. */
  labels?: PictureInput['labels'];
  /** The filters and the view's address for the caption and its citation line. */
  caption?: PictureInput['caption'];
  /** The page's language's months and date patterns (axis, caption, marks' names); English when absent. */
  dates?: DateLocale;
}

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

/** The app's font stack, named in the file so editors and browsers pick the same faces. */
export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const TITLE_SIZE = PICTURE.titleSize;

/** Text made safe as XML content or a double-quoted attribute (and well-formed). */
export function escapeXml(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Data text inside a line of SVG text, isolated by SVG's own bidi attributes: a right-to-left
 * name or an override in it reorders only itself, and no invisible isolate characters end
 * up in what a reader copies out of the picture.
 */
function isolatedSpan(data: string): string {
  return `<tspan unicode-bidi="isolate" direction="${textDirection(data)}">${escapeXml(data)}</tspan>`;
}

const n = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, ''));

/** A mark's tooltip: the chart's own name for the event (an SVG title holds plain text only, so the title's bidi controls are dropped rather than isolated). */
function eventName(event: TimelineEvent, dataset: Pick<Dataset, 'types'>, dates: DateLocale): string {
  return eventAccessibleName(event, dataset, dates, withoutBidiControls(event.title));
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return textMarkup(x, y, escapeXml(content), attributes);
}

/** A text element around markup already escaped (with isolated spans). */
function textMarkup(x: number, y: number, markup: string, attributes = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attributes ? ` ${attributes}` : ''}>${markup}</text>`;
}

/**
 * One mark with its imprecise date's band, titled with the event's name. A span's bar and a
 * band's end ticks are drawn under the titles' backings (barsUnderTitlesSvg).
 */
function markSvg(event: TimelineEvent, dataset: Dataset, mark: SceneMark, bar: SceneBar | undefined, dx: number, dy: number, dates: DateLocale): string {
  const color = TONE_COLORS[mark.tone]!;
  const fill = mark.tone === TONE_SPLIT ? 'url(#sl-split)' : color;
  const parts: string[] = [];
  if (bar && bar.kind !== 'span') parts.push(`<rect data-band="interval" x="${n(bar.x0 + dx)}" y="${n(bar.y + dy - bar.height / 2)}" width="${n(bar.x1 - bar.x0)}" height="${bar.height}" fill="${color}" fill-opacity="${BAR_OPACITY.band}"/>`);
  const flags = mark.flags;
  const x = mark.x + dx;
  const y = mark.y + dy;
  const planned = (flags & MARK_FLAG.planned) !== 0;
  const faded = (flags & MARK_FLAG.qualified) !== 0 ? ` opacity="${UNCERTAIN_LOOK.opacity}"` : '';
  const paint = planned ? `fill="${mark.tone === TONE_SPLIT ? fill : '#ffffff'}" stroke="${color}" stroke-width="2"` : `fill="${fill}"`;
  parts.push(`<path transform="translate(${n(x)},${n(y)})" d="${shapePath(SHAPE_BY_CODE[mark.type] ?? 'circle')}" ${paint}${faded}/>`);
  if ((flags & MARK_FLAG.reported) !== 0 && !planned) parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="1.6" fill="#ffffff"/>`);
  return `<g data-event-id="${escapeXml(event.id)}" data-lane="${mark.lane}"><title>${escapeXml(eventName(event, dataset, dates))}</title>${parts.join('')}</g>`;
}

/**
 * What of an event's bar goes under the titles' backings, as on screen (canvas/paintScene.ts):
 * a span's bar (a stronger, thinner bar than an interval's band) or an interval's end ticks.
 */
function barsUnderTitlesSvg(event: TimelineEvent, mark: SceneMark, bar: SceneBar | undefined, dx: number, dy: number): string {
  if (!bar) return '';
  const color = TONE_COLORS[mark.tone]!;
  const x0 = bar.x0 + dx;
  const x1 = bar.x1 + dx;
  const top = bar.y + dy - bar.height / 2;
  const of = `data-event-of="${escapeXml(event.id)}"`;
  if (bar.kind === 'span') return `<rect data-band="span" ${of} x="${n(x0)}" y="${n(top)}" width="${n(x1 - x0)}" height="${bar.height}" fill="${color}" fill-opacity="${BAR_OPACITY.span}"/>`;
  const tick = (x: number) => `<rect ${of} x="${n(x)}" y="${n(top)}" width="1" height="${bar.height}" fill="${color}" fill-opacity="${BAR_OPACITY.tick}"/>`;
  return (bar.startEdge ? tick(x0) : '') + (bar.endEdge ? tick(x1 - 1) : '');
}

/**
 * A connector as the chart paints it (paint.ts paintConnectors): solid between the
 * participants' marks, thin and dashed where it passes lanes the event is not in.
 */
function connectorSvg(connector: Connector, event: TimelineEvent, dx: number, dy: number): string {
  const x = n(Math.round(connector.x + dx) + 0.5);
  const lines = connector.segments.map((segment) =>
    segment.crossing
      ? `<line x1="${x}" y1="${n(segment.y0 + dy)}" x2="${x}" y2="${n(segment.y1 + dy)}" stroke-width="1" stroke-dasharray="3 3"/>`
      : `<line x1="${x}" y1="${n(segment.y0 + dy)}" x2="${x}" y2="${n(segment.y1 + dy)}" stroke-width="1.5"/>`,
  );
  return `<g data-connector="${escapeXml(event.id)}" stroke="${CHART_COLORS.connector}">${lines.join('')}</g>`;
}

/** The legend's items: a glyph and its label each (core/scene/picture.ts places them in rows). */
function legendItems(dataset: Pick<Dataset, 'types'>): Array<{ glyph: string; label: string }> {
  return [
    ...typesOf(dataset).map(({ style }) => ({ glyph: `<path d="${shapePath(style.shape)}" fill="${style.color}"/>`, label: style.label })),
    { glyph: `<path d="${markPath('meeting')}" fill="#ffffff" stroke="${MARK_STYLES.meeting.color}" stroke-width="2"/>`, label: STATUS_LOOK.planned.label },
    { glyph: `<path d="${markPath('statement')}" fill="${MARK_STYLES.statement.color}" opacity="${UNCERTAIN_LOOK.opacity}"/>`, label: UNCERTAIN_LOOK.label },
    { glyph: `<line x1="0" y1="-6" x2="0" y2="6" stroke="${CHART_COLORS.connector}" stroke-width="1.5"/>`, label: t('Call or meeting across lanes') },
  ];
}

function legendSvg(layout: PictureLayout, dataset: Pick<Dataset, 'types'>): string {
  const items = legendItems(dataset).flatMap((item, k) => {
    const at = layout.legend[k];
    if (!at) return [];
    return [`<g transform="translate(${n(at.x)},${n(at.y)})">${item.glyph}</g>`, text(at.x + MARK_SIZE / 2 + PICTURE.legendGap, at.y + 4, item.label, `font-size="11" fill="${CHART_COLORS.mutedText}"`)];
  });
  return `<g aria-label="${escapeXml(t('Legend'))}">${items.join('')}</g>`;
}

/** The picture of the view. */
export function buildViewSvg(input: SvgExportInput): SvgPicture {
  const labels = input.labels ?? { measure: tableMeasure(LABEL_FONT_SIZE), priorities: { selectedIndex: -1, currentMatchIndex: -1, matchIndices: new Set<number>() } };
  const layout = layoutPicture({ ...input, now: input.now ?? Date.now(), labels, legendLabels: legendItems(input.dataset).map((item) => item.label) });
  return { svg: pictureSvg(input.dataset, input.included.length, layout, labels.measure, input.dataOrigin ?? null, input.dates), width: layout.width, height: layout.height };
}

/**
 * The credit line as markup, each name isolated by SVG's bidi attributes; shortened (and then
 * plain) when it is wider than `width`.
 */
function creditMarkup(dataset: Dataset, dataOrigin: string | null, plain: string, width: number, measure: TextMeasure): string {
  if (measure(plain) > width) return escapeXml(shortenToFit(plain, width, measure));
  // Names between private-use markers, so the line can be cut into names and the words between them.
  const mark = (name: string) => `\uE000${withoutBidiControls(name).replace(/[\uE000\uE001]/g, '')}\uE001`;
  const marked = creditWithOrigin(sourceCredit(dataset, mark), dataOrigin, mark) ?? '';
  // Split by hand (a single pass): a name runs from its opening marker to the next closing one.
  const [first = '', ...rest] = marked.split('\uE000');
  return rest.reduce((markup, part) => {
    const end = part.indexOf('\uE001');
    return end < 0 ? markup + escapeXml(part) : markup + isolatedSpan(part.slice(0, end)) + escapeXml(part.slice(end + 1));
  }, escapeXml(first));
}

/** Writes a laid-out picture as SVG markup; `measure` (the titles' font) wraps lane names. */
export function pictureSvg(dataset: Dataset, includedCount: number, layout: PictureLayout, measure: TextMeasure, dataOrigin: string | null = null, dates: DateLocale = ENGLISH_DATES): string {
  const { scene, width, height, margin: MARGIN, labelWidth, plotLeft, plotTop, plotWidth, lanesHeight, footerTop } = layout;
  // Scene coordinates are plot-relative: (dx, dy) places them in the picture.
  const dx = plotLeft;
  const dy = plotTop;
  const measure12 = layout.measureAt(12);
  const credit = creditWithOrigin(sourceCredit(dataset, withoutBidiControls), dataOrigin, withoutBidiControls);
  const subtitle = layout.subtitle;

  const background: string[] = [];
  const labels: string[] = [];
  for (const lane of scene.lanes) {
    const top = lane.top + dy;
    if (lane.striped) background.push(`<rect x="${MARGIN}" y="${n(top)}" width="${n(width - 2 * MARGIN)}" height="${lane.height}" fill="${CHART_COLORS.laneStripe}"/>`);
    const indent = layout.scene.groups.length > 0 ? 14 : 6;
    // Long names wrap to a second line before they are cut, as in the chart's lane column.
    const lines = wrapLines(lane.label, labelWidth - 8 - indent, (t) => (measure(t) * 12) / LABEL_FONT_SIZE, 2);
    const x = MARGIN + indent;
    const rtl = textDirection(lane.label) === 'rtl';
    const spans = lines.map((line, k) => `<tspan x="${n(x)}" dy="${k === 0 ? 0 : 15}">${escapeXml(line)}</tspan>`).join('');
    labels.push(`<text x="${n(x)}" y="${n(top + rowCentre(LANE_METRICS, 0) + 4)}" font-size="12" fill="${CHART_COLORS.text}"${rtl ? ' direction="rtl" text-anchor="end"' : ''}>${spans}</text>`);
  }
  for (const group of scene.groups) {
    const top = group.top + dy;
    background.push(`<rect x="${MARGIN}" y="${n(top)}" width="${n(width - 2 * MARGIN)}" height="${group.height}" fill="${CHART_COLORS.groupBand}"/>`);
    const suffix = group.collapsed ? ` ${t('({count, number} merged)', { count: group.actorCount })}` : '';
    const name = shortenToFit(withoutBidiControls(group.label), width - 2 * MARGIN - 12 - measure12(suffix), (t) => measure12(t) * 1.05);
    labels.push(textMarkup(MARGIN + 6, top + group.height / 2 + 4, isolatedSpan(name) + escapeXml(suffix), `font-size="12" font-weight="600" fill="${CHART_COLORS.text}"`));
  }
  const grid = scene.ticks.map((tick) => {
    const x = Math.round(tick.x + dx) + 0.5;
    return `<line x1="${n(x)}" y1="${n(plotTop)}" x2="${n(x)}" y2="${n(footerTop)}" stroke="${CHART_COLORS.grid}"/>`;
  });
  const axis = scene.ticks.map((tick) => {
    const x = tick.x + dx;
    return `<line x1="${n(x)}" y1="${n(plotTop - 6)}" x2="${n(x)}" y2="${n(plotTop)}" stroke="${CHART_COLORS.mutedText}"/>${text(x, plotTop - 10, tick.label, `font-size="11" text-anchor="${tick.anchor}" fill="${CHART_COLORS.mutedText}"`)}`;
  });

  const barsUnderTitles = scene.marks.map((mark) => barsUnderTitlesSvg(dataset.events[mark.eventIndex]!, mark, mark.bar >= 0 ? scene.bars[mark.bar] : undefined, dx, dy));
  const marks = scene.marks.map((mark) => markSvg(dataset.events[mark.eventIndex]!, dataset, mark, mark.bar >= 0 ? scene.bars[mark.bar] : undefined, dx, dy, dates));
  const density = scene.density.map((run) => `<rect x="${n(run.x + dx)}" y="${n(run.y + dy)}" width="${n(run.width)}" height="${n(run.height)}"/>`);
  const clusters = scene.clusters.map((cluster) => {
    const x = cluster.x + dx;
    const y = cluster.y + dy;
    const members = Array.from(cluster.members, (index) => eventName(dataset.events[index]!, dataset, dates));
    const left = x + CLUSTER_BADGE.left;
    return `<g data-cluster-size="${cluster.size}"><title>${escapeXml(t('{count, plural, one {# more event} other {# more events}}: {names}', { count: cluster.size, names: members.join('; ') }))}</title><rect x="${n(left)}" y="${n(y - CLUSTER_BADGE.height / 2)}" width="${CLUSTER_BADGE.width}" height="${CLUSTER_BADGE.height}" rx="2" fill="${CHART_COLORS.cluster}"/>${text(left + CLUSTER_BADGE.width / 2, y + 3.5, `+${cluster.size}`, `font-size="10" font-weight="600" text-anchor="middle" fill="${CHART_COLORS.clusterText}"`)}</g>`;
  });
  // Titles on a light backing, as on screen: the backings over spans' bars and bands' end ticks,
  // under the marks and their bands (a title's own date band shows through), the words above. Written in their own direction with
  // SVG's attributes rather than invisible isolate characters (which survive copy and paste).
  const titleBackings = scene.labels.map((label) => `<rect x="${n(label.x + dx)}" y="${n(label.y + dy)}" width="${n(label.width + 1)}" height="${label.height}"/>`);
  const titles = scene.labels.map((label) => {
    const rtl = textDirection(label.text) === 'rtl';
    const x = rtl ? label.x + label.width + dx : label.x + dx;
    const direction = rtl ? ' direction="rtl" text-anchor="start"' : '';
    return text(x, label.y + dy + LABEL_FONT_SIZE - 2, label.text, `data-title-of="${escapeXml(label.eventId)}" font-size="${LABEL_FONT_SIZE}" fill="${CHART_COLORS.text}"${direction}`);
  });
  // Periods and annotations: bands and rules behind the lanes they concern, names above the axis.
  const notes = scene.notes.flatMap((note) => {
    const x0 = note.x0 + dx;
    const x1 = note.x1 + dx;
    const rule = note.kind === 'annotation' && x1 === x0;
    const parts = note.bands.map((band) =>
      rule
        ? `<rect x="${n(x0)}" y="${n(band.top + dy)}" width="1" height="${n(band.height)}" fill="${CHART_COLORS.noteEdge}"/>`
        : `<rect x="${n(x0)}" y="${n(band.top + dy)}" width="${n(Math.max(1, x1 - x0))}" height="${n(band.height)}" fill="${note.kind === 'period' ? CHART_COLORS.periodBand : CHART_COLORS.annotationBand}"/>`,
    );
    if (note.label) parts.push(text(note.labelX + dx, plotTop - 19, note.label, `data-note="${note.kind}" font-size="10" fill="${CHART_COLORS.noteText}"`));
    return parts;
  });
  const connectors = scene.connectorsShown ? scene.connectors.map((c) => connectorSvg(c, dataset.events[c.eventIndex]!, dx, dy)) : [];
  const todayX = scene.today === null ? null : scene.today + dx;
  const today =
    todayX !== null
      ? `<line x1="${n(todayX)}" y1="${n(plotTop)}" x2="${n(todayX)}" y2="${n(footerTop)}" stroke="${CHART_COLORS.today}" stroke-width="1.5" stroke-dasharray="4 3"/>${text(todayX + 3, plotTop - 20, t('Today'), `font-size="10" fill="${CHART_COLORS.today}"`)}`
      : '';

  const footer = [
    `<line x1="${MARGIN}" y1="${n(footerTop + 0.5)}" x2="${n(width - MARGIN)}" y2="${n(footerTop + 0.5)}" stroke="${CHART_COLORS.grid}"/>`,
    credit ? textMarkup(MARGIN, footerTop + 18, creditMarkup(dataset, dataOrigin, credit, width * 0.7, measure12), `font-size="12" fill="${CHART_COLORS.mutedText}"`) : '',
    ...layout.citationLines.map((line) => text(MARGIN, line.y, line.text, `data-caption="citation" font-size="${PICTURE.citationSize}" fill="${CHART_COLORS.mutedText}"`)),
    text(width - MARGIN, footerTop + 18, t('Made with Stanceline'), `font-size="12" text-anchor="end" fill="${CHART_COLORS.mutedText}"`),
  ];
  const empty = includedCount === 0 ? text(plotLeft + plotWidth / 2, plotTop + 30, t('No events match the filters.'), `font-size="13" text-anchor="middle" fill="${CHART_COLORS.mutedText}"`) : '';

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}" role="img" aria-labelledby="sl-title sl-desc" data-plot-left="${plotLeft}" data-plot-top="${n(plotTop)}">`,
    `<title id="sl-title">${escapeXml(dataset.title)}</title>`,
    `<desc id="sl-desc">${escapeXml([subtitle, ...layout.filterLines.map((line) => line.text), credit ?? '', ...layout.citationLines.map((line) => line.text)].filter(Boolean).join('. ').trim())}</desc>`,
    `<defs><linearGradient id="sl-split" x1="0" y1="0" x2="1" y2="1"><stop offset="0.5" stop-color="${SPLIT_TONE_HALVES[0]}"/><stop offset="0.5" stop-color="${SPLIT_TONE_HALVES[1]}"/></linearGradient><clipPath id="sl-plot"><rect x="${plotLeft}" y="${n(plotTop)}" width="${n(plotWidth)}" height="${n(lanesHeight)}"/></clipPath></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(MARGIN, layout.titleY, layout.title, `font-size="${TITLE_SIZE}" font-weight="700" fill="${CHART_COLORS.text}"`),
    text(MARGIN, layout.subtitleY, subtitle, `data-caption="window" font-size="${PICTURE.captionSize}" fill="${CHART_COLORS.mutedText}"`),
    ...layout.filterLines.map((line) => text(MARGIN, line.y, line.text, `data-caption="filters" font-size="${PICTURE.captionSize}" fill="${CHART_COLORS.mutedText}"`)),
    legendSvg(layout, dataset),
    `<g>${background.join('')}</g>`,
    `<g>${notes.join('')}</g>`,
    `<g>${grid.join('')}</g>`,
    `<g font-size="11">${axis.join('')}</g>`,
    `<g>${labels.join('')}</g>`,
    `<g clip-path="url(#sl-plot)">${today}<g>${connectors.join('')}</g><g>${barsUnderTitles.join('')}</g><g data-title-backings="" fill="${CHART_COLORS.titleBacking}">${titleBackings.join('')}</g><g fill="${CHART_COLORS.density}">${density.join('')}</g><g>${marks.join('')}</g><g>${clusters.join('')}</g><g>${titles.join('')}</g></g>`,
    empty,
    footer.join(''),
    '</svg>',
  ].join('\n');
}
