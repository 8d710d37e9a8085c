// The mapping dialog's choices: the delimiter, which column holds what (each a labelled
// select), how dates are written, what separates several values in a cell, and what the
// type column holds. Every change gives a new mapping; the dialog previews it at once.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { BUILT_IN_TYPES, DATE_ORDERS, DELIMITERS, TYPE_SCHEMES } from '../../core/convert/columnMapping';
import type { ColumnMapping, DateOrder, DefaultType, Delimiter, MappedColumns, TypeScheme } from '../../core/convert/columnMapping';
import { ORDER_EXAMPLES } from '../../core/convert/mappedDates';
import { t } from '../../core/i18n/translate';

// Functions, not tables: the words are read in the language active when the dialog renders.
const delimiterName = (delimiter: Delimiter): string => ({ ',': t('Comma (,)'), '\t': t('Tab'), ';': t('Semicolon (;)'), '|': t('Vertical bar (|)') })[delimiter];
const orderName = (order: DateOrder): string => ({ YMD: t('Year first'), DMY: t('Day first'), MDY: t('Month first') })[order];
/** The examples of an order ("12/02/2025, 12.02.2025…"): the core's, after its English "day first: ". */
const orderHint = (order: DateOrder): string => t('For example {examples}', { examples: ORDER_EXAMPLES[order].slice(ORDER_EXAMPLES[order].indexOf(': ') + 2) });
const schemeName = (scheme: TypeScheme): string =>
  ({
    names: t('Words: statement, call, meeting, or types of your own'),
    cameo: t('CAMEO event codes (041, 042…)'),
    plover: t('PLOVER event types (CONSULT, ACCUSE…)'),
  })[scheme];
const builtInTypeName = (type: DefaultType): string => ({ statement: t('statement'), call: t('call'), meeting: t('meeting') })[type];

type OptionalColumn = Exclude<keyof MappedColumns, 'date' | 'actors'>;
const optionalFields = (): readonly { key: OptionalColumn; label: string }[] => [
  { key: 'end', label: t('End date') },
  { key: 'type', label: t('Type') },
  { key: 'title', label: t('Title') },
  { key: 'summary', label: t('Text or summary') },
  { key: 'sourceUrl', label: t('Source address (URL)') },
  { key: 'sourceTitle', label: t('Source title or publisher') },
  { key: 'location', label: t('Location') },
  { key: 'id', label: t('Original id') },
];

/** A labelled select of the file's columns; "" is "not in this file" when the field is optional. */
function ColumnSelect({ label, value, columns, optional, onChange }: { label: string; value: string | undefined; columns: readonly string[]; optional: boolean; onChange: (value: string | undefined) => void }) {
  const id = useId();
  return (
    <div className="mapping-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}>
        {optional && <option value="">{t('Not in this file')}</option>}
        {columns.map((column, index) => (
          <option key={index} value={column}>
            {column}
          </option>
        ))}
      </select>
    </div>
  );
}

function Labelled({ label, hint, children }: { label: string; hint?: string; children: (id: string, hintId: string | undefined) => ReactNode }) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="mapping-field">
      <label htmlFor={id}>{label}</label>
      {children(id, hint ? hintId : undefined)}
      {hint && (
        <small id={hintId} className="mapping-hint">
          {hint}
        </small>
      )}
    </div>
  );
}

export function MappingFields({ mapping, columns, onChange }: { mapping: ColumnMapping; columns: readonly string[]; onChange: (mapping: ColumnMapping) => void }) {
  const setColumns = (next: MappedColumns) => onChange({ ...mapping, columns: next });
  const setOptional = (key: OptionalColumn, value: string | undefined) => {
    const next: MappedColumns = { ...mapping.columns };
    if (value === undefined) delete next[key];
    else next[key] = value;
    setColumns(next);
  };
  const actors = mapping.columns.actors;
  const setActors = (next: MappedColumns['actors']) => setColumns({ ...mapping.columns, actors: next });
  const unusedColumn = columns.find((column) => !actors.some((entry) => entry.column === column) && column !== mapping.columns.date) ?? columns[0] ?? '';

  return (
    <>
      <fieldset className="mapping-group">
        <legend>{t('The file')}</legend>
        <Labelled label={t('Cells are separated by')}>
          {(id) => (
            <select id={id} value={mapping.delimiter} onChange={(event) => onChange({ ...mapping, delimiter: event.target.value as Delimiter })}>
              {DELIMITERS.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {delimiterName(delimiter)}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label={t('Several values in one cell are separated by')} hint={t('Such as “;” in “France; Germany”.')}>
          {(id, hintId) => (
            <input id={id} aria-describedby={hintId} type="text" size={4} maxLength={3} value={mapping.separator} onChange={(event) => onChange({ ...mapping, separator: event.target.value })} />
          )}
        </Labelled>
      </fieldset>

      <fieldset className="mapping-group">
        <legend>{t('When')}</legend>
        <ColumnSelect label={t('Date')} value={mapping.columns.date} columns={columns} optional={false} onChange={(value) => setColumns({ ...mapping.columns, date: value ?? mapping.columns.date })} />
        <ColumnSelect label={t('End date')} value={mapping.columns.end} columns={columns} optional onChange={(value) => setOptional('end', value)} />
        <Labelled label={t('Dates are written')} hint={orderHint(mapping.dates.order)}>
          {(id, hintId) => (
            <select id={id} aria-describedby={hintId} value={mapping.dates.order} onChange={(event) => onChange({ ...mapping, dates: { ...mapping.dates, order: event.target.value as DateOrder } })}>
              {DATE_ORDERS.map((order) => (
                <option key={order} value={order}>
                  {orderName(order)}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label={t('Date pattern (optional)')} hint={t('A date-fns pattern such as {example} or {monthExample}, for dates in another form; leave empty for the usual forms.', { example: 'dd.MM.yyyy', monthExample: 'MMM yyyy' })}>
          {(id, hintId) => (
            <input
              id={id}
              aria-describedby={hintId}
              type="text"
              value={mapping.dates.format ?? ''}
              onChange={(event) => {
                const format = event.target.value;
                onChange({ ...mapping, dates: format.trim() === '' ? { order: mapping.dates.order } : { ...mapping.dates, format } });
              }}
            />
          )}
        </Labelled>
      </fieldset>

      <fieldset className="mapping-group">
        <legend>{t('Who')}</legend>
        {actors.map((entry, index) => (
          <div className="mapping-actors" key={index}>
            <ColumnSelect
              label={index === 0 ? t('Actors') : t('More actors ({number})', { number: index + 1 })}
              value={entry.column}
              columns={columns}
              optional={false}
              onChange={(value) => setActors(actors.map((other, at) => (at === index ? { ...other, column: value ?? other.column } : other)))}
            />
            <ColumnSelect
              label={index === 0 ? t('Their countries') : t('Their countries ({number})', { number: index + 1 })}
              value={entry.country}
              columns={columns}
              optional
              onChange={(value) => setActors(actors.map((other, at) => (at === index ? (value === undefined ? { column: other.column } : { ...other, country: value }) : other)))}
            />
            {actors.length > 1 && (
              <button type="button" onClick={() => setActors(actors.filter((_, at) => at !== index))}>
                {t('Remove actors column {number}', { number: index + 1 })}
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setActors([...actors, { column: unusedColumn }])}>
          {t('Add a column of actors')}
        </button>
      </fieldset>

      <fieldset className="mapping-group">
        <legend>{t('What')}</legend>
        {optionalFields().filter(({ key }) => key !== 'end').map(({ key, label }) => (
          <ColumnSelect key={key} label={label} value={mapping.columns[key]} columns={columns} optional onChange={(value) => setOptional(key, value)} />
        ))}
        <Labelled label={t('The type column holds')}>
          {(id) => (
            <select id={id} value={mapping.types.scheme} onChange={(event) => onChange({ ...mapping, types: { ...mapping.types, scheme: event.target.value as TypeScheme } })}>
              {TYPE_SCHEMES.map((scheme) => (
                <option key={scheme} value={scheme}>
                  {schemeName(scheme)}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label={t('Rows with no type are')}>
          {(id) => (
            <select id={id} value={mapping.types.default} onChange={(event) => onChange({ ...mapping, types: { ...mapping.types, default: event.target.value as DefaultType } })}>
              {BUILT_IN_TYPES.map((type) => (
                <option key={type} value={type}>
                  {builtInTypeName(type)}
                </option>
              ))}
            </select>
          )}
        </Labelled>
      </fieldset>
    </>
  );
}
