// Printing a story: one page per step, each with the step's picture (the export's vector
// picture of that step's view, drawn by src/render/export) and its caption, built as DOM
// nodes from the parsed caption (never HTML). The pages replace the app on paper only.
import { showForPrint } from '../../render/export/printSlot';
import type { Dataset, StoryRecord } from '../../core/model/types';
import { parseCaption } from '../../core/story/caption';
import { dataTextProps } from '../../core/i18n/dataText';
import type { CaptionInline } from '../../core/story/caption';
import { stepView } from '../../core/story/link';
import { filterEvents } from '../../core/view/filter';
import { t } from '../../core/i18n/translate';

/** A picture of the view, as the export draws it. */
export type DrawStep = (view: ReturnType<typeof stepView>, included: readonly number[]) => { svg: string; width: number };

function appendInline(parent: HTMLElement, nodes: readonly CaptionInline[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') parent.appendChild(document.createTextNode(node.text));
    else {
      const element = document.createElement(node.kind === 'emphasis' ? 'em' : 'a');
      if (node.kind === 'link') (element as HTMLAnchorElement).href = node.href;
      appendInline(element, node.children);
      parent.appendChild(element);
    }
  }
}

/** Builds the pages, prints them, and removes them after printing. */
export function printStory(dataset: Dataset, story: StoryRecord, draw: DrawStep, svgDataUrl: (svg: string) => string): void {
  const pages = document.createElement('div');
  const dataText = dataTextProps(dataset);
  pages.className = 'story-print';
  story.steps.forEach((step, index) => {
    const view = stepView(step, dataset);
    const { svg, width } = draw(view, filterEvents(dataset, view.filters));
    const page = document.createElement('section');
    page.className = 'story-print-page';
    const heading = document.createElement('h2');
    const values = { story: story.title, step: index + 1, count: story.steps.length };
    heading.textContent = step.title
      ? t('{story} · Step {step, number} of {count, number}: {title}', { ...values, title: step.title })
      : t('{story} · Step {step, number} of {count, number}', values);
    const caption = document.createElement('div');
    caption.className = 'story-print-caption';
    // The caption is the data's words, in its language and direction, not the interface's.
    caption.dir = dataText.dir;
    if (dataText.lang) caption.lang = dataText.lang;
    for (const paragraph of parseCaption(step.caption)) {
      const p = document.createElement('p');
      appendInline(p, paragraph.children);
      caption.appendChild(p);
    }
    const image = document.createElement('img');
    image.src = svgDataUrl(svg);
    image.width = width;
    image.alt = t('{title}: the timeline at step {step, number}', { title: dataset.title, step: index + 1 });
    page.append(heading, caption, image);
    pages.appendChild(page);
  });
  showForPrint(pages, 'has-story-print');
  const images = [...pages.querySelectorAll('img')].map((image) => image.decode().catch(() => undefined));
  void Promise.all(images).then(() => window.print());
}
