// The editor refuses a file that was imported rather than stored as Stanceline JSON, and
// says how to convert it: with `--mapping` too, for a table read through the column mapping.
import { describe, expect, it } from 'vitest';
import { EditSession } from './session';

async function failureFor(name: string, text: string): Promise<string> {
  const session = new EditSession({ kind: 'computer', file: new File([text], name) });
  const failure = await new Promise<string>((resolve) => {
    const check = () => {
      const { phase, failure: message } = session.getSnapshot();
      if (phase === 'failed' && message) resolve(message);
    };
    session.subscribe(check);
    check();
  });
  return failure;
}

describe('opening an imported file for editing', () => {
  it('names both conversions: plain, and through the saved column mapping', async () => {
    const message = await failureFor('my-log.csv', 'When,Who,What\n2025-02-12,Ana,Spoke\n');
    expect(message).toContain('my-log.csv is not a Stanceline JSON file as stored');
    expect(message).toContain('npm run convert -- my-log.csv --out data/converted.json');
    expect(message).toContain('npm run convert -- --mapping my-log.mapping.json my-log.csv --out data/converted.json');
  });

  it('mentions researchers’ exports among what may have been imported', async () => {
    const message = await failureFor('events.2015.tab', 'Event ID\tEvent Date\n');
    expect(message).toMatch(/event-data export/);
    expect(message).toContain('--mapping events.2015.mapping.json');
  });
});
