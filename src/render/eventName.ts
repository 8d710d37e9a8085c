// An event's name in words, one for every surface: the chart's event buttons say it, and the
// SVG picture's marks carry it as their title, so both read alike.
import { currentDates, t } from '../core/i18n/translate';
import type { Dataset, TimelineEvent } from '../core/model/types';
import { formatEventDate } from '../core/time/format';
import { markStyleOf } from './markStyles';

/**
 * "Title, type, date": the accessible name of an event's button (a declared type by its own
 * label), and the SVG picture's name for its mark, which passes its own dates and title.
 */
export function eventAccessibleName(event: TimelineEvent, dataset: Pick<Dataset, 'types'> = { types: [] }, dates = currentDates(), title = event.title): string {
  const type = markStyleOf(event.typeId, dataset).label.toLowerCase();
  const date = formatEventDate(event, 'short', dates);
  if (event.status === 'occurred') return t('{title}, {type}, {date}', { title, type, date });
  return t('{title}, {type} ({status, select, planned {planned} other {reported}}), {date}', { title, type, status: event.status, date });
}
