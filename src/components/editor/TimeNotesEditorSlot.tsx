// The periods-and-annotations editor's place under the controls, loaded on first use, and
// the button that opens it: only where the data can be edited (the full app).
import { lazy, Suspense } from 'react';
import { t } from '../../core/i18n/translate';
import type { DataEditing } from '../dataContracts';

const LazyTimeNotesEditor = lazy(() => import('./TimeNotesEditor').then((module) => ({ default: module.TimeNotesEditor })));

export function TimeNotesEditButton({ editing, open, onToggle }: { editing: DataEditing | undefined; open: boolean; onToggle(): void }) {
  if (!editing?.origin) return null;
  // In the status row beside the group and colour controls, not the toolbar, which has no
  // room left at 1400 px; not on phones (app.css), where it would push the chart down under
  // the details sheet: periods are authored on a wider screen.
  return (
    <button type="button" className="link-button time-notes-toggle" aria-expanded={open} onClick={onToggle}>
      {t('Edit periods and annotations')}
    </button>
  );
}

interface Props {
  editing: DataEditing | undefined;
  open: boolean;
  currentWindow: () => readonly [number, number];
  onClose(): void;
}

export function TimeNotesEditorSlot({ editing, open, currentWindow, onClose }: Props) {
  const origin = editing?.origin;
  if (!open || !editing || !origin) return null;
  return (
    <Suspense fallback={<p role="status">{t('Opening the editor of periods and annotations…')}</p>}>
      <LazyTimeNotesEditor editing={{ ...editing, origin }} currentWindow={currentWindow} onClose={onClose} />
    </Suspense>
  );
}
