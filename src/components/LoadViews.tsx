// What the page shows instead of the timeline while loading or when the data cannot be used.
import type { Problem } from '../core/model/types';
import { ProblemList, WarningsDisclosure } from './ProblemList';
import { formatCount } from '../core/text/formatCount';

export function LoadingView({ file, loadedBytes, totalBytes }: { file: string; loadedBytes: number; totalBytes: number | null }) {
  const kilobytes = Math.round(loadedBytes / 1024);
  return (
    <div className="load-view" role="status" aria-live="polite">
      <p className="load-title">Loading {file}…</p>
      {totalBytes ? (
        <progress max={totalBytes} value={loadedBytes} aria-label={`Loading ${file}`} />
      ) : (
        <progress aria-label={`Loading ${file}`} />
      )}
      {loadedBytes > 0 && <p className="load-detail">{formatCount(kilobytes)} KB read</p>}
    </div>
  );
}

export function LoadFailedView({ message }: { message: string }) {
  return (
    <div className="load-view load-failed" role="alert">
      <h1>The data could not be loaded</h1>
      <p>{message}</p>
      <p className="load-detail">
        Stanceline reads <code>data/events.json</code> next to the page, or the file named by <code>?data=</code> in the address.
      </p>
    </div>
  );
}

/** What to do about bad data depends on where it came from. */
export const INVALID_DATA_ADVICE = {
  /** A file the app fetched (?data= or data/events.json). */
  served: 'Fix these in the file and reload the page (with the development server running, the page reloads by itself).',
  /** Data handed to the page: mount()'s `data`, or the data inside a single-file export. */
  given: 'Fix these in the data given to Stanceline (the data passed to mount(), or the file this page was exported from), then load it again.',
  /** A file mount() fetched from its `dataUrl`. */
  fetchedByModule: 'Fix these in the file at dataUrl, then load it again (update({ dataUrl }) or reload the page).',
} as const;

export function InvalidDataView({ file, problems, advice = INVALID_DATA_ADVICE.served }: { file: string; problems: readonly Problem[]; advice?: string }) {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return (
    <div className="load-view load-invalid">
      <h1>
        {file} has {errors.length} {errors.length === 1 ? 'error' : 'errors'}
      </h1>
      <p>{advice}</p>
      <ProblemList problems={errors} />
      <WarningsDisclosure warnings={warnings} />
    </div>
  );
}
