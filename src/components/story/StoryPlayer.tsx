// Where a story shows: the caption panel while one plays, the notice when a link named a
// story or step that does not exist, a live region that reads each new step's caption to
// screen readers (not the chart), and the keys: ← and → step (towards Next's side goes forward,
// so ← right to left), Esc leaves the story.
import { useEffect, useRef } from 'react';
import { captionText } from '../../core/story/caption';
import { stepAt, stepLabel } from '../../core/story/link';
import type { StoryControls } from './useStory';
import { StoryPanel } from './StoryPanel';
import type { DataTextProps } from '../../core/i18n/dataText';
import { currentLanguage, t } from '../../core/i18n/translate';
import { stepOfArrowKey } from '../../core/story/arrows';
import '../../styles/story.css';

/** Where arrow keys already mean something: text fields, menus, and the views (the chart and the list move between events). The details panel has no use for them. */
const OWNS_ARROW_KEYS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="listbox"], [role="menu"], [role="tablist"], [role="grid"], .view-area, .embed-body';

interface Props {
  controls: StoryControls;
  /** The data's language and direction, for the story's own words (titles and captions). */
  dataText: DataTextProps;
  /** Whether an event's details are open: Esc closes them first. */
  detailsOpen: () => boolean;
  /** Opens the details of the step's event, when they are held back (StoryPanel's onShowDetails). */
  onShowDetails?: () => void;
}

export function StoryPlayer({ controls, dataText, detailsOpen, onShowDetails }: Props) {
  const { position, message, step, leave, dismissMessage } = controls;
  const playing = position !== null;
  const latest = useRef({ step, leave, detailsOpen });
  latest.current = { step, leave, detailsOpen };

  useEffect(() => {
    if (!playing) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (event.key === 'Escape') {
        if (latest.current.detailsOpen() || target?.closest('input, textarea, select, [role="dialog"], .details-panel, .export-menu')) return;
        latest.current.leave();
        return;
      }
      // Towards Next's side steps forward: → left to right, ← right to left.
      const delta = stepOfArrowKey(event.key, currentLanguage().dir);
      if (delta === null || target?.closest(OWNS_ARROW_KEYS)) return;
      event.preventDefault();
      latest.current.step(delta);
    };
    // Capture: Esc is seen before the details' own handler clears the selection.
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [playing]);

  const stepTitle = position ? stepAt(position).title : undefined;
  const heading = position ? (stepTitle ? t('{step}: {title}', { step: stepLabel(position), title: stepTitle }) : stepLabel(position)) : '';
  const announcement = position ? `${heading}. ${captionText(stepAt(position).caption)}` : '';

  return (
    <>
      {message && (
        <div className="story-notice" role="alert">
          <p>{message}</p>
          <button type="button" className="link-button" onClick={dismissMessage}>
            {t('Dismiss')}
          </button>
        </div>
      )}
      {position && <StoryPanel position={position} dataText={dataText} onStep={step} onClose={leave} {...(onShowDetails ? { onShowDetails } : {})} />}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="story-announcement">
        {announcement}
      </div>
    </>
  );
}
