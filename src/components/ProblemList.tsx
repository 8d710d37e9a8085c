// Problems from the loader, one per line as `file:line:col  severity  path  message`.
// Always text: the messages quote the user's file, which must never become markup.
import { tNodes } from './i18n';
import { t } from '../core/i18n/translate';
import { useState } from 'react';
import type { Problem } from '../core/model/types';

/**
 * How many problems are listed before "Show all": a broken 100,000-event file can have
 * hundreds of thousands, and the first few are what a person fixes first (often the rest
 * follow from them).
 */
export const PROBLEMS_SHOWN_AT_FIRST = 200;

function problemWhere(problem: Problem): string {
  return problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
}

export function problemLine(problem: Problem): string {
  return [problemWhere(problem), problem.severity, problem.path || '(document)', problem.message].join('  ');
}

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? problems : problems.slice(0, PROBLEMS_SHOWN_AT_FIRST);
  const hidden = problems.length - shown.length;
  return (
    <>
      <ol className="problem-list">
        {shown.map((problem, index) => (
          <li key={index} className={`problem problem-${problem.severity}`}>
            {/* The same text as problemLine, with the file, path and message (which quote the data) isolated:
                a line of the validator's output, in the page's direction, not a piece of code. */}
            <samp>
              <bdi>{problemWhere(problem)}</bdi>
              {`  ${problem.severity}  `}
              <bdi>{problem.path || '(document)'}</bdi>
              {'  '}
              <bdi>{problem.message}</bdi>
            </samp>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <p className="problem-more">
          {tNodes('{count, number} more not shown; fix these first, or list every one with {command}.', { count: hidden, command: <code>npm run validate</code> })}{' '}
          <button type="button" className="link-button" onClick={() => setShowAll(true)}>
            {t('Show all {count, number}', { count: problems.length })}
          </button>
        </p>
      )}
    </>
  );
}

/** Warnings behind a "n warnings" disclosure: the file loads, so they wait until asked for. */
export function WarningsDisclosure({ warnings }: { warnings: readonly Problem[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="warnings">
      <summary>
        {t('{count, plural, one {# warning} other {# warnings}}', { count: warnings.length })}
      </summary>
      <ProblemList problems={warnings} />
    </details>
  );
}
