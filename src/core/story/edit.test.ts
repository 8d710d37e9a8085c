import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planTextEdits } from '../edit/textEdits';
import type { DatasetFile } from '../model/types';
import { addStep, addStory, moveStep, removeStep, renameStory, updateStep } from './edit';

const text = readFileSync('data/events.json', 'utf8');
const seed = JSON.parse(text) as DatasetFile;
const STORY = seed.stories![0]!.id;

describe('editing stories', () => {
  it('adds a story with its first step under an id made from its title', () => {
    const { file, id } = addStory(seed, 'The allies reply', { view: '?view=list', caption: 'First.' });
    expect(id).toBe('the-allies-reply');
    expect(file.stories?.at(-1)).toEqual({ id, title: 'The allies reply', steps: [{ view: '?view=list', caption: 'First.' }] });
    expect(seed.stories).toHaveLength(1);
  });

  it('adds a step at the end or after a given one', () => {
    const end = addStep(seed, STORY, { view: '', caption: 'Last.' });
    expect(end.index).toBe(5);
    const second = addStep(seed, STORY, { view: '', caption: 'Second.' }, 0);
    expect(second.index).toBe(1);
    expect(second.file.stories![0]!.steps.map((step) => step.caption.slice(0, 7))).toEqual(['At NATO', 'Second.', 'Hours l', "Zelensk", 'Other W', 'The AP ']);
  });

  it('edits, reorders and removes steps; an empty title is no title', () => {
    let file = updateStep(seed, STORY, 0, { caption: 'New caption.', title: '' });
    expect(file.stories![0]!.steps[0]).toEqual({ view: seed.stories![0]!.steps[0]!.view, caption: 'New caption.' });
    file = moveStep(file, STORY, 0, 1);
    expect(file.stories![0]!.steps[1]!.caption).toBe('New caption.');
    expect(moveStep(file, STORY, 0, -1)).toBe(file);
    file = removeStep(file, STORY, 1);
    expect(file.stories![0]!.steps).toHaveLength(4);
    expect(renameStory(file, STORY, 'Renamed').stories![0]!.title).toBe('Renamed');
  });

  it('removes a story with its last step, and the "stories" key with the last story', () => {
    const { file } = addStory({ ...seed, stories: undefined } as DatasetFile, 'Solo', { view: '', caption: 'Only.' });
    const emptied = removeStep(file, 'solo', 0);
    expect('stories' in emptied).toBe(false);
  });

  it('save as small text edits: a changed caption changes one line of the file', () => {
    const edited = updateStep(seed, STORY, 4, { caption: 'A shorter caption.' });
    const plan = planTextEdits(text, edited);
    const before = text.split('\n');
    const after = plan.text.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, index) => line !== before[index])).toEqual(['          "caption": "A shorter caption."']);
  });

  it('names a missing story or step', () => {
    expect(() => updateStep(seed, 'nope', 0, {})).toThrow('There is no story "nope"');
    expect(() => removeStep(seed, STORY, 9)).toThrow('has no step 10');
  });
});
