import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../model/types';
import { csvLosses, csvToDataset, datasetToCsv, SHEET_NAMES } from './csv';
import type { SheetInputs } from './csv';

const seed = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;

function inputs(sheets: Partial<Record<string, string>>): SheetInputs {
  const result: SheetInputs = {};
  for (const name of SHEET_NAMES) if (sheets[name] !== undefined) result[name] = { name: `${name}.csv`, text: sheets[name] };
  return result;
}

describe('the stories sheet', () => {
  it('carries the seed story through CSV and back, captions with paragraphs and quotes included', () => {
    expect(csvLosses(seed)).toEqual([]);
    const sheets = datasetToCsv(seed);
    expect(sheets.stories.split('\r\n')[0]).toBe('story,story_title,story_description,view,title,caption');
    const back = csvToDataset(inputs(sheets));
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.file?.stories).toEqual(seed.stories);
  });

  it('groups rows by story id, keeps an empty view, and reads the title from the first row that gives it', () => {
    const events = datasetToCsv(seed).events;
    const stories = 'story,story_title,view,caption\r\na,,?from=2025-02-11&to=2025-02-14,One\r\nb,Bee,,Only\r\na,Ay,,Two\r\n';
    const { file, problems, origin } = csvToDataset(inputs({ events, stories }));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // A story points at its first row, a step at its own.
    expect(origin?.('stories[1].title')).toEqual({ file: 'stories.csv', line: 3, column: 1, path: 'story' });
    expect(origin?.('stories[0].steps[1].caption')).toEqual({ file: 'stories.csv', line: 4, column: 4, path: 'caption' });
    expect(file?.stories).toEqual([
      { id: 'a', title: 'Ay', steps: [{ view: '?from=2025-02-11&to=2025-02-14', caption: 'One' }, { view: '', caption: 'Two' }] },
      { id: 'b', title: 'Bee', steps: [{ view: '', caption: 'Only' }] },
    ]);
  });

  it('reports a story without a title and a step without a caption at their cells', () => {
    const events = datasetToCsv(seed).events;
    const stories = 'story,story_title,view,caption\r\na,,,One\r\nb,Bee,,\r\n';
    const { problems } = csvToDataset(inputs({ events, stories }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'csv-missing-value', file: 'stories.csv', line: 2, column: 2, message: expect.stringContaining('Story "a" has no story_title') }),
        expect.objectContaining({ rule: 'csv-missing-value', file: 'stories.csv', line: 3, column: 4 }),
      ]),
    );
  });
});
