// What makes a panel a modal dialog beyond its role: everything outside it inert (no
// focus, no clicks, hidden from screen readers), focus moved in, and back out on close.
import { useEffect, useState } from 'react';

/**
 * Makes every element outside `panel` inert: the siblings of the panel and of each of its
 * ancestors up to the body. Returns the undo, which restores only what it changed.
 */
export function inertOutside(panel: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement | null = panel; node && node !== document.body; node = node.parentElement) {
    const parent: HTMLElement | null = node.parentElement;
    if (!parent) break;
    for (const sibling of Array.from(parent.children)) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  return () => {
    for (const element of changed) element.inert = false;
  };
}

/** Whether a media query matches, following changes (a phone turned sideways). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}
