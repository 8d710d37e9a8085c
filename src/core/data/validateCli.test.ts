import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function validate(...files: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...files], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

describe('npm run validate', { timeout: 30_000 }, () => {
  it('passes a valid file with exit code 0 and a summary line', async () => {
    const run = await validate('tests/fixtures/valid/dataset.json');
    expect(run.stdout).toBe('tests/fixtures/valid/dataset.json: 0 errors, 0 warnings\n');
    expect(run.code).toBe(0);
  });

  it('prints file:line:col  severity  path  message and exits 1 on an error', async () => {
    const run = await validate('tests/fixtures/broken/end-before-date.json');
    expect(run.stdout.split('\n')).toEqual([
      'tests/fixtures/broken/end-before-date.json:79:14  error  events[1].end  The end "2025-02~" comes before the date "2025-03~"; swap them or correct one.',
      'tests/fixtures/broken/end-before-date.json: 1 error, 0 warnings',
      '',
    ]);
    expect(run.code).toBe(1);
  });

  it('reads source copies relative to the data file and exits 0 on warnings only', async () => {
    const run = await validate('tests/fixtures/broken/quote-not-in-source.json');
    expect(run.stdout).toMatch(/^tests\/fixtures\/broken\/quote-not-in-source\.json:104:37 {2}warning {2}events\[3\]\.quotes\[0\]\.text {2}This quote/);
    expect(run.stdout).toContain('0 errors, 1 warning\n');
    expect(run.code).toBe(0);
  });

  it('checks several files and prints a total', async () => {
    const run = await validate('tests/fixtures/valid/dataset.json', 'tests/fixtures/broken/unused-actor.json', 'tests/fixtures/broken/duplicate-id.json');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('total: 1 error, 1 warning in 3 files');
    expect(run.code).toBe(1);
  });

  it('exits 2 for a missing file', async () => {
    const run = await validate('tests/fixtures/no-such-file.json');
    expect(run.stderr).toContain('tests/fixtures/no-such-file.json: cannot read the file (no such file)');
    expect(run.code).toBe(2);
  });
});
