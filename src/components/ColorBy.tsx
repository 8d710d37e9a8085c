// "Colour by": marks coloured by their event type, or by the stance each actor takes on a
// chosen topic (the positions view's palette), kept in the address as `color=`.
import { t } from '../core/i18n/translate';
import { useId } from 'react';
import type { Dataset } from '../core/model/types';

interface Props {
  dataset: Dataset;
  colorTopic: string | null;
  onChange: (topicId: string | null) => void;
}

export function ColorBy({ dataset, colorTopic, onChange }: Props) {
  const id = useId();
  if (dataset.topics.length === 0) return null;
  return (
    <span className="color-by">
      <label htmlFor={id}>{t('Colour by')}</label>
      <select id={id} value={colorTopic ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('Event type')}</option>
        {dataset.topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {t('Stance: {topic}', { topic: topic.label })}
          </option>
        ))}
      </select>
    </span>
  );
}
