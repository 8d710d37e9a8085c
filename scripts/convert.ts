// npm run convert -- <inputs…> --out <file or dir/>
//
//   Spreadsheets → JSON:  npm run convert -- events.csv positions.csv actors.csv --out data/mine.json
//                         (each sheet is recognised by its file name, or named with --sheet events=path)
//   TimelineJS3 → JSON:   npm run convert -- timeline.json --out data/mine.json   (or its spreadsheet .csv)
//   JSON → spreadsheets:  npm run convert -- data/events.json --out sheets/
//   Parquet ↔ JSON:       npm run convert -- events.parquet --out data/mine.json
//                         npm run convert -- data/events.json --out events.parquet   (the events sheet's columns only)
//
// Prints what was derived or not carried over ("note: …") and every problem in the
// validator's format, `file:line:col  error|warning  path  message`, pointing into the input.
// The output is checked with the app's loader before anything is written; nothing is written
// when there is an error. Exit code: 0 written (warnings allowed), 1 errors, 2 usage or an
// unreadable input.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/core/data/index';
import type { DatasetFile, Problem } from '../src/core/model/types';
import {
  csvLosses, csvToDataset, datasetToCsv, detectFormat, isSheetName, SHEET_NAMES,
  stringifyDataset, timelineJsCsvToDataset, timelineJsJsonToDataset, validateConversion,
} from '../src/core/convert/index';
import { isParquet, parquetToDataset } from '../src/core/convert/parquet';
import { convertEventData, detectEventData } from '../src/core/convert/eventDataFormats';
import type { ConvertResult, SheetInputs, SheetName } from '../src/core/convert/index';
import { parseColumnMapping } from '../src/core/convert/columnMapping';
import { mappedTableToDataset } from '../src/core/convert/mappedTable';
import { ENGLISH, matchLanguage } from '../src/core/i18n/languages';
import { loadLanguage } from '../src/core/i18n/load';
import { t } from '../src/core/i18n/translate';

const SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../data/schema/stanceline.schema.json');

/** The command line's help, its explanations in the language of --lang (file names and options stay as typed). */
function usage(): string {
  // A column of what converts to what, then how to ask for it; a long translation still leaves a space.
  const row = (label: string, rest: string) => `  ${label.padEnd(21)} ${rest}`;
  return [
    `${t('Usage:')} npm run convert -- <inputs…> --out <file.json | dir/> [--sheet name=path…] [--title "…"] [--lang fr]`,
    '',
    row(t('CSV sheets → JSON'), 'events.csv [positions.csv quotes.csv actors.csv countries.csv topics.csv sources.csv dataset.csv] --out data.json'),
    row(t('TimelineJS3 → JSON'), `timeline.json ${t('(or its spreadsheet saved as .csv)')} --out data.json`),
    row(t('Event data → JSON'), `${t('an ICEWS .tab/.tsv, a GDELT 2.0 *.export.CSV, an ACLED .csv, or PLOVER/POLECAT JSON lines or a JSON array')} --out data.json`),
    row('', t('(recognised by content; docs/research-data.md)')),
    row(t('Any other table'), '--mapping mapping.json table.csv --out data.json'),
    row('', t('(a CSV or TSV read through a column mapping saved from the app’s mapping dialog; docs/research-data.md)')),
    row(t('JSON → CSV sheets'), 'data/events.json --out sheets/'),
    row(t('Parquet → JSON'), `events.parquet ${t('(the events sheet’s columns)')} --out data.json`),
    row(t('JSON → Parquet'), `data/events.json --out events.parquet ${t('(the events sheet’s columns only)')}`),
    '',
    t('Sheets are recognised by file name; name others with {example}.', { example: '--sheet events=my-events.csv' }),
    t('--lang writes the notes and messages in another language (fr, de, es, uk, ru, ar).'),
    t('See {doc} for the layout.', { doc: 'docs/spreadsheets.md' }),
  ].join('\n');
}

class UsageError extends Error {}

function formatProblem(problem: Problem): string {
  const path = problem.path === '' ? '(file)' : problem.path;
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${path}  ${problem.message}`;
}

const counts = (errors: number, warnings: number) =>
  t('{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}', { errors, warnings });

/** Prints notes and problems; returns the number of errors. */
function printOutcome(report: readonly string[], problems: readonly Problem[]): number {
  for (const line of report) console.log(`note: ${line}`);
  for (const problem of problems) console.log(formatProblem(problem));
  return problems.filter((problem) => problem.severity === 'error').length;
}

async function readInput(path: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(path));
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(t('{file}: cannot read the file ({reason})', { file: path, reason: code === 'ENOENT' ? t('no such file') : (code ?? String(error)) }));
  }
}

/** Reads a source's local text copy relative to the data file that names it. */
function sourceReader(dataFile: string) {
  const base = dirname(resolve(dataFile));
  return async (relativePath: string) => {
    try {
      return await readFile(resolve(base, relativePath), 'utf8');
    } catch {
      return undefined;
    }
  };
}

function isDirectoryTarget(out: string): boolean {
  return out.endsWith('/') || out.endsWith(sep) || (existsSync(out) && statSync(out).isDirectory());
}

/** Puts `$schema` first, pointing from the output file to the project's schema, unless the input gave one. */
function withSchema(file: DatasetFile, out: string): DatasetFile {
  if (file.$schema !== undefined) return file;
  let schema = relative(dirname(resolve(out)), SCHEMA_PATH).split(sep).join('/');
  if (!schema.startsWith('.')) schema = `./${schema}`;
  return { $schema: schema, ...file };
}

/**
 * Validates a converted file as if it were already at `out`, and writes it only when clean of
 * errors. `asText: false` checks the records without writing them out first (a Parquet file's
 * million events); the JSON is then made only to be written.
 */
async function writeConverted(result: ConvertResult, out: string, { asText = true }: { asText?: boolean } = {}): Promise<number> {
  if (isDirectoryTarget(out) || extname(out).toLowerCase() !== '.json') {
    throw new UsageError(t('--out must name a .json file for this conversion (got {out}).', { out }));
  }
  const converted: ConvertResult = result.file ? { ...result, file: withSchema(result.file, out) } : result;
  const validated = await validateConversion(converted, { file: out, readSourceText: sourceReader(out) }, { asText });
  const errors = printOutcome(validated.report, validated.problems);
  const warnings = validated.problems.length - errors;
  if (errors > 0 || !converted.file) {
    console.log(t('not written: {counts}', { counts: counts(errors, warnings) }));
    return 1;
  }
  mkdirSync(dirname(resolve(out)), { recursive: true });
  await writeFile(out, validated.text ?? stringifyDataset(converted.file), 'utf8');
  const file = converted.file!;
  console.log(t('wrote {out}: {events, plural, one {# event} other {# events}}, {actors, plural, one {# actor} other {# actors}}, {topics, plural, one {# topic} other {# topics}}, {sources, plural, one {# source} other {# sources}} ({warnings, plural, one {# warning} other {# warnings}})', {
    out, events: file.events.length, actors: file.actors.length, topics: file.topics.length, sources: file.sources.length, warnings,
  }));
  return 0;
}

/** The Stanceline file in `text` once the loader passes it, or null after printing its errors. */
async function validFile(input: string, text: string): Promise<DatasetFile | null> {
  const loaded = await loadDataset(text, { file: input, readSourceText: sourceReader(input) });
  const errors = printOutcome([], loaded.problems);
  if (errors > 0) {
    console.log(t('not written: {errors, plural, one {# error} other {# errors}} in {input}', { errors, input }));
    return null;
  }
  return JSON.parse(text.replace(/^\ufeff/, '')) as DatasetFile;
}

/** Stanceline JSON → one CSV per sheet in `outDir`, after checking that the sheets read back to the same file. */
async function jsonToSheets(input: string, text: string, outDir: string): Promise<number> {
  if (!isDirectoryTarget(outDir)) throw new UsageError(t('{input} is already a Stanceline file: give --out a directory ending in "/" to write its CSV sheets.', { input }));
  const file = await validFile(input, text);
  if (!file) return 1;
  const sheets = datasetToCsv(file);
  const losses = csvLosses(file);
  // Read the sheets back with the same code the import uses: what is written must load.
  const back = await validateConversion(
    csvToDataset(Object.fromEntries(SHEET_NAMES.map((name) => [name, { name: `${name}.csv`, text: sheets[name] }])) as SheetInputs),
    { file: input, readSourceText: sourceReader(input) },
  );
  const backErrors = back.problems.filter((problem) => problem.severity === 'error');
  printOutcome(losses.map((loss) => t('not carried: {loss}', { loss })), backErrors);
  if (backErrors.length > 0) {
    console.log(t('not written: the sheets would not read back as a valid file'));
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  for (const name of SHEET_NAMES) await writeFile(join(outDir, `${name}.csv`), sheets[name], 'utf8');
  console.log(t('wrote {count, plural, one {# sheet} other {# sheets}} to {dir}: {files}', { count: SHEET_NAMES.length, dir: outDir, files: SHEET_NAMES.map((name) => `${name}.csv`).join(', ') }));
  return 0;
}

/** Stanceline JSON → its events as a Parquet file, after checking that the file reads back. */
async function jsonToParquet(input: string, text: string, out: string): Promise<number> {
  const file = await validFile(input, text);
  if (!file) return 1;
  const { EventColumns } = await import('./parquetEvents');
  const columns = new EventColumns();
  for (const event of file.events) columns.add(event);
  const bytes = new Uint8Array(columns.toParquet());
  // Read back with the app's own reader: what is written must load.
  const back = await validateConversion(await parquetToDataset(bytes, out), { file: out }, { asText: false });
  const backErrors = back.problems.filter((problem) => problem.severity === 'error');
  const losses = [
    ...csvLosses(file),
    t('only the events sheet is written to Parquet: positions, quotes, actors\' names and countries, topics, sources, periods, annotations and stories are not carried (write the CSV sheets with --out dir/ for those)'),
  ];
  printOutcome(losses.map((loss) => t('not carried: {loss}', { loss })), backErrors);
  if (backErrors.length > 0) {
    console.log(t('not written: the Parquet file would not read back as a valid file'));
    return 1;
  }
  mkdirSync(dirname(resolve(out)), { recursive: true });
  await writeFile(out, bytes);
  console.log(t('wrote {out}: {events, plural, one {# event} other {# events}} as Parquet ({megabytes} MB)', { out, events: columns.count, megabytes: (bytes.byteLength / 1e6).toFixed(1) }));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      sheet: { type: 'string', multiple: true },
      title: { type: 'string' },
      mapping: { type: 'string', short: 'm' },
      help: { type: 'boolean', short: 'h' },
      lang: { type: 'string' },
    },
  });
  // --lang fr: notes, problems and this tool's own lines in French (an unknown language is English).
  await loadLanguage(matchLanguage(values.lang) ?? ENGLISH);
  if (values.help) {
    console.log(usage());
    return 0;
  }
  const named: [SheetName, string][] = [];
  for (const option of values.sheet ?? []) {
    const match = /^([^=]+)=(.+)$/.exec(option);
    const name = match?.[1]?.trim().toLowerCase() ?? '';
    if (!match || !isSheetName(name)) throw new UsageError(t('--sheet {option}: write it as name=path, where name is one of {names}.', { option, names: SHEET_NAMES.join(', ') }));
    named.push([name, match[2]!]);
  }
  if (positionals.length === 0 && named.length === 0) throw new UsageError(usage());
  if (!values.out) throw new UsageError(t('Give --out: a .json file, or a directory ending in "/" for CSV sheets.'));
  const out = values.out;

  // A table of the user's own, read through the column mapping they saved from the app.
  if (values.mapping !== undefined) {
    if (positionals.length !== 1 || named.length > 0) throw new UsageError(t('--mapping reads one table: npm run convert -- --mapping mapping.json table.csv --out data.json'));
    const mappingText = await readInput(values.mapping);
    const { mapping, problems } = parseColumnMapping(mappingText);
    if (!mapping) {
      for (const problem of problems) console.log(`${values.mapping}:1:1  error  ${problem.path || '(file)'}  ${problem.message}`);
      console.log(t('not written: {file} is not a column mapping', { file: values.mapping }));
      return 1;
    }
    const input = positionals[0]!;
    return writeConverted(withTitle(mappedTableToDataset(await readInput(input), input, mapping), values.title), out);
  }

  // Researchers' event data and Parquet are told by their content, whatever the file is called.
  if (positionals.length === 1 && named.length === 0) {
    const input = positionals[0]!;
    const bytes = await readBytes(input);
    if (isParquet(bytes)) return writeConverted(await parquetToDataset(bytes, input, values.title === undefined ? undefined : { title: values.title }), out, { asText: false });
    const text = new TextDecoder().decode(bytes);
    const eventData = detectEventData(text);
    if (eventData) return writeConverted(withTitle(convertEventData(eventData, text, input), values.title), out);
  }

  const jsonInputs = positionals.filter((path) => extname(path).toLowerCase() === '.json');
  if (jsonInputs.length > 0) {
    if (positionals.length > 1 || named.length > 0) throw new UsageError(t('Convert one JSON file at a time, without CSV sheets.'));
    const input = jsonInputs[0]!;
    const text = await readInput(input);
    const format = detectFormat(text, input);
    if (format === 'timelinejs-json') return writeConverted(withTitle(timelineJsJsonToDataset(text, input), values.title), out);
    if (extname(out).toLowerCase() === '.parquet') return jsonToParquet(input, text, out);
    return jsonToSheets(input, text, out);
  }

  // CSV: one TimelineJS sheet, or Stanceline sheets by name.
  const texts = new Map<string, string>();
  for (const path of [...positionals, ...named.map(([, path]) => path)]) texts.set(path, await readInput(path));
  if (positionals.length === 1 && named.length === 0 && detectFormat(texts.get(positionals[0]!)!, positionals[0]!) === 'timelinejs-csv') {
    return writeConverted(withTitle(timelineJsCsvToDataset(texts.get(positionals[0]!)!, positionals[0]!), values.title), out);
  }
  const sheets: SheetInputs = {};
  const assign = (name: SheetName, path: string) => {
    if (sheets[name]) throw new UsageError(t('Two files for the {name} sheet: {first} and {second}.', { name, first: sheets[name]!.name, second: path }));
    sheets[name] = { name: path, text: texts.get(path)! };
  };
  for (const path of positionals) {
    const name = basename(path, extname(path)).toLowerCase();
    if (!isSheetName(name)) {
      throw new UsageError(t('{path}: cannot tell which sheet this is from its name; call it {names} or use --sheet events={path}. A table of your own is read with --mapping mapping.json (save one from the app\'s column-mapping dialog).', { path, names: SHEET_NAMES.map((sheet) => `${sheet}.csv`).join(', ') }));
    }
    assign(name, path);
  }
  for (const [name, path] of named) assign(name, path);
  return writeConverted(csvToDataset(sheets, values.title === undefined ? undefined : { title: values.title }), out);
}

function withTitle(result: ConvertResult, title: string | undefined): ConvertResult {
  if (title === undefined || !result.file) return result;
  return { ...result, file: { ...result.file, title } };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? (error as Error).message : error);
    process.exitCode = 2;
  },
);
