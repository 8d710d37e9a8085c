// Hosts the D3/canvas chart. React hands it complete inputs when they change; the chart
// reads the window from the store, its one owner, and hands it the user's gestures, so
// panning and zooming never re-render React.
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { MutableRefObject } from 'react';
import type { Dataset } from '../core/model/types';
import type { SearchMatches } from '../core/view/search';
import { select, toggleGroup } from '../core/view/actions';
import type { ViewState } from '../core/view/types';
import type { ChartController } from '../render/chartApi';
import { createTimelineChart } from '../render/TimelineChart';
import type { ViewStore } from '../core/view/store';

/** Makes, while the data loads, what the chart's first frame would otherwise draw first (lazyViews.tsx). */
export { prepareStamping as prepareChartDrawing } from '../render/canvas/markStamper';

interface Props {
  store: ViewStore;
  dataset: Dataset;
  included: readonly number[];
  view: ViewState;
  matches: SearchMatches;
  controllerRef: MutableRefObject<ChartController | null>;
}

export function TimelineView({ store, dataset, included, view, matches, controllerRef }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const collapsed = useMemo(() => new Set(view.collapsed), [view.collapsed]);
  const matchIndices = useMemo(() => new Set(matches.indices), [matches]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = createTimelineChart(container, store, {
      onSelect: (eventId) => store.dispatch(select(eventId)),
      onToggleGroup: (groupId) => store.dispatch(toggleGroup(groupId)),
    });
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      if (controllerRef.current === controller) controllerRef.current = null;
    };
  }, [store, controllerRef]);

  const input = useMemo(
    () => ({
      dataset,
      included,
      grouping: view.grouping,
      collapsed,
      selectedId: view.selected,
      matchIndices,
      currentMatchId: view.currentMatch ?? null,
      colorTopic: view.colorTopic ?? null,
      axis: view.axis ?? 'ltr',
    }),
    [dataset, included, view.grouping, collapsed, view.selected, matchIndices, view.currentMatch, view.colorTopic, view.axis],
  );
  // Handed over in a render of its own, after the input that changed it has been answered:
  // a new plan of a million events (a filter, a grouping) takes about 150 ms, and in the
  // click's own task it made one task of over 200 ms before the check box showed its tick.
  // All of it is deferred together, so the chart never gets one dataset's matches with another.
  const shown = useDeferredValue(input);
  useEffect(() => {
    controllerRef.current?.update(shown);
  }, [controllerRef, shown]);

  return <div className="timeline-chart" ref={containerRef} />;
}
