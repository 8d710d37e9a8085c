// Drag-and-drop of a data file anywhere on the page. Only drags that carry files count
// (dragged text or links pass through untouched); while one is over the page a visible
// overlay and a screen-reader announcement say that dropping opens it.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import '../styles/open-file.css';
import { t } from '../core/i18n/translate';
import { tNodes } from './i18n';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function DropZone({ onFiles, children }: { onFiles: (files: File[]) => void; children: ReactNode }) {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file itself, leaving the page.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      // Moving between elements fires dragleave too; only leaving the window has no related target.
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      onFiles([...(event.dataTransfer?.files ?? [])]);
    };
    const onDragEnd = () => setDragging(false);
    window.addEventListener('dragenter', onDragOver);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragend', onDragEnd);
    return () => {
      window.removeEventListener('dragenter', onDragOver);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', onDragEnd);
    };
  }, [onFiles]);

  return (
    <>
      {children}
      <p className="visually-hidden" aria-live="assertive">
        {dragging ? t('A file is over the page: drop it to open it. Stanceline opens one data file at a time: JSON, a CSV or Parquet sheet, an event-data export or another table.') : ''}
      </p>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <p>
            {tNodes('Drop a data file to open it: {json}, {csv}, {parquet}, an event-data export or another table', { json: <strong>.json</strong>, csv: <strong>.csv</strong>, parquet: <strong>.parquet</strong> })}
          </p>
        </div>
      )}
    </>
  );
}
