// What the page shows instead of the timeline while loading or when the data cannot be used.
import { formatNumber, t } from '../core/i18n/translate';
import { tNodes } from './i18n';
import type { Problem } from '../core/model/types';
import { ProblemList, WarningsDisclosure } from './ProblemList';

export function LoadingView({ file, loadedBytes, totalBytes }: { file: string; loadedBytes: number; totalBytes: number | null }) {
  const kilobytes = Math.round(loadedBytes / 1024);
  return (
    <div className="load-view" role="status" aria-live="polite">
      <p className="load-title">{t('Loading {file}…', { file })}</p>
      {totalBytes ? (
        <progress max={totalBytes} value={loadedBytes} aria-label={t('Loading {file}', { file })} />
      ) : (
        <progress aria-label={t('Loading {file}', { file })} />
      )}
      {loadedBytes > 0 && <p className="load-detail">{t('{kilobytes} KB read', { kilobytes: formatNumber(kilobytes) })}</p>}
    </div>
  );
}

export function LoadFailedView({ message }: { message: string }) {
  return (
    <div className="load-view load-failed" role="alert">
      <h1>{t('The data could not be loaded')}</h1>
      <p>{message}</p>
      <p className="load-detail">
        {tNodes('Stanceline reads {file} next to the page, or the file named by {param} in the address.', { file: <code>data/events.json</code>, param: <code>?data=</code> })}
      </p>
    </div>
  );
}

/** What to do about bad data depends on where it came from. */
export const INVALID_DATA_ADVICE = {
  /** A file the app fetched (?data= or data/events.json). */
  served: 'served',
  /** Data handed to the page: mount()'s `data`, or the data inside a single-file export. */
  given: 'given',
  /** A file mount() fetched from its `dataUrl`. */
  fetchedByModule: 'fetchedByModule',
} as const;

export type InvalidDataAdvice = (typeof INVALID_DATA_ADVICE)[keyof typeof INVALID_DATA_ADVICE];

function adviceText(advice: InvalidDataAdvice): string {
  switch (advice) {
    case 'served':
      return t('Fix these in the file and reload the page (with the development server running, the page reloads by itself).');
    case 'given':
      return t('Fix these in the data given to Stanceline (the data passed to mount(), or the file this page was exported from), then load it again.');
    case 'fetchedByModule':
      return t("Fix these in the file at dataUrl, then load it again (update('{ dataUrl }') or reload the page).");
  }
}

export function InvalidDataView({ file, problems, advice = INVALID_DATA_ADVICE.served }: { file: string; problems: readonly Problem[]; advice?: InvalidDataAdvice }) {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return (
    <div className="load-view load-invalid">
      <h1>
        {t('{file} has {count, plural, one {# error} other {# errors}}', { file, count: errors.length })}
      </h1>
      <p>{adviceText(advice)}</p>
      <ProblemList problems={errors} />
      <WarningsDisclosure warnings={warnings} />
    </div>
  );
}
