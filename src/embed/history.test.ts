// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createViewStore } from '../app/store';
import { select } from '../core/view/actions';
import { historyStartingAt, memoryHistory } from './history';

describe('memoryHistory', () => {
  it('keeps pushed and replaced views without touching the address bar', () => {
    const before = window.location.href;
    const history = memoryHistory('?sel=a');
    const store = createViewStore(history);
    expect(store.getState().selected).toBe('a');
    store.dispatch(select('b'));
    expect(history.search).toBe('?sel=b');
    expect(history.entries).toEqual(['?sel=a', '?sel=b']);
    history.replace('');
    expect(history.search).toBe('');
    expect(window.location.href).toBe(before);
  });
});

describe('historyStartingAt', () => {
  it('moves an address without a view to the saved view', () => {
    window.history.replaceState(null, '', '/report.html');
    const history = historyStartingAt(window, '?sel=e1');
    expect(window.location.search).toBe('?sel=e1');
    expect(history.search).toBe('?sel=e1');
  });

  it('keeps a view the address already asks for', () => {
    window.history.replaceState(null, '', '/report.html?sel=e2');
    expect(historyStartingAt(window, '?sel=e1').search).toBe('?sel=e2');
  });

  it('falls back to memory when the browser refuses the history change', () => {
    window.history.replaceState(null, '', '/report.html');
    const refusing = {
      location: window.location,
      history: { replaceState: () => { throw new DOMException('refused', 'SecurityError'); } },
    } as unknown as Window;
    const history = historyStartingAt(refusing, '?sel=e1');
    expect(history.search).toBe('?sel=e1');
    expect(window.location.search).toBe('');
  });
});
