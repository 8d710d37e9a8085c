// npm run export -- --data file.json --out report.html [--view "?from=2025-02-10&to=2025-02-14"]
//
// Writes one self-contained HTML file: the standalone app (scripts and styles inline) with
// the data and the view inside, which opens from disk or an e-mail attachment with no
// network and stays interactive. The data is checked with the app's loader first; nothing
// is written when it has errors. The view is the query string of the app's address (copy
// it from the browser); parts the app does not understand are dropped, with a note.
// Exit code: 0 written (warnings allowed), 1 data errors, 2 usage or unreadable files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, loadDataset } from '../src/core/data/index';
import { buildSingleFile } from '../src/core/embed/singleFile';
import { withStandalonePolicy } from './standalone-csp.ts';
import { normaliseView } from './exportView.ts';
import { ENGLISH, matchLanguage } from '../src/core/i18n/languages';
import { loadLanguage } from '../src/core/i18n/load';
import { t } from '../src/core/i18n/translate';

/** The command line's help, its explanations in the language of --lang (the syntax stays as typed). */
function usage(): string {
  return [
    `${t('Usage:')} npm run export -- --data <file.json> --out <report.html> [--view "<query string>"] [--template <standalone.html>] [--rebuild] [--lang fr]`,
    '',
    `  --view      ${t('the view to open at, as in the app’s address: {example}', { example: '"?from=2025-02-10&to=2025-02-14&group=actor&sel=trump-putin-call"' })}`,
    `              ${t('(add embed=1, title=1, legend=1 for a chart-only file)')}`,
    `  --template  ${t('the standalone page (default {file}, built when missing)', { file: 'dist/stanceline-standalone.html' })}`,
    `  --rebuild   ${t('build the standalone page again first')}`,
    `  --lang      ${t('the language of the messages and of the page written (fr, de, es, uk, ru, ar; its lang= in the view wins)')}`,
  ].join('\n');
}

class UsageError extends Error {}

/** The newest modification time of any file under the folders, ms. */
function newestChange(folders: string[]): number {
  let newest = 0;
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

async function template(path: string | undefined, rebuild: boolean): Promise<string> {
  if (path) return readFile(path, 'utf8');
  const standard = resolve('dist/stanceline-standalone.html');
  // A page built before the code or the schema last changed would read the data with old rules.
  const stale = existsSync(standard) && statSync(standard).mtimeMs < newestChange(['src', 'data/schema']);
  if (rebuild || stale || !existsSync(standard)) {
    console.error(t('Building the standalone page…'));
    // Imported here: Vite is only needed when the page must be built.
    const { buildStandalone } = await import('./vite-extra-builds.ts');
    await buildStandalone('dist');
  }
  return readFile(standard, 'utf8');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      view: { type: 'string', default: '' },
      template: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      lang: { type: 'string' },
    },
    allowPositionals: false,
  });
  await loadLanguage(matchLanguage(values.lang) ?? ENGLISH);
  if (values.help) {
    console.log(usage());
    return 0;
  }
  if (!values.data || !values.out) throw new UsageError(t('--data and --out are both required.'));
  const dataPath = resolve(values.data);
  const text = await readFile(dataPath, 'utf8');
  const file = basename(dataPath);
  const result = await loadDataset(text, {
    file: values.data,
    // Quotes are checked against their sources' local copies, as `npm run validate` does.
    readSourceText: async (relative) => readFile(resolve(dirname(dataPath), relative), 'utf8').catch(() => undefined),
  });
  for (const problem of result.problems) console.error(formatProblem(problem));
  if (!result.dataset) {
    console.error(t('Nothing written: {file} has errors.', { file: values.data }));
    return 1;
  }
  const { search, dropped } = normaliseView(values.view, result.dataset, values.lang);
  for (const part of dropped) console.error(t('note: the view option "{part}" was not understood or names nothing in the data, and was dropped', { part }));
  // The policy's hashes are computed now, from the scripts and styles of the page written.
  const page = withStandalonePolicy(await template(values.template, values.rebuild));
  const html = buildSingleFile(page, { dataText: text, dataFile: file, view: search, title: result.dataset.title });
  await writeFile(values.out, html);
  console.log(t('Wrote {file} ({kilobytes} KB): {events, plural, one {# event} other {# events}}, view "{view}".', { file: values.out, kilobytes: Math.round(html.length / 1024), events: result.dataset.events.length, view: search || t('(all)') }));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${error.message}\n\n${usage()}`);
    } else {
      console.error(error instanceof Error ? error.message : String(error));
    }
    process.exit(2);
  },
);
