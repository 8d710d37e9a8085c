// The caption of the step on screen: the story's title, "Step 2 of 5", the step's title and
// caption, Previous, Next and Close. The buttons stay focusable at either end (aria-disabled,
// not disabled), so focus stays on the button the reader used. A swipe across the panel on
// a touch screen steps too; the chart keeps its own touch gestures.
import { useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { stepAt, stepLabel } from '../../core/story/link';
import type { StoryPosition } from '../../core/story/link';
import { Caption } from './Caption';
import { currentLanguage, t } from '../../core/i18n/translate';
import { stepArrows, stepOfSwipe } from '../../core/story/arrows';
import type { DataTextProps } from '../../core/i18n/dataText';

/** A horizontal move at least this long (CSS px), and mostly sideways, is a swipe. */
const SWIPE_MIN_PX = 50;

interface Props {
  position: StoryPosition;
  /** The data's language and direction: the story is the data's words, not the interface's. */
  dataText: DataTextProps;
  onStep(delta: 1 | -1): void;
  onClose(): void;
  /** Given when the step's event is selected but its details are not shown (a phone's sheet would cover the chart): opens them. */
  onShowDetails?: () => void;
}

export function StoryPanel({ position, dataText, onStep, onClose, onShowDetails }: Props) {
  const step = stepAt(position);
  const isFirst = position.stepIndex === 0;
  const isLast = position.stepIndex === position.story.steps.length - 1;
  const swipeStart = useRef<{ x: number; y: number; id: number } | null>(null);
  const arrows = stepArrows(currentLanguage().dir);

  const onPointerDown = (event: ReactPointerEvent) => {
    if (event.pointerType !== 'touch') return;
    swipeStart.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
  };
  const onPointerUp = (event: ReactPointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    // As on a phone's photo gallery: left to right, swiping left brings the next step in from the right.
    onStep(stepOfSwipe(dx, currentLanguage().dir));
  };

  return (
    <section
      className="story-panel"
      aria-label={t('Story: {title}', { title: position.story.title })}
      data-testid="story-panel"
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (swipeStart.current = null)}
    >
      <div className="story-panel-head">
        <p className="story-panel-story" {...dataText}>
          {position.story.title}
        </p>
        <p className="story-panel-progress">{stepLabel(position)}</p>
        <button type="button" className="story-panel-close" onClick={onClose} aria-label={t('Close the story')} title={t('Close the story (Esc)')}>
          {t('Close')}
        </button>
      </div>
      {/* The step's words in the data's direction, title and caption aligned alike. */}
      <div className="story-panel-words" {...dataText}>
        {step.title && <h2 className="story-panel-title">{step.title}</h2>}
        <Caption className="story-panel-caption" text={step.caption} />
      </div>
      <div className="story-panel-actions">
        <div className="story-panel-nav" role="group" aria-label={t('Story steps')}>
          <button type="button" aria-disabled={isFirst} onClick={() => !isFirst && onStep(-1)} title={t('Previous step (←)')}>
            {arrows.back} {t('Previous')}
          </button>
          <button type="button" aria-disabled={isLast} onClick={() => !isLast && onStep(1)} title={t('Next step (→)')}>
            {t('Next')} {arrows.forward}
          </button>
        </div>
        {onShowDetails && (
          <button type="button" className="story-panel-details" onClick={onShowDetails}>
            {t('Event details')}
          </button>
        )}
      </div>
    </section>
  );
}
