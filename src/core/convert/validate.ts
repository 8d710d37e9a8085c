// Checks a converted file with the app's own loader and points each problem back at the
// input: a CSV cell or a TimelineJS JSON value, since the generated JSON was never seen.
import { loadDataset } from '../data/index';
import { loadParsedDataset } from '../data/load';
import type { LoadOptions } from '../data/index';
import type { Dataset, Problem } from '../model/types';
import type { ConvertResult } from './result';
import { t } from '../i18n/translate';

export interface ValidatedImport {
  /** The converted file as JSON text (two-space indent, final newline), when there is one. */
  text?: string;
  /** Present when neither the conversion nor the loader found an error. */
  dataset?: Dataset;
  /** Conversion problems, then the loader's, each positioned in the input where it can be. */
  problems: Problem[];
  report: string[];
}

export function stringifyDataset(file: NonNullable<ConvertResult['file']>): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Validates a conversion result. `options.file` names the output for problems that have no
 * place in the input (those then point into the generated JSON text).
 *
 * `asText: false` checks the converted records as they are, without writing them out as JSON
 * and parsing that again: for a columnar file of a million events, whose JSON would be
 * larger than the loader reads (and than a string can be). No `text` is returned then.
 */
export async function validateConversion(result: ConvertResult, options: LoadOptions, { asText = true }: { asText?: boolean } = {}): Promise<ValidatedImport> {
  if (!result.file) return { problems: result.problems, report: result.report };
  // Written out as JSON, the records are complete first; checked as they are, the loader completes them after the model (LoadOptions.completeRecords).
  if (asText) await result.completeRecords?.(() => Promise.resolve());
  const text = asText ? stringifyDataset(result.file) : undefined;
  const origin = result.origin;
  const completeRecords = asText ? undefined : result.completeRecords;
  const loaded = text !== undefined
    ? await loadDataset(text, options)
    : await loadParsedDataset(result.file, { ...options, locate: (path) => origin?.(path) ?? { line: 0, column: 0 }, matchesSchema: result.matchesSchema === true, ...(completeRecords ? { completeRecords } : {}) });
  const mapped = loaded.problems.map((problem): Problem => {
    const origin = result.origin?.(problem.path);
    if (!origin) return problem;
    return {
      ...problem,
      file: origin.file,
      line: origin.line,
      column: origin.column,
      path: origin.path,
      // Keep the converted file's path: it says which record the cell became.
      message: problem.path === '' ? problem.message : t('{message} ({path} in the converted file)', { message: problem.message, path: problem.path }),
    };
  });
  const problems = [...result.problems, ...mapped];
  const failed = problems.some((problem) => problem.severity === 'error');
  return {
    ...(text !== undefined ? { text } : {}),
    ...(failed || !loaded.dataset ? {} : { dataset: loaded.dataset }),
    problems,
    report: result.report,
  };
}
