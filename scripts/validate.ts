// npm run validate [file…]: checks Stanceline data files with the app's own loader and prints
//   file:line:col  error|warning  path  message
// then a summary per file and a total. Exit code: 0 clean or warnings only, 1 any error,
// 2 a file that cannot be read (that wins, since nothing could be checked).
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatProblem, loadDataset } from '../src/core/data/index';
import { ENGLISH, matchLanguage } from '../src/core/i18n/languages';
import { loadLanguage } from '../src/core/i18n/load';
import { t } from '../src/core/i18n/translate';

const DEFAULT_FILE = 'data/events.json';

/** `--lang fr` or `--lang=fr`: the language of the messages (an unknown one is English). The rest are files. */
function readArguments(args: readonly string[]): { lang: string | null; files: string[] } {
  let lang: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') lang = args[++i] ?? null;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else files.push(arg);
  }
  return { lang, files };
}

const counts = (errors: number, warnings: number) =>
  t('{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}', { errors, warnings });

async function main(files: string[]): Promise<number> {
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as { code?: string }).code;
      console.error(t('{file}: cannot read the file ({reason})', { file, reason: code === 'ENOENT' ? t('no such file') : (code ?? String(error)) }));
      unreadable++;
      continue;
    }
    const base = dirname(resolve(file));
    const result = await loadDataset(text, {
      file,
      readSourceText: async (relativePath) => {
        try {
          return await readFile(resolve(base, relativePath), 'utf8');
        } catch {
          return undefined;
        }
      },
    });
    for (const problem of result.problems) console.log(formatProblem(problem));
    const fileErrors = result.problems.filter((problem) => problem.severity === 'error').length;
    const fileWarnings = result.problems.length - fileErrors;
    console.log(`${file}: ${counts(fileErrors, fileWarnings)}`);
    errors += fileErrors;
    warnings += fileWarnings;
  }
  if (files.length > 1) {
    const missing = unreadable > 0 ? t(', {count, plural, one {# unreadable file} other {# unreadable files}}', { count: unreadable }) : '';
    console.log(t('total: {counts} in {files, plural, one {# file} other {# files}}{missing}', { counts: counts(errors, warnings), files: files.length, missing }));
  }
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
}

const { lang, files } = readArguments(process.argv.slice(2));
loadLanguage(matchLanguage(lang) ?? ENGLISH)
  .then(() => main(files.length > 0 ? files : [DEFAULT_FILE]))
  .then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
