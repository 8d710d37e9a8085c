import { describe, expect, it } from 'vitest';
import { stageModules, staticallyReachable } from './vite-startup-chunk';

// main → boot-only is not a static import (boot is imported dynamically), so the graph is the static one.
const GRAPH: Record<string, string[]> = {
  main: ['translate', 'location'],
  boot: ['react', 'translate', 'store'],
  store: ['url'],
  workspace: ['store', 'filters', 'plan'],
  chart: ['plan', 'painters'],
  plan: ['lanes', 'plan'], // a module importing itself, as a cycle would
  lanes: ['plan'],
  editor: ['filters', 'jsonParser'],
};
const importsOf = (id: string) => GRAPH[id] ?? [];

describe('start-up chunks', () => {
  it('reaches every static import once, cycles included', () => {
    expect([...staticallyReachable(['chart'], importsOf)].sort()).toEqual(['chart', 'lanes', 'painters', 'plan']);
  });

  it("gives each stage what its roots reach and no earlier stage's roots or the entry do", () => {
    const stages = stageModules(
      [
        { name: 'boot', roots: ['boot'] },
        { name: 'workspace', roots: ['workspace', 'chart'] },
      ],
      ['main'],
      importsOf,
    );
    expect([...stages.get('boot')!].sort()).toEqual(['boot', 'react', 'store', 'url']);
    // The store is the boot's, and translate the entry's, though the workspace imports them too.
    expect([...stages.get('workspace')!].sort()).toEqual(['chart', 'filters', 'lanes', 'painters', 'plan', 'workspace']);
    // A lazy view's own modules are left to the bundler's splitting.
    for (const modules of stages.values()) expect(modules.has('jsonParser')).toBe(false);
  });
});
