// What the Export menu runs, loaded on first use (a dynamic import), so the app's first
// load carries none of it.
import type { Dataset } from '../../core/model/types';
import type { TimeWindow, ViewState } from '../../core/view/types';
import { locateData } from '../../core/data/location';
import { readInlineData } from './inlineData';
import { buildSingleFile } from '../../core/embed/singleFile';
import { saveBlob, slugify } from './download';
import { svgToPng } from './png';
import { printList } from './printList';
import type { PrintListInput } from './printList';
import { showForPrint } from './printSlot';
import { positionsPicture } from './positionsPicture';
import { withPngResolution } from './pngResolution';
import { PAPER_COLUMNS, paperPixels, PRINT_DPI } from '../../core/scene/picture';
import { buildViewSvg, type SvgExportInput, type SvgPicture } from './svg';
import { searchMatches } from '../../core/view/search';
import type { SearchMatches } from '../../core/view/search';
import { canvasMeasure } from '../chart/eventTitles';
import { wellFormed } from '../../core/text/wellFormed';
import { currentDates, t } from '../../core/i18n/translate';

export interface ExportContext {
  dataset: Dataset;
  included: readonly number[];
  view: ViewState;
  /** The window on screen (the store's shown window), or null to fit every included event. */
  window: TimeWindow | null;
  /** Width of the picture, CSS px (the view's width on screen). */
  width: number;
  /** Width of the chart's plot on screen, when it is showing: the picture's plot matches it. */
  plotWidth?: number;
  /** Width of the picture's lane-name column (a paper's single column has less room). */
  labelWidth?: number;
  /** The view's query string, for the HTML file. */
  search: string;
  /** The view's address, for the picture's citation line. */
  link?: string;
  /** The other site the data came from (src/app/dataOrigin.ts): named in the credit line and kept in the HTML file. */
  foreign?: { host: string; url: string } | null;
  /**
   * The page's finished search, with the query and filters it was for: a picture of that
   * view uses its matches rather than searching again (at a million events a first search
   * takes seconds).
   */
  found?: FoundMatches | null;
}

export interface FoundMatches {
  query: string;
  filters: ViewState['filters'];
  matches: SearchMatches;
}

/** The matches of the view's query among the included events: the page's own when it found them for this query and these filters. */
function matchesOf(context: ExportContext): readonly number[] {
  const { found, view } = context;
  if (found && found.query === view.search && found.filters === view.filters) return found.matches.indices;
  return searchMatches(context.dataset, view.search, context.included).indices;
}

/** The titles measured as the screen measures them, with the same priorities (selection, then search matches). */
function labelsFor(context: ExportContext): NonNullable<SvgExportInput['labels']> {
  const { dataset, view } = context;
  const selected = view.selected ? (dataset.eventById.get(view.selected)?.index ?? -1) : -1;
  const current = view.currentMatch ? (dataset.eventById.get(view.currentMatch)?.index ?? -1) : -1;
  const matches = new Set(matchesOf(context));
  return { measure: canvasMeasure(), priorities: { selectedIndex: selected, currentMatchIndex: current, matchIndices: matches } };
}

export function picture(context: ExportContext): SvgPicture {
  return buildViewSvg({
    labels: labelsFor(context),
    colorTopic: context.view.colorTopic ?? null,
    direction: context.view.axis ?? 'ltr',
    dataset: context.dataset,
    included: context.included,
    grouping: context.view.grouping,
    collapsed: context.view.collapsed,
    window: context.window,
    width: context.width,
    plotWidth: context.plotWidth,
    labelWidth: context.labelWidth,
    dataOrigin: context.foreign?.host ?? null,
    // The page's language at export time: a French page exports French words and dates.
    dates: currentDates(),
    caption: {
      view: { filters: context.view.filters, search: context.view.search, onlyMatches: context.view.onlyMatches ?? false, colorTopic: context.view.colorTopic ?? null },
      link: context.link ?? null,
      accessed: Date.now(),
    },
  });
}

export function exportSvg(context: ExportContext): void {
  const { svg } = picture(context);
  saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `${slugify(context.dataset.title)}.svg`);
}

export async function exportPng(context: ExportContext, scale: 1 | 2): Promise<void> {
  const { svg, width, height } = picture(context);
  const png = await svgToPng(svg, width, height, scale);
  saveBlob(png, `${slugify(context.dataset.title)}${scale === 1 ? '' : `@${scale}x`}.png`);
}

/**
 * A PNG for a paper: laid out for a journal's single or double column, drawn at 300 dpi
 * (89 mm is 1051 px across) and marked with that resolution, so it is placed at its size.
 */
export async function exportPaperPng(context: ExportContext, column: keyof typeof PAPER_COLUMNS): Promise<void> {
  const paper = PAPER_COLUMNS[column];
  const { svg, width, height } = picture({ ...context, width: paper.layoutWidth, plotWidth: undefined, labelWidth: paper.labelWidth });
  const png = await svgToPng(svg, width, height, paperPixels(paper.mm) / width);
  const marked = withPngResolution(new Uint8Array(await png.arrayBuffer()), PRINT_DPI);
  saveBlob(new Blob([marked], { type: 'image/png' }), `${slugify(context.dataset.title)}-${column}-column-${PRINT_DPI}dpi.png`);
}

/** The standalone build: fetched beside the page, or rebuilt from this page when it is itself an export. */
async function standaloneTemplate(): Promise<string> {
  if (readInlineData(document)) {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    root.classList.remove('is-embedded', 'has-print-figure');
    root.querySelector('#root')?.replaceChildren();
    root.querySelectorAll('.print-figure').forEach((node) => node.remove());
    return `<!doctype html>\n${root.outerHTML}`;
  }
  const url = new URL('stanceline-standalone.html', document.baseURI);
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(t('The standalone page ({path}) is missing: it is made by "npm run build", so HTML files can be saved from a built copy of Stanceline, not the dev server.', { path: url.pathname }));
  }
  return response.text();
}

/** The data file's text as written, for the HTML file. */
async function dataText(): Promise<{ text: string; file: string }> {
  const inline = readInlineData(document);
  if (inline) return inline;
  const location = locateData(new URLSearchParams(window.location.search).get('data'), window.location.href);
  if ('refused' in location) throw new Error(location.refused);
  const response = await fetch(location.url, { cache: 'no-store' });
  if (!response.ok) throw new Error(t('Could not read {file} again to save it: the server answered {status}.', { file: location.file, status: String(response.status) }));
  return { text: await response.text(), file: location.file.split('/').pop() || location.file };
}

export async function exportHtml(context: ExportContext): Promise<void> {
  const [template, data] = await Promise.all([standaloneTemplate(), dataText()]);
  const html = buildSingleFile(template, { dataText: data.text, dataFile: data.file, view: context.search, title: context.dataset.title, dataOrigin: context.foreign?.url ?? null });
  saveBlob(new Blob([html], { type: 'text/html' }), `${slugify(context.dataset.title)}.html`);
}

/**
 * The view's vector picture as a figure to print, the SVG inline (parsed as XML: nothing in
 * it runs): unlike an <img> of it there is nothing to decode, so it is ready at once, which
 * printing the page itself (a beforeprint handler, pagePrint.ts) needs. Null if it does not parse.
 */
export function pictureFigure(context: ExportContext): HTMLElement | null {
  const parsed = new DOMParser().parseFromString(wellFormed(picture(context).svg), 'image/svg+xml');
  if (parsed.documentElement.nodeName !== 'svg') return null;
  const figure = document.createElement('figure');
  figure.className = 'print-figure';
  figure.appendChild(document.importNode(parsed.documentElement, true));
  return figure;
}

/**
 * Prints the view as its vector picture, which scales to the paper, instead of the
 * screen's canvas (Ctrl+P does the same through pagePrint.ts, with the SVG inline since it
 * cannot wait). Here the picture is an image, printed once decoded.
 */
export function printPicture(context: ExportContext): void {
  const { svg, width } = picture(context);
  const figure = document.createElement('figure');
  figure.className = 'print-figure';
  const image = document.createElement('img');
  // encodeURIComponent throws on a lone surrogate: the picture's text is well-formed already, this keeps it so.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(wellFormed(svg))}`;
  image.alt = t('{title}: the timeline as shown', { title: context.dataset.title });
  image.width = width;
  figure.appendChild(image);
  showForPrint(figure, 'has-print-figure');
  void image.decode().catch(() => undefined).then(() => window.print());
}

/** What the printed list shows: the events of the view, its filters and its address. */
export function listPrintInput(context: ExportContext): PrintListInput {
  const { view } = context;
  return {
    dataset: context.dataset,
    included: context.included,
    view: { filters: view.filters, search: view.search, onlyMatches: view.onlyMatches ?? false },
    link: context.link ?? null,
  };
}

/** Prints the list view: every event shown, with the caption and citation (printList.ts). */
export function printListView(context: ExportContext): void {
  printList(listPrintInput(context));
}

/** The positions view's chart as SVG or PNG (positionsPicture.ts); an error when it is not on screen. */
export async function exportPositions(context: ExportContext, kind: 'svg' | 'png1' | 'png2'): Promise<void> {
  const chart = document.querySelector<SVGSVGElement>('svg.positions-chart');
  const topic = context.view.topic ? context.dataset.topicById.get(context.view.topic) : undefined;
  if (!chart || !topic) throw new Error(t('The positions chart is not on screen: choose a topic to export its chart.'));
  const { view } = context;
  const { svg, width, height } = positionsPicture({
    chart,
    dataset: context.dataset,
    topicLabel: topic.label,
    window: context.window,
    view: { filters: view.filters, search: view.search, onlyMatches: view.onlyMatches ?? false },
    link: context.link ?? null,
    measure: canvasMeasure(),
    dates: currentDates(),
  });
  const name = `${slugify(context.dataset.title)}-positions-${slugify(topic.id)}`;
  if (kind === 'svg') saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
  else saveBlob(await svgToPng(svg, width, height, kind === 'png1' ? 1 : 2), `${name}${kind === 'png1' ? '' : '@2x'}.png`);
}
