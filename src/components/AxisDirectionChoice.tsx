// Which way time runs along the chart (`axis=rtl`). Left to right is the default in every
// language (docs/languages.md says why); the choice is offered where right to left is
// natural: a right-to-left interface, data in a right-to-left language, or a view that
// already runs that way.
import { t } from '../core/i18n/translate';
import { useId } from 'react';
import type { Dataset } from '../core/model/types';
import type { AxisDirection } from '../core/view/types';
import { useLanguage } from './i18n';

interface Props {
  dataset: Dataset;
  axis: AxisDirection;
  onChange: (axis: AxisDirection) => void;
}

export function AxisDirectionChoice({ dataset, axis, onChange }: Props) {
  const id = useId();
  const language = useLanguage();
  if (language.dir !== 'rtl' && dataset.language?.dir !== 'rtl' && axis !== 'rtl') return null;
  return (
    <span className="axis-direction">
      <input id={id} type="checkbox" checked={axis === 'rtl'} onChange={(event) => onChange(event.target.checked ? 'rtl' : 'ltr')} />
      <label htmlFor={id}>{t('Time runs right to left')}</label>
    </span>
  );
}
