// The keyboard and screen-reader layer: one invisible button per mark of the scene (at
// most MAX_EVENT_BUTTONS), with one roving tab stop. A button is keyed by its event's id
// and lane, and its name and data are written whenever the event behind it changes, so a
// button always names the event it opens, after edits, additions and reloads alike.
import type { Scene, SceneMark } from '../../core/scene/types';
import type { Dataset, TimelineEvent } from '../../core/model/types';
import { MARK_SIZE } from '../../core/scene/metrics';
import { t } from '../../core/i18n/translate';
import { eventAccessibleName } from '../eventName';
import { el } from './dom';
import type { FocusTarget } from './types';

export { eventAccessibleName };

/** How many event buttons exist at once: enough for what one screen can show legibly. */
const MAX_EVENT_BUTTONS = 300;
/** How long the view must rest before the event buttons follow the marks. */
const BUTTONS_REST_MS = 120;
const BUTTON_HALF = 8;

/** Where a focused event sits when it is not drawn as a mark (clustered or dense): supplied by the chart. */
export type FocusPlacement = (target: FocusTarget) => { x: number; y: number } | null;

export interface EventButtonsHost {
  onButtonClick(target: FocusTarget, eventId: string): void;
  /** A button took focus; x and y are its centre in plot pixels. */
  onButtonFocus(target: FocusTarget, x: number, y: number): void;
  onButtonBlur(): void;
}

interface WantedButton {
  key: string;
  event: TimelineEvent;
  lane: number;
  x: number;
  y: number;
}

const keyOf = (eventId: string, lane: number) => `${lane}\u0000${eventId}`;

export class EventButtons {
  private readonly layer: HTMLDivElement;
  private readonly buttonsByKey = new Map<string, HTMLButtonElement>();
  /** The event each button was last written for: a different one rewrites its name and data. */
  private readonly eventOf = new WeakMap<HTMLButtonElement, TimelineEvent>();
  private placement = '';
  /** The data the buttons were last placed for: new data places them at once, never later. */
  private placedData: Dataset | null = null;
  private timer = 0;
  /** The focus target's button takes DOM focus at the next placement. */
  private focusPending = false;
  private destroyed = false;
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
    this.layer.setAttribute('aria-label', t('Events in view'));
    this.layer.addEventListener('focusin', this.onFocusIn);
    this.layer.addEventListener('focusout', () => this.host.onButtonBlur());
  }

  focusOnNextPlacement(): void {
    this.focusPending = true;
  }

  destroy(): void {
    this.destroyed = true;
    window.clearTimeout(this.timer);
  }

  /** The plot itself is the tab stop when no button is. */
  setPlotTabIndex(tabIndex: number): void {
    if (this.tabIndexOf.get(this.plot) === tabIndex) return;
    this.plot.tabIndex = tabIndex;
    this.tabIndexOf.set(this.plot, tabIndex);
  }

  /**
   * Places one button over each mark of the scene. While a gesture runs, and until the
   * view rests after a pan or zoom, only the focused button follows its mark: moving
   * hundreds of buttons restyles hundreds of elements every frame.
   */
  render(scene: Scene, dataset: Dataset, focus: FocusTarget | null, selectedIndex: number, placeFocus: FocusPlacement, gestureActive: boolean): void {
    const placement = `${scene.window[0]}:${scene.pxPerMs}:${scene.scrollTop}:${scene.direction}`;
    // Buttons left from other data would name and open events that are gone.
    const moved = this.placement !== '' && placement !== this.placement && dataset === this.placedData;
    window.clearTimeout(this.timer);
    this.timer = 0;
    if (gestureActive || (moved && !this.focusPending)) {
      this.followFocus(focus, placeFocus);
      if (gestureActive) return;
      this.timer = window.setTimeout(() => {
        this.timer = 0;
        if (this.destroyed) return;
        this.placement = placement;
        this.sync(scene, dataset, focus, selectedIndex, placeFocus);
      }, BUTTONS_REST_MS);
      return;
    }
    this.placement = placement;
    this.sync(scene, dataset, focus, selectedIndex, placeFocus);
  }

  private followFocus(focus: FocusTarget | null, placeFocus: FocusPlacement): void {
    if (!focus) return;
    for (const [key, button] of this.buttonsByKey) {
      const event = this.eventOf.get(button);
      if (!event || event.index !== focus.eventIndex || key !== keyOf(event.id, focus.lane)) continue;
      const at = placeFocus(focus);
      if (at) button.style.transform = `translate(${at.x - BUTTON_HALF}px, ${at.y - BUTTON_HALF}px)`;
    }
  }

  private sync(scene: Scene, dataset: Dataset, focus: FocusTarget | null, selectedIndex: number, placeFocus: FocusPlacement): void {
    this.placedData = dataset;
    const wanted: WantedButton[] = [];
    let focusKey: string | null = null;
    const focusEvent = focus ? dataset.events[focus.eventIndex] : undefined;
    if (focus && focusEvent) {
      const at = placeFocus(focus);
      if (at) {
        focusKey = keyOf(focusEvent.id, focus.lane);
        wanted.push({ key: focusKey, event: focusEvent, lane: focus.lane, x: at.x, y: at.y });
      }
    }
    for (const mark of scene.marks) {
      if (wanted.length >= MAX_EVENT_BUTTONS) break;
      if (mark.x < -MARK_SIZE || mark.x > scene.width + MARK_SIZE) continue;
      const key = keyOf(mark.eventId, mark.lane);
      if (key === focusKey) continue;
      wanted.push(this.wantedFor(mark, key, dataset));
    }
    const keep = new Set(wanted.map((w) => w.key));
    const spare: HTMLButtonElement[] = [];
    for (const [key, button] of this.buttonsByKey) {
      if (keep.has(key)) continue;
      this.buttonsByKey.delete(key);
      spare.push(button);
    }
    const rovingKey = focusKey ?? wanted[0]?.key ?? null;
    for (const item of wanted) {
      let button = this.buttonsByKey.get(item.key);
      if (!button) {
        button = spare.pop() ?? this.createButton();
        this.buttonsByKey.set(item.key, button);
      }
      if (this.eventOf.get(button) !== item.event || button.dataset.lane !== String(item.lane)) this.describe(button, item, dataset);
      button.style.transform = `translate(${item.x - BUTTON_HALF}px, ${item.y - BUTTON_HALF}px)`;
      const pressed = String(item.event.index === selectedIndex);
      if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
      const tabIndex = item.key === rovingKey ? 0 : -1;
      if (this.tabIndexOf.get(button) !== tabIndex) {
        button.tabIndex = tabIndex;
        this.tabIndexOf.set(button, tabIndex);
      }
    }
    for (const button of spare) button.remove();
    this.setPlotTabIndex(wanted.length === 0 ? 0 : -1);
    if (this.focusPending && focusKey !== null) {
      this.focusPending = false;
      this.buttonsByKey.get(focusKey)?.focus({ preventScroll: true });
    }
  }

  private wantedFor(mark: SceneMark, key: string, dataset: Dataset): WantedButton {
    return { key, event: dataset.events[mark.eventIndex]!, lane: mark.lane, x: mark.x, y: mark.y };
  }

  /** Writes the button's name and data for the event it now stands for. */
  private describe(button: HTMLButtonElement, item: WantedButton, dataset: Dataset): void {
    const { event } = item;
    this.eventOf.set(button, event);
    button.dataset.eventId = event.id;
    button.dataset.eventIndex = String(event.index);
    button.dataset.lane = String(item.lane);
    button.dataset.type = event.type;
    let name = this.names.get(event);
    if (name === undefined) {
      name = eventAccessibleName(event, dataset);
      this.names.set(event, name);
    }
    button.setAttribute('aria-label', name);
  }

  private createButton(): HTMLButtonElement {
    const button = el('button', 'sl-chart__event', this.layer);
    button.type = 'button';
    // Out of the tab order until chosen as the one roving stop.
    button.tabIndex = -1;
    this.tabIndexOf.set(button, -1);
    button.dataset.testid = 'chart-event';
    button.addEventListener('click', this.onClick);
    return button;
  }

  private targetOf(button: HTMLButtonElement): { target: FocusTarget; eventId: string } | null {
    const event = this.eventOf.get(button);
    if (!event) return null;
    return { target: { eventIndex: event.index, lane: Number(button.dataset.lane) }, eventId: event.id };
  }

  private readonly onClick = (event: MouseEvent): void => {
    const found = this.targetOf(event.currentTarget as HTMLButtonElement);
    if (found) this.host.onButtonClick(found.target, found.eventId);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.sl-chart__event');
    const found = button ? this.targetOf(button) : null;
    if (!button || !found) return;
    const plotBox = this.plot.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    this.host.onButtonFocus(found.target, box.left + box.width / 2 - plotBox.left, box.top + box.height / 2 - plotBox.top);
  };
}
