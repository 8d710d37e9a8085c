// After the app's build: the standalone page (the template of single-file exports) and
// the library (mount()) go into the same dist/ folder, so one `vite build` yields a
// folder that can save HTML files and serve the module example.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { withStandalonePolicy } from './standalone-csp.ts';

export const STANDALONE_FILE = 'stanceline-standalone.html';

/** Builds the standalone page and returns its path. */
export async function buildStandalone(outDir = 'dist'): Promise<string> {
  // A scratch folder beside outDir, so builds into different folders never share one.
  const scratch = `${resolve(outDir)}-standalone`;
  await build({ configFile: resolve('vite.standalone.config.ts'), build: { outDir: scratch } });
  const target = join(outDir, STANDALONE_FILE);
  // On a fresh clone (npm run export before any build) the folder does not exist yet.
  mkdirSync(outDir, { recursive: true });
  // The icon too must travel inside the file: a file: page cannot fetch it.
  const icon = `data:image/svg+xml,${encodeURIComponent(readFileSync('public/favicon.svg', 'utf8'))}`;
  const html = readFileSync(join(scratch, 'index.html'), 'utf8').replace('href="./favicon.svg"', () => `href="${icon}"`);
  writeFileSync(target, withStandalonePolicy(html));
  rmSync(scratch, { recursive: true, force: true });
  return target;
}

export function extraBuilds(): Plugin {
  let run = false;
  let outDir = 'dist';
  return {
    name: 'stanceline-extra-builds',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // Only the app's own build, not Vitest's config load nor the nested builds themselves.
      run = !process.env.VITEST && !process.env.STANCELINE_NESTED_BUILD;
    },
    async closeBundle() {
      if (!run) return;
      process.env.STANCELINE_NESTED_BUILD = '1';
      try {
        await buildStandalone(outDir);
        await build({ configFile: resolve('vite.lib.config.ts'), build: { outDir: join(outDir, 'lib') } });
      } finally {
        delete process.env.STANCELINE_NESTED_BUILD;
      }
    },
  };
}
