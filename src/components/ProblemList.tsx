// Problems from the loader, one per line as `file:line:col  severity  path  message`.
// Always text: the messages quote the user's file, which must never become markup.
import type { Problem } from '../core/model/types';

export function problemLine(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return [where, problem.severity, problem.path || '(document)', problem.message].join('  ');
}

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ol className="problem-list">
      {problems.map((problem, index) => (
        <li key={index} className={`problem problem-${problem.severity}`}>
          <code>{problemLine(problem)}</code>
        </li>
      ))}
    </ol>
  );
}
