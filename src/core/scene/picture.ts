// A picture of a view (SVG, PNG, print): the plot's scene, for every lane at once, framed
// by a title, a legend row, the axis and a footer. The plot is the same scene the screen
// draws for the same window and plot width, so a picture matches the chart mark for mark.
import type { TimeWindow } from '../view/types';
import { buildScene } from './build';
import { type LabelPriorities, placeLabels, type TextMeasure } from './labels';
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
  /** The moment drawn as "today", ms. */
  now: number;
  /** Colour marks by stance on this topic (null: by event type). */
  colorTopic?: string | null;
  /** Titles beside marks, measured as the screen measures them; none without a measure. */
  labels?: { measure: TextMeasure; priorities: LabelPriorities };
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
  titleY: number;
  subtitleY: number;
  legendY: number;
  footerTop: number;
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
  footerHeight: 40,
} as const;

export function layoutPicture(input: PictureInput): PictureLayout {
  const { margin, labelWidth } = PICTURE;
  const plotLeft = margin + labelWidth;
  const width = input.plotWidth !== undefined ? Math.round(input.plotWidth) + plotLeft + margin : Math.max(PICTURE.minWidth, Math.round(input.width ?? PICTURE.defaultWidth));
  const plotWidth = width - plotLeft - margin;
  const plan = planScene(input);
  const window = input.window ?? fittedWindow(plan.extent, plotWidth, input.now);
  const lanesHeight = Math.max(plan.vertical.totalHeight, LANE_METRICS.laneHeight);
  const scene = buildScene(plan, { window, width: plotWidth, height: lanesHeight, scrollTop: 0, now: input.now, colorTopic: input.colorTopic ?? null, measure: input.labels?.measure });
  if (input.labels) placeLabels(scene, plan.dataset, input.labels.priorities, input.labels.measure);

  const titleY = margin + PICTURE.titleSize;
  const subtitleY = titleY + 20;
  const legendY = subtitleY + 8 + PICTURE.legendHeight / 2;
  const axisTop = legendY + PICTURE.legendHeight / 2 + 6;
  const plotTop = axisTop + PICTURE.axisHeight;
  const footerTop = plotTop + lanesHeight;
  const height = Math.ceil(footerTop + PICTURE.footerHeight);
  return { width, height, margin, labelWidth, plotLeft, plotTop, plotWidth, lanesHeight, titleY, subtitleY, legendY, footerTop, scene };
}
