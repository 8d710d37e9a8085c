// Printing something in place of the app (the timeline's picture, the whole list, a story's
// pages): the element is added to the page with a class on <html> that print.css uses to
// hide the app and show it, and both go once the print is done. One place for that dance,
// used by the menu's print items and by printing the page itself.

/** Shows `element` in place of the app for the next print; returns the clean-up, also run on afterprint. */
export function showForPrint(element: Element, rootClass: string): () => void {
  document.body.appendChild(element);
  document.documentElement.classList.add(rootClass);
  const cleanUp = () => {
    element.remove();
    document.documentElement.classList.remove(rootClass);
    window.removeEventListener('afterprint', cleanUp);
  };
  window.addEventListener('afterprint', cleanUp);
  return cleanUp;
}

/** The classes showForPrint's callers use: while one is on, something is already printing. */
export const PRINT_ROOT_CLASSES = ['has-print-figure', 'has-print-list', 'has-story-print'] as const;

/** True while something is shown for a print (the menu's Print…, a story's pages). */
export function printInProgress(): boolean {
  return PRINT_ROOT_CLASSES.some((name) => document.documentElement.classList.contains(name));
}
