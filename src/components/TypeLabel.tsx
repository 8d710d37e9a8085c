// An event's type as the chart draws it (same glyph) plus the word, and its status.
import { t } from '../core/i18n/translate';
import type { Dataset, TimelineEvent } from '../core/model/types';
import { markStyleOf, shapePath, UNCERTAIN_LOOK } from '../render/markStyles';

const NO_DECLARED_TYPES: Pick<Dataset, 'types'> = { types: [] };

/** The glyph of a built-in type, or of a type the dataset declares (pass the dataset for those). */
export function TypeGlyph({ type, dataset = NO_DECLARED_TYPES, hollow = false, faded = false }: { type: string; dataset?: Pick<Dataset, 'types'>; hollow?: boolean; faded?: boolean }) {
  const style = markStyleOf(type, dataset);
  return (
    <svg className="glyph" width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" focusable="false" opacity={faded ? UNCERTAIN_LOOK.opacity : 1}>
      <path d={shapePath(style.shape, 11)} fill={hollow ? '#fff' : style.color} stroke={style.color} strokeWidth={1.6} />
    </svg>
  );
}

export function TypeLabel({ event, dataset }: { event: TimelineEvent; dataset: Pick<Dataset, 'types'> }) {
  return (
    <span className="type-label">
      <TypeGlyph type={event.typeId} dataset={dataset} hollow={event.status === 'planned'} faded={event.date.approximate || event.date.uncertain} />
      {/* The words in one run of text beside the glyph: a long type name ("Consultation (form not stated)") wraps there, not under it. */}
      <span className="type-text">
        {markStyleOf(event.typeId, dataset).label}
        {event.status !== 'occurred' && ' '}
        {event.status === 'planned' && <span className="muted">{t('(planned)')}</span>}
        {event.status === 'reported' && <span className="muted">{t('(reported)')}</span>}
      </span>
    </span>
  );
}
