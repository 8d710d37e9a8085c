// The page header: what this dataset is, where its facts come from, and what the loader warned about.
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Dataset, Problem } from '../core/model/types';
import type { FileOpener } from './dataContracts';
import type { ForeignData } from '../core/data/origin';
import { DataOriginNote } from './DataOriginNote';
import { OpenedFromComputerNote, OpenFileButton } from './OpenFile';
import { ProblemList, WarningsDisclosure } from './ProblemList';
import { LanguagePicker, useLanguage } from './i18n';
import { t } from '../core/i18n/translate';
import { dataTextProps } from '../core/i18n/dataText';
import { sourceCredit } from '../render/export/credit';
import { useRecordsIn } from './useRecordsIn';

/**
 * `opener` (the full app with fetched data) adds the "Open file…" button and says when the data came from the computer;
 * `foreign` names the other site the data came from, above the title it could otherwise pass off as this site's;
 * `actions` are the other things done with the file as a whole (export, embed), beside opening one;
 * `checking` says the data is shown while the loader's last checks still run, so warnings may yet come;
 * `waitingForRecords` says what the reader asked for waits for the events' records, still arriving.
 */
export function Header({ dataset, warnings, checking = false, waitingForRecords = false, opener, foreign = null, actions }: { dataset: Dataset; warnings: readonly Problem[]; checking?: boolean; waitingForRecords?: boolean; opener?: FileOpener; foreign?: ForeignData | null; actions?: ReactNode }) {
  // The language is a dependency because the credit's words come from t().
  const language = useLanguage();
  // The sources may come with the records, after the chart (a Parquet file's are derived from details read then).
  const recordsIn = useRecordsIn(dataset);
  const credit = useMemo(() => sourceCredit(dataset), [dataset, language, recordsIn]);
  const dataText = dataTextProps(dataset);
  return (
    <header className="app-header">
      <div className="brand" aria-hidden="true">
        Stanceline
      </div>
      <div className="header-text">
        <DataOriginNote foreign={foreign} />
        {/* The data's own words keep their own direction in a right-to-left interface, and the reverse. */}
        <h1 className="dataset-title" {...dataText}>
          {dataset.title}
        </h1>
        <div className="dataset-credit">
          {credit && <span>{credit}</span>}
          {dataset.description && (
            <details className="dataset-about">
              <summary>{t('About this data')}</summary>
              <p {...dataText}>{dataset.description}</p>
            </details>
          )}
          <WarningsDisclosure warnings={warnings} />
          <span className="checking-note" role="status">
            {waitingForRecords ? t('Reading the events’ details…') : checking ? t('Checking the file…') : ''}
          </span>
          {opener && <OpenedFromComputerNote opening={opener.opening} />}
        </div>
      </div>
      <LanguagePicker />
      {(opener || actions) && (
        <div className="header-actions">
          {opener && <OpenFileButton opener={opener} />}
          {actions}
        </div>
      )}
    </header>
  );
}

export function ReloadBanner({
  problems,
  failure,
  onDismiss,
}: {
  problems: readonly Problem[];
  failure: string | null;
  onDismiss: () => void;
}) {
  if (problems.length === 0 && !failure) return null;
  return (
    <div className="reload-banner" role="alert">
      <div>
        <strong>{t('The edited data file was not applied; the last good version stays on screen.')}</strong>
        {failure && <p>{failure}</p>}
        {problems.length > 0 && <ProblemList problems={problems} />}
      </div>
      <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('Dismiss this message')}>
        ×
      </button>
    </div>
  );
}
