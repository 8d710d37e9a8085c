// Opening a data file from the computer: the "Open file…" button (a hidden file input
// behind a real button, so it is keyboard reachable and named), what is being read, why a
// file was not opened, and the note that a file from disk cannot be in a link.
import { useRef } from 'react';
import type { FileOpener, FileOpening } from './dataContracts';
import { OPENABLE_FILE_TYPES } from '../core/data/location';
import { ProblemList } from './ProblemList';
import { t } from '../core/i18n/translate';
import { tNodes } from './i18n';
import '../styles/open-file.css';

export function OpenFileButton({ opener }: { opener: FileOpener }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <span className="open-file">
      <button type="button" onClick={() => input.current?.click()} aria-describedby="open-file-hint">
        {t('Open file…')}
      </button>
      <span id="open-file-hint" className="visually-hidden">
        {t('A Stanceline or TimelineJS3 .json file, a .csv or .parquet sheet, an event-data export or another table; you can also drop a file on the page.')}
      </span>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept={OPENABLE_FILE_TYPES}
        tabIndex={-1}
        aria-hidden="true"
        data-testid="open-file-input"
        onChange={(event) => {
          const files = event.currentTarget.files;
          if (files) opener.openFiles([...files]);
          // Choosing the same file again (after fixing it) must fire another change.
          event.currentTarget.value = '';
        }}
      />
    </span>
  );
}

/** What is being opened, or why the last file was not opened: the data and view on screen stay as they were. */
export function OpenFileStatus({ opener }: { opener: FileOpener }) {
  const { busy, failure } = opener.opening;
  return (
    <>
      <p className="open-file-busy" role="status">
        {busy ? tNodes('Opening {file}…', { file: <bdi>{busy}</bdi> }) : ''}
      </p>
      {failure && (
        <div className="open-file-failure" role="alert">
          <div>
            <strong>
              {failure.file
                ? tNodes('{file} was not opened{count, plural, =0 {} one { (# problem)} other { (# problems)}}; what was on screen stays as it was.', { file: <bdi>{failure.file}</bdi>, count: failure.problems.length })
                : t('Nothing was opened{count, plural, =0 {} one { (# problem)} other { (# problems)}}; what was on screen stays as it was.', { count: failure.problems.length })}
            </strong>
            {failure.message && <p>{failure.message}</p>}
            {failure.problems.length > 0 && <ProblemList problems={failure.problems} />}
          </div>
          <button type="button" className="icon-button" onClick={opener.dismissOpenFailure} aria-label={t('Dismiss this message')}>
            ×
          </button>
        </div>
      )}
    </>
  );
}

/** Said beside the title of data opened from the computer. */
export function OpenedFromComputerNote({ opening }: { opening: FileOpening }) {
  if (!opening.openedFromComputer) return null;
  return (
    <span className="opened-from-computer">
      {tNodes('Opened from your computer ({file}): links to this view won’t include the file, and edits to it are not reloaded.', { file: <bdi>{opening.openedFromComputer}</bdi> })}
    </span>
  );
}
