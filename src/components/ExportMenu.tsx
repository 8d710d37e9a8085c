// The Export menu: pictures (SVG, PNG at 1× and 2×), a single HTML file, printing, and
// the Embed dialog. The export code loads on first use, so it costs the first load nothing.
import { useCloseOnOutsidePointer } from './useCloseOnOutsidePointer';
import { useMenuPanelInView } from './useMenuPanelInView';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { Dataset } from '../core/model/types';
import { whenRecordsArrive } from '../core/model/recordsArrival';
import type { FoundMatches } from '../render/export';
import type { ViewState } from '../core/view/types';
import { keptParams, parseParams, viewSearchString } from '../core/view/url';
import { readStoryLink, stepAt, stepLabel, withStoryOf } from '../core/story/link';
import type { ViewStore } from '../core/view/store';
import type { ForeignData } from '../core/data/origin';
import { EmbedDialog } from './EmbedDialog';
import { copyText, downloadText, fileNameFor } from './dataOut';
// Both are in the workspace's chunk already (the embed dialog and the data menu import them).
import { saveBlob, slugify } from '../render/export/download';
import { wellFormed } from '../core/text/wellFormed';
import { t } from '../core/i18n/translate';
import '../styles/embed.css';

/** After the first render has settled, the page-print code is fetched (a few kilobytes, already cached by then in most sessions). */
const PAGE_PRINT_PRELOAD_MS = 2_000;

/** The widths a PNG can be asked for, px: narrower loses the lane names' room, wider is past any page or screen. */
const PNG_WIDTH_RANGE = [400, 4000] as const;

type ExportKind = 'svg' | 'png1' | 'png2' | 'pngWidth' | 'paper1' | 'paper2' | 'html' | 'print' | 'printList' | 'printPage' | 'printStory';

/** Each item's words, read at render time so they are in the page's language. */
const LABELS: Readonly<Record<ExportKind, () => string>> = {
  svg: () => t('Image (SVG)'),
  png1: () => t('Image (PNG)'),
  png2: () => t('Image (PNG, 2×)'),
  pngWidth: () => t('Image (PNG) at this width'),
  paper1: () => t('For a paper: single column (89 mm, PNG 300 dpi)'),
  paper2: () => t('For a paper: double column (183 mm, PNG 300 dpi)'),
  html: () => t('Download HTML'),
  print: () => t('Print…'),
  printList: () => t('Print the list…'),
  printPage: () => t('Print the positions chart…'),
  printStory: () => t('Print the story (a page per step)…'),
};

const ITEMS: readonly ExportKind[] = ['svg', 'png1', 'png2', 'paper1', 'paper2', 'html', 'print'];

/** The list view exports itself: the whole list to print, never a picture of the timeline. */
const LIST_ITEMS: readonly ExportKind[] = ['printList', 'html'];

/** The positions view: its own chart on paper (the page printed, controls hidden), never the timeline's picture. */
const POSITIONS_ITEMS: readonly ExportKind[] = ['svg', 'png1', 'png2', 'printPage', 'html'];

interface Props {
  store: ViewStore;
  dataset: Dataset;
  included: readonly number[];
  /** The other site the data came from: pictures and HTML files say so too. */
  foreign?: ForeignData | null;
  /** The view's search once the page has finished it (null while it runs): pictures use its matches instead of searching again. */
  found?: FoundMatches | null;
}

export function ExportMenu({ store, dataset, included, foreign = null, found = null }: Props) {
  const search = useSyncExternalStore(store.subscribe, store.search);
  const mode = useSyncExternalStore(store.subscribe, () => store.getState().mode);
  const link = readStoryLink(parseParams(search), dataset);
  const playing = link.kind === 'playing' ? link : null;
  const [open, setOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [pngWidth, setPngWidth] = useState('1600');
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useCloseOnOutsidePointer(open, rootRef, () => setOpen(false));
  const alignEnd = useMenuPanelInView(open, rootRef, panelRef);

  /** What an export works from: the data, the view, and the window and widths on screen. */
  function exportContext(view: ViewState) {
    const width = document.getElementById('main-view')?.clientWidth ?? 1200;
    // The chart's own plot width, so the picture's marks sit where the screen's do.
    const plot = document.querySelector<HTMLElement>('[data-testid="chart-plot"]')?.clientWidth;
    return {
      dataset,
      included,
      view,
      window: store.shownWindow(),
      width: Math.min(Math.max(width, 720), 2400),
      plotWidth: plot && plot >= 400 && plot <= 2400 ? plot : undefined,
      // An HTML export made while a story plays opens playing it, at this step, and in the
      // page's language (lang=); the data's address is not kept, the file carries the data.
      search: withStoryOf(viewSearchString(view, keptParams(store.search(), ['lang'])), store.search()),
      // The address the store keeps current: the picture's citation line links to this view.
      link: window.location.href,
      foreign,
      found,
    };
  }

  /** Data out: the events shown as CSV, and the view's address on the clipboard. */
  async function runData(kind: 'csv' | 'link') {
    setOpen(false);
    if (kind === 'csv') {
      // Loaded on first use, like the picture exports; the rows are the events' records, which may still be arriving.
      const [{ eventsCsv }] = await Promise.all([import('../core/dataOut/eventsCsv'), whenRecordsArrive(dataset)]);
      downloadText(fileNameFor(dataset.title, 'events.csv'), eventsCsv(dataset, included));
      setStatus(t('{count, plural, one {Saved # event as CSV.} other {Saved # events as CSV.}}', { count: included.length }));
    } else {
      const copied = await copyText(window.location.href);
      setStatus(copied ? t('Link copied.') : t('Copy this link: {link}', { link: window.location.href }));
    }
    buttonRef.current?.focus();
  }

  // Printing the page itself (Ctrl+P) prints what Print… does: the exporter is fetched
  // ahead, since a beforeprint handler must build the printable view at once (pagePrint.ts).
  const latest = useRef({ exportContext, mode });
  latest.current = { exportContext, mode };
  useEffect(() => {
    let pagePrint: typeof import('../render/export/pagePrint') | null = null;
    let cancelled = false;
    const idle = window.setTimeout(() => {
      void import('../render/export/pagePrint').then((module) => {
        if (!cancelled) pagePrint = module;
      });
    }, PAGE_PRINT_PRELOAD_MS);
    const beforePrint = () => {
      const { exportContext: contextOf, mode: shownMode } = latest.current;
      pagePrint?.prepareForPagePrint(contextOf(store.getState()), shownMode);
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancelled = true;
      window.clearTimeout(idle);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [store]);

  async function run(kind: ExportKind) {
    setOpen(false);
    setBusy(true);
    setStatus(t('Preparing…'));
    try {
      // A single file and the printed list carry the events' records, which may still be arriving.
      const [exporter] = await Promise.all([import('../render/export'), whenRecordsArrive(dataset)]);
      const context = exportContext(store.getState());
      if ((kind === 'svg' || kind === 'png1' || kind === 'png2') && mode === 'positions') await exporter.exportPositions(context, kind);
      else if ((kind === 'svg' || kind === 'png1' || kind === 'png2') && playing) {
        // A picture of a story's step carries its caption.
        const [{ captionedSvg }, { svgToPng }] = await Promise.all([import('../core/story/captionSvg'), import('../render/export/png')]);
        const step = stepAt(playing);
        const heading = step.title ? t('{step}: {title}', { step: stepLabel(playing), title: step.title }) : stepLabel(playing);
        const framed = captionedSvg(exporter.picture(context), heading, step.caption);
        const name = `${slugify(dataset.title)}-${slugify(playing.story.id)}-${playing.stepIndex + 1}`;
        if (kind === 'svg') saveBlob(new Blob([framed.svg], { type: 'image/svg+xml' }), `${name}.svg`);
        else saveBlob(await svgToPng(framed.svg, framed.width, framed.height, kind === 'png1' ? 1 : 2), `${name}${kind === 'png1' ? '' : '@2x'}.png`);
      } else if (kind === 'svg') exporter.exportSvg(context);
      else if (kind === 'png1' || kind === 'png2') await exporter.exportPng(context, kind === 'png1' ? 1 : 2);
      else if (kind === 'pngWidth') await exporter.exportPng({ ...context, width: Number(pngWidth), plotWidth: undefined }, 1);
      else if (kind === 'paper1' || kind === 'paper2') await exporter.exportPaperPng(context, kind === 'paper1' ? 'single' : 'double');
      else if (kind === 'html') await exporter.exportHtml(context);
      else if (kind === 'printList') exporter.printListView(context);
      else if (kind === 'printPage') window.print();
      else if (kind === 'printStory' && playing) {
        const { printStory } = await import('./story/printStory');
        printStory(
          dataset,
          playing.story,
          // A step's own filters and search: the page's matches were found among other events.
          (stepState, stepIncluded) => exporter.picture({ ...context, view: stepState, included: stepIncluded, window: stepState.window, found: null }),
          (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(wellFormed(svg))}`,
        );
      }
      else exporter.printPicture(context);
      setStatus(kind === 'print' || kind === 'printList' || kind === 'printPage' || kind === 'printStory' ? '' : t('Saved.'));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
      buttonRef.current?.focus();
    }
  }

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        type="button"
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={panelId}
        disabled={busy}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        {t('Export')}
      </button>
      <div
        id={panelId}
        ref={panelRef}
        className={`export-menu-panel${alignEnd ? ' export-menu-panel--end' : ''}`}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          setOpen(false);
          buttonRef.current?.focus();
        }}
      >
        <ul aria-label={t('Export the current view')}>
          {(mode === 'list' ? LIST_ITEMS : mode === 'positions' ? POSITIONS_ITEMS : ITEMS).map((kind) => (
            <li key={kind}>
              <button type="button" onClick={() => void run(kind)}>
                {LABELS[kind]()}
              </button>
            </li>
          ))}
          {mode === 'timeline' && !playing && (
            <li>
              <form
                className="export-width"
                // Our own message names the range; the browser's bubble would not say it in the status line.
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  const width = Number(pngWidth);
                  if (!Number.isInteger(width) || width < PNG_WIDTH_RANGE[0] || width > PNG_WIDTH_RANGE[1]) {
                    setStatus(t('Give a whole number of pixels from {min} to {max} for the width.', { min: String(PNG_WIDTH_RANGE[0]), max: String(PNG_WIDTH_RANGE[1]) }));
                    return;
                  }
                  void run('pngWidth');
                }}
              >
                <label>
                  {t('Width')}{' '}
                  <input type="number" inputMode="numeric" min={PNG_WIDTH_RANGE[0]} max={PNG_WIDTH_RANGE[1]} step={1} value={pngWidth} onChange={(event) => setPngWidth(event.target.value)} />{' '}
                  {t('px')}
                </label>
                <button type="submit">{LABELS.pngWidth()}</button>
              </form>
            </li>
          )}
          {playing && (
            <li>
              <button type="button" onClick={() => void run('printStory')}>
                {LABELS.printStory()}
              </button>
            </li>
          )}
        </ul>
        <ul aria-label={t('Data and links')}>
          <li>
            <button type="button" onClick={() => void runData('csv')}>
              {t('Events shown (CSV)')}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void runData('link')}>
              {t('Copy link')}
            </button>
          </li>
        </ul>
      </div>
      {/* After the panel, so the menu's items come right after Export in the Tab order. */}
      <button type="button" onClick={() => setEmbedOpen(true)}>
        {t('Embed')}
      </button>

      <p className="export-status" role="status">
        {status}
      </p>
      {embedOpen && <EmbedDialog dataset={dataset} onClose={() => setEmbedOpen(false)} />}
    </div>
  );
}
