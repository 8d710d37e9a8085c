// npm run export on a fresh clone: no dist/ yet, so the command must build the standalone
// page it fills. The test copies the tracked files into a scratch folder (node_modules
// linked, as after npm ci) and runs the command there, from nothing built.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A copy of the files git tracks (as a clone has them, with this worktree's edits), no build output. */
function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stanceline-clone-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the worktree, not yet committed
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Without VITEST in its environment the child builds as a person's shell would.
  const env = { ...process.env };
  delete env.VITEST;
  return new Promise((done) => {
    execFile('npx', ['tsx', 'scripts/export.ts', ...args], { cwd, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('npm run export on a fresh clone', { timeout: 180_000 }, () => {
  it('builds the standalone page it needs when there is no dist/, then writes the file', async () => {
    const clone = freshClone();
    onTestFinished(() => rmSync(clone, { recursive: true, force: true }));
    expect(existsSync(join(clone, 'dist'))).toBe(false);
    const out = join(clone, 'report.html');
    const result = await run(clone, ['--data', 'data/events.json', '--out', out]);
    expect(result.stderr).toContain('Building the standalone page');
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(clone, 'dist/stanceline-standalone.html'))).toBe(true);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    // The data travels inside the page, under the name the app reads it by.
    expect(html).toContain('events.json');
    expect(result.stdout).toMatch(/^Wrote .*report\.html \(\d+ KB\): \d+ events/m);
  });
});
