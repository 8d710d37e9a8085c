// The mapping's live preview: the first rows as the events they will become (date, type,
// actors with their countries, title), and the problems the mapping gives, each with its
// row and column. All text, never markup: the cells are the user's data.
import type { DatasetFile } from '../../core/model/types';
import type { ConvertResult } from '../../core/convert/result';
import { ProblemList } from '../ProblemList';

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
      return `${actor?.name ?? id}${country ? ` (${country})` : ''}`;
    })
    .join('; ');
}

export function MappingPreview({ preview, rowsRead, truncated }: { preview: ConvertResult; rowsRead: number; truncated: boolean }) {
  const events = preview.file?.events ?? [];
  const problems = preview.problems;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const sampled = truncated ? `the first ${rowsRead} rows` : `all ${rowsRead} rows`;
  return (
    <section className="mapping-preview" aria-labelledby="mapping-preview-heading">
      <h3 id="mapping-preview-heading">Preview</h3>
      <p role="status" className="mapping-summary">
        {errors > 0
          ? 'The mapping cannot be used yet: see the problems below.'
          : `Of ${sampled}, ${events.length} become events${problems.length > 0 ? `; ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}` : ''}.`}
      </p>
      {events.length > 0 && preview.file && (
        <div className="mapping-table-scroll">
          <table className="mapping-table">
            <caption>The first rows as events</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
                <th scope="col">Actors</th>
                <th scope="col">Title</th>
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
          <h4>Problems (row, column, what)</h4>
          <ProblemList problems={problems} />
        </div>
      )}
    </section>
  );
}
