// npm run convert -- --lang fr and npm run export -- --lang fr: the same catalogue as the app
// and `validate --lang`; the line format (file:line:col, severity, path) stays for tools.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/core/data/index';
import { normaliseView } from './exportView';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function tool(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('convert and export --lang', { timeout: 60_000 }, () => {
  it('convert --lang fr words the problems and its own summary in French', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'stanceline-lang-')), 'out.json');
    const run = await tool('convert', '--lang', 'fr', 'tests/fixtures/convert/sheets/events.csv', 'tests/fixtures/convert/sheets/positions.csv', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^tests\/fixtures\/convert\/sheets\/events\.csv:2:1 {2}warning {2}id {2}L’événement "macron-call" ne cite aucune source\u00a0;/m);
    // French counts zero as singular: "0 source".
    expect(run.stdout).toContain(`écrit ${out}\u00a0: 2 événements, 2 acteurs, 1 sujet, 0 source (2 avertissements)`);
  });

  it('convert and export print their help in the language asked for, options and file names as typed', async () => {
    const convert = await tool('convert', '--lang', 'fr', '--help');
    expect(convert.stdout).toMatch(/^Utilisation\s: npm run convert -- <inputs…> --out/);
    expect(convert.stdout).toContain('Feuilles CSV → JSON');
    const exported = await tool('export', '--lang', 'de', '--help');
    expect(exported.stdout).toMatch(/^Aufruf: npm run export -- --data <file\.json>/);
    expect(exported.stdout).toContain('--rebuild   die eigenständige Seite zuerst neu bauen');
  });

  it('convert --lang=de refuses an unreadable input in German', async () => {
    const run = await tool('convert', '--lang=de', 'tests/fixtures/convert/nowhere.csv', '--out', 'unused.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tests/fixtures/convert/nowhere.csv: Datei kann nicht gelesen werden');
  });

  it('export --lang uk reports a broken file in Ukrainian and writes nothing', async () => {
    const run = await tool('export', '--lang', 'uk', '--data', 'tests/fixtures/broken/unknown-type.json', '--out', join(tmpdir(), 'never-written.html'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tests\/fixtures\/broken\/unknown-type\.json:\d+:\d+ {2}error {2}events\[\d+\]\.type {2}Невідомий тип "phone-call"/m);
    expect(run.stderr).toContain('Нічого не записано: tests/fixtures/broken/unknown-type.json має помилки.');
  });

  it('an unknown --lang is English', async () => {
    const run = await tool('export', '--lang', 'xx', '--data', 'tests/fixtures/broken/unknown-type.json', '--out', join(tmpdir(), 'never-written.html'));
    expect(run.stderr).toContain('Nothing written: tests/fixtures/broken/unknown-type.json has errors.');
  });

  it('export --lang puts lang= in the page’s view, unless the view names its own', async () => {
    const { dataset } = await loadDataset(await import('node:fs/promises').then((fs) => fs.readFile(join(ROOT, 'tests/fixtures/valid/dataset.json'), 'utf8')), { file: 'dataset.json' });
    expect(new URLSearchParams(normaliseView('?group=actor', dataset, 'fr').search).get('lang')).toBe('fr');
    expect(new URLSearchParams(normaliseView('?lang=ar&group=actor', dataset, 'fr').search).get('lang')).toBe('ar');
    expect(normaliseView('?lang=ar', dataset).dropped).toEqual([]);
    expect(new URLSearchParams(normaliseView('?group=actor', dataset, 'en').search).has('lang')).toBe(false);
    expect(new URLSearchParams(normaliseView('?group=actor', dataset).search).has('lang')).toBe(false);
  });
});
