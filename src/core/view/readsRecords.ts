// Which views read the events' records (quotes, sources, positions, places), not only what
// the chart draws of each event. While a dataset's records are still arriving
// (model/recordsArrival.ts) such a view waits for them: the store holds the change that
// would show it (app/store.ts), and a first view from a link is shown once they are in.
import type { ViewState } from './types';

/**
 * The list and the positions view, the details of a selected event, a search (it reads the
 * records' text) and marks coloured by stance (the positions of each event) read records;
 * the timeline alone, panned, zoomed, filtered or grouped, does not.
 */
export function viewReadsRecords(view: ViewState): boolean {
  return (
    view.mode !== 'timeline' ||
    view.selected !== null ||
    view.search.trim() !== '' ||
    (view.currentMatch ?? null) !== null ||
    (view.colorTopic ?? null) !== null
  );
}
