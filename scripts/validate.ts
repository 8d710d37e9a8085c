// npm run validate [file…]: checks Stanceline data files with the app's own loader and prints
//   file:line:col  error|warning  path  message
// then a summary per file and a total. Exit code: 0 clean or warnings only, 1 any error,
// 2 a file that cannot be read (that wins, since nothing could be checked).
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatProblem, loadDataset } from '../src/core/data/index';

const DEFAULT_FILE = 'data/events.json';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

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
      console.error(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code ?? String(error)})`);
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
    console.log(`${file}: ${plural(fileErrors, 'error')}, ${plural(fileWarnings, 'warning')}`);
    errors += fileErrors;
    warnings += fileWarnings;
  }
  if (files.length > 1) {
    const missing = unreadable > 0 ? `, ${plural(unreadable, 'unreadable file')}` : '';
    console.log(`total: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'file')}${missing}`);
  }
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
}

const args = process.argv.slice(2);
main(args.length > 0 ? args : [DEFAULT_FILE]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
