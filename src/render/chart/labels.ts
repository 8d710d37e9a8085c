// The lane labels column: one label per lane and one collapsible header per group, kept
// only for the lanes near the viewport and reused while scrolling. It owns those nodes and
// the key that says when they are current; the chart tells it when the model or size changed.
import type { LaneModel } from '../../core/layout/lanes';
import { visibleGroups, visibleLanes, type VerticalLayout } from '../../core/layout/rows';
import { LANE_METRICS } from '../../core/scene/metrics';
import { t } from '../../core/i18n/translate';
import { el } from './dom';

/** A group's header: a button that collapses or expands the group. */
function groupHeaderNode(group: LaneModel['groups'][number]): HTMLElement {
  const node = el('div', 'sl-chart__group');
  node.dataset.testid = 'chart-group-header';
  node.dataset.groupId = group.id;
  node.setAttribute('role', 'listitem');
  const button = el('button', 'sl-chart__group-toggle', node);
  button.type = 'button';
  button.dataset.testid = 'chart-group-toggle';
  button.dataset.groupId = group.id;
  button.setAttribute('aria-expanded', String(!group.collapsed));
  // The name is the visible text ("United States 4"), so speech input can say what it sees.
  button.title = t('{collapsed, select, true {Expand} other {Collapse}} {group} ({count, plural, one {# actor} other {# actors}})', { collapsed: String(group.collapsed), group: group.label, count: group.actorCount });
  const arrow = el('span', 'sl-chart__group-arrow', button);
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = group.collapsed ? '▸' : '▾';
  const name = el('span', 'sl-chart__group-name', button);
  name.textContent = group.label;
  const small = el('span', 'sl-chart__group-count', button);
  small.textContent = String(group.actorCount);
  return node;
}

/** A lane's label: its short text shown, its full accessible label read out. */
function laneLabelNode(info: LaneModel['lanes'][number], height: number): HTMLElement {
  const node = el('div', 'sl-chart__lane-label');
  node.dataset.testid = 'chart-lane-label';
  node.dataset.laneId = info.id;
  node.setAttribute('role', 'listitem');
  node.setAttribute('aria-label', info.accessibleLabel);
  node.title = info.accessibleLabel;
  node.style.height = `${height}px`;
  const text = el('span', 'sl-chart__lane-text', node);
  text.textContent = info.label;
  text.setAttribute('aria-hidden', 'true');
  if (info.kind === 'merged-group') node.classList.add('sl-chart__lane-label--merged');
  return node;
}

export class LaneLabels {
  private readonly list: HTMLDivElement;
  private readonly labelNodes = new Map<string, HTMLElement>();
  private labelKey = '';

  constructor(parent: HTMLElement, onToggleGroup: (groupId: string) => void) {
    this.list = el('div', 'sl-chart__labels', parent);
    this.list.setAttribute('role', 'list');
    this.list.setAttribute('aria-label', t('Lanes'));
    // One listener for all headers: header nodes come and go with scrolling.
    this.list.addEventListener('click', (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.sl-chart__group-toggle');
      const groupId = button?.dataset.groupId;
      if (groupId) onToggleGroup(groupId);
    });
  }

  /** The next render places every label again (the plot's size changed). */
  invalidate(): void {
    this.labelKey = '';
  }

  /** Drops every label: they carry the model's names and collapsed states. */
  reset(): void {
    this.labelKey = '';
    for (const node of this.labelNodes.values()) node.remove();
    this.labelNodes.clear();
  }

  /**
   * Shows the labels for the lanes and groups near `scrollTop`. Returns at once while that
   * range is unchanged, which is every frame of a horizontal pan or zoom.
   */
  render(model: LaneModel, vertical: VerticalLayout, modelVersion: number, scrollTop: number, plotHeight: number): void {
    // A margin of a screen above and below keeps labels ready while scrolling.
    const margin = plotHeight;
    const [first, last] = visibleLanes(vertical, scrollTop - margin, plotHeight + 2 * margin);
    const groups = visibleGroups(vertical, scrollTop - margin, plotHeight + 2 * margin);
    const key = `${modelVersion}:${first}:${last}:${groups.join(',')}`;
    if (key === this.labelKey) return;
    this.labelKey = key;
    const wanted = new Set<string>();
    /** The label node for an id, reused from the last frame or made by `create`, placed at `top`. */
    const place = (id: string, top: number, create: () => HTMLElement): void => {
      wanted.add(id);
      let node = this.labelNodes.get(id);
      if (!node) {
        node = create();
        this.list.appendChild(node);
        this.labelNodes.set(id, node);
      }
      node.style.top = `${top}px`;
    };
    for (const g of groups) {
      const group = model.groups[g]!;
      place(`g:${group.id}`, vertical.groupTop[g]!, () => groupHeaderNode(group));
    }
    for (let lane = first; lane < last; lane++) {
      const info = model.lanes[lane]!;
      place(`l:${info.id}`, vertical.laneTop[lane]!, () => laneLabelNode(info, LANE_METRICS.laneHeight));
    }
    for (const [id, node] of this.labelNodes) {
      if (!wanted.has(id)) {
        node.remove();
        this.labelNodes.delete(id);
      }
    }
  }
}
