// One line per problem, the same in the terminal, in CI logs and in the app's error view:
//   file:line:col  error|warning  path  message
import type { Problem } from '../model/types';

export function formatProblem(problem: Problem): string {
  const path = problem.path === '' ? '(file)' : problem.path;
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${path}  ${problem.message}`;
}
