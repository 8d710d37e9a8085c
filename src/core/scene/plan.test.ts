import { describe, expect, it } from 'vitest';
import { makeLayoutDataset, sampleSpec } from '../layout/testing';
import { buildLaneColumns } from '../layout/columns';
import { eventColumnsOf } from '../layout/eventColumns';
import { joinedEventsOf } from '../layout/navigation';
import { planScene, warmJoinedEvents, warmLaneColumns } from './plan';

describe('planScene', () => {
  it('finds the lane columns of the view of every event made ahead, and makes them for a filtered view', () => {
    const dataset = makeLayoutDataset(sampleSpec());
    const all = dataset.events.map((event) => event.index);
    warmLaneColumns(dataset, 'country-actor', []);
    const first = planScene({ dataset, included: all, grouping: 'country-actor', collapsed: [] });
    const again = planScene({ dataset, included: [...all], grouping: 'country-actor', collapsed: [] });
    // Made once: the same columns, not equal copies.
    expect(again.columns).toBe(first.columns);
    expect(again.joined).toBe(first.joined);
    // And what building them afresh gives.
    const events = eventColumnsOf(dataset);
    expect(first.columns.map((column) => [...column.eventIndex])).toEqual(buildLaneColumns(first.model, events).map((column) => [...column.eventIndex]));
    expect(first.joined).toEqual(joinedEventsOf(first.model.laneOffsets, events));

    const filtered = planScene({ dataset, included: all.slice(0, 3), grouping: 'country-actor', collapsed: [] });
    expect(filtered.columns).not.toBe(first.columns);
    expect(filtered.columns.flatMap((column) => [...column.eventIndex]).every((index) => index < 3)).toBe(true);
  });

  it('keeps the joined events made in a task before the columns', () => {
    const dataset = makeLayoutDataset(sampleSpec());
    const all = dataset.events.map((event) => event.index);
    warmJoinedEvents(dataset, 'topic', []);
    const before = planScene({ dataset, included: all, grouping: 'topic', collapsed: [] });
    warmLaneColumns(dataset, 'topic', []);
    const after = planScene({ dataset, included: all, grouping: 'topic', collapsed: [] });
    expect(after.joined).toBe(before.joined);
    expect(after.columns).toBe(before.columns);
    expect(before.joined).toEqual(joinedEventsOf(before.model.laneOffsets, eventColumnsOf(dataset)));
  });
});
