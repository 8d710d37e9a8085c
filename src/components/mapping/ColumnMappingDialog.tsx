// The column-mapping dialog: a CSV or TSV that is none of the formats Stanceline knows is
// read once the user says which columns hold the date, actors, countries, type, title, text
// and source. A modal <dialog> (focus kept inside, the page behind inert, Escape closes),
// with a live preview of the first rows and the problems the mapping gives. The mapping can
// be saved as a small file for `npm run convert -- --mapping`, and a saved one used again.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { mappingFileName, missingColumns, parseColumnMapping, columnNames } from '../../core/convert/columnMapping';
import type { ColumnMapping, MappingProblem } from '../../core/convert/columnMapping';
import { guessSampleMapping, parseDelimited, previewMapping } from '../../core/convert/mappedTable';
import { saveBlob } from '../../render/export/download';
import type { MappingOffer } from '../dataContracts';
import { MappingFields } from './MappingFields';
import { MappingPreview } from './MappingPreview';
import '../../styles/column-mapping.css';
import { t } from '../../core/i18n/translate';
import { tNodes } from '../i18n';

function headerOf(head: string, delimiter: ColumnMapping['delimiter']): string[] {
  return parseDelimited(head, delimiter)[0] ?? [];
}

export function ColumnMappingDialog({ offer }: { offer: MappingOffer }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const loadInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const introId = useId();
  const { table, file } = offer;
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessSampleMapping(table, table.delimiter));
  const [loadProblems, setLoadProblems] = useState<{ file: string; problems: MappingProblem[] } | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && offer.open && !dialog.open) dialog.showModal();
  }, [offer.open]);

  const header = useMemo(() => headerOf(table.head, mapping.delimiter), [table.head, mapping.delimiter]);
  const columns = useMemo(() => columnNames(header), [header]);
  const preview = useMemo(() => previewMapping(table, file, mapping), [table, file, mapping]);
  const usable = preview.file !== undefined && !preview.problems.some((problem) => problem.severity === 'error');

  const change = (next: ColumnMapping) => {
    // Another delimiter gives other columns: start again from a guess at them.
    if (next.delimiter !== mapping.delimiter) {
      const guess = guessSampleMapping(table, next.delimiter);
      setMapping({ ...guess, dates: next.dates, separator: next.separator, types: next.types });
      return;
    }
    setMapping(next);
  };

  const save = () => saveBlob(new Blob([`${JSON.stringify(mapping, null, 2)}\n`], { type: 'application/json' }), mappingFileName(file));

  const applySaved = async (chosen: File) => {
    const read = parseColumnMapping(await chosen.text());
    const problems = read.mapping ? missingColumns(read.mapping, headerOf(table.head, read.mapping.delimiter)) : read.problems;
    if (read.mapping && problems.length === 0) {
      setMapping(read.mapping);
      setLoadProblems(null);
    } else setLoadProblems({ file: chosen.name, problems });
  };

  return (
    <dialog ref={dialogRef} className="mapping-dialog" aria-labelledby={titleId} aria-describedby={introId} onClose={offer.dismiss}>
      <div className="mapping-dialog-head">
        <h2 id={titleId}>
          {tNodes('Map the columns of {file}', { file: <bdi>{file}</bdi> })}
        </h2>
        <button type="button" className="icon-button" aria-label={t('Close')} onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </div>
      <p id={introId}>
        {t('This table is none of the formats Stanceline knows. Say which columns hold what: each row becomes one event, and keeps its row number (in its codes) so you can find it in the file again.')}
      </p>
      <form
        className="mapping-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (usable) offer.apply(mapping);
        }}
      >
        <div className="mapping-columns">
          <MappingFields mapping={mapping} columns={columns} onChange={change} />
        </div>
        <MappingPreview preview={preview} rowsRead={preview.rowsRead} totalRows={table.rows} />
        {loadProblems && (
          <div role="alert" className="mapping-load-problems">
            <p>
              {tNodes('{file} was not used:', { file: <bdi>{loadProblems.file}</bdi> })}
            </p>
            <ul>
              {loadProblems.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path || t('(file)')}</code> {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="mapping-actions">
          <button type="submit" disabled={!usable}>
            {t('Open with this mapping')}
          </button>
          <button type="button" onClick={save}>
            {t('Save mapping')}
          </button>
          <button type="button" onClick={() => loadInput.current?.click()}>
            {t('Use a saved mapping…')}
          </button>
          <input
            ref={loadInput}
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="mapping-file-input"
            onChange={(event) => {
              const chosen = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (chosen) void applySaved(chosen);
            }}
          />
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t('Cancel')}
          </button>
        </div>
        <p className="mapping-hint">
          {tNodes('A saved mapping converts the whole file outside the app too: {command}', { command: <code>npm run convert -- --mapping {mappingFileName(file)} {file} --out data/events.json</code> })}
        </p>
      </form>
    </dialog>
  );
}
