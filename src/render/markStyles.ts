// The look of event marks, in one place: the chart's canvas and the React legend both
// draw from these definitions, so the legend shows exactly the glyphs on screen.
// Colours are the Okabe–Ito colour-blind-safe hues, darkened where needed to reach
// 4.5:1 against the chart background (WCAG AA even for text); shapes differ per type
// so colour is never the only cue.
import { t } from '../core/i18n/translate';
import { FIRST_DECLARED_TYPE_CODE, TYPE_CODE_COUNT } from '../core/layout/marks';
import { type Dataset, type DeclaredTypeRecord, type EventStatus, type EventType, STANCES } from '../core/model/types';
import { MARK_SIZE } from '../core/scene/metrics';
import { STANCE_COLOURS } from './positions/stanceStyles';

export const CHART_BACKGROUND = '#ffffff';

export type MarkShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'triangle-down' | 'hexagon' | 'plus' | 'cross' | 'star';

export interface MarkStyle {
  shape: MarkShape;
  color: string;
  /** Plain words for legends and accessible names. */
  label: string;
}

export const MARK_STYLES: Readonly<Record<EventType, MarkStyle>> = {
  // Okabe–Ito blue.
  statement: {
    shape: 'circle',
    color: '#0072B2',
    // Getters: the words are the active language's when they are read.
    get label() {
      return t('Statement');
    },
  },
  // Okabe–Ito vermillion (#D55E00), darkened from 3.9:1 to 5.1:1.
  call: {
    shape: 'diamond',
    color: '#B84F00',
    get label() {
      return t('Call');
    },
  },
  // Okabe–Ito bluish green (#009E73), darkened from 3.4:1 to 5.3:1.
  meeting: {
    shape: 'square',
    color: '#007A5A',
    get label() {
      return t('Meeting');
    },
  },
};

/** How status and date certainty change a mark; the legend explains these in words. */
export const STATUS_LOOK: Readonly<Record<EventStatus, { label: string; description: string }>> = {
  occurred: {
    get label() {
      return t('Occurred');
    },
    description: 'filled mark',
  },
  planned: {
    get label() {
      return t('Planned');
    },
    description: 'hollow mark (outline only)',
  },
  reported: {
    get label() {
      return t('Reported later');
    },
    description: 'filled mark with a white centre dot',
  },
};

export const UNCERTAIN_LOOK = {
  get label() {
    return t('Approximate (~) or uncertain (?) date');
  },
  description: 'faded mark',
  /** Opacity of marks with an approximate or uncertain date. */
  opacity: 0.55,
} as const;

export const IMPRECISE_LOOK = {
  get label() {
    return t('Date known only to the day, month or year');
  },
  description: 'light bar with ticked ends across the whole day, month or year (when zoomed in far enough to see it), mark at its middle',
} as const;

export { MARK_SIZE } from '../core/scene/metrics';

/**
 * Half-size factors so the three shapes look equally heavy: a square of side s looks
 * bigger than a circle of diameter s, so it is drawn slightly smaller.
 */
const SHAPE_SCALE: Readonly<Record<MarkShape, number>> = {
  circle: 1, diamond: 1.18, square: 0.86, triangle: 1.12, 'triangle-down': 1.12, hexagon: 1, plus: 1.05, cross: 1.05, star: 1.2,
};

/**
 * The looks of a dataset's declared types (material cooperation, protest, force…), in turn:
 * shapes none of the built-ins use, each with its own colour, so two declared types never
 * differ by colour alone. Colours are darkened Okabe–Ito and Tol hues, each at least 6:1
 * against the chart background (markStyles.test.ts checks every one).
 */
export const DECLARED_SHAPES: readonly MarkShape[] = ['triangle', 'hexagon', 'plus', 'triangle-down', 'star', 'cross'];
export const DECLARED_COLORS: readonly string[] = ['#7B3F98', '#B0233A', '#6F6400', '#56606B', '#7A4A1E', '#A8327A'];

/** The look of the declared type at `index` in a dataset's `types`: shape and colour cycle at different rates, so 36 types all differ. */
export function declaredLook(index: number): { shape: MarkShape; color: string } {
  const slot = index % (TYPE_CODE_COUNT - FIRST_DECLARED_TYPE_CODE);
  const shapes = DECLARED_SHAPES.length;
  return {
    shape: DECLARED_SHAPES[slot % shapes]!,
    color: DECLARED_COLORS[(slot + Math.floor(slot / shapes)) % DECLARED_COLORS.length]!,
  };
}

/** The style of an event type, built-in or declared in the dataset; an unknown id looks like a statement. */
export function markStyleOf(typeId: string, dataset: Pick<Dataset, 'types'>): MarkStyle {
  if (typeId === 'statement' || typeId === 'call' || typeId === 'meeting') return MARK_STYLES[typeId];
  const index = dataset.types.findIndex((type) => type.id === typeId);
  if (index < 0) return { ...MARK_STYLES.statement, label: typeId };
  return { ...declaredLook(index), label: dataset.types[index]!.label };
}

/** Every type a dataset can show, built-ins first: id, style and, for declared ones, the record. */
export function typesOf(dataset: Pick<Dataset, 'types'>): { id: string; style: MarkStyle; declared?: DeclaredTypeRecord }[] {
  return [
    ...(['statement', 'call', 'meeting'] as const).map((id) => ({ id, style: MARK_STYLES[id] })),
    ...dataset.types.map((declared, index) => ({ id: declared.id, style: { ...declaredLook(index), label: declared.label }, declared })),
  ];
}

/** Corners of a regular polygon or star around (0, 0), first at the top. */
function corners(points: number, r: number, inner?: number): [number, number][] {
  const result: [number, number][] = [];
  const steps = inner === undefined ? points : points * 2;
  for (let i = 0; i < steps; i++) {
    const radius = inner !== undefined && i % 2 === 1 ? inner : r;
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / steps;
    result.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
  }
  return result;
}

/** The outline of a shape as corners (every shape but the circle), centred on (0, 0). */
function outline(shape: Exclude<MarkShape, 'circle'>, r: number): [number, number][] {
  const t = r * 0.36; // half the width of a plus's or a cross's arm
  switch (shape) {
    case 'diamond':
      return [[0, -r], [r, 0], [0, r], [-r, 0]];
    case 'square':
      return [[-r, -r], [r, -r], [r, r], [-r, r]];
    case 'triangle':
      return [[0, -r], [r * 0.95, r * 0.75], [-r * 0.95, r * 0.75]];
    case 'triangle-down':
      return [[0, r], [-r * 0.95, -r * 0.75], [r * 0.95, -r * 0.75]];
    case 'hexagon':
      return corners(6, r);
    case 'star':
      return corners(5, r, r * 0.45);
    case 'plus':
      return [[-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t], [-r, t], [-r, -t], [-t, -t]];
    case 'cross': {
      // The plus turned by 45°.
      const c = Math.SQRT1_2;
      return outline('plus', r).map(([x, y]) => [(x - y) * c, (x + y) * c]);
    }
  }
}

/** An SVG path for a shape of `size` px centred on (0, 0). */
export function shapePath(shape: MarkShape, size = MARK_SIZE): string {
  const r = (size / 2) * SHAPE_SCALE[shape];
  const n = (v: number) => Number(v.toFixed(3));
  if (shape === 'circle') return `M${n(r)},0A${n(r)},${n(r)},0,1,1,${n(-r)},0A${n(r)},${n(r)},0,1,1,${n(r)},0Z`;
  if (shape === 'square') return `M${n(-r)},${n(-r)}H${n(r)}V${n(r)}H${n(-r)}Z`;
  return `${outline(shape, r).map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)},${n(y)}`).join('')}Z`;
}

/** An SVG path for a built-in type's mark of `size` px centred on (0, 0). */
export function markPath(type: EventType, size = MARK_SIZE): string {
  return shapePath(MARK_STYLES[type].shape, size);
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
    default: {
      const points = outline(shape, r);
      points.forEach(([px, py], i) => (i === 0 ? path.moveTo(x + px, y + py) : path.lineTo(x + px, y + py)));
      path.closePath();
    }
  }
}

/** Shapes by type code (statement, call, meeting, then declared types in order), for the per-frame painter. */
export const SHAPE_BY_CODE: readonly MarkShape[] = [
  MARK_STYLES.statement.shape, MARK_STYLES.call.shape, MARK_STYLES.meeting.shape,
  ...Array.from({ length: TYPE_CODE_COUNT - FIRST_DECLARED_TYPE_CODE }, (_, index) => declaredLook(index).shape),
];
export const COLOR_BY_CODE: readonly string[] = [
  MARK_STYLES.statement.color, MARK_STYLES.call.color, MARK_STYLES.meeting.color,
  ...Array.from({ length: TYPE_CODE_COUNT - FIRST_DECLARED_TYPE_CODE }, (_, index) => declaredLook(index).color),
];

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

/**
 * How strongly a bar is drawn in its tone's colour, on screen and in the SVG picture alike: a
 * less certain date's light band, its ticked ends, and a span's stronger bar.
 */
export const BAR_OPACITY = { band: 0.16, tick: 0.8, span: 0.5 } as const;

/** Other chart colours, all checked for contrast in markStyles.test.ts. */
export const CHART_COLORS = {
  /** Periods and annotations (core/scene/notes.ts): a violet apart from every mark colour. */
  periodBand: 'rgba(107, 91, 149, 0.09)',
  annotationBand: 'rgba(107, 91, 149, 0.16)',
  noteEdge: 'rgba(91, 74, 134, 0.55)',
  noteText: '#5b4a86',
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
  /** Behind each title, under the bars: words stay legible over grid lines and connectors, and the title's own date band shows through. */
  titleBacking: 'rgba(255, 255, 255, 0.86)',
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
