import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPositions } from './positions';
import type { JsonPath } from './problems';
import { scanPositions } from './scanPositions';

/** Every path in a JSON value, plus one that does not exist under each container. */
function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
    paths.push([...prefix, value.length, 'missing']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
    paths.push([...prefix, 'no such key']);
  }
  return paths;
}

/** JSON text with the value laid out in one of several ways people and tools write it. */
const formatted = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 0, 1, 2, 4, '\t', ' \r\n'))
  .map(([value, indent]) => {
    const text = typeof indent === 'string'
      ? JSON.stringify(value, null, 1).replace(/\n/g, indent)
      : JSON.stringify(value, null, indent);
    return { value: JSON.parse(text) as unknown, text };
  });

describe('scanPositions', () => {
  it('agrees with momoa on the position of every key and value', () => {
    fc.assert(
      fc.property(formatted, ({ value, text }) => {
        const paths = pathsOf(value);
        const scanned = scanPositions(text, paths);
        const reference = indexPositions(text);
        for (const path of paths) {
          expect(scanned.locate(path, 'value'), JSON.stringify(path)).toEqual(reference.locate(path, 'value'));
          expect(scanned.locate(path, 'key'), JSON.stringify(path)).toEqual(reference.locate(path, 'key'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads escaped keys and keeps the last of duplicate keys, as JSON.parse does', () => {
    const text = '{\n  "a\\"b": 1,\n  "x": [false, {"y": 0}],\n  "x": [true, {"y": null}]\n}';
    const scanned = scanPositions(text, [['a"b'], ['x', 1, 'y']]);
    expect(scanned.locate(['a"b'], 'key')).toEqual({ line: 2, column: 3 });
    expect(scanned.locate(['x', 1, 'y'], 'value')).toEqual({ line: 4, column: 21 });
    expect(indexPositions(text).locate(['x', 1, 'y'], 'value')).toEqual({ line: 4, column: 21 });
  });
});
