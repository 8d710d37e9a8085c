// Collapse all / Expand all for the country and organisation groups of the lanes. The
// collapsed groups live in the view state (and the address), like a single group's toggle.
import { t } from '../core/i18n/translate';
interface Props {
  collapsedCount: number;
  onCollapseAll: () => void;
  onExpandAll: () => void;
}

export function GroupsControl({ collapsedCount, onCollapseAll, onExpandAll }: Props) {
  return (
    <div className="groups-control" role="group" aria-label={t('Lane groups')}>
      <button type="button" className="link-button" onClick={onCollapseAll}>
        {t('Collapse all groups')}
      </button>
      <button type="button" className="link-button" onClick={onExpandAll} disabled={collapsedCount === 0}>
        {t('Expand all groups')}
      </button>
    </div>
  );
}
