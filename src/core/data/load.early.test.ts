// The dataset handed over before the last checks (LoadOptions.onEarlyDataset): the same
// problems either way, the same object when the file loads, and nothing that stands when
// those last checks find an error.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './index';
import type { Dataset } from '../model/types';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');

const reader = (folder: string) => async (path: string) => readFile(join(folder, path), 'utf8').catch(() => undefined);

async function loadBothWays(path: string) {
  const text = await readFile(path, 'utf8');
  const options = { file: 'f.json', readSourceText: reader(dirname(path)) };
  const early: Dataset[] = [];
  const withEarly = await loadDataset(text, { ...options, onEarlyDataset: (dataset) => { early.push(dataset); } });
  const without = await loadDataset(text, options);
  return { text, early, withEarly, without };
}

describe('the dataset before the last checks', () => {
  it('leaves every fixture\'s problems and dataset as they were', async () => {
    const folders = ['broken', 'hostile', 'valid'];
    for (const folder of folders) {
      for (const name of (await readdir(join(FIXTURES, folder))).filter((entry) => entry.endsWith('.json'))) {
        const { early, withEarly, without } = await loadBothWays(join(FIXTURES, folder, name));
        expect(withEarly.problems, `${folder}/${name}`).toEqual(without.problems);
        expect(withEarly.dataset, `${folder}/${name}`).toEqual(without.dataset);
        expect(early.length, `${folder}/${name}`).toBeLessThanOrEqual(1);
        // A file that loads was handed over early, and its result is that very object.
        if (withEarly.dataset) expect(early, `${folder}/${name}`).toEqual([withEarly.dataset]);
        if (withEarly.dataset) expect(withEarly.dataset).toBe(early[0]);
      }
    }
  });

  it('is handed over before a schema error is found, and then does not stand', async () => {
    // An unknown field is the schema's to refuse; the rules and the model do not look at it.
    const { early, withEarly } = await loadBothWays(join(FIXTURES, 'broken/unknown-field.json'));
    expect(withEarly.problems.some((problem) => problem.severity === 'error' && problem.rule === 'unknown-field')).toBe(true);
    expect(early).toHaveLength(1);
    expect(withEarly.dataset).toBeUndefined();
  });

  it.each([
    ['duplicate-id', 'duplicate-id'],
    ['unresolved-reference', 'unresolved-reference'],
    ['unknown-type', 'unknown-value'],
    ['url-not-http', 'url-not-http'],
  ])('is handed over before the ids and references are checked, and does not stand when they find an error (%s)', async (name, rule) => {
    // The model does not depend on these rules; they run after it is handed over, and their errors still refuse the file.
    const { early, withEarly } = await loadBothWays(join(FIXTURES, `broken/${name}.json`));
    expect(withEarly.problems.some((problem) => problem.severity === 'error' && problem.rule === rule)).toBe(true);
    expect(early).toHaveLength(1);
    expect(withEarly.dataset).toBeUndefined();
  });

  it.each(['invalid-date-nonexistent', 'end-before-date', 'missing-field'])('is not built when a check it depends on fails, or an event has no title (%s)', async (name) => {
    const { early, withEarly } = await loadBothWays(join(FIXTURES, `broken/${name}.json`));
    expect(withEarly.dataset).toBeUndefined();
    expect(early).toEqual([]);
  });

  it('is not built from a file that does not hold together as a model', async () => {
    // The rules pass over a position that is not an object (the schema's to refuse); building the model from it would throw.
    const file = JSON.parse(await readFile(join(FIXTURES, 'valid/dataset.json'), 'utf8')) as { events: { positions?: unknown }[] };
    file.events[0]!.positions = [null];
    const early: Dataset[] = [];
    const result = await loadDataset(JSON.stringify(file), { file: 'f.json', onEarlyDataset: (dataset) => { early.push(dataset); } });
    expect(early).toEqual([]);
    expect(result.dataset).toBeUndefined();
    expect(result.problems.find((problem) => problem.severity === 'error')?.path).toBe('events[0].positions[0]');
  });

  it('holds the last checks back until what it returned settles (the worker waits for the page to show the data)', async () => {
    const text = await readFile(join(FIXTURES, 'valid/dataset.json'), 'utf8');
    let release = () => {};
    const pageShown = new Promise<void>((resolve) => (release = resolve));
    let handedOver = false;
    let settled = false;
    const loading = loadDataset(text, { file: 'f.json', onEarlyDataset: () => { handedOver = true; return pageShown; } }).then((result) => {
      settled = true;
      return result;
    });
    // Macrotasks pass: the result still waits for the page.
    for (let turn = 0; turn < 5; turn++) await new Promise((next) => setTimeout(next, 0));
    expect(handedOver).toBe(true);
    expect(settled).toBe(false);
    release();
    expect((await loading).dataset).toBeDefined();
  });

  it('gives way between the last checks when asked to (the worker waits for the reader to leave the page alone), only once the dataset was handed over', async () => {
    const text = await readFile(join(FIXTURES, 'valid/dataset.json'), 'utf8');
    const waits: (() => void)[] = [];
    let settled = false;
    const loading = loadDataset(text, {
      file: 'f.json',
      onEarlyDataset: () => {},
      giveWay: () => new Promise<void>((resolve) => waits.push(resolve)),
    }).then((result) => {
      settled = true;
      return result;
    });
    // A small file's checks are one step each: the schema and the text lengths wait their turn after the ids and references.
    for (let turn = 1; turn <= 2; turn++) {
      for (let task = 0; task < 5; task++) await new Promise((next) => setTimeout(next, 0));
      expect(waits).toHaveLength(turn);
      expect(settled).toBe(false);
      waits[turn - 1]!();
    }
    const result = await loading;
    expect(result.dataset).toBeDefined();
    expect(result.problems).toEqual((await loadDataset(text, { file: 'f.json' })).problems);
    // Without an early dataset nothing gives way.
    let asked = 0;
    await loadDataset(text, { file: 'f.json', giveWay: async () => void asked++ });
    expect(asked).toBe(0);
  });
});
