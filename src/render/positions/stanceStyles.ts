// How a stance looks: a glyph (shape and fill carry the stance, so colour is never the
// only cue) and a colour from a blue–orange diverging palette, which stays distinct
// under the common colour-vision deficiencies. Every colour has at least 4.5:1 contrast
// on white, so it also serves for text (measured: 8.3, 5.3, 6.7, 5.4, 9.1).
import type { Stance } from '../../core/model/types';

export const STANCE_COLOURS: Readonly<Record<Stance, string>> = {
  support: '#1b4f8a',
  'lean-support': '#3a6ea5',
  neutral: '#5c5c5c',
  'lean-oppose': '#a65400',
  oppose: '#7a3300',
};

export const UNKNOWN_COLOUR = '#5c5c5c';

export interface GlyphStyle {
  /** SVG path centred on (0, 0), about 12 px across. */
  path: string;
  /** Filled glyphs are the firm stances; hollow ones lean. */
  filled: boolean;
}

const UP = 'M0,-6.5L6.5,5L-6.5,5Z';
const DOWN = 'M0,6.5L6.5,-5L-6.5,-5Z';
const DIAMOND = 'M0,-6L6,0L0,6L-6,0Z';

/** ▲ support, △ lean support, ◇ neutral, ▽ lean oppose, ▼ oppose. */
export const STANCE_GLYPHS: Readonly<Record<Stance, GlyphStyle>> = {
  support: { path: UP, filled: true },
  'lean-support': { path: UP, filled: false },
  neutral: { path: DIAMOND, filled: false },
  'lean-oppose': { path: DOWN, filled: false },
  oppose: { path: DOWN, filled: true },
};

/** A dashed circle: nothing known. */
export const UNKNOWN_GLYPH = 'M6,0A6,6 0 1,1 -6,0A6,6 0 1,1 6,0Z';
/** A square split by its diagonal: disagreement (a mixed day, a split country). */
export const SPLIT_GLYPH = 'M-5.5,-5.5H5.5V5.5H-5.5Z';
export const SPLIT_HALF = 'M-5.5,-5.5H5.5L-5.5,5.5Z';
