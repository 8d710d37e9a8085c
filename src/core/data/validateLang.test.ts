// npm run validate -- --lang fr: the same checks, the same line format (file:line:col,
// severity and path stay machine-readable), the sentences and summaries in French.
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function validate(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], { cwd: ROOT }, (error, stdout) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout });
    });
  });
}

describe('npm run validate --lang', { timeout: 30_000 }, () => {
  it('writes the problems and the summary in French', async () => {
    const run = await validate('--lang', 'fr', 'tests/fixtures/broken/missing-field.json', 'tests/fixtures/broken/unknown-field.json');
    expect(run.stdout.split('\n')).toEqual([
      'tests/fixtures/broken/missing-field.json:86:5  error  events[2]  L’événement "earlier-call" n’a pas de "title", qui est obligatoire\u00a0; ajoutez-le.',
      'tests/fixtures/broken/missing-field.json: 1 erreur, 0 avertissement',
      'tests/fixtures/broken/unknown-field.json:101:7  error  events[3].locaton  Champ inconnu "locaton" dans cet événement\u00a0; vouliez-vous dire "location"\u00a0? Champs autorisés\u00a0: id, type, date, end, status, dateNote, actors, location, title, summary, quotes, positions, sources, tags, codes.',
      'tests/fixtures/broken/unknown-field.json: 1 erreur, 0 avertissement',
      'total\u00a0: 2 erreurs, 0 avertissement dans 2 fichiers',
      '',
    ]);
    expect(run.code).toBe(1);
  });

  it('takes --lang=uk, with Ukrainian plurals', async () => {
    const run = await validate('--lang=uk', 'tests/fixtures/valid/dataset.json');
    expect(run.stdout).toBe('tests/fixtures/valid/dataset.json: 0 помилок, 0 попереджень\n');
  });

  it('falls back to English for a language it does not have', async () => {
    const run = await validate('--lang', 'xx', 'tests/fixtures/valid/dataset.json');
    expect(run.stdout).toBe('tests/fixtures/valid/dataset.json: 0 errors, 0 warnings\n');
    expect(run.code).toBe(0);
  });
});
