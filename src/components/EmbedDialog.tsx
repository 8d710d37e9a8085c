// The Embed dialog: a ready <iframe> tag for the current view (with a title attribute),
// the small parent-page script that sizes the frame to its content, and a preview link.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../core/model/types';
import { embedUrl } from '../core/embed/options';
import { iframeTag, resizeScript } from '../core/embed/resizeSnippet';
import { slugify } from '../render/export/download';
import { t } from '../core/i18n/translate';
import { FORMAT_TEXT } from '../core/i18n/dataText';

/** `copyLabel` names the copy button ("Copy frame"): a whole message, since languages inflect the thing copied. */
function CodeField({ label, copyLabel, value }: { label: string; copyLabel: string; value: string }) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    ref.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Without clipboard access the text stays selected for Ctrl+C.
      setCopied(false);
    }
  };
  return (
    <div className="embed-code">
      <label htmlFor={id}>{label}</label>
      {/* Code, left to right in every language: in Arabic its semicolons and brackets moved to the wrong ends. */}
      <textarea id={id} ref={ref} {...FORMAT_TEXT} readOnly rows={Math.min(12, value.split('\n').length + 1)} value={value} spellCheck={false} />
      <button type="button" onClick={() => void copy()}>
        {copied ? t('Copied') : copyLabel}
      </button>
    </div>
  );
}

export function EmbedDialog({ dataset, onClose }: { dataset: Dataset; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [showTitle, setShowTitle] = useState(true);
  const [showLegend, setShowLegend] = useState(false);
  const stories = dataset.stories ?? [];
  const playing = new URLSearchParams(window.location.search).get('story');
  const [storyId, setStoryId] = useState<string>(() => (stories.some((story) => story.id === playing) ? (playing ?? '') : ''));
  const storyFieldId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const src = embedUrl(window.location.href, { title: showTitle, legend: showLegend }, stories.length > 0 ? storyId || null : undefined);
  const frameId = `stanceline-${slugify(dataset.title, 24)}`;
  const tag = useMemo(
    () => iframeTag({ src, title: t('{title} (interactive timeline)', { title: dataset.title }), height: 480, id: frameId }),
    [src, dataset.title, frameId],
  );
  const script = useMemo(() => resizeScript(frameId), [frameId]);

  return (
    <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-dialog-head">
        <h2 id={titleId}>{t('Embed this view')}</h2>
        <button type="button" className="icon-button" aria-label={t('Close')} onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </div>
      <p>{t('Paste the frame into a page; it shows this view (window, filters, selection) with only the chart. The script sizes the frame to its content.')}</p>
      <fieldset className="embed-options">
        <legend>{t('Show above the chart')}</legend>
        <label>
          <input type="checkbox" checked={showTitle} onChange={(event) => setShowTitle(event.target.checked)} /> {t('Title and source credit')}
        </label>
        <label>
          <input type="checkbox" checked={showLegend} onChange={(event) => setShowLegend(event.target.checked)} /> {t('Legend')}
        </label>
      </fieldset>
      {stories.length > 0 && (
        <p className="embed-story">
          <label htmlFor={storyFieldId}>{t('Story')}</label>{' '}
          <select id={storyFieldId} value={storyId} onChange={(event) => setStoryId(event.target.value)}>
            <option value="">{t('None: this view only')}</option>
            {stories.map((story) => (
              <option key={story.id} value={story.id}>
                {story.title}
              </option>
            ))}
          </select>
        </p>
      )}
      <CodeField label={t('Frame')} copyLabel={t('Copy frame')} value={tag} />
      <CodeField label={t('Script')} copyLabel={t('Copy script')} value={script} />
      <p>
        <a href={src} target="_blank" rel="noopener noreferrer">
          {t('Preview the embedded view')}
        </a>
      </p>
    </dialog>
  );
}
