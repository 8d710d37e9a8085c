// A menu's panel opens under its button from the button's left edge; one that would run past
// the window's right edge (the Story menu, last in a wide toolbar) opens from the button's right
// edge instead. Measured as it opens: its width depends on its words and the interface language.
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Whether the panel opens from its button's right edge (class `export-menu-panel--end`). */
export function useMenuPanelInView(open: boolean, rootRef: RefObject<HTMLElement | null>, panelRef: RefObject<HTMLElement | null>): boolean {
  const [alignEnd, setAlignEnd] = useState(false);
  useLayoutEffect(() => {
    const root = rootRef.current;
    const panel = panelRef.current;
    if (!open || !root || !panel) return;
    // From the menu's own box, not the panel's, so the answer does not depend on where it opened last.
    const left = root.getBoundingClientRect().left;
    setAlignEnd(left + panel.offsetWidth > document.documentElement.clientWidth);
  }, [open, rootRef, panelRef]);
  return alignEnd;
}
