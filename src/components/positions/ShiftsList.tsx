// The "Shifts" list: every change of stance on the topic inside the window, in time order.
import { currentDates, t } from '../../core/i18n/translate';
import { dataTextProps } from '../../core/i18n/dataText';
import { tNodes } from '../i18n';
import type { TopicRecord } from '../../core/model/types';
import type { PositionsModel } from '../../core/positions/model';
import type { StanceShift } from '../../core/positions/series';
import { shiftWords } from '../../core/positions/wording';
import { formatEventDate } from '../../core/time/format';
import { StanceGlyph } from './StanceGlyph';
import { shiftElementId } from './shiftIds';
import { useEffect } from 'react';

interface Props {
  model: PositionsModel;
  topic: TopicRecord;
  shifts: readonly StanceShift[];
  selectedId: string | null;
  onSelect(eventId: string): void;
  /** The element id of a shift row to focus and scroll to (asked for from an event's details). */
  focusShiftId?: string | null | undefined;
  onShiftFocused?: (() => void) | undefined;
}

export function ShiftsList({ model, topic, shifts, selectedId, onSelect, focusShiftId, onShiftFocused }: Props) {
  const { dataset, table } = model;
  useEffect(() => {
    if (!focusShiftId) return;
    const row = document.getElementById(focusShiftId);
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    row.querySelector('button')?.focus();
    onShiftFocused?.();
  }, [focusShiftId, shifts, onShiftFocused]);
  return (
    <section className="positions-shifts" aria-labelledby="positions-shifts-heading">
      <h3 id="positions-shifts-heading">{t('Shifts')}</h3>
      {shifts.length === 0 ? (
        <p className="positions-empty">{tNodes('No actor changed stance on {topic} in this window.', { topic: <bdi {...dataTextProps(dataset)}>{topic.label}</bdi> })}</p>
      ) : (
        <ol>
          {shifts.map((shift, index) => {
            const row = shift.rows[shift.rows.length - 1]!;
            const event = dataset.events[table.event[row]!]!;
            const actor = dataset.actorById.get(shift.actorId);
            return (
              <li
                key={`${shift.actorId}-${shift.day}`}
                id={shiftElementId(shift)}
                className={event.id === selectedId ? 'is-selected' : undefined}
              >
                <span className="positions-shift-number" aria-hidden="true">
                  {index + 1}.
                </span>
                {/* Opens the event that carried the shift; its details link back here. */}
                <button type="button" onClick={() => onSelect(event.id)} aria-pressed={event.id === selectedId}>
                  <span className="positions-shift-date">{formatEventDate(event, 'short', currentDates())}</span>{' '}
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
