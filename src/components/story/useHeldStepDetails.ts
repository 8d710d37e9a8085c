// Where an event's details cover the chart (a phone's bottom sheet, an embedded chart's
// overlay), a story step's own selection does not open them: the step is told over the chart,
// and the sheet would hide the chart and the step's buttons. The step's panel offers the
// details instead (StoryPanel's onShowDetails); another event chosen opens them as usual.
import { useState } from 'react';
import { stepAt, stepView } from '../../core/story/link';
import type { StoryPosition } from '../../core/story/link';

export interface HeldStepDetails {
  /** The event the step on screen selects (its view's `sel=`), or null. */
  stepSelection: string | null;
  /** The step's own event is selected and its details are held back. */
  held: boolean;
  /** Opens the held details (until the step changes). */
  show(): void;
}

/** `coversChart`: whether the details, when open, lie over the chart on this surface. */
export function useHeldStepDetails(position: StoryPosition | null, selected: string | null, coversChart: boolean): HeldStepDetails {
  const stepKey = position ? `${position.story.id}\u0000${position.stepIndex}` : null;
  // The step whose details the reader asked for: moving to another step holds them back again.
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const stepSelection = position ? stepView(stepAt(position)).selected : null;
  const held = coversChart && selected !== null && selected === stepSelection && askedFor !== stepKey;
  return { stepSelection, held, show: () => setAskedFor(stepKey) };
}
