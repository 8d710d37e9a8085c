// The contract between the React application and the D3/canvas timeline chart.
// React hands the chart a complete input; the chart owns its DOM and the live zoom
// transform, and reports back through callbacks. Nothing here runs per frame in React.
import type { Dataset } from '../core/model/types';
import type { Grouping, TimeWindow } from '../core/view/types';

export interface ChartInput {
  dataset: Dataset;
  /** Indices into dataset.events that pass the filters, ascending. */
  included: readonly number[];
  grouping: Grouping;
  /** Ids of collapsed lane groups. */
  collapsed: ReadonlySet<string>;
  /** The window to show; null fits everything included. */
  window: TimeWindow | null;
  selectedId: string | null;
  /** Events matching the search, highlighted; the current one is emphasised. */
  matchIds: ReadonlySet<string>;
  currentMatchId: string | null;
}

export interface ChartCallbacks {
  /**
   * The visible window changed. `settled` is false while a gesture is under way
   * (throttled to at most one call per animation frame) and true once it ends, when
   * the application records it (URL, history).
   */
  onWindowChange(window: TimeWindow, settled: boolean): void;
  /** The user selected an event (click, Enter) or cleared the selection (Escape, click on empty space). */
  onSelect(eventId: string | null): void;
  /** The user asked to collapse or expand a lane group. */
  onToggleGroup(groupId: string): void;
}

export interface ChartController {
  update(input: ChartInput): void;
  zoomBy(factor: number): void;
  /** Pans by a fraction of the visible width (negative: towards the past). */
  panBy(fraction: number): void;
  fitAll(): void;
  /** Moves keyboard focus into the chart (to the selected event, or the first visible one). */
  focus(): void;
  destroy(): void;
}
