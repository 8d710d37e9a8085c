import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../model/types';
import { loadDataset } from './index';

const BASE = JSON.parse(readFileSync('tests/fixtures/valid/dataset.json', 'utf8')) as DatasetFile;

/**
 * The fixture with one story whose steps each sit on their own line, after "version", so
 * step k's view is on line 4 + k and its value starts at column 15 (`    { "view": "`).
 */
function withSteps(views: readonly string[], storyId = 'tour'): string {
  const { version, ...rest } = BASE;
  const steps = views.map((view) => `    { "view": ${JSON.stringify(view)}, "caption": "Look." }`).join(',\n');
  return `{\n  "version": ${version},\n  "stories": [{ "id": "${storyId}", "title": "Tour", "steps": [\n${steps}\n  ] }],\n${JSON.stringify(rest, null, 2).slice(2)}`;
}

const load = (text: string) => loadDataset(text, { file: 'story.json' });

describe('stories in a data file', () => {
  it('load into the dataset as written when every view is sound', async () => {
    const { dataset, problems } = await load(
      withSteps(['?from=2025-02-10&to=2025-02-14&sel=harbour-meeting', 'view=positions&pos=joint-licence', '', '?group=actor&actor=quill,renn&type=call&stance=oppose&since=2024&until=2025-02&collapsed=AR&q=summit&match=council-summit']),
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset?.stories?.[0]?.steps).toHaveLength(4);
    expect(dataset?.stories?.[0]?.id).toBe('tour');
  });

  it('are optional: a file without them has none', async () => {
    const { dataset } = await load(JSON.stringify(BASE));
    expect(dataset?.stories).toBeUndefined();
  });

  it.each([
    ['an unknown actor', '?actor=quil', /No actor has the id "quil".*Did you mean "quill"/],
    ['an unknown topic', '?view=positions&pos=joint-license', /No topic has the id "joint-license"/],
    ['an unknown event', '?sel=no-such-event', /No event has the id "no-such-event"/],
    ['an unknown parameter', '?from=2025-02-10&to=2025-02-11&zoom=3', /Unknown view parameter "zoom"/],
    ['a window that ends before it starts', '?from=2025-02-14&to=2025-02-10', /ends \(2025-02-10\) before it starts/],
    ['a window with one edge', '?from=2025-02-14', /needs both "from" and "to"/],
    ['a date that does not exist', '?from=2025-02-30&to=2025-03-02', /"from" is "2025-02-30"/],
    ['a view kind that does not exist', '?view=map', /"map" is not a value of "view"/],
    ['a whole address instead of its query', 'https://example.org/?sel=harbour-meeting', /only the query string/],
  ])('report %s as an error at the step\'s view', async (_name, view, message) => {
    const { dataset, problems } = await load(withSteps(['?from=2025-02-10&to=2025-02-14', view]));
    expect(dataset).toBeUndefined();
    const problem = problems.find((p) => p.rule === 'invalid-story-view');
    expect(problem).toMatchObject({ severity: 'error', path: 'stories[0].steps[1].view', line: 5, column: 15 });
    expect(problem?.message).toMatch(/^Step 2 of story "tour": /);
    expect(problem?.message).toMatch(message);
  });

  it('report a duplicate story id at the second one, naming the first line', async () => {
    const { version, ...rest } = BASE;
    const story = (id: string) => `{ "id": "${id}", "title": "T", "steps": [{ "view": "", "caption": "c" }] }`;
    const text = `{\n  "version": ${version},\n  "stories": [\n    ${story('a')},\n    ${story('a')}\n  ],\n${JSON.stringify(rest, null, 2).slice(2)}`;
    const { problems } = await load(text);
    const problem = problems.find((p) => p.rule === 'duplicate-id');
    expect(problem).toMatchObject({ path: 'stories[1].id', line: 5 });
    expect(problem?.message).toContain('line 4');
    // The rules' one duplicate check, with the story's own reason.
    expect(problem?.message).toBe('Another story already has the id "a" (line 4); links name a story by its id, so give this one another.');
  });

  it('leave a story without steps or a step without a caption to the schema', async () => {
    const { version, ...rest } = BASE;
    const noSteps = await load(JSON.stringify({ version, stories: [{ id: 's', title: 'S', steps: [] }], ...rest }));
    expect(noSteps.problems.some((p) => p.severity === 'error' && p.path.startsWith('stories[0].steps'))).toBe(true);
    const noCaption = await load(JSON.stringify({ version, stories: [{ id: 's', title: 'S', steps: [{ view: '' }] }], ...rest }));
    expect(noCaption.problems.some((p) => p.severity === 'error' && /caption/.test(p.message))).toBe(true);
  });
});
