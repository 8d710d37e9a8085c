// The Story control: the dataset's stories, each starting at its first step. Shown only when
// the data has stories.
import { useCloseOnOutsidePointer } from '../useCloseOnOutsidePointer';
import { useMenuPanelInView } from '../useMenuPanelInView';
import { useId, useRef, useState } from 'react';
import type { StoryRecord } from '../../core/model/types';
import { t } from '../../core/i18n/translate';
import type { DataTextProps } from '../../core/i18n/dataText';

interface Props {
  stories: readonly StoryRecord[];
  /** The story playing, if any, marked in the list. */
  activeId: string | null;
  /** The data's language and direction, for the stories' titles and descriptions. */
  dataText: DataTextProps;
  onStart(storyId: string): void;
  /** Opens the story editor; absent where the data cannot be edited. */
  onEdit?: (() => void) | undefined;
}

export function StoryMenu({ stories, activeId, dataText, onStart, onEdit }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useCloseOnOutsidePointer(open, rootRef, () => setOpen(false));
  const alignEnd = useMenuPanelInView(open, rootRef, panelRef);

  if (stories.length === 0 && !onEdit) return null;
  return (
    <div className="story-menu export-menu" ref={rootRef}>
      <button type="button" ref={buttonRef} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
        {t('Story')}
      </button>
      <div
        id={panelId}
        ref={panelRef}
        className={`export-menu-panel story-menu-panel${alignEnd ? ' export-menu-panel--end' : ''}`}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // The panel's Escape closes the panel, not the story playing behind it.
          event.preventDefault();
          setOpen(false);
          buttonRef.current?.focus();
        }}
      >
        <ul aria-label={t('Play a story')}>
          {stories.map((story) => (
            <li key={story.id}>
              <button
                type="button"
                aria-current={story.id === activeId ? 'true' : undefined}
                onClick={() => {
                  setOpen(false);
                  onStart(story.id);
                  // The menu closes; the control used is the Story button.
                  buttonRef.current?.focus();
                }}
              >
                {/* The title in the data's words; "(playing)" in the interface's, beside it. */}
                <span className="story-menu-heading">
                  <span className="story-menu-title" {...dataText}>
                    {story.title}
                  </span>
                  {story.id === activeId && <span className="story-menu-playing"> {t('(playing)')}</span>}
                </span>
                {story.description && (
                  <span className="story-menu-description" {...dataText}>
                    {story.description}
                  </span>
                )}
              </button>
            </li>
          ))}
          {onEdit && (
            <li>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  onEdit();
                }}
              >
                {t('Edit stories…')}
              </button>
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
