// Where the view state is kept: the address bar, or, when it cannot or should not hold
// it, memory (an exported file opened from disk, a timeline mounted into someone else's page).
import type { HistoryLike } from '../core/view/store';

export function browserHistory(win: Window): HistoryLike {
  return {
    get search() {
      return win.location.search;
    },
    push: (search) => win.history.pushState(null, '', search || win.location.pathname),
    replace: (search) => win.history.replaceState(null, '', search || win.location.pathname),
  };
}


/** A history that lives in memory: the host page's address bar stays untouched. */
export function memoryHistory(initialSearch = ''): HistoryLike & { readonly entries: readonly string[] } {
  const entries = [initialSearch];
  return {
    get search() {
      return entries[entries.length - 1]!;
    },
    get entries() {
      return entries;
    },
    push: (search) => void entries.push(search),
    replace: (search) => {
      entries[entries.length - 1] = search;
    },
  };
}

/**
 * The browser's history, first moved to `search` when the address carries no view of its
 * own. Browsers limit history changes on file: pages; if this one refuses, the view lives
 * in memory instead, so an exported file still works when opened from disk.
 */
export function historyStartingAt(win: Window, search: string): HistoryLike {
  if (win.location.search || !search) return browserHistory(win);
  try {
    win.history.replaceState(null, '', search);
    return browserHistory(win);
  } catch {
    return memoryHistory(search);
  }
}
