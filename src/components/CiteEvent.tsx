// "Cite this event": the citation of the open event and its sources, with a permalink that
// opens the app on it, selected, and a button to copy it.
import { currentDates, t } from '../core/i18n/translate';
import { useId, useState } from 'react';
import type { Dataset, TimelineEvent } from '../core/model/types';
import { eventCitation } from '../core/dataOut/citation';
import { longDateWithoutWeekday } from '../core/time/format';
import { copyText, eventPermalink } from './dataOut';

export function CiteEvent({ dataset, event }: { dataset: Dataset; event: TimelineEvent }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const regionId = useId();
  const permalink = eventPermalink(event.id);
  // In the interface's language, its dates too: the citation is copied into the reader's own text.
  const dates = currentDates();
  const citation = eventCitation(dataset, event, permalink, longDateWithoutWeekday(Date.now(), dates), dates);
  return (
    <section className="details-cite" aria-label={t('Cite this event')}>
      <button type="button" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {t('Cite this event')}
      </button>
      <div id={regionId} hidden={!open}>
        <p className="details-citation" data-testid="event-citation">
          {citation}
        </p>
        <p>
          <a href={permalink} rel="noopener noreferrer">
            {t('Permalink to this event')}
          </a>{' '}
          <button
            type="button"
            onClick={() => void copyText(citation).then((copied) => setStatus(copied ? t('Citation copied.') : t('Select the text above to copy it.')))}
          >
            {t('Copy citation')}
          </button>{' '}
          <span role="status">{status}</span>
        </p>
      </div>
    </section>
  );
}
