// The positions view as a picture (SVG, PNG): the positions chart on screen, copied with the
// styles it is drawn with written onto each element (the file carries no style sheet), framed
// by the dataset's title, a caption (topic, window, filters) and a citation line. The chart is
// drawn by React from the pure positions layout; copying it keeps the picture mark for mark.
import type { Dataset } from '../../core/model/types';
import { type CaptionView, citationLine, filterLine, windowCaption, withoutBidiControls } from '../../core/scene/caption';
import { shortenToFit, type TextMeasure } from '../../core/scene/labels';
import { PICTURE, wrapHard } from '../../core/scene/picture';
import type { TimeWindow } from '../../core/view/types';
import { CHART_COLORS } from '../markStyles';
import { EXPORT_FONT, escapeXml, type SvgPicture } from './svg';
import { t } from '../../core/i18n/translate';
import type { DateLocale } from '../../core/time/dateLocale';

/** The properties the positions style sheet sets; each is written onto the copy. */
const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'display', 'visibility'] as const;

export interface PositionsPictureInput {
  /** The positions chart on screen. */
  chart: SVGSVGElement;
  dataset: Dataset;
  /** The topic's name, for the caption. */
  topicLabel: string;
  window: TimeWindow | null;
  view: CaptionView;
  link: string | null;
  measure: TextMeasure;
  /** The page's language's months and date patterns for the caption; English when absent. */
  dates?: DateLocale;
}

/** A copy of the chart with its computed styles inline and without the screen's interactive attributes. */
function styledCopy(chart: SVGSVGElement): SVGSVGElement {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, k) => {
    const target = copies[k]!;
    const computed = getComputedStyle(original);
    const declarations = STYLE_PROPERTIES.map((name) => [name, computed.getPropertyValue(name)] as const).filter(([, value]) => value !== '');
    for (const [name, value] of declarations) target.setAttribute(name, value);
    for (const name of ['tabindex', 'class', 'style', 'aria-pressed', 'focusable']) target.removeAttribute(name);
    if (target.getAttribute('role') === 'button') target.removeAttribute('role');
  });
  return copy;
}

export function positionsPicture(input: PositionsPictureInput): SvgPicture {
  const { chart, dataset, measure } = input;
  const chartWidth = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
  const chartHeight = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
  const margin = PICTURE.margin;
  const width = Math.round(Math.max(PICTURE.minWidth, chartWidth + 2 * margin));
  const textWidth = width - 2 * margin;
  const at = (size: number): TextMeasure => (text) => (measure(text) * size) / 11;
  const title = shortenToFit(withoutBidiControls(dataset.title), textWidth, (text) => at(PICTURE.titleSize)(text) * 1.08);
  const topicText = t('Positions on {topic}', { topic: withoutBidiControls(input.topicLabel) });
  const windowText = input.window ? ` · ${windowCaption(input.window, input.dates)}` : '';
  const caption = [`${topicText}${windowText}`, ...wrapHard(filterLine(input.view, dataset) ?? '', textWidth, at(12), PICTURE.maxCaptionLines)].filter(Boolean);
  const citation = input.link ? wrapHard(citationLine(dataset.title, input.link, Date.now(), input.dates), textWidth, at(11), PICTURE.maxCaptionLines) : [];

  const titleY = margin + PICTURE.titleSize;
  const captionY = (k: number) => titleY + 20 + k * PICTURE.captionLineHeight;
  const chartTop = captionY(caption.length - 1) + 12;
  const footerTop = chartTop + chartHeight + 8;
  const height = Math.ceil(footerTop + 10 + citation.length * PICTURE.citationLineHeight + margin);
  const copy = styledCopy(chart);
  copy.setAttribute('x', String(margin));
  copy.setAttribute('y', String(chartTop));
  copy.setAttribute('width', String(chartWidth));
  copy.setAttribute('height', String(chartHeight));
  copy.removeAttribute('aria-label');
  copy.setAttribute('data-positions-chart', '');
  const text = (x: number, y: number, content: string, attributes: string) => `<text x="${x}" y="${y}" ${attributes}>${escapeXml(content)}</text>`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}" role="img" aria-labelledby="sl-title sl-desc">`,
    `<title id="sl-title">${escapeXml(dataset.title)}</title>`,
    `<desc id="sl-desc">${escapeXml([...caption, ...citation].join(' '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(margin, titleY, title, `font-size="${PICTURE.titleSize}" font-weight="700" fill="${CHART_COLORS.text}"`),
    ...caption.map((line, k) => text(margin, captionY(k), line, `data-caption="${k === 0 ? 'window' : 'filters'}" font-size="${PICTURE.captionSize}" fill="${CHART_COLORS.mutedText}"`)),
    new XMLSerializer().serializeToString(copy),
    ...citation.map((line, k) => text(margin, footerTop + 10 + (k + 1) * PICTURE.citationLineHeight - 4, line, `data-caption="citation" font-size="${PICTURE.citationSize}" fill="${CHART_COLORS.mutedText}"`)),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
