// Keys on the plot: the bindings are data (core/view/keys.ts); this layer carries out
// what they mean. Window keys become store actions; focus keys walk the lanes' sorted
// columns from the focused event.
import { positionInColumn } from '../../core/layout/columns';
import { markTimeOf } from '../../core/layout/marks';
import { adjacentNonEmptyLane, nearestInColumn } from '../../core/layout/navigation';
import type { ScenePlan } from '../../core/scene/plan';
import type { Scene } from '../../core/scene/types';
import { fitAll, pan, revealEvent, zoom } from '../../core/view/actions';
import { type ChartCommand, commandForKey } from '../../core/view/keys';
import type { WindowOwner } from '../../core/view/store';
import type { AxisDirection, TimeWindow } from '../../core/view/types';
import type { FocusTarget } from './types';

export interface KeyboardHost {
  owner: WindowOwner;
  plan(): ScenePlan | null;
  /** The focused event, or where focus would start. */
  focusTarget(): FocusTarget | null;
  moveFocus(target: FocusTarget): void;
  select(eventId: string | null): void;
  shownWindow(): TimeWindow | null;
  /** Which way time runs: the arrow keys follow it. */
  direction(): AxisDirection;
}

export class ChartKeyboard {
  constructor(private readonly host: KeyboardHost) {}

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const command = commandForKey(event.key, event.shiftKey, this.host.direction());
    if (command && this.run(command)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  /** Carries out a command; false when it did not apply (so the key is left to the page). */
  run(command: ChartCommand): boolean {
    const { owner } = this.host;
    switch (command.kind) {
      case 'zoom':
        owner.dispatch(zoom(command.factor));
        return true;
      case 'pan':
        owner.dispatch(pan(command.fraction));
        return true;
      case 'fit':
        owner.dispatch(fitAll());
        return true;
      case 'close':
        this.host.select(null);
        return true;
      case 'open': {
        const target = this.host.focusTarget();
        const id = target ? this.host.plan()?.dataset.events[target.eventIndex]?.id : undefined;
        if (!id) return false;
        this.host.select(id);
        return true;
      }
      case 'step':
        return this.stepInLane(command.by);
      case 'lane':
        return this.stepLane(command.by);
    }
  }

  /** Pans the store's window, if needed, so the focused event's mark is in view. */
  reveal(target: FocusTarget): void {
    const id = this.host.plan()?.dataset.events[target.eventIndex]?.id;
    if (id) this.host.owner.dispatch(revealEvent(id));
  }

  /** Where focus goes first: the selected event, the last focused one, the first mark drawn, or the event nearest the middle. */
  defaultFocusTarget(selectedIndex: number, remembered: FocusTarget | null, scene: Scene | null): FocusTarget | null {
    const plan = this.host.plan();
    if (!plan) return null;
    if (selectedIndex >= 0) {
      const lane = plan.model.laneIndices[plan.model.laneOffsets[selectedIndex]!];
      if (lane !== undefined && plan.model.laneOffsets[selectedIndex + 1]! > plan.model.laneOffsets[selectedIndex]!) return { eventIndex: selectedIndex, lane };
    }
    if (remembered) return remembered;
    const mark = scene?.marks[0];
    if (mark) return { eventIndex: mark.eventIndex, lane: mark.lane };
    const lane = adjacentNonEmptyLane(plan.columns, -1, 1);
    if (lane < 0) return null;
    const column = plan.columns[lane]!;
    const window = this.host.shownWindow();
    const middle = window ? (window[0] + window[1]) / 2 : column.markTime[0]!;
    return { eventIndex: column.eventIndex[nearestInColumn(column, middle)]!, lane };
  }

  private stepInLane(by: number): boolean {
    const plan = this.host.plan();
    const target = this.host.focusTarget();
    if (!plan || !target) return false;
    const column = plan.columns[target.lane];
    const event = plan.dataset.events[target.eventIndex];
    if (!column || !event) return false;
    const pos = positionInColumn(column, target.eventIndex, markTimeOf(event));
    if (pos < 0) return false;
    const n = column.eventIndex.length;
    const next = by === -Infinity ? 0 : by === Infinity ? n - 1 : Math.max(0, Math.min(n - 1, pos + by));
    this.host.moveFocus({ eventIndex: column.eventIndex[next]!, lane: target.lane });
    return true;
  }

  private stepLane(by: 1 | -1): boolean {
    const plan = this.host.plan();
    const target = this.host.focusTarget();
    if (!plan || !target) return false;
    const lane = adjacentNonEmptyLane(plan.columns, target.lane, by);
    if (lane < 0) return true;
    const column = plan.columns[lane]!;
    const pos = nearestInColumn(column, markTimeOf(plan.dataset.events[target.eventIndex]!));
    this.host.moveFocus({ eventIndex: column.eventIndex[pos]!, lane });
    return true;
  }
}
