// Finds where a JSON text nests deeper than a limit, in one pass without recursion, so that
// a file of 100,000 nested arrays gets a positioned problem instead of a stack overflow in
// the recursive position finder.
import type { TextPosition } from './problems';
import { positionOfOffset } from './problems';

export interface ExcessiveNesting {
  /** Where the bracket that goes one level too deep opens. */
  position: TextPosition;
  /** The deepest level reached anywhere in the text (counted up to the end). */
  depth: number;
}

/**
 * The first place the nesting of `[` and `{` (outside strings) exceeds `limit`, or
 * undefined when it never does. Works on any text, valid JSON or not.
 */
export function findExcessiveNesting(text: string, limit: number): ExcessiveNesting | undefined {
  let depth = 0;
  let deepest = 0;
  let firstTooDeep = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c /* \ */) i++;
      else if (code === 0x22 /* " */) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit && firstTooDeep < 0) firstTooDeep = i;
    } else if ((code === 0x5d /* ] */ || code === 0x7d) /* } */ && depth > 0) depth--;
  }
  if (firstTooDeep < 0) return undefined;
  return { position: positionOfOffset(text, firstTooDeep), depth: deepest };
}
