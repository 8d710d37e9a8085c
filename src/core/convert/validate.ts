// Checks a converted file with the app's own loader and points each problem back at the
// input: a CSV cell or a TimelineJS JSON value, since the generated JSON was never seen.
import { loadDataset } from '../data/index';
import type { LoadOptions } from '../data/index';
import type { Dataset, Problem } from '../model/types';
import type { ConvertResult } from './result';

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
 */
export async function validateConversion(result: ConvertResult, options: LoadOptions): Promise<ValidatedImport> {
  if (!result.file) return { problems: result.problems, report: result.report };
  const text = stringifyDataset(result.file);
  const loaded = await loadDataset(text, options);
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
      message: problem.path === '' ? problem.message : `${problem.message} (${problem.path} in the converted file)`,
    };
  });
  const problems = [...result.problems, ...mapped];
  const failed = problems.some((problem) => problem.severity === 'error');
  return {
    text,
    ...(failed || !loaded.dataset ? {} : { dataset: loaded.dataset }),
    problems,
    report: result.report,
  };
}
