// The stories sheet: one row per step, in order. A story's id is repeated on each of its
// rows; its title and description are read from its first row that gives them. Kept apart
// from csv.ts, which holds the data lists.
import type { DatasetFile, Problem, StoryRecord, StoryStepRecord } from '../model/types';
import { problemAt } from './result';
import { cellOrigin, textCell, tokenCell } from './sheet';
import type { ColumnSpec, ParsedSheet, SheetRow } from './sheet';
import { t } from '../i18n/translate';

export const STORIES_LAYOUT: readonly ColumnSpec[] = [
  { header: 'story', kind: 'token', required: true },
  { header: 'story_title', kind: 'text' },
  { header: 'story_description', kind: 'text' },
  // An empty view is the default view, so a blank cell is allowed.
  { header: 'view', kind: 'token' },
  { header: 'title', kind: 'text' },
  { header: 'caption', kind: 'text', required: true },
];

/** The rows of the stories sheet for a file (the story's title and description on its first row). */
export function storiesRows(file: DatasetFile): (string | undefined)[][] {
  return (file.stories ?? []).flatMap((story) =>
    story.steps.map((step, index) => [
      story.id,
      index === 0 ? story.title : undefined,
      index === 0 ? story.description : undefined,
      step.view,
      step.title,
      step.caption,
    ]),
  );
}

/** What the stories sheet cannot carry for this file, as short sentences. */
export function storiesLosses(file: DatasetFile): string[] {
  const losses: string[] = [];
  for (const story of file.stories ?? []) {
    const known = ['id', 'title', 'description', 'steps'];
    for (const key of Object.keys(story)) if (!known.includes(key)) losses.push(t('Field "{key}" of story "{story}" has no column and is not carried', { key, story: story.id }));
    if (story.steps.length === 0) losses.push(t('Story "{story}" has no steps, so it has no row and is not carried', { story: story.id }));
    if (story.description === '') losses.push(t('An empty "description" of story "{story}" is read back as no description', { story: story.id }));
    for (const step of story.steps) {
      for (const key of Object.keys(step)) if (!['view', 'title', 'caption'].includes(key)) losses.push(t('Field "{key}" of a step of story "{story}" has no column and is not carried', { key, story: story.id }));
      if (step.view !== step.view.trim()) losses.push(t('Spaces around a step\'s "view" in story "{story}" are dropped when the sheet is read', { story: story.id }));
      if (step.title === '') losses.push(t('An empty step "title" in story "{story}" is read back as no title', { story: story.id }));
    }
  }
  return losses;
}

interface Reader {
  problems: Problem[];
  required(sheet: ParsedSheet, sheetName: 'stories', row: SheetRow): boolean;
  /** A story's row (top level) and a step's row (nested in it). */
  markItem(listName: 'stories', index: number, sheet: ParsedSheet, row: SheetRow): void;
  mark(base: string, sheet: ParsedSheet, row: SheetRow): void;
}

/** The stories of a stories sheet, in the order their first rows come. */
export function readStories(sheet: ParsedSheet, reader: Reader): StoryRecord[] {
  const stories = new Map<string, StoryRecord>();
  for (const row of sheet.rows) {
    if (!reader.required(sheet, 'stories', row)) continue;
    const id = tokenCell(sheet, row, 'story')!;
    let story = stories.get(id);
    if (!story) {
      story = { id, title: '', steps: [] };
      stories.set(id, story);
      reader.markItem('stories', stories.size - 1, sheet, row);
    }
    const title = textCell(sheet, row, 'story_title');
    const description = textCell(sheet, row, 'story_description');
    if (title !== undefined && story.title === '') story.title = title;
    if (description !== undefined && story.description === undefined) story.description = description;
    const step: StoryStepRecord = { view: tokenCell(sheet, row, 'view') ?? '', caption: textCell(sheet, row, 'caption')! };
    const stepTitle = textCell(sheet, row, 'title');
    if (stepTitle !== undefined) step.title = stepTitle;
    reader.mark(`stories[${[...stories.keys()].indexOf(id)}].steps[${story.steps.length}]`, sheet, row);
    story.steps.push(step);
  }
  const list = [...stories.values()];
  for (const story of list) {
    if (story.title !== '') continue;
    const firstRow = sheet.rows.find((row) => tokenCell(sheet, row, 'story') === story.id)!;
    reader.problems.push(problemAt('error', 'csv-missing-value', cellOrigin(sheet, firstRow, 'story_title'),
      t('Story "{story}" has no story_title on any of its rows ({file}); give its title on its first row.', { story: story.id, file: sheet.file })));
  }
  return list;
}
