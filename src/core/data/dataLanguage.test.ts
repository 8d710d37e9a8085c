// A dataset's declared language: a well-formed tag reaches the model; a malformed one is a
// warning naming the field, and is ignored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';

const VALID = readFileSync('tests/fixtures/valid/dataset.json', 'utf8');
/** The fixture's quotes name a local source copy: read from its folder, as `npm run validate` does. */
const readSourceText = async (path: string) => readFileSync(`tests/fixtures/valid/${path}`, 'utf8');

describe('"language" of the data', () => {
  it('a well-formed tag is kept on the dataset, with no problem', async () => {
    const text = VALID.replace('"version": 1,', '"version": 1,\n  "language": "uk",');
    const result = await loadDataset(text, { file: 'uk.json', readSourceText });
    expect(result.problems.filter((problem) => problem.path === 'language')).toEqual([]);
    expect(result.dataset?.language).toEqual({ lang: 'uk', dir: 'ltr' });
  });

  it('a malformed tag is a warning at the field, and the data loads without a language', async () => {
    const result = await loadDataset(readFileSync('tests/fixtures/broken/invalid-language-tag.json', 'utf8'), { file: 'invalid-language-tag.json', readSourceText });
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'invalid-language-tag',
        path: 'language',
        line: 6,
        message: '"language" is "english_uk", which is not a BCP 47 language tag such as "uk", "ar" or "pt-BR"; the data\'s text is shown without a declared language until it is corrected.',
      }),
    ]);
    expect(result.dataset).toBeDefined();
    expect(result.dataset?.language).toBeUndefined();
  });

  it('a language that is not a string is the schema’s error', async () => {
    const result = await loadDataset(VALID.replace('"version": 1,', '"version": 1,\n  "language": 7,'), { file: 'seven.json', readSourceText });
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'wrong-type', path: 'language' })]);
  });
});
