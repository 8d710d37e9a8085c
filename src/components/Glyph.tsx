// A small inline SVG mark beside text. Decorative: the text next to it says the same.
import type { Stance } from '../core/model/types';
import { STANCE_COLOURS, STANCE_GLYPHS } from '../render/positions/stanceStyles';

export function PathGlyph({ path, colour, filled, size = 14 }: { path: string; colour: string; filled: boolean; size?: number }) {
  return (
    <svg className="glyph" width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <path d={path} fill={filled ? colour : '#fff'} stroke={colour} strokeWidth={1.6} />
    </svg>
  );
}

export function StanceGlyph({ stance }: { stance: Stance }) {
  const glyph = STANCE_GLYPHS[stance];
  return <PathGlyph path={glyph.path} colour={STANCE_COLOURS[stance]} filled={glyph.filled} />;
}
