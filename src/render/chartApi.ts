// The contract between the React application and the D3/canvas timeline chart.
// React hands the chart a complete input; the window is not part of it: the chart reads
// it from its one owner, the view store (WindowOwner), draws what it holds, and turns the
// user's gestures into the store's window moves. Nothing here runs per frame in React.
import type { Dataset } from '../core/model/types';
import type { AxisDirection, Grouping } from '../core/view/types';

export interface ChartInput {
  dataset: Dataset;
  /** Indices into dataset.events that pass the filters, ascending. */
  included: readonly number[];
  grouping: Grouping;
  /** Ids of collapsed lane groups. */
  collapsed: ReadonlySet<string>;
  selectedId: string | null;
  /** Positions in dataset.events of the events matching the search, highlighted; the current one is emphasised. */
  matchIndices: ReadonlySet<number>;
  currentMatchId: string | null;
  /** Colour marks by stance on this topic; null colours them by event type. */
  colorTopic: string | null;
  /** Which way time runs along the axis; left to right when absent. */
  axis?: AxisDirection;
}

export interface ChartCallbacks {
  /** The user selected an event (click, Enter) or cleared the selection (Escape, click on empty space). */
  onSelect(eventId: string | null): void;
  /** The user asked to collapse or expand a lane group. */
  onToggleGroup(groupId: string): void;
}

export interface ChartController {
  update(input: ChartInput): void;
  /** Moves keyboard focus into the chart (to the selected event, or the first visible one). */
  focus(): void;
  destroy(): void;
}
