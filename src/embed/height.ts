// The embedded page tells its parent how tall its content is, so a small script on the
// parent page can size the iframe (see resizeSnippet.ts). Only a number is sent: the
// height is no secret, so any parent may read it, and nothing else leaves the frame.

export const HEIGHT_MESSAGE_TYPE = 'stanceline:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/**
 * Posts `measure()` to the parent window whenever `observed` changes size (and once at
 * start), rounded up to whole pixels and only when it changed. Returns a stop function.
 * Does nothing when the page is not in a frame.
 */
export function reportHeightToParent(win: Window, observed: Element, measure: () => number): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(measure());
    if (!Number.isFinite(height) || height <= 0 || height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(observed);
  send();
  return () => observer.disconnect();
}
