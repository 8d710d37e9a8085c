import { describe, expect, it } from 'vitest';
import { refusedForChangedFile, saveRefusalMessage } from './saveRefusal';

describe('a save refusal in the reader’s words', () => {
  it('words each reason the dev server gives, with the data folder’s path', () => {
    expect(saveRefusalMessage({ code: 'changed-on-disk', path: 'events.json' })).toBe('Not saved: data/events.json changed on disk since you opened it. Your edits are kept; discard them to load the new version.');
    expect(saveRefusalMessage({ code: 'has-errors', path: 'events.json', count: 2 })).toBe('Not saved: the edited data has 2 errors.');
    expect(saveRefusalMessage({ code: 'not-a-data-path', path: '../x.txt' })).toBe('Not saved: "../x.txt" is not a .json file inside the data folder.');
    expect(saveRefusalMessage({ code: 'write-failed', detail: 'EACCES' })).toBe('Not saved: the file could not be written (EACCES); it is unchanged.');
  });

  it('leaves the server’s own sentence for what it does not know, or for no reason at all', () => {
    expect(saveRefusalMessage(undefined)).toBeNull();
    expect(saveRefusalMessage({ code: 'something-new' })).toBeNull();
    expect(saveRefusalMessage('changed-on-disk')).toBeNull();
  });

  it('offers to discard the edits only when the file changed on disk', () => {
    expect(refusedForChangedFile({ code: 'changed-on-disk', path: 'events.json' })).toBe(true);
    expect(refusedForChangedFile({ code: 'too-large' })).toBe(false);
    expect(refusedForChangedFile(null)).toBe(false);
  });
});
