import { describe, expect, it } from 'vitest';
import { MAX_DATA_BYTES } from './limits';
import { locateData, refuseLocalFile } from './location';

describe('refuseLocalFile', () => {
  it('accepts .json and .csv files whatever case the extension is in', () => {
    expect(refuseLocalFile({ name: 'events.json', type: 'application/json', size: 2000 })).toBeNull();
    expect(refuseLocalFile({ name: 'Events.CSV', type: '', size: 10 })).toBeNull();
    expect(refuseLocalFile({ name: 'timeline.Json', type: '', size: 0 })).toBeNull();
    // Event-data exports: ICEWS from Dataverse (.tab), GDELT (.export.CSV), PLOVER as JSON lines.
    expect(refuseLocalFile({ name: 'events.2015.20170206133646.tab', type: '', size: 10 })).toBeNull();
    expect(refuseLocalFile({ name: '20240305120000.export.CSV', type: '', size: 10 })).toBeNull();
    expect(refuseLocalFile({ name: 'polecat.jsonl', type: '', size: 10 })).toBeNull();
  });

  it('accepts a file without a data extension when the browser knows it is JSON or CSV', () => {
    expect(refuseLocalFile({ name: 'export', type: 'text/csv', size: 10 })).toBeNull();
  });

  it('refuses other kinds of file, naming the file and what it seems to be', () => {
    expect(refuseLocalFile({ name: 'chart.png', type: 'image/png', size: 10 })).toBe(
      'chart.png (image/png) is not a data file Stanceline can open: choose a .json file (Stanceline or TimelineJS3), a .csv or .parquet events sheet, or an event-data export (ICEWS .tab or .tsv, GDELT .CSV, ACLED .csv, POLECAT .txt, PLOVER .jsonl or .json).',
    );
    expect(refuseLocalFile({ name: 'notes.rtf', type: '', size: 10 })).toMatch(/^notes\.rtf \(a \.rtf file\) is not a data file/);
    // POLECAT's exports are .txt: opened, and told apart by content.
    expect(refuseLocalFile({ name: 'polecat-2024.txt', type: 'text/plain', size: 10 })).toBeNull();
    expect(refuseLocalFile({ name: 'README', type: '', size: 10 })).toMatch(/^README is not a data file/);
    // A name that only contains ".json" is not a JSON file.
    expect(refuseLocalFile({ name: 'events.json.exe', type: '', size: 10 })).toMatch(/\(a \.exe file\)/);
  });

  it('refuses a file over the size limit before reading it, with the sizes', () => {
    expect(refuseLocalFile({ name: 'big.json', type: '', size: MAX_DATA_BYTES })).toBeNull();
    expect(refuseLocalFile({ name: 'big.json', type: '', size: MAX_DATA_BYTES + 1 })).toBe(
      'big.json is 100 MB, over the 100 MB Stanceline reads, so it was not opened. Split it into smaller files (for example one per year or per country).',
    );
    expect(refuseLocalFile({ name: 'huge.csv', type: 'text/csv', size: 250 * 1024 * 1024 })).toMatch(/^huge\.csv is 250 MB, over the 100 MB/);
  });
});

describe('locateData', () => {
  it('reads the default file, a relative path and an http(s) address, and refuses other schemes', () => {
    expect(locateData(null, 'https://example.org/app/')).toEqual({ url: 'https://example.org/app/data/events.json', file: 'data/events.json' });
    expect(locateData('more/x.csv', 'https://example.org/app/')).toEqual({ url: 'https://example.org/app/more/x.csv', file: 'more/x.csv' });
    expect(locateData('blob:https://example.org/1234', 'https://example.org/app/')).toHaveProperty('refused');
    expect(locateData('javascript:alert(1)', 'https://example.org/app/')).toHaveProperty('refused');
  });
});
