import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildPositionsModel } from '../positions/model';
import { filterEvents } from '../view/filter';
import { EMPTY_FILTERS } from '../view/types';
import { seedLikeDataset } from '../view/testing';
import { alignmentCsv, matrixCsv } from './alignmentCsv';
import { eventsCsv, safeCell } from './eventsCsv';

const dataset = seedLikeDataset();

describe('the CSV of the events shown', () => {
  it('has one row per event shown, in order, with its fields read back unchanged', () => {
    const shown = filterEvents(dataset, { ...EMPTY_FILTERS, actors: ['trump'] });
    const rows = csvParse(eventsCsv(dataset, shown));
    expect(rows.map((r) => r.id)).toEqual(shown.map((i) => dataset.events[i]!.id));
    const call = rows.find((r) => r.id === 'trump-putin-call')!;
    const record = dataset.eventById.get('trump-putin-call')!.record;
    expect(call.date).toBe(record.date);
    expect(call.type).toBe('call');
    expect(call.actor_ids!.split('\n')).toEqual(['trump', 'putin']);
    expect(call.actors).toBe('Donald Trump\nVladimir Putin');
    expect(call.countries).toBe('United States\nRussia');
    expect(call.title).toBe(record.title);
  });

  it('writes positions in words', () => {
    const index = dataset.eventById.get('hegseth-nato-remarks')!.index;
    const [row] = csvParse(eventsCsv(dataset, [index]));
    expect(row!.positions).toMatch(/^Pete Hegseth on .+: oppose$/);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('Plain, text')).toBe('Plain, text');
  });
});

describe('the CSV of the alignment and the matrix', () => {
  const model = buildPositionsModel(dataset);
  const day = Date.UTC(2025, 1, 12);

  it('lists each actor with their side, stance and the event it comes from', () => {
    const rows = csvParse(alignmentCsv(model, dataset.topicById.get('ukraine-nato-membership')!, day, '2025-02-12'));
    const hegseth = rows.find((r) => r.actor_id === 'hegseth')!;
    expect(hegseth).toMatchObject({ side: 'against', stance: 'oppose', from_event_id: 'hegseth-nato-remarks', country: 'United States' });
    expect(rows.find((r) => r.actor_id === 'barrot')!.side).toBe('for');
  });

  it('has a row per country and per actor, a column per topic', () => {
    const rows = csvParse(matrixCsv(model, day, '2025-02-12'));
    expect(rows.columns.slice(4)).toEqual(model.topicIds.map((id) => dataset.topicById.get(id)!.label));
    expect(rows.filter((r) => r.row === 'country').map((r) => r.country)).toContain('United States');
    const nato = dataset.topicById.get('ukraine-nato-membership')!.label;
    expect(rows.find((r) => r.actor === 'Pete Hegseth')![nato]).toBe('oppose');
  });
});

describe('declared types in the exports of a researchers\' export', () => {
  it('keeps each declared type\'s id in the CSV and names it by its label in a citation', async () => {
    const { readFileSync } = await import('node:fs');
    const { importText } = await import('../convert/index');
    const { eventCitation } = await import('./citation');
    const imported = await importText(readFileSync('tests/fixtures/eventdata/icews-events.tab', 'utf8'), 'icews-events.tab');
    const icews = imported.dataset!;
    const aid = icews.eventById.get('icews-9000007')!;
    expect(aid.typeId).toBe('cameo-07');
    const [row] = csvParse(eventsCsv(icews, [aid.index]));
    expect(row!.type).toBe('cameo-07');
    const citation = eventCitation(icews, aid, 'https://example.org/#e', '2 December 2026');
    expect(citation).toContain('. Provide aid, ');
    expect(citation).not.toContain('Statement');
  });
});
