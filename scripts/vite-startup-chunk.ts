// The chunks the page loads at start-up, one per stage, instead of the dozens of small ones
// the bundler makes when left to itself (each module shared by a different set of lazy views
// gets a chunk of its own). Over HTTP/1.1 a browser opens six connections to a host: the page's
// forty-odd requests at start-up queued the loading worker's script and its fetch of the data
// file behind them, and the data, which the first render waits for, came last
// (docs/performance.md). A stage's chunk holds every module its roots import statically that
// no earlier stage's roots do; the lazy views import from these chunks as they need.
import type { Plugin } from 'vite';

/** Modules reachable from `roots` by static imports, roots included. */
export function staticallyReachable(roots: readonly string[], importsOf: (id: string) => readonly string[]): Set<string> {
  const reached = new Set<string>();
  const waiting = [...roots];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    waiting.push(...importsOf(id));
  }
  return reached;
}

/** A stage of the start-up: its chunk's name and the modules (absolute paths) it starts from. */
export interface StartupStage {
  name: string;
  roots: readonly string[];
}

/** Each stage's modules: what its roots reach that the earlier stages' roots (and `before`) do not. */
export function stageModules(stages: readonly StartupStage[], before: readonly string[], importsOf: (id: string) => readonly string[]): Map<string, Set<string>> {
  const taken = staticallyReachable(before, importsOf);
  const byStage = new Map<string, Set<string>>();
  for (const stage of stages) {
    const modules = new Set([...staticallyReachable(stage.roots, importsOf)].filter((id) => !taken.has(id)));
    for (const id of modules) taken.add(id);
    byStage.set(stage.name, modules);
  }
  return byStage;
}

export interface StartupChunks {
  /** Works out each stage's modules once the module graph is complete. */
  plugin: Plugin;
  /** The stages as code-splitting groups (build.rolldownOptions.output.codeSplitting.groups). */
  groups: { name: string; test: (id: string) => boolean }[];
}

/** `entry`: the modules the entry chunk keeps (its own static imports stay with it). */
export function startupChunks(entry: readonly string[], stages: readonly StartupStage[]): StartupChunks {
  let byStage = new Map<string, Set<string>>();
  return {
    plugin: {
      name: 'stanceline-startup-chunks',
      apply: 'build',
      buildEnd() {
        byStage = stageModules(stages, entry, (id) => this.getModuleInfo(id)?.importedIds ?? []);
      },
    },
    groups: stages.map(({ name }) => ({ name, test: (id: string) => byStage.get(name)?.has(id) ?? false })),
  };
}
