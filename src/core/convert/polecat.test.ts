// POLECAT's tab-separated distribution on its fixture (invented rows under the releases'
// header row), through importText like the app and `npm run convert`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../model/types';
import { detectFormat, importText } from './index';
import { looksLikePolecat, POLECAT_COLUMNS } from './polecat';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const text = readFileSync(resolve(ROOT, 'tests/fixtures/eventdata/polecat-events.txt'), 'utf8');

async function converted() {
  const result = await importText(text, 'polecat-events.txt', { asText: true });
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  const file = JSON.parse(result.text!) as DatasetFile;
  const event = (id: string) => file.events.find((candidate) => candidate.codes?.polecat === id)!;
  const names = (ids: readonly string[]) => ids.map((id) => file.actors.find((actor) => actor.id === id)!.name);
  return { result, file, event, names };
}

describe('POLECAT tab-separated', () => {
  it('is recognised by its header row, in any column order and whatever the file is called', () => {
    expect(detectFormat(text, 'weekly.csv')).toBe('polecat');
    const [header, ...rest] = text.split('\n');
    const reordered = [header!.split('\t').reverse().join('\t'), ...rest.map((line) => line.split('\t').reverse().join('\t'))].join('\n');
    expect(looksLikePolecat(reordered)).toBe(true);
    // ICEWS's header, also tab-separated with an Event ID and Event Date, is not POLECAT's.
    expect(looksLikePolecat('Event ID\tEvent Date\tSource Name\tCAMEO Code\n')).toBe(false);
    expect(POLECAT_COLUMNS).toHaveLength(40);
  });

  it('maps CONSULT by its mode, verbal events to statements and others to their own types', async () => {
    const { event, file, names } = await converted();
    expect(event('pc-0001')).toMatchObject({ type: 'call', date: '2024-05-02', location: 'Lisbon', tags: ['diplomacy'] });
    expect(names(event('pc-0001').actors)).toEqual(['Ana Silva', 'Jon Berg']);
    expect(event('pc-0005').type).toBe('meeting');
    expect(event('pc-0003')).toMatchObject({ type: 'statement', title: 'Lea Roth → Example Ministry: Accuse' });
    expect(event('pc-0004').type).toBe('plover-assault');
    expect(file.types?.find((type) => type.id === 'plover-assault')).toMatchObject({ label: 'Assault', kind: 'act' });
    expect(event('pc-0001').codes).toEqual({ polecat: 'pc-0001', plover: 'CONSULT', 'plover-mode': 'phone', 'plover-quad': 'VERBAL COOPERATION' });
  });

  it('makes a multilateral row one meeting with every party, each under its country', async () => {
    const { event, file, names } = await converted();
    const meeting = event('pc-0002');
    expect(meeting.type).toBe('meeting');
    expect(names(meeting.actors)).toEqual(['Ana Silva', 'Jon Berg', 'Lea Roth']);
    const countries = meeting.actors.map((id) => file.countries.find((country) => country.id === file.actors.find((actor) => actor.id === id)!.country)!.name);
    expect(countries).toEqual(['Portugal', 'Norway', 'Germany']);
    expect(meeting.tags).toEqual(['diplomacy', 'economic']);
  });

  it('reports broken rows and unknown codes by row and column, and names what was not carried', async () => {
    const { result } = await converted();
    const placed = result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.path} ${problem.rule}`);
    expect(placed).toEqual(['8:2 Event Date bad-date', '9:6 Quad Code short-row', '7:3 Event Type unknown-code']);
    const report = result.report.join('\n');
    expect(report).toMatch(/^Read 8 POLECAT records: 6 events; 2 records could not be read/m);
    expect(report).toMatch(/Not carried: Intensity .* \(2: row 2, row 4\)/);
    expect(report).toMatch(/Not carried: coordinates, GeoNames ids/);
  });

  it('takes a header without one of its four key columns for a table to map, not for POLECAT', async () => {
    const bare = await importText('Event ID\tEvent Date\tEvent Type\tActor Name\n', 'x.txt');
    expect(bare.format).toBe('polecat');
    expect(bare.problems.map((problem) => problem.rule)).toEqual(['no-events']);
    const missing = await importText(text.replace('Event Type', 'Kind of event'), 'x.txt');
    expect(missing.format).toBe('unknown');
    expect(missing.table?.delimiter).toBe('\t');
  });
});
