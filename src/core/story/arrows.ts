// Which way an arrow key or a swipe steps a story. The caption panel's Previous and Next sit in
// the interface's direction: right to left (Arabic), Next is on the left, so ← goes forward
// and a swipe towards the right brings the next step in from the left, as in that language's
// galleries; the buttons' arrows point the same way.

export type InterfaceDirection = 'ltr' | 'rtl';

/** The step an arrow key asks for (1 forward, -1 back), or null for any other key. */
export function stepOfArrowKey(key: string, direction: InterfaceDirection): 1 | -1 | null {
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return null;
  const towardsEnd = direction === 'rtl' ? key === 'ArrowLeft' : key === 'ArrowRight';
  return towardsEnd ? 1 : -1;
}

/** The step a horizontal swipe asks for, from its sideways movement in CSS px (negative: to the left). */
export function stepOfSwipe(dx: number, direction: InterfaceDirection): 1 | -1 {
  // Left to right, a swipe to the left brings the next step in from the right.
  const forward = direction === 'rtl' ? dx > 0 : dx < 0;
  return forward ? 1 : -1;
}

/** The arrows on Previous and Next: each points towards its button's side. */
export function stepArrows(direction: InterfaceDirection): { back: string; forward: string } {
  return direction === 'rtl' ? { back: '→', forward: '←' } : { back: '←', forward: '→' };
}
