// A step's picture with its caption above it, for SVG and PNG exports made while a story
// plays. The export's own picture is nested unchanged (an <svg> inside an <svg>); the caption
// is plain text in <text> lines, XML-escaped, wrapped at a width estimated from the font
// size (exact measuring needs a browser, and a line a little short or long is harmless).
import { captionText } from './caption';

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

const MARGIN = 16;
const HEADING_SIZE = 16;
const TEXT_SIZE = 14;
const LINE_GAP = 1.35;
/** Average advance of a sans-serif character, as a share of the font size. */
const CHAR_WIDTH = 0.55;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export function escapeXmlText(text: string): string {
  // Characters XML 1.0 forbids (controls other than tab and line ends) are dropped.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Lines of at most `limit` characters, broken at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, limit: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((item) => item !== '')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= limit) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The picture with "heading" and the caption (markup removed) above it. */
export function captionedSvg(picture: SvgPicture, heading: string, caption: string): SvgPicture {
  const limit = Math.max(20, Math.floor((picture.width - 2 * MARGIN) / (TEXT_SIZE * CHAR_WIDTH)));
  const lines = wrapText(captionText(caption), limit);
  const parts: string[] = [];
  let y = MARGIN + HEADING_SIZE;
  parts.push(`<text x="${MARGIN}" y="${y}" font-size="${HEADING_SIZE}" font-weight="600" fill="#1f2933">${escapeXmlText(heading)}</text>`);
  y += Math.round(HEADING_SIZE * 0.6);
  for (const line of lines) {
    y += Math.round(TEXT_SIZE * LINE_GAP);
    if (line !== '') parts.push(`<text x="${MARGIN}" y="${y}" font-size="${TEXT_SIZE}" fill="#1f2933">${escapeXmlText(line)}</text>`);
  }
  const top = y + MARGIN;
  const height = top + picture.height;
  const inner = picture.svg.replace(/^\s*<\?xml[^>]*>\s*/, '').replace(/^<svg /, `<svg x="0" y="${top}" `);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${height}" viewBox="0 0 ${picture.width} ${height}" font-family="${escapeXmlText(FONT)}">`,
    `<rect width="${picture.width}" height="${height}" fill="#ffffff"/>`,
    `<g class="sl-story-caption">${parts.join('')}</g>`,
    inner,
    '</svg>',
  ].join('\n');
  return { svg, width: picture.width, height };
}
