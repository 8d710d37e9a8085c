// Datasets that declare event types beyond statement, call and meeting.
import { describe, expect, it } from 'vitest';
import { loadDataset } from './index';

const file = (types: unknown, eventType: string) => JSON.stringify({
  version: 1,
  title: 'Declared types',
  sources: [{ id: 's', title: 'S' }],
  countries: [],
  actors: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  topics: [],
  types,
  events: [{ id: 'e', type: eventType, date: '2024-03-01', actors: ['a', 'b'], title: 'E', sources: ['s'] }],
}, null, 2);

describe('declared event types', () => {
  it('loads an event of a declared type, keeping its id and the built-in look it is drawn like', async () => {
    const result = await loadDataset(file([{ id: 'cameo-19', label: 'Fight', kind: 'interaction' }, { id: 'cameo-18', label: 'Assault', kind: 'act' }], 'cameo-19'), { file: 'd.json' });
    expect(result.problems).toEqual([]);
    const event = result.dataset!.events[0]!;
    expect(event).toMatchObject({ typeId: 'cameo-19', type: 'meeting' });
    expect(result.dataset!.typeById.get('cameo-18')).toMatchObject({ label: 'Assault', kind: 'act' });
    const act = await loadDataset(file([{ id: 'cameo-18', label: 'Assault', kind: 'act' }], 'cameo-18'), { file: 'd.json' });
    expect(act.dataset!.events[0]).toMatchObject({ typeId: 'cameo-18', type: 'statement' });
  });

  it('names an undeclared type where it is, with the nearest declared one', async () => {
    const result = await loadDataset(file([{ id: 'cameo-18', label: 'Assault', kind: 'act' }], 'cameo-81'), { file: 'd.json' });
    expect(result.dataset).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'unknown-value', path: 'events[0].type', line: 32, column: 15, message: expect.stringMatching(/Unknown type "cameo-81" \(did you mean "cameo-18"\?\).*declared in "types" \("cameo-18"\)/) })]);
  });

  it('refuses a declared type that repeats a built-in or another declared id, or lacks its kind', async () => {
    const repeated = await loadDataset(file([{ id: 'call', label: 'Call', kind: 'interaction' }, { id: 'x', label: 'X', kind: 'act' }, { id: 'x', label: 'X again', kind: 'act' }], 'x'), { file: 'd.json' });
    expect(repeated.problems.map((problem) => `${problem.rule} ${problem.path}`)).toEqual(['built-in-type-declared types[0].id', 'duplicate-id types[2].id']);
    const noKind = await loadDataset(file([{ id: 'x', label: 'X' }], 'x'), { file: 'd.json' });
    expect(noKind.problems).toEqual([expect.objectContaining({ rule: 'missing-field', path: 'types[0]' })]);
  });
});
