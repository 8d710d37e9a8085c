// The look of event marks, in one place: the chart's canvas and the React legend both
// draw from these definitions, so the legend shows exactly the glyphs on screen.
// Colours are the Okabe–Ito colour-blind-safe hues, darkened where needed to reach
// 4.5:1 against the chart background (WCAG AA even for text); shapes differ per type
// so colour is never the only cue.
import { type EventStatus, type EventType, STANCES } from '../core/model/types';
import { STANCE_COLOURS } from './positions/stanceStyles';
import { MARK_SIZE } from '../core/scene/metrics';

export const CHART_BACKGROUND = '#ffffff';

export type MarkShape = 'circle' | 'diamond' | 'square';

export interface MarkStyle {
  shape: MarkShape;
  color: string;
  /** Plain words for legends and accessible names. */
  label: string;
}

export const MARK_STYLES: Readonly<Record<EventType, MarkStyle>> = {
  // Okabe–Ito blue.
  statement: { shape: 'circle', color: '#0072B2', label: 'Statement' },
  // Okabe–Ito vermillion (#D55E00), darkened from 3.9:1 to 5.1:1.
  call: { shape: 'diamond', color: '#B84F00', label: 'Call' },
  // Okabe–Ito bluish green (#009E73), darkened from 3.4:1 to 5.3:1.
  meeting: { shape: 'square', color: '#007A5A', label: 'Meeting' },
};

/** How status and date certainty change a mark; the legend explains these in words. */
export const STATUS_LOOK: Readonly<Record<EventStatus, { label: string; description: string }>> = {
  occurred: { label: 'Occurred', description: 'filled mark' },
  planned: { label: 'Planned', description: 'hollow mark (outline only)' },
  reported: { label: 'Reported later', description: 'filled mark with a white centre dot' },
};

export const UNCERTAIN_LOOK = {
  label: 'Approximate (~) or uncertain (?) date',
  description: 'faded mark',
  /** Opacity of marks with an approximate or uncertain date. */
  opacity: 0.55,
} as const;

export const IMPRECISE_LOOK = {
  label: 'Date known only to the day, month or year',
  description: 'light bar with ticked ends across the whole day, month or year (when zoomed in far enough to see it), mark at its middle',
} as const;

export { MARK_SIZE } from '../core/scene/metrics';

/**
 * Half-size factors so the three shapes look equally heavy: a square of side s looks
 * bigger than a circle of diameter s, so it is drawn slightly smaller.
 */
const SHAPE_SCALE: Readonly<Record<MarkShape, number>> = { circle: 1, diamond: 1.18, square: 0.86 };

/** An SVG path for a mark of `size` px centred on (0, 0). */
export function markPath(type: EventType, size = MARK_SIZE): string {
  const shape = MARK_STYLES[type].shape;
  const r = (size / 2) * SHAPE_SCALE[shape];
  const n = (v: number) => Number(v.toFixed(3));
  switch (shape) {
    case 'circle':
      return `M${n(r)},0A${n(r)},${n(r)},0,1,1,${n(-r)},0A${n(r)},${n(r)},0,1,1,${n(r)},0Z`;
    case 'diamond':
      return `M0,${n(-r)}L${n(r)},0L0,${n(r)}L${n(-r)},0Z`;
    case 'square':
      return `M${n(-r)},${n(-r)}H${n(r)}V${n(r)}H${n(-r)}Z`;
  }
}

/** Minimal path sink: both CanvasRenderingContext2D and Path2D satisfy it. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  closePath(): void;
}

/** Adds a mark's outline at (x, y) to a path, with the same geometry as markPath. */
export function traceMark(path: PathSink, shape: MarkShape, x: number, y: number, size = MARK_SIZE): void {
  const r = (size / 2) * SHAPE_SCALE[shape];
  switch (shape) {
    case 'circle':
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
      break;
    case 'diamond':
      path.moveTo(x, y - r);
      path.lineTo(x + r, y);
      path.lineTo(x, y + r);
      path.lineTo(x - r, y);
      path.closePath();
      break;
    case 'square':
      path.rect(x - r, y - r, 2 * r, 2 * r);
      break;
  }
}

/** Shapes by TYPE_CODE order (statement, call, meeting), for the per-frame painter. */
export const SHAPE_BY_CODE: readonly MarkShape[] = [MARK_STYLES.statement.shape, MARK_STYLES.call.shape, MARK_STYLES.meeting.shape];
export const COLOR_BY_CODE: readonly string[] = [MARK_STYLES.statement.color, MARK_STYLES.call.color, MARK_STYLES.meeting.color];

/** WCAG relative-luminance contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Other chart colours, all checked for contrast in markStyles.test.ts. */
export const CHART_COLORS = {
  text: '#1f2933',
  mutedText: '#52606d',
  grid: '#e4e7eb',
  laneStripe: '#f5f7fa',
  groupBand: '#eef2f7',
  connector: '#3e4c59',
  cluster: '#3e4c59',
  clusterText: '#ffffff',
  density: '#486581',
  today: '#b3261e',
  selection: '#1f2933',
  match: '#8a5a00',
} as const;

/** Colour of marks and events with no position on the topic marks are coloured by: light enough to recede, 3:1 on white. */
export const NO_POSITION_COLOR = '#8d96a0';

/**
 * Colours by tone (core/scene/tones.ts): the three types, the five stances (the positions
 * view's diverging palette), no position, and split (its bars; split marks are two halves).
 */
export const TONE_COLORS: readonly string[] = [
  ...COLOR_BY_CODE,
  ...STANCES.map((stance) => STANCE_COLOURS[stance]),
  NO_POSITION_COLOR,
  STANCE_COLOURS.neutral,
];

/** A split mark's halves: the upper-left for, the lower-right against. */
export const SPLIT_TONE_HALVES = [STANCE_COLOURS.support, STANCE_COLOURS.oppose] as const;
