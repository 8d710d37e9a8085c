// A picture of a view (SVG, PNG, print): the plot's scene, for every lane at once, framed
// by a title, a legend row, the axis and a footer. The plot is the same scene the screen
// draws for the same window and plot width, so a picture matches the chart mark for mark.
import type { AxisDirection, TimeWindow } from '../view/types';
import { t } from '../i18n/translate';
import type { DateLocale } from '../time/dateLocale';
import { buildScene } from './build';
import { type CaptionView, citationLine, filterLine, windowCaption, withoutBidiControls } from './caption';
import { LABEL_FONT_SIZE, type LabelPriorities, placeLabels, shortenToFit, type TextMeasure } from './labels';
import { tableMeasure } from './textMetrics';
import { LANE_METRICS } from './metrics';
import { fittedWindow, planScene, type ScenePlanInput } from './plan';
import type { Scene } from './types';

export interface PictureInput extends ScenePlanInput {
  /** The window to show; null fits every included event, as the chart does. */
  window: TimeWindow | null;
  /** Width of the whole picture, px; ignored when plotWidth is given. */
  width?: number;
  /** Width of the plot, px: the screen's, so the picture's marks sit where the screen's do. */
  plotWidth?: number;
  /** Width of the lane-name column, px (PICTURE.labelWidth unless given: narrower for a paper's column). */
  labelWidth?: number;
  /** The moment drawn as "today", ms. */
  now: number;
  /** Colour marks by stance on this topic (null: by event type). */
  colorTopic?: string | null;
  /** Time running right to left, as on the screen; left to right when absent. */
  direction?: AxisDirection;
  /** Titles beside marks, measured as the screen measures them; none without a measure. */
  labels?: { measure: TextMeasure; priorities: LabelPriorities };
  /** The legend's labels, in order: the layout places them in rows that fit the width. */
  legendLabels?: readonly string[];
  /** What the caption tells besides the window: the filters on, and where the view lives (for the citation line). */
  caption?: { view: CaptionView; link: string | null; accessed: number };
  /** The page's language's months and date patterns for the axis and the caption; English when absent. */
  dates?: DateLocale;
}

export interface PictureLayout {
  width: number;
  height: number;
  margin: number;
  labelWidth: number;
  /** Left edge and top of the plot (the first lane), px. */
  plotLeft: number;
  plotTop: number;
  plotWidth: number;
  /** Height of the band of lanes, px. */
  lanesHeight: number;
  /** The dataset's title, shortened by measure to the picture's width. */
  title: string;
  titleY: number;
  /** "14 Dec 2020 – 18 Jan 2022 · 12 of 40 events": the window exactly, and the count. */
  subtitle: string;
  subtitleY: number;
  /** Every filter on, wrapped to the width (none when no filter is on), each at its baseline. */
  filterLines: ReadonlyArray<{ text: string; y: number }>;
  legendY: number;
  /** Each legend item's glyph centre, in the order of legendLabels; the label follows the glyph. */
  legend: ReadonlyArray<{ x: number; y: number }>;
  footerTop: number;
  /** The citation line (dataset, link to the view, date of access), wrapped, under the credit. */
  citationLines: ReadonlyArray<{ text: string; y: number }>;
  /** Text at `size` px measured as the picture's text is (the titles' measure, scaled). */
  measureAt: (size: number) => TextMeasure;
  scene: Scene;
}

export const PICTURE = {
  defaultWidth: 1200,
  minWidth: 480,
  margin: 16,
  labelWidth: 200,
  titleSize: 20,
  axisHeight: 28,
  legendHeight: 22,
  /** A legend item: glyph, gap, label (11 px), then space before the next. */
  legendGlyph: 10,
  legendGap: 5,
  legendSpace: 16,
  footerHeight: 40,
  /** Caption text: the subtitle and filters, and the citation's smaller print. */
  captionSize: 12,
  captionLineHeight: 16,
  citationSize: 11,
  citationLineHeight: 14,
  maxCaptionLines: 3,
} as const;

/** The resolution of pictures for papers, dots per inch. */
export const PRINT_DPI = 300;

/**
 * A journal's column widths. The picture is laid out `layoutWidth` px wide, where its 10–12 px
 * text stays legible printed at the column's width, then drawn at PRINT_DPI.
 */
export const PAPER_COLUMNS = {
  single: { mm: 89, layoutWidth: 520, labelWidth: 130 },
  double: { mm: 183, layoutWidth: 1040, labelWidth: 200 },
} as const;

/** Pixels across `mm` at `dpi`. */
export function paperPixels(mm: number, dpi: number = PRINT_DPI): number {
  return Math.round((mm / 25.4) * dpi);
}

/**
 * Lines of at most `width` px: words as they fit, and a word longer than a line (a link)
 * broken where it must be; the last line shortened when there are more than `maxLines`.
 */
export function wrapHard(text: string, width: number, measure: TextMeasure, maxLines: number): string[] {
  const pieces: Array<{ text: string; space: boolean }> = [];
  // No-break spaces (French "Filtres\u00a0:") hold their words together and are kept.
  for (const word of text.split(/[^\S\u00a0\u2007\u202f]+/).filter(Boolean)) {
    let rest = Array.from(word);
    let space = true;
    while (rest.length > 0) {
      let take = rest.length;
      while (take > 1 && measure(rest.slice(0, take).join('')) > width) take--;
      pieces.push({ text: rest.slice(0, take).join(''), space });
      rest = rest.slice(take);
      space = false;
    }
  }
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    const joined = last >= 0 ? `${lines[last]}${piece.space ? ' ' : ''}${piece.text}` : piece.text;
    if (last >= 0 && measure(joined) <= width) lines[last] = joined;
    else lines.push(piece.text);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shortenToFit(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, measure);
  return kept;
}

export function layoutPicture(input: PictureInput): PictureLayout {
  const { margin } = PICTURE;
  const labelWidth = input.labelWidth ?? PICTURE.labelWidth;
  const plotLeft = margin + labelWidth;
  const width = input.plotWidth !== undefined ? Math.round(input.plotWidth) + plotLeft + margin : Math.max(PICTURE.minWidth, Math.round(input.width ?? PICTURE.defaultWidth));
  const plotWidth = width - plotLeft - margin;
  const plan = planScene(input);
  const window = input.window ?? fittedWindow(plan.extent, plotWidth, input.now);
  const lanesHeight = Math.max(plan.vertical.totalHeight, LANE_METRICS.laneHeight);
  const scene = buildScene(plan, { window, width: plotWidth, height: lanesHeight, scrollTop: 0, now: input.now, colorTopic: input.colorTopic ?? null, measure: input.labels?.measure, dates: input.dates, direction: input.direction ?? 'ltr' });
  if (input.labels) placeLabels(scene, plan.dataset, input.labels.priorities, input.labels.measure);

  const measure = input.labels?.measure ?? tableMeasure(LABEL_FONT_SIZE);
  const measureAt = (size: number): TextMeasure => (text) => (measure(text) * size) / LABEL_FONT_SIZE;
  const textWidth = width - 2 * margin;
  // Bold runs about 8% wider than the regular face the measure reads.
  const title = shortenToFit(withoutBidiControls(input.dataset.title), textWidth, (text) => measureAt(PICTURE.titleSize)(text) * 1.08);
  const subtitle = t('{window} · {shown, number} of {total, plural, one {# event} other {# events}}', {
    window: windowCaption(window, input.dates),
    shown: input.included.length,
    total: input.dataset.events.length,
  });
  const filters = input.caption ? filterLine(input.caption.view, input.dataset) : null;
  const citation = input.caption?.link ? citationLine(input.dataset.title, input.caption.link, input.caption.accessed, input.dates) : null;
  const filterTexts = filters ? wrapHard(filters, textWidth, measureAt(PICTURE.captionSize), PICTURE.maxCaptionLines) : [];
  const citationTexts = citation ? wrapHard(citation, textWidth, measureAt(PICTURE.citationSize), PICTURE.maxCaptionLines) : [];

  const titleY = margin + PICTURE.titleSize;
  const subtitleY = titleY + 20;
  const filterLines = filterTexts.map((text, k) => ({ text, y: subtitleY + (k + 1) * PICTURE.captionLineHeight }));
  const captionBottom = subtitleY + filterLines.length * PICTURE.captionLineHeight;
  const legendY = captionBottom + 8 + PICTURE.legendHeight / 2;
  // Legend items in rows, wrapping before an item would pass the right margin.
  const legend: Array<{ x: number; y: number }> = [];
  let cursor = margin;
  let row = 0;
  for (const label of input.legendLabels ?? []) {
    const itemWidth = PICTURE.legendGlyph + PICTURE.legendGap + measureAt(11)(label);
    if (cursor > margin && cursor + itemWidth > width - margin) {
      row++;
      cursor = margin;
    }
    legend.push({ x: cursor + PICTURE.legendGlyph / 2, y: legendY + row * PICTURE.legendHeight });
    cursor += itemWidth + PICTURE.legendSpace;
  }
  const axisTop = legendY + row * PICTURE.legendHeight + PICTURE.legendHeight / 2 + 6;
  const plotTop = axisTop + PICTURE.axisHeight;
  const footerTop = plotTop + lanesHeight;
  const citationLines = citationTexts.map((text, k) => ({ text, y: footerTop + 18 + (k + 1) * PICTURE.citationLineHeight + 2 }));
  const height = Math.ceil(footerTop + PICTURE.footerHeight + citationLines.length * PICTURE.citationLineHeight);
  return { width, height, margin, labelWidth, plotLeft, plotTop, plotWidth, lanesHeight, title, titleY, subtitle, subtitleY, filterLines, legendY, legend, footerTop, citationLines, measureAt, scene };
}
