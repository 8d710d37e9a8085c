// A stance glyph as inline SVG, for the matrix, the tables and the legend.
import type { Stance } from '../../core/model/types';
import {
  SPLIT_GLYPH,
  SPLIT_HALF,
  STANCE_COLOURS,
  STANCE_GLYPHS,
  UNKNOWN_COLOUR,
  UNKNOWN_GLYPH,
} from '../../render/positions/stanceStyles';

export type GlyphKind = Stance | 'unknown' | 'split';

/** The glyph's path elements, centred on (0, 0); shared with the chart's marks. */
export function GlyphShape({ kind }: { kind: GlyphKind }) {
  if (kind === 'unknown') {
    return <path d={UNKNOWN_GLYPH} fill="none" stroke={UNKNOWN_COLOUR} strokeWidth={1.5} strokeDasharray="2.5 2" />;
  }
  if (kind === 'split') {
    return (
      <>
        <path d={SPLIT_GLYPH} fill="#fff" stroke="#333" strokeWidth={1.5} />
        <path d={SPLIT_HALF} fill="#333" />
      </>
    );
  }
  const glyph = STANCE_GLYPHS[kind];
  const colour = STANCE_COLOURS[kind];
  return <path d={glyph.path} fill={glyph.filled ? colour : '#fff'} stroke={colour} strokeWidth={2} strokeLinejoin="round" />;
}

/** A decorative glyph beside text that already says the stance. */
export function StanceGlyph({ kind, size = 14 }: { kind: GlyphKind; size?: number }) {
  return (
    <svg className="stance-glyph" width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <GlyphShape kind={kind} />
    </svg>
  );
}
