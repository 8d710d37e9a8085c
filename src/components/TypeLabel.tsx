// An event's type as the chart draws it (same glyph) plus the word, and its status.
import type { EventType, TimelineEvent } from '../core/model/types';
import { MARK_STYLES, markPath, UNCERTAIN_LOOK } from '../render/markStyles';

export function TypeGlyph({ type, hollow = false, faded = false }: { type: EventType; hollow?: boolean; faded?: boolean }) {
  const style = MARK_STYLES[type];
  return (
    <svg className="glyph" width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" focusable="false" opacity={faded ? UNCERTAIN_LOOK.opacity : 1}>
      <path d={markPath(type, 11)} fill={hollow ? '#fff' : style.color} stroke={style.color} strokeWidth={1.6} />
    </svg>
  );
}

export function TypeLabel({ event }: { event: TimelineEvent }) {
  return (
    <span className="type-label">
      <TypeGlyph type={event.type} hollow={event.status === 'planned'} faded={event.date.approximate || event.date.uncertain} />
      {MARK_STYLES[event.type].label}
      {event.status === 'planned' && <span className="muted"> (planned)</span>}
      {event.status === 'reported' && <span className="muted"> (reported)</span>}
    </span>
  );
}
