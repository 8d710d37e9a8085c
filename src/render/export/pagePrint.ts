// Printing the page itself (Ctrl+P, the browser's menu) prints what the Export menu's
// Print… does: the timeline's vector picture of the whole window and every lane, or the
// whole list. The screen's canvas is drawn for the screen (its lanes past the bottom edge
// and the window's right end fall off the paper) and the list on screen holds only the
// rows in view. `beforeprint` handlers run synchronously before the page is laid out for
// paper, so the replacement is built here, at once, and inline: an <img> of the picture
// might not be decoded by the time the page is printed.
import { wellFormed } from '../../core/text/wellFormed';
import { picture, type ExportContext } from './index';
import { buildPrintList } from './printList';

/** Something already printing in place of the app (the menu's Print…, a story): left alone. */
function printInProgress(): boolean {
  const root = document.documentElement.classList;
  return root.contains('has-print-figure') || root.contains('has-print-list') || root.contains('has-story-print');
}

/** The picture's SVG as elements of this document, parsed as XML: nothing in it is run. */
function inlineSvg(svg: string): Element | null {
  const parsed = new DOMParser().parseFromString(wellFormed(svg), 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg') return null;
  return document.importNode(root, true);
}

/**
 * Puts the view's printable form in place of the app for one print, and takes it away
 * afterwards. `mode` is the view on screen; the positions view prints as it is on screen.
 */
export function prepareForPagePrint(context: ExportContext, mode: 'timeline' | 'list' | 'positions'): void {
  if (printInProgress() || mode === 'positions') return;
  let element: Element;
  let rootClass: string;
  if (mode === 'list') {
    const { view } = context;
    element = buildPrintList({
      dataset: context.dataset,
      included: context.included,
      view: { filters: view.filters, search: view.search, onlyMatches: view.onlyMatches ?? false },
      link: context.link ?? null,
    });
    rootClass = 'has-print-list';
  } else {
    const svg = inlineSvg(picture(context).svg);
    if (!svg) return;
    const figure = document.createElement('figure');
    figure.className = 'print-figure';
    figure.appendChild(svg);
    element = figure;
    rootClass = 'has-print-figure';
  }
  document.body.appendChild(element);
  document.documentElement.classList.add(rootClass);
  const cleanUp = () => {
    element.remove();
    document.documentElement.classList.remove(rootClass);
    window.removeEventListener('afterprint', cleanUp);
  };
  window.addEventListener('afterprint', cleanUp);
}
