// The "Shifts" list: every change of stance on the topic inside the window, in time order.
import type { TopicRecord } from '../../core/model/types';
import type { PositionsModel } from '../../core/positions/model';
import type { StanceShift } from '../../core/positions/series';
import { shiftWords } from '../../core/positions/wording';
import { formatEventDate } from '../../core/time/format';
import { StanceGlyph } from './StanceGlyph';

interface Props {
  model: PositionsModel;
  topic: TopicRecord;
  shifts: readonly StanceShift[];
  selectedId: string | null;
  onSelect(eventId: string): void;
}

export function ShiftsList({ model, topic, shifts, selectedId, onSelect }: Props) {
  const { dataset, table } = model;
  return (
    <section className="positions-shifts" aria-labelledby="positions-shifts-heading">
      <h3 id="positions-shifts-heading">Shifts</h3>
      {shifts.length === 0 ? (
        <p className="positions-empty">No actor changed stance on {topic.label} in this window.</p>
      ) : (
        <ol>
          {shifts.map((shift) => {
            const row = shift.rows[shift.rows.length - 1]!;
            const event = dataset.events[table.event[row]!]!;
            const actor = dataset.actorById.get(shift.actorId);
            return (
              <li key={`${shift.actorId}-${shift.day}`} className={event.id === selectedId ? 'is-selected' : undefined}>
                <button type="button" onClick={() => onSelect(event.id)} aria-pressed={event.id === selectedId}>
                  <span className="positions-shift-date">{formatEventDate(event)}</span>{' '}
                  <strong>{actor?.name ?? shift.actorId}</strong>{' '}
                  <StanceGlyph kind={shift.from} /> → <StanceGlyph kind={shift.to} /> {shiftWords(shift.from, shift.to)}
                  <span className="positions-shift-event">: {event.title}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
