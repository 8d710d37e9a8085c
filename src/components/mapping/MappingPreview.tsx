// The mapping's live preview: the first rows as the events they will become (date, type,
// actors with their countries, title), and the problems the mapping gives, each with its
// row and column. All text, never markup: the cells are the user's data.
import type { DatasetFile } from '../../core/model/types';
import type { ConvertResult } from '../../core/convert/result';
import { ProblemList } from '../ProblemList';
import { t } from '../../core/i18n/translate';

/** Events shown in the preview table; the problems cover every sampled row. */
const SHOWN_EVENTS = 8;

function typeLabel(file: DatasetFile, type: string): string {
  return file.types?.find((declared) => declared.id === type)?.label ?? type;
}

function actorsText(file: DatasetFile, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const actor = file.actors.find((candidate) => candidate.id === id);
      const country = file.countries.find((place) => place.id === actor?.country)?.name;
      return country ? t('{name} ({country})', { name: actor?.name ?? id, country }) : (actor?.name ?? id);
    })
    .join(t('; '));
}

/** What the preview covers, honestly: all the rows, or the first `read` of `total` (the rest are read, through the same mapping, on opening). */
function summary(read: number, total: number, events: number, problems: number): string {
  if (read < total) {
    return t('Of the first {read, number} of {total, number} rows, {events, plural, one {# becomes an event} other {# become events}}{problems, plural, =0 {} one {; # problem} other {; # problems}}. All {total, number} rows are read with this mapping when you open the table; problems in later rows are listed then.', { read, total, events, problems });
  }
  return t('Of all {rows, plural, one {# row} other {# rows}}, {events, plural, one {# becomes an event} other {# become events}}{problems, plural, =0 {} one {; # problem} other {; # problems}}.', { rows: read, events, problems });
}

/** `rowsRead`: the rows the preview converted; `totalRows`: the data rows of the whole table. */
export function MappingPreview({ preview, rowsRead, totalRows }: { preview: ConvertResult; rowsRead: number; totalRows: number }) {
  const events = preview.file?.events ?? [];
  const problems = preview.problems;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section className="mapping-preview" aria-labelledby="mapping-preview-heading">
      <h3 id="mapping-preview-heading">{t('Preview')}</h3>
      <p role="status" className="mapping-summary">
        {errors > 0
          ? t('The mapping cannot be used yet: see the problems below.')
          : summary(rowsRead, Math.max(totalRows, rowsRead), events.length, problems.length)}
      </p>
      {events.length > 0 && preview.file && (
        <div className="mapping-table-scroll">
          <table className="mapping-table">
            <caption>{t('The first rows as events')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Row')}</th>
                <th scope="col">{t('Date')}</th>
                <th scope="col">{t('Type')}</th>
                <th scope="col">{t('Actors')}</th>
                <th scope="col">{t('Title')}</th>
              </tr>
            </thead>
            <tbody>
              {events.slice(0, SHOWN_EVENTS).map((event) => (
                <tr key={event.id}>
                  <td>{event.codes?.row}</td>
                  <td>{event.end ? `${event.date} – ${event.end}` : event.date}</td>
                  <td>{typeLabel(preview.file!, event.type)}</td>
                  <td>
                    <bdi>{actorsText(preview.file!, event.actors)}</bdi>
                  </td>
                  <td>
                    <bdi>{event.title}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problems.length > 0 && (
        <div className="mapping-problems">
          <h4>{t('Problems (row, column, what)')}</h4>
          <ProblemList problems={problems} />
        </div>
      )}
    </section>
  );
}
