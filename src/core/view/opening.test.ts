import { describe, expect, it } from 'vitest';
import { withOpeningWindow } from './opening';
import { decodeView, viewSearchString } from './url';

const FEB_10 = Date.UTC(2025, 1, 10);
const FEB_18 = Date.UTC(2025, 1, 18);

describe('withOpeningWindow', () => {
  it('opens at the dataset’s window when the address names none, and writes it to the address', () => {
    const state = withOpeningWindow(decodeView(new URLSearchParams('?group=actor')), { openingWindow: [FEB_10, FEB_18] });
    expect(state.window).toEqual([FEB_10, FEB_18]);
    expect(state.grouping).toBe('actor');
    expect(viewSearchString(state, new URLSearchParams())).toMatch(/from=2025-02-10.*to=2025-02-18/);
  });

  it('lets a window in the address win', () => {
    const fromLink = decodeView(new URLSearchParams('?from=2001-09-01&to=2001-10-01'));
    expect(withOpeningWindow(fromLink, { openingWindow: [FEB_10, FEB_18] })).toBe(fromLink);
  });

  it('fits everything, as before, when the dataset has no opening window', () => {
    const state = decodeView(new URLSearchParams(''));
    expect(withOpeningWindow(state, {})).toBe(state);
    expect(state.window).toBeNull();
  });
});
