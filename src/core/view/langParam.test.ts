// lang= belongs to the interface, not to the view: every address the view writes keeps it,
// as it keeps data=, so links, story steps and exports stay in the reader's language.
import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW } from './types';
import { parseParams, viewSearchString } from './url';
import { storySearchString } from '../story/link';

describe('lang= in the address', () => {
  it('is kept when the view changes', () => {
    const search = viewSearchString({ ...INITIAL_VIEW, mode: 'list', selected: 'e1' }, parseParams('?lang=fr&data=data/x.json&view=positions'));
    const params = parseParams(search);
    expect(params.get('lang')).toBe('fr');
    expect(params.get('data')).toBe('data/x.json');
    expect(params.get('view')).toBe('list');
  });

  it('is kept by a story step', () => {
    const story = { id: 's', title: 'S', steps: [{ view: '?sel=e1', title: 'one', caption: '' }] };
    const search = storySearchString({ ...INITIAL_VIEW, selected: 'e1' }, parseParams('?lang=ar'), { story, stepIndex: 0 });
    expect(parseParams(search).get('lang')).toBe('ar');
    expect(parseParams(search).get('step')).toBe('1');
  });
});
