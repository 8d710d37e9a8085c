// The keyboard and screen-reader layer: a pool of invisible buttons, one per visible mark
// (at most MAX_EVENT_BUTTONS), with one roving tab stop. It owns the pool, when it is
// placed (at rest, not mid-gesture) and the plot's tab stop; the chart supplies the frame's
// marks and focus through EventButtonsHost and decides what clicks and focus mean.
import type { VerticalLayout } from '../../core/layout/rows';
import type { TimeToPixels } from '../../core/layout/stacking';
import type { TimelineEvent } from '../../core/model/types';
import { formatEventDate } from '../../core/time/format';
import { MARK_SIZE } from '../markStyles';
import { LANE_METRICS, rowCentre } from '../paint';
import { el } from './dom';
import type { FocusTarget, Hit } from './types';

/** How many event buttons exist at once: enough for what one screen can show legibly. */
const MAX_EVENT_BUTTONS = 300;
/** How long the view must rest before the event buttons follow the marks. */
const BUTTONS_REST_MS = 120;

const TYPE_WORD: Record<TimelineEvent['type'], string> = { statement: 'statement', call: 'call', meeting: 'meeting' };

/** "Title, type, date": the accessible name of an event's button. */
export function eventAccessibleName(event: TimelineEvent): string {
  const status = event.status === 'occurred' ? '' : ` (${event.status === 'planned' ? 'planned' : 'reported'})`;
  return `${event.title}, ${TYPE_WORD[event.type]}${status}, ${formatEventDate(event)}`;
}

/**
 * What the buttons read from the chart. Read through calls, not copied, because a placement
 * deferred until the view rests must see the chart as it is then, not as it was.
 */
export interface EventButtonsHost {
  /** The dataset's events, undefined before the first input. */
  events(): readonly TimelineEvent[] | undefined;
  vertical(): VerticalLayout | null;
  /** The marks of the last frame drawn. */
  hits(): readonly Hit[];
  focusTarget(): FocusTarget | null;
  selectedIndex(): number;
  /** True while a zoom, pan or brush gesture runs. */
  gestureActive(): boolean;
  /** Where an event's mark sits in this frame, px, even when it is not drawn as a mark. */
  markX(eventIndex: number, view: TimeToPixels): number;
  onButtonClick(target: FocusTarget, eventId: string): void;
  /** A button took focus; `hit` is its mark, at the button's centre in plot pixels. */
  onButtonFocus(hit: Hit & { kind: 'mark' }): void;
  onButtonBlur(): void;
}

interface WantedButton {
  key: number;
  eventIndex: number;
  lane: number;
  x: number;
  y: number;
}

function buttonKey(eventIndex: number, lane: number): number {
  return eventIndex * 65536 + lane;
}

export class EventButtons {
  private readonly layer: HTMLDivElement;
  private readonly buttonsByKey = new Map<number, HTMLButtonElement>();
  /** Window and scroll the buttons were last placed for, and the timer placing them once the view rests. */
  private buttonsPlacement = '';
  private buttonsTimer = 0;
  /** The focus target's button takes DOM focus at the next placement. */
  private focusPending = false;
  private destroyed = false;
  /** Names are formatted once per event and dataset: settle frames reassign many buttons. */
  private readonly names = new WeakMap<TimelineEvent, string>();
  /**
   * Tab indices as last written. Reading `tabIndex` back, or writing the plot's when it
   * has not changed, forces a style recalculation of the whole chart in the middle of a
   * frame (measured: tens of ms per settle frame at 100,000 events).
   */
  private readonly tabIndexOf = new WeakMap<HTMLElement, number>();

  constructor(
    private readonly plot: HTMLElement,
    private readonly host: EventButtonsHost,
  ) {
    this.layer = el('div', 'sl-chart__events', plot);
    this.layer.setAttribute('role', 'group');
    this.layer.setAttribute('aria-label', 'Events in view');
    this.layer.addEventListener('focusin', this.onFocusIn);
    this.layer.addEventListener('focusout', () => this.host.onButtonBlur());
  }

  /** The focus target's button is to take DOM focus once it is placed. */
  focusOnNextPlacement(): void {
    this.focusPending = true;
  }

  destroy(): void {
    this.destroyed = true;
    window.clearTimeout(this.buttonsTimer);
  }

  /** The plot itself is the tab stop when no button is. */
  setPlotTabIndex(tabIndex: number): void {
    if (this.tabIndexOf.get(this.plot) === tabIndex) return;
    this.plot.tabIndex = tabIndex;
    this.tabIndexOf.set(this.plot, tabIndex);
  }

  /**
   * Positions one DOM button over each drawn mark (up to MAX_EVENT_BUTTONS), reusing the
   * button an event had last frame so focus and labels survive panning. The focused
   * event always has a button, even when clustered, so keyboard focus never drops.
   */
  render(view: TimeToPixels, scrollTop: number): void {
    if (!this.host.events() || !this.host.vertical()) return;
    if (this.host.gestureActive()) {
      // A placement waiting from the last pause would move hundreds of buttons mid-gesture.
      window.clearTimeout(this.buttonsTimer);
      this.buttonsTimer = 0;
      this.followFocusedButton(view, scrollTop);
      return;
    }
    // After a zoom step, pan or scroll, the buttons wait until the view rests: moving
    // hundreds of them restyles hundreds of elements, and a wheel turned notch by notch
    // settles on every notch. Selection, focus and filter changes apply at once.
    const placement = `${view.t0}:${view.pxPerMs}:${scrollTop}`;
    const moved = this.buttonsPlacement !== '' && placement !== this.buttonsPlacement;
    if (moved && !this.focusPending) {
      this.followFocusedButton(view, scrollTop);
      window.clearTimeout(this.buttonsTimer);
      this.buttonsTimer = window.setTimeout(() => {
        this.buttonsTimer = 0;
        if (this.destroyed) return;
        // The last frame's marks (host.hits()) are still what is on screen.
        this.buttonsPlacement = placement;
        this.syncButtons(view, scrollTop);
      }, BUTTONS_REST_MS);
      return;
    }
    window.clearTimeout(this.buttonsTimer);
    this.buttonsTimer = 0;
    this.buttonsPlacement = placement;
    this.syncButtons(view, scrollTop);
  }

  /** Buttons are invisible; only the focused one shows (its focus ring) and must follow its mark. */
  private followFocusedButton(view: TimeToPixels, scrollTop: number): void {
    const vertical = this.host.vertical();
    const focusTarget = this.host.focusTarget();
    if (!focusTarget || !vertical) return;
    const { eventIndex, lane } = focusTarget;
    const button = this.buttonsByKey.get(buttonKey(eventIndex, lane));
    if (!button) return;
    const hit = this.host.hits().find((h) => h.kind === 'mark' && h.eventIndex === eventIndex && h.lane === lane);
    const x = hit ? hit.x : this.host.markX(eventIndex, view);
    const y = hit ? hit.y : vertical.laneTop[lane]! - scrollTop + rowCentre(LANE_METRICS, 0);
    button.style.transform = `translate(${x - 8}px, ${y - 8}px)`;
  }

  private syncButtons(view: TimeToPixels, scrollTop: number): void {
    const events = this.host.events();
    const vertical = this.host.vertical();
    if (!events || !vertical) return;
    const hits = this.host.hits();
    const wanted: WantedButton[] = [];
    const focus = this.host.focusTarget();
    let focusKey = -1;
    if (focus) {
      focusKey = buttonKey(focus.eventIndex, focus.lane);
      const hit = hits.find((h) => h.kind === 'mark' && h.eventIndex === focus.eventIndex && h.lane === focus.lane);
      const x = hit ? hit.x : this.host.markX(focus.eventIndex, view);
      const y = hit ? hit.y : vertical.laneTop[focus.lane]! - scrollTop + rowCentre(LANE_METRICS, 0);
      wanted.push({ key: focusKey, eventIndex: focus.eventIndex, lane: focus.lane, x, y });
    }
    for (const hit of hits) {
      if (wanted.length >= MAX_EVENT_BUTTONS) break;
      if (hit.kind !== 'mark' || hit.x < -MARK_SIZE || hit.x > view.width + MARK_SIZE) continue;
      const key = buttonKey(hit.eventIndex, hit.lane);
      if (key === focusKey) continue;
      wanted.push({ key, eventIndex: hit.eventIndex, lane: hit.lane, x: hit.x, y: hit.y });
    }
    const keep = new Set(wanted.map((w) => w.key));
    const spare: HTMLButtonElement[] = [];
    for (const [key, button] of this.buttonsByKey) {
      if (!keep.has(key)) {
        this.buttonsByKey.delete(key);
        spare.push(button);
      }
    }
    const rovingKey = focusKey >= 0 ? focusKey : (wanted[0]?.key ?? -1);
    const selectedIndex = this.host.selectedIndex();
    for (const item of wanted) {
      let button = this.buttonsByKey.get(item.key);
      if (!button) {
        button = spare.pop() ?? this.createEventButton();
        const event = events[item.eventIndex]!;
        button.dataset.eventId = event.id;
        button.dataset.eventIndex = String(item.eventIndex);
        button.dataset.lane = String(item.lane);
        button.dataset.type = event.type;
        button.setAttribute('aria-label', this.accessibleName(event));
        this.buttonsByKey.set(item.key, button);
      }
      button.style.transform = `translate(${item.x - 8}px, ${item.y - 8}px)`;
      const selected = item.eventIndex === selectedIndex;
      if (button.getAttribute('aria-pressed') !== String(selected)) button.setAttribute('aria-pressed', String(selected));
      const tabIndex = item.key === rovingKey ? 0 : -1;
      if (this.tabIndexOf.get(button) !== tabIndex) {
        button.tabIndex = tabIndex;
        this.tabIndexOf.set(button, tabIndex);
      }
    }
    for (const button of spare) button.remove();
    this.setPlotTabIndex(wanted.length === 0 ? 0 : -1);
    if (this.focusPending && focusKey >= 0) {
      this.focusPending = false;
      this.buttonsByKey.get(focusKey)?.focus({ preventScroll: true });
    }
  }

  private accessibleName(event: TimelineEvent): string {
    let name = this.names.get(event);
    if (name === undefined) {
      name = eventAccessibleName(event);
      this.names.set(event, name);
    }
    return name;
  }

  private createEventButton(): HTMLButtonElement {
    const button = el('button', 'sl-chart__event', this.layer);
    button.type = 'button';
    // Out of the tab order until chosen as the one roving stop.
    button.tabIndex = -1;
    this.tabIndexOf.set(button, -1);
    button.dataset.testid = 'chart-event';
    button.addEventListener('click', this.onEventButtonClick);
    return button;
  }

  private readonly onEventButtonClick = (event: MouseEvent): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const eventIndex = Number(button.dataset.eventIndex);
    const lane = Number(button.dataset.lane);
    const id = button.dataset.eventId;
    if (!id) return;
    this.host.onButtonClick({ eventIndex, lane }, id);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.sl-chart__event');
    if (!button) return;
    const eventIndex = Number(button.dataset.eventIndex);
    const lane = Number(button.dataset.lane);
    const plotBox = this.plot.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    this.host.onButtonFocus({ kind: 'mark', eventIndex, lane, x: box.left + box.width / 2 - plotBox.left, y: box.top + box.height / 2 - plotBox.top });
  };
}
