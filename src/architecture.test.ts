// The layers of src/ import one way, and no module imports itself round a cycle:
//   core < render < components < embed < app
// (dynamic import() included). Also: no source file passes 500 lines. These rules are
// what keeps a change in one place; this test is how they keep themselves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAYERS = ['core', 'render', 'components', 'embed', 'app'] as const;
const MAX_LINES = 500;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+\.tsx?)['"]/g;

function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | null {
  const base = normalize(join(dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (files.has(candidate)) return candidate;
  return null;
}

const files = sourceFiles('src');
const fileSet = new Set(files);
const graph = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => resolveImport(file, (m[1] ?? m[2] ?? m[3])!, fileSet)).filter((t): t is string => t !== null);
    return [file, targets] as const;
  }),
);
const layerOf = (file: string) => LAYERS.indexOf(relative('src', file).split(/[\\/]/)[0] as (typeof LAYERS)[number]);

describe('the architecture', () => {
  it('imports only downwards: core < render < components < embed < app', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) if (layerOf(file) >= 0 && layerOf(target) > layerOf(file)) upward.push(`${file} -> ${target}`);
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycles, dynamic imports included', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it(`keeps every source file under ${MAX_LINES} lines`, () => {
    // Written by a program (npm run i18n: one function per message), not by people: their length is the catalogue's.
    const handWritten = files.filter((file) => !file.includes(`${join('i18n', 'compiled')}`));
    const long = handWritten.map((file) => [file, readFileSync(file, 'utf8').split('\n').length] as const).filter(([, lines]) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
