// The interface is mirrored in Arabic (dir=rtl), so its style sheets name sides by where a line
// starts and ends (padding-inline-start, border-inline-start, text-align: start), not left and
// right: a left padding put "Clear filters" against the count before it in Arabic. The chart's
// own sheet is the exception: its lane names keep their column at the left in either
// direction, and time runs the way the scene says (docs/languages.md).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const STYLES = dirname(fileURLToPath(import.meta.url));
const LEFT_TO_RIGHT_BY_DESIGN = ['chart.css'];

/** Declarations that name a physical side of the line: a property, a text alignment, or a four-value shorthand whose two sides differ. */
function physicalSides(css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  withoutComments.split('\n').forEach((line, index) => {
    const at = `line ${index + 1}: ${line.trim()}`;
    if (/(^|[\s;{])(padding|margin|border)-(left|right)\b/.test(line) || /text-align:\s*(left|right)\b/.test(line)) found.push(at);
    const shorthand = /(^|[\s;{])(padding|margin):\s*([^;]+);/.exec(line);
    const values = shorthand?.[3]!.trim().split(/\s+/) ?? [];
    if (values.length === 4 && values[1] !== values[3]) found.push(at);
  });
  return found;
}

describe('the style sheets name sides by the line\'s start and end', () => {
  const sheets = readdirSync(STYLES).filter((name) => name.endsWith('.css') && !LEFT_TO_RIGHT_BY_DESIGN.includes(name));

  it.each(sheets)('%s', (name) => {
    expect(physicalSides(readFileSync(join(STYLES, name), 'utf8'))).toEqual([]);
  });

  it('finds a physical side when there is one', () => {
    expect(physicalSides('.a { padding: 0 0 0 10px; }\n.b { margin-right: 4px }\n.c { text-align: left; }\n.d { padding: 1px 2px; }')).toHaveLength(3);
  });
});
