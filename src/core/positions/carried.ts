// The shifts an event carried: for each of its positions, the change of stance it made,
// if any, judged against the actor's whole record on the topic (not only what is shown).
import type { Dataset } from '../model/types';
import { buildPositionsModel } from './model';
import type { PositionsModel } from './model';
import type { StanceShift } from './series';

/** One model of the whole file per dataset (datasets never change). */
const wholeFileModels = new WeakMap<Dataset, PositionsModel>();

function wholeFileModel(dataset: Dataset): PositionsModel {
  let model = wholeFileModels.get(dataset);
  if (!model) {
    model = buildPositionsModel(dataset);
    wholeFileModels.set(dataset, model);
  }
  return model;
}

/** The shift each position of the event at `eventIndex` carried, by the position's index in the event. */
export function shiftsCarriedBy(dataset: Dataset, eventIndex: number): ReadonlyMap<number, StanceShift> {
  const event = dataset.events[eventIndex];
  const carried = new Map<number, StanceShift>();
  if (!event?.record.positions?.length) return carried;
  const model = wholeFileModel(dataset);
  const { table } = model;
  event.record.positions.forEach((position, item) => {
    const series = model.series(position.actor, position.topic);
    const shift = series?.shifts.find((s) => s.rows.some((row) => table.event[row] === eventIndex && table.item[row] === item));
    if (shift) carried.set(item, shift);
  });
  return carried;
}
