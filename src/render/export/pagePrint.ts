// Printing the page itself (Ctrl+P, the browser's menu) prints what the Export menu's
// Print… does: the timeline's vector picture of the whole window and every lane, or the
// whole list. The screen's canvas is drawn for the screen (its lanes past the bottom edge
// and the window's right end fall off the paper) and the list on screen holds only the
// rows in view. `beforeprint` handlers run synchronously before the page is laid out for
// paper, so the replacement is built here, at once (the picture's SVG inline).
import { listPrintInput, pictureFigure, type ExportContext } from './index';
import { buildPrintList } from './printList';
import { printInProgress, showForPrint } from './printSlot';

/**
 * Puts the view's printable form in place of the app for one print, and takes it away
 * afterwards. `mode` is the view on screen; the positions view prints as it is on screen.
 */
export function prepareForPagePrint(context: ExportContext, mode: 'timeline' | 'list' | 'positions'): void {
  if (printInProgress() || mode === 'positions') return;
  if (mode === 'list') {
    showForPrint(buildPrintList(listPrintInput(context)), 'has-print-list');
    return;
  }
  const figure = pictureFigure(context);
  if (figure) showForPrint(figure, 'has-print-figure');
}
