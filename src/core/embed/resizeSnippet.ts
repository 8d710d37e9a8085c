// The iframe tag and the parent-page script the Embed dialog hands out. The script is
// written out in full (not minified) so an author can read what they paste.
import { escapeAttribute } from './singleFile';

export interface IframeOptions {
  src: string;
  title: string;
  /** Starting height, px, before the first message arrives. */
  height: number;
  /** Id tying the script to its iframe, so several timelines can sit on one page. */
  id: string;
}

export function iframeTag({ src, title, height, id }: IframeOptions): string {
  return `<iframe id="${escapeAttribute(id)}" src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/**
 * The parent page's listener: it accepts a message only from this iframe's window and
 * origin, only of the expected shape, and clamps the height it applies.
 */
export function resizeScript(id: string): string {
  return `<script>
(function () {
  var frame = document.getElementById(${JSON.stringify(id)});
  if (!frame) return;
  var origin = new URL(frame.src, location.href).origin;
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'stanceline:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    frame.style.height = Math.min(Math.max(Math.round(data.height), 120), 4000) + 'px';
  });
})();
</script>`;
}
