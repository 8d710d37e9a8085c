// The one loader of Stanceline data, used by the app, the tests and the command line:
// text → parsed value → schema and rule checks → indexed model, or positioned problems.
// It never throws: every failure becomes a Problem with file, line, column, path and a sentence.
//
// Fast path (a clean file): JSON.parse, the precompiled schema validator and the rules over
// plain objects. Only when there is something to report is the text parsed again with momoa
// to turn JSON paths into lines and columns; momoa and the position finders are imported only
// then, so a clean file's load (in the app, the loading worker) never parses their code.
import type { Dataset, DatasetFile, LoadResult, Problem } from '../model/types';
import { checkSchemaInSteps } from './schemaSteps';
import { buildDataset } from './model';
import { formatMegabytes, MAX_DATA_BYTES, MAX_NESTING_DEPTH } from './limits';
import { checkTextLengthsInSteps } from './longText';
import { runGivingWay } from './steps';
import { findExcessiveNesting } from './nesting';
import type { PositionIndex } from './positions';
import { formatPath, show } from './problems';
import type { ProblemDraft } from './problems';
import { findQuote, normaliseForQuoteMatch } from './quotes';
import { checkOpeningWindow } from './openingWindow';
import { checkTimeNotes } from './timeNotes';
import { t } from '../i18n/translate';

/** The ids of a list of records, for checking references to them. */
function idSet(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(list)) return ids;
  for (const item of list) if (item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') ids.add((item as { id: string }).id);
  return ids;
}
import { checkDates, checkRulesInSteps } from './rules';
import { hasTimelineJsEvents } from './timelineJsShape';
import { checkStories } from './stories';
import type { QuoteCheck } from './rules';
import { schemaErrorsToDrafts } from './schemaProblems';

export interface LoadOptions {
  /** The file's name as the user knows it; it appears in every problem. */
  file: string;
  /**
   * Reads a source's local text copy, given its path relative to the data file. Resolve to
   * undefined (or reject) when it cannot be read. Without it, quotes cannot be checked and
   * each source with a text copy gets a warning saying so.
   */
  readSourceText?: (relativePath: string) => Promise<string | undefined>;
  /**
   * Given the dataset as soon as the checks its model is built from have passed (dates; the
   * opening window, periods and annotations; stories), before the checks that cannot change it
   * (ids and references, the JSON Schema, text lengths, quotes) have run. The loading worker
   * starts sending it to the page here, so the page takes it in while those checks run.
   * The load's result decides: when those checks find an error it has no dataset, and what was
   * given here must be discarded; otherwise its dataset is this very object.
   * The last checks wait for what it returns: the loading worker waits until the page has
   * shown the data, so that on a machine of two cores they do not take a core from the page
   * while it takes the dataset in and draws it.
   */
  onEarlyDataset?: (dataset: Dataset, completeRecords?: () => Promise<void>) => void | Promise<void>;
  /**
   * Given by a converter that reads the events' details after the rest (ConvertResult.completeRecords):
   * completes the records in place, once. It is awaited before the last checks, and handed to
   * onEarlyDataset as its second argument, so that the loading worker can complete the records
   * after the chart is drawn and before it sends them. Its steps give way as the checks' do.
   */
  completeRecords?: (giveWay: () => Promise<void>) => Promise<void>;
  /**
   * Awaited, once the dataset was handed over early, before each of the last checks (the ids
   * and references, the schema, the text lengths) and between their steps (a few milliseconds
   * each): the loading worker waits there until the page's reader has left the page
   * alone, so checks of seconds at a million events give way to their zooming and panning.
   */
  giveWay?: () => Promise<void>;
}

/** The position finders (momoa among them), loaded the first time a problem must be placed. */
const positionFinders = () => Promise.all([import('./positions'), import('./scanPositions')]).then(([positions, scan]) => ({ ...positions, ...scan }));

function problemAt(file: string, rule: string, line: number, column: number, message: string): Problem {
  return { severity: 'error', rule, file, line, column, path: '', message };
}

export async function loadDataset(text: string, options: LoadOptions): Promise<LoadResult> {
  try {
    return await loadUnchecked(text, options);
  } catch (error) {
    // A bug in a rule must not take the app down with it: report it like any other problem.
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [problemAt(options.file, 'internal-error', 1, 1, t('The file could not be checked ({reason}). Please report this.', { reason }))] };
  }
}

/**
 * A problem for a text nested deeper than any Stanceline file, or undefined. Checked only on
 * the paths that report problems: the position finder recurses, and a clean file is never
 * this deep (the schema allows five levels).
 */
function tooDeep(text: string, file: string): Problem | undefined {
  const nesting = findExcessiveNesting(text, MAX_NESTING_DEPTH);
  if (!nesting) return undefined;
  const { line, column } = nesting.position;
  return problemAt(file, 'too-deep', line, column,
    t('Arrays and objects are nested {depth, number} levels deep here and below; a Stanceline file needs at most 5 and {limit} are read. This is not a Stanceline file, or part of it was pasted into itself: remove the extra [ or \'{\'.', { depth: nesting.depth, limit: MAX_NESTING_DEPTH }));
}

async function loadUnchecked(rawText: string, options: LoadOptions): Promise<LoadResult> {
  const { file } = options;
  // Refused before parsing: every character is at least a byte, so this is over the limit.
  if (rawText.length > MAX_DATA_BYTES) {
    return {
      problems: [problemAt(file, 'file-too-large', 1, 1,
        t('The file is at least {size}, over the {limit} Stanceline reads; split it into smaller files (for example one per year or per country).', { size: formatMegabytes(rawText.length), limit: formatMegabytes(MAX_DATA_BYTES) }))],
    };
  }
  // A byte-order mark is an editor's habit, not an error.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;

  if (text.trim() === '') {
    return { problems: [problemAt(file, 'empty-file', 0, 0, t('The file is empty; a Stanceline file is a JSON object with version, title, sources, countries, actors, topics and events.'))] };
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Chrome's and Node's JSON.parse handle deep nesting, but other engines throw a RangeError.
    const deep = tooDeep(text, file);
    if (deep) return { problems: [deep] };
    if (/^\s*</.test(text)) {
      const at = (await positionFinders()).firstValuePosition(text);
      return {
        problems: [problemAt(file, 'invalid-json', at.line, at.column,
          t('This is a web page (HTML, starting with "<"), not a JSON data file: the address most likely leads to a page, such as a server\'s "not found" page, instead of the data. Check the file name and path.'))],
      };
    }
    const syntax = (await positionFinders()).describeSyntaxError(text, error instanceof Error ? error.message : '');
    return {
      problems: [problemAt(file, 'invalid-json', syntax.position.line, syntax.position.column, syntax.message)],
    };
  }

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data;
    const at = (await positionFinders()).indexPositions(text).locate([]);
    return {
      problems: [problemAt(file, 'not-an-object', at.line, at.column, t('The file holds {what, select, array {an array} null {null} string {a string} number {a number} boolean {a boolean} other {a value}}, but expected an object with version, title, sources, countries, actors, topics, events.', { what }))],
    };
  }
  const record = data as Record<string, unknown>;
  if (hasTimelineJsEvents(record)) {
    const at = (await positionFinders()).indexPositions(text).locate([]);
    return {
      problems: [
        problemAt(file, 'timelinejs3-file', at.line, at.column,
          t('This looks like a TimelineJS3 file (events with start_date or date objects and text headlines), not a Stanceline file. The app imports it when opened; to keep a Stanceline copy, convert it with: npm run convert -- {file} --out data/converted.json', { file })),
      ],
    };
  }

  const checked = await checkRecord(record, text, options);
  const { drafts } = checked;
  if (drafts.length > 0) {
    // No Stanceline file nests deeply: such a file gets one problem where the depth starts.
    const deep = tooDeep(text, file);
    if (deep) return { problems: [deep] };
  }
  const problems = drafts.length > 0 ? await positionProblems(text, file, drafts) : [];
  return finish(record, checked, problems);
}

/** What the checks of a parsed file found, and the model when it was built on the way. */
interface Checked {
  drafts: ProblemDraft[];
  dates: ReturnType<typeof checkDates>;
  opening: ReturnType<typeof checkOpeningWindow>;
  notes: ReturnType<typeof checkTimeNotes>;
  /** The model, when it was built before the last checks (LoadOptions.onEarlyDataset). */
  early?: Dataset;
}

const isError = (found: { severity: Problem['severity'] }) => found.severity === 'error';

/**
 * The schema and every rule over a parsed file. `text` (when there is one) only speeds up the
 * long-text check; `schema: false` skips the schema for a file built to match it. The checks
 * the model depends on (dates, the opening window, periods, annotations, stories) run first;
 * when they pass and the caller asked for it, the model is built and handed over before the
 * ids and references, the schema, the text lengths and the quotes are checked: those only ever
 * add problems, and at a million events the ids and references alone take seconds. Drafts
 * keep one order whichever way it runs.
 */
async function checkRecord(record: Record<string, unknown>, text: string | undefined, options: LoadOptions, schema = true): Promise<Checked> {
  const dates = checkDates(record);
  const opening = checkOpeningWindow(record);
  const notes = checkTimeNotes(record, idSet(record.actors), idSet(record.countries));
  const stories = checkStories(record);
  let early: Dataset | undefined;
  // Once the model is handed over, the long checks give way between their steps, and each check before it starts.
  const giveWay = () => (early && options.giveWay ? options.giveWay() : Promise.resolve());
  let completing: Promise<void> | undefined;
  const { completeRecords: complete } = options;
  const completeRecords = complete && (() => (completing ??= complete(giveWay)));
  if (options.onEarlyDataset && ![dates.drafts, opening.drafts, notes.drafts, stories].some((drafts) => drafts.some(isError))) {
    try {
      early = buildModel(record, { dates, opening, notes });
    } catch {
      // A file the schema will refuse may not hold together as a model: it is not built early.
    }
    if (early) await options.onEarlyDataset(early, completeRecords);
  }
  await completeRecords?.();
  const rules = await runGivingWay(checkRulesInSteps(record), giveWay);
  await giveWay();
  const schemaDrafts = schema ? schemaErrorsToDrafts(await runGivingWay(checkSchemaInSteps(record), giveWay), record) : [];
  await giveWay();
  const textLengths = await runGivingWay(checkTextLengthsInSteps(record, text), giveWay);
  const quotes = await checkQuotes(rules.quoteChecks, options);
  const drafts = [...schemaDrafts, ...textLengths, ...dates.drafts, ...rules.drafts, ...quotes, ...opening.drafts, ...notes.drafts, ...stories];
  return { drafts, dates, opening, notes, ...(early ? { early } : {}) };
}

/** The indexed model of a file whose checks found no error. */
function buildModel(record: Record<string, unknown>, { dates, opening, notes }: Pick<Checked, 'dates' | 'opening' | 'notes'>): Dataset {
  const dataset = buildDataset(record as unknown as DatasetFile, dates.eventDates);
  if (opening.window) dataset.openingWindow = opening.window;
  if (notes.periods.length > 0) dataset.periods = notes.periods;
  if (notes.annotations.length > 0) dataset.annotations = notes.annotations;
  return dataset;
}

function finish(record: Record<string, unknown>, checked: Checked, problems: Problem[]): LoadResult {
  if (problems.some(isError)) return { problems };
  return { dataset: checked.early ?? buildModel(record, checked), problems };
}

/** Where a value of a file that has no text of its own came from (a converted columnar file: its row and column). */
export type ValueLocator = (path: string) => { line: number; column: number };

/**
 * Loads a file that was never text: a dataset converted from a columnar file (Parquet) or an
 * export, too large to be written out as JSON and parsed again. The same schema and rules run
 * over it; each problem is placed by `locate` (the row and column its value came from).
 * `matchesSchema` says the converter built it to match the JSON Schema and checked that as it
 * built (ConvertResult.matchesSchema): the schema is then not run again; every rule still is.
 */
export async function loadParsedDataset(file: DatasetFile, options: LoadOptions & { locate: ValueLocator; matchesSchema?: boolean }): Promise<LoadResult> {
  try {
    const record = file as unknown as Record<string, unknown>;
    const checked = await checkRecord(record, undefined, options, !options.matchesSchema);
    const locateDraft = (path: Parameters<PositionIndex['locate']>[0]) => options.locate(formatPath(path));
    const problems = checked.drafts.map((draft): Problem => {
      const at = locateDraft(draft.path);
      return {
        severity: draft.severity,
        rule: draft.rule,
        file: options.file,
        line: at.line,
        column: at.column,
        path: formatPath(draft.path),
        message: bounded(typeof draft.message === 'string' ? draft.message : draft.message(locateDraft)),
      };
    });
    return finish(record, checked, problems.sort((a, b) => a.line - b.line || a.column - b.column));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [problemAt(options.file, 'internal-error', 1, 1, t('The file could not be checked ({reason}). Please report this.', { reason }))] };
  }
}

async function readSafely(options: LoadOptions, path: string): Promise<string | undefined> {
  if (!options.readSourceText) return undefined;
  try {
    const text = await options.readSourceText(path);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

async function checkQuotes(checks: readonly QuoteCheck[], options: LoadOptions): Promise<ProblemDraft[]> {
  const drafts: ProblemDraft[] = [];
  await Promise.all(
    checks.map(async (check) => {
      const sourceText = await readSafely(options, check.textPath);
      if (sourceText === undefined) {
        drafts.push({
          severity: 'warning',
          rule: 'source-text-unreadable',
          path: ['sources', check.sourceIndex, 'text'],
          anchor: 'value',
          message: options.readSourceText
            ? t('The text copy {path} of source "{source}" could not be read, so its {quotes, plural, one {# quote} other {# quotes}} could not be checked; fix the path (it is relative to the data file).', { path: show(check.textPath), source: check.sourceId, quotes: check.quotes.length })
            : t('Quotes citing source "{source}" were not checked against {path}: no way to read source files was given.', { path: show(check.textPath), source: check.sourceId }),
        });
        return;
      }
      const normalised = normaliseForQuoteMatch(sourceText);
      for (const quote of check.quotes) {
        const match = findQuote(quote.text, normalised);
        if (match.found) continue;
        const values = { path: show(check.textPath), source: check.sourceId };
        drafts.push({
          severity: 'warning',
          rule: 'quote-not-in-source',
          path: quote.path,
          anchor: 'value',
          message: match.matchingWords > 0 && match.firstDifferentWord !== undefined
            ? t('This quote does not appear verbatim in {path} (source "{source}"). The first {words, plural, one {# word matches} other {# words match}}; it departs from the source at {word}. Copy it exactly from the source.', { ...values, words: match.matchingWords, word: show(match.firstDifferentWord) })
            : t('This quote does not appear verbatim in {path} (source "{source}"). Copy it exactly from the source.', values),
        });
      }
    }),
  );
  return drafts;
}

/**
 * Above this size momoa's full syntax tree costs seconds; a single scan for the wanted paths
 * (scanPositions.ts, kept in agreement with momoa by a property test) takes a fraction of that.
 */
const MOMOA_MAX_CHARS = 2_000_000;

/**
 * The longest message kept whole. Every message quotes data through show(), which cuts it
 * short; this is the backstop for one that does not, so no problem list or validator line
 * can grow with the data.
 */
const MAX_MESSAGE_LENGTH = 2_000;

function bounded(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
}

async function positionProblems(text: string, file: string, drafts: readonly ProblemDraft[]): Promise<Problem[]> {
  const { indexPositions, scanPositions } = await positionFinders();
  const positions: PositionIndex =
    text.length <= MOMOA_MAX_CHARS ? indexPositions(text) : scanPositions(text, drafts.flatMap((draft) => [draft.path, ...(draft.related ?? [])]));
  const locate = (path: Parameters<PositionIndex['locate']>[0]) => positions.locate(path);
  const problems = drafts.map((draft): Problem => {
    const at = positions.locate(draft.path, draft.anchor);
    return {
      severity: draft.severity,
      rule: draft.rule,
      file,
      line: at.line,
      column: at.column,
      path: formatPath(draft.path),
      message: bounded(typeof draft.message === 'string' ? draft.message : draft.message(locate)),
    };
  });
  // Array.prototype.sort is stable: problems at the same place keep the order they were found in.
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
