// The chart's tooltip: one node over the plot, filled for the hovered or keyboard-focused
// mark or cluster. It owns its own node and placement so pointer and focus handling only
// say what to show; it reads the dataset and columns it is handed and keeps nothing else.
import { currentDates, t } from '../../core/i18n/translate';
import { dataTextProps } from '../../core/i18n/dataText';
import type { Dataset } from '../../core/model/types';
import { formatEventDate } from '../../core/time/format';
import { markStyleOf } from '../markStyles';
import { el } from './dom';
import type { TooltipSubject } from './types';

export class ChartTooltip {
  private readonly node: HTMLDivElement;

  constructor(plot: HTMLElement) {
    this.node = el('div', 'sl-chart__tooltip', plot);
    this.node.setAttribute('role', 'tooltip');
    this.node.id = `sl-chart-tooltip-${Math.random().toString(36).slice(2, 8)}`;
    this.node.dataset.testid = 'chart-tooltip';
    this.node.hidden = true;
  }

  /** Shows what `subject` is, kept inside a plot of `plotWidth`×`plotHeight`. */
  show(subject: TooltipSubject, dataset: Dataset, plotWidth: number, plotHeight: number): void {
    const tip = this.node;
    tip.replaceChildren();
    let at: { x: number; y: number };
    if (subject.kind === 'cluster') {
      const { cluster } = subject;
      at = cluster;
      // The badge's own count: the same number it shows after its "+".
      const title = el('div', 'sl-chart__tooltip-title', tip);
      title.textContent = t('{count, plural, one {# more event here} other {# more events here}}', { count: cluster.size });
      const from = dataset.events[cluster.members[0]!]!;
      const to = dataset.events[cluster.members[cluster.members.length - 1]!]!;
      const line = el('div', 'sl-chart__tooltip-line', tip);
      line.textContent = t('{from} – {to}. Click to zoom in.', { from: formatEventDate(from, 'short', currentDates()), to: formatEventDate(to, 'short', currentDates()) });
    } else {
      const hit = subject;
      at = hit;
      const event = dataset.events[hit.eventIndex]!;
      const dataText = dataTextProps(dataset);
      const title = el('div', 'sl-chart__tooltip-title', tip);
      title.textContent = event.title;
      Object.assign(title, dataText);
      const date = el('div', 'sl-chart__tooltip-line', tip);
      date.textContent = formatEventDate(event, 'short', currentDates());
      const type = el('div', 'sl-chart__tooltip-line', tip);
      const status = event.status === 'occurred' ? '' : ` · ${event.status === 'planned' ? t('planned') : t('reported')}`;
      type.textContent = `${markStyleOf(event.typeId, dataset).label}${status}`;
      const actors = el('div', 'sl-chart__tooltip-line sl-chart__tooltip-actors', tip);
      // Each name isolated, so a right-to-left override in one cannot reorder the others.
      event.actorIds.forEach((id, k) => {
        if (k > 0) actors.append(', ');
        const name = el('bdi', '', actors);
        name.textContent = dataset.actorById.get(id)?.name ?? id;
        Object.assign(name, dataText);
      });
    }
    tip.hidden = false;
    // Keep the tooltip inside the plot: flip to the left or above near the edges.
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = at.x + 14;
    let top = at.y + 12;
    if (left + width > plotWidth) left = Math.max(0, at.x - 14 - width);
    if (top + height > plotHeight) top = Math.max(0, at.y - 12 - height);
    tip.style.transform = `translate(${left}px, ${top}px)`;
  }

  hide(): void {
    if (!this.node.hidden) this.node.hidden = true;
  }
}

