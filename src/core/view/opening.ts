// The window a dataset opens at: its own "view" (data-format.md) when the address names
// no window. A window in the address always wins, and "Fit all" still fits every event.
import type { Dataset } from '../model/types';
import type { ViewState } from './types';

/** The state with the dataset's opening window, when the state has no window of its own. */
export function withOpeningWindow(state: ViewState, dataset: Pick<Dataset, 'openingWindow'>): ViewState {
  if (state.window !== null || !dataset.openingWindow) return state;
  const [start, end] = dataset.openingWindow;
  return { ...state, window: [start, end] };
}
