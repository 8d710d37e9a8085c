import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html';
import { parseTimelineJsTime, timelineJsCsvToDataset, timelineJsJsonToDataset } from './timelinejs';
import { validateConversion } from './validate';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/convert');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
const fromJson = (name: string) => timelineJsJsonToDataset(fixture(name), name);

function eventById(result: ReturnType<typeof fromJson>, id: string) {
  const event = result.file?.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in ${result.file?.events.map((e) => e.id).join(', ')}`);
  return event;
}

describe('TimelineJS3 JSON import', () => {
  it('keeps each date at the precision given: year, year and month, day, even when parts are strings or empty strings', () => {
    const eras = fromJson('timelinejs-eras.json');
    expect(eras.file?.events.map((event) => [event.date, event.end])).toEqual([
      ['0602', '0629'], ['0622-08-09', '0622-08-23'], ['0632-06-08', undefined], ['0632-06-08', undefined],
    ]);
    const groups = fromJson('timelinejs-groups.json');
    expect(eventById(groups, 'easy-timeline-2').date).toBe('1851');
    expect(eventById(groups, 'blockquote')).toMatchObject({ date: '1950-02-07', end: '1955' });
  });

  it('writes BCE years as ISO 8601 astronomical years (TimelineJS -500 is 500 BCE, ISO -0499) and says so in dateNote', () => {
    const result = fromJson('timelinejs-bce.json');
    const span = eventById(result, 'from-500-bce-to-the-ides-of-march');
    expect(span).toMatchObject({ date: '-0499-03', end: '-0043-03-15' });
    expect(span.dateNote).toContain('TimelineJS year -500 (500 BCE) is written -0499 in ISO 8601, where year 0000 is 1 BCE.');
    expect(eventById(result, 'geological-timeline-test').date).toBe('-5409');
    expect(eventById(result, '1-bce').date).toBe('0000');
    expect(eventById(result, 'timelinejs-year-zero').dateNote).toMatch(/year 0 .* read as 1 BCE/);
    expect(eventById(result, 'far-future').date).toBe('+12022');
  });

  it('refuses a year beyond what Stanceline draws, naming its line and column, and keeps the other events', () => {
    const result = fromJson('timelinejs-bce.json');
    expect(result.problems).toEqual([expect.objectContaining({
      severity: 'error', rule: 'timelinejs-year-out-of-range', file: 'timelinejs-bce.json', line: 28, column: 31, path: 'events[5].start_date.year',
    })]);
    expect(result.file?.events).toHaveLength(5);
  });

  it('reads times as UTC, writes an hour alone as hh:00, and says both in dateNote', () => {
    const result = fromJson('timelinejs-groups.json');
    const timed = eventById(result, 'easy-timeline');
    expect(timed.date).toBe('2025-02-12T10:30');
    expect(timed.dateNote).toContain('without a time zone; it is read as UTC.');
    const hourOnly = eventById(result, 'hour-only-no-group');
    expect(hourOnly.date).toBe('2025-02-13T09:00');
    expect(hourOnly.dateNote).toContain('hour only');
    expect(result.report.join('\n')).toMatch(/Milliseconds are not carried .*hour-only-no-group/);
  });

  it('keeps display_date (of the event and of its date) in dateNote', () => {
    const timed = eventById(fromJson('timelinejs-groups.json'), 'easy-timeline');
    expect(timed.dateNote).toContain('Shown in TimelineJS as "12 February 2025, 10:30".');
    expect(timed.dateNote).toContain('Shown in TimelineJS as "Wednesday morning".');
  });

  it('warns about a day without a month and keeps only the year', () => {
    const result = fromJson('timelinejs-groups.json');
    const untitled = result.file!.events.at(-1)!;
    expect(untitled.date).toBe('2025');
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', rule: 'timelinejs-day-without-month', path: 'events[4].start_date.day' })]);
  });

  it('makes one actor per group, and one "ungrouped" actor for events without a group, each a statement', () => {
    const result = fromJson('timelinejs-groups.json');
    expect(result.file?.actors).toEqual([{ id: 'hello', name: 'Hello' }, { id: 'goodbye', name: 'Goodbye' }, { id: 'ungrouped', name: 'Ungrouped' }]);
    expect(result.file?.events.map((event) => event.actors)).toEqual([['hello'], ['goodbye'], ['hello'], ['ungrouped'], ['ungrouped']]);
    expect(new Set(result.file?.events.map((event) => event.type))).toEqual(new Set(['statement']));
    expect(result.report.join('\n')).toMatch(/2 groups became actors/);
  });

  it('keeps valid unique_ids as they are, slugifies the others and deduplicates ids made from headlines', () => {
    const groups = fromJson('timelinejs-groups.json');
    expect(groups.file?.events.map((event) => event.id)).toEqual(['easy-timeline-2', 'blockquote', 'easy-timeline', 'hour-only-no-group', 'event-5']);
    expect(groups.report.join('\n')).toContain('"Easy Timeline!" → "easy-timeline-2"');
    expect(fromJson('timelinejs-eras.json').file?.events.slice(2).map((event) => event.id)).toEqual(['accession-of-abu-bakr', 'accession-of-abu-bakr-2']);
  });

  it('turns HTML text into plain text: no tags, no script, entities decoded once, paragraphs and line breaks kept', () => {
    const result = fromJson('timelinejs-groups.json');
    expect(eventById(result, 'blockquote').summary).toBe('This is an example of a blockquote.\n<blockquote>\u201c Just use html blockquotes.\u201d</blockquote>');
    expect(eventById(result, 'easy-timeline-2').summary).toBe('Copy our template and use our generator tool.\nThen embed it.');
    expect(eventById(result, 'hour-only-no-group').summary).toBe('x < y and bold');
    expect(result.file?.title).toBe('Welcome to TimelineJS & groups');
    expect(result.file?.description).toBe('Two groups, some without one.\n\nSecond paragraph.');
  });

  it('titles an event without a headline from its text', () => {
    expect(fromJson('timelinejs-groups.json').file?.events.at(-1)?.title).toBe('No headline here. The text gives the title.');
  });

  it('turns http(s) media into sources (shared when the URL repeats) and reports other media as not carried', () => {
    const eras = fromJson('timelinejs-eras.json');
    expect(eras.file?.sources.map((source) => source.url)).toEqual([
      'https://en.wikipedia.org/wiki/Byzantine%E2%80%93Sasanian_War_of_602%E2%80%93628', 'https://en.wikipedia.org/wiki/Hijrah',
    ]);
    expect(eras.file?.events[3]?.sources).toEqual(eras.file?.events[1]?.sources);
    const groups = fromJson('timelinejs-groups.json');
    expect(groups.file?.sources).toEqual([{ id: 'easy-timeline-2-media', title: 'Screenshot', publisher: 'Knight Lab', url: 'http://timeline.knightlab.com/static/welcome/step3.png' }]);
    expect(groups.report.join('\n')).toMatch(/Media that is not an http\(s\) link .*"blockquote"/);
  });

  it('carries eras over as periods, and reports backgrounds, unknown fields and title media as not carried', () => {
    const converted = fromJson('timelinejs-eras.json');
    expect(converted.file?.periods).toEqual([
      { label: 'First half', start: '0600', end: '0650' },
      { label: 'Tang dynasty', start: '0618-06-18', end: '0907-06-01' },
    ]);
    const eras = converted.report.join('\n');
    expect(eras).toContain('2 eras carried over as periods: "First half" (0600–0650), "Tang dynasty" (0618-06-18–0907-06-01).');
    expect(eras).toMatch(/Event field "background" is not carried \(1: "last-great-roman-persian-war"\)/);
    expect(eras).toMatch(/Title slide field "media" is not carried/);
    const bce = fromJson('timelinejs-bce.json').report.join('\n');
    expect(bce).toMatch(/Event field "type" is not carried/);
    expect(bce).not.toMatch(/uniqueid/); // empty: nothing was lost
  });

  it('refuses the cosmological scale with a clear message', () => {
    const result = fromJson('timelinejs-cosmological.json');
    expect(result.file).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'timelinejs-cosmological', line: 2, path: 'scale' })]);
    expect(result.problems[0]?.message).toMatch(/cosmological scale .* cannot be imported/);
  });

  it('produces files the loader accepts, with only "no source" warnings pointing back into the TimelineJS file', async () => {
    for (const name of ['timelinejs-eras.json', 'timelinejs-groups.json']) {
      const validated = await validateConversion(fromJson(name), { file: 'out.json' });
      expect(validated.dataset).toBeDefined();
      const loaderProblems = validated.problems.filter((problem) => problem.rule !== 'timelinejs-day-without-month');
      expect(new Set(loaderProblems.map((problem) => problem.rule))).toEqual(new Set(['event-without-source']));
      for (const problem of loaderProblems) expect(problem.file).toBe(name);
    }
  });

  it('reports a month that does not exist at its line and leaves the event out', () => {
    const text = '{"events": [\n{"start_date": {"year": 2020, "month": 13}, "text": {"headline": "A"}},\n{"start_date": {"year": 2020, "month": 2, "day": 30}, "text": {"headline": "B"}}]}';
    const result = timelineJsJsonToDataset(text, 'bad.json');
    expect(result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}`)).toEqual([
      '2:40 events[0].start_date.month', '3:50 events[1].start_date.day',
    ]);
    expect(result.problems[1]?.message).toBe('Day 30 does not exist in month 2 of 2020. The event was not carried over.');
    expect(result.file?.events).toEqual([]);
  });
});

describe('TimelineJS3 spreadsheet CSV import', () => {
  const result = timelineJsCsvToDataset(fixture('timelinejs-template.csv'), 'timelinejs-template.csv');

  it('takes the title row as the title, era rows as eras and the other rows as events', () => {
    expect(result.file?.title).toBe('Women in computing');
    expect(result.file?.description).toBe("A sample timeline, after TimelineJS's own template.");
    expect(result.file?.events.map((event) => event.id)).toEqual(['ada-lovelace', 'and-the-women-who-made-it-work', 'rozsa-peter-writes-recursion', 'landing']);
    expect(result.file?.periods?.map((period) => period.label)).toEqual(['The forties']);
    expect(result.report.join('\n')).toContain('1 era carried over as a period: "The forties"');
  });

  it('reads years with thousands separators, missing months, quoted multi-line text, groups and 12-hour times', () => {
    const [ada, eniac, rozsa, landing] = result.file!.events;
    expect(ada).toMatchObject({ date: '1815-12-10', end: '1852-11-27', actors: ['pioneers'] });
    expect(eniac).toMatchObject({ date: '1943-07', end: '1946', actors: ['eniac'] });
    expect(eniac?.summary).toBe('The ENIAC programmers included Frances Elizabeth "Betty" Holberton.\n\nA line break inside the cell.');
    expect(rozsa).toMatchObject({ date: '1951', title: 'Rózsa Péter writes recursion' });
    expect(landing).toMatchObject({ date: '1969-07-20T20:17', actors: ['ungrouped'] });
    expect(landing?.dateNote).toContain('Shown in TimelineJS as "Evening of 20 July 1969".');
  });

  it('points a bad time at its row and column and leaves the row out', () => {
    expect(result.problems).toEqual([expect.objectContaining({
      severity: 'error', file: 'timelinejs-template.csv', line: 7, column: 4, path: 'Time',
    })]);
  });

  it('refuses a CSV whose header is not TimelineJS\'s', () => {
    const refused = timelineJsCsvToDataset('When,What\n2020,x\n', 'x.csv');
    expect(refused.file).toBeUndefined();
    expect(refused.problems[0]?.rule).toBe('timelinejs-csv-header');
  });

  it('reads times as TimelineJS does', () => {
    expect(parseTimelineJsTime('10:30')).toEqual({ hour: 10, minute: 30 });
    expect(parseTimelineJsTime('1030')).toEqual({ hour: 10, minute: 30 });
    expect(parseTimelineJsTime('12:05 a.m.')).toEqual({ hour: 0, minute: 5 });
    expect(parseTimelineJsTime('10:30:15.5')).toEqual({ hour: 10, minute: 30, second: 15, millisecond: 500 });
    expect(parseTimelineJsTime('noon')).toHaveProperty('error');
  });
});

describe('HTML to plain text', () => {
  it('drops tags, comments and script contents, and keeps text with "<" that is not a tag', () => {
    expect(htmlToText('<p>a <!-- hidden --> b</p><script>x()</script><p title="a>b">c &lt; d</p>').text).toBe('a b\n\nc < d');
  });

  it('decodes named and numeric entities once and leaves unknown ones as written', () => {
    expect(htmlToText('&amp;lt; &#8212; &#x2014; &eacute; &nosuch;').text).toBe('&lt; — — é &nosuch;');
    // Any of HTML's 2,231 names, not a hand-picked few; references need their ";".
    expect(htmlToText('&hearts; &Zcaron;ebrák &NotNestedGreaterGreater; AT&T &copy2025').text).toBe('\u2665 \u017debrák \u2aa2\u0338 AT&T &copy2025');
    expect(htmlToText('&#0; &#xD800;').text).toBe('\ufffd \ufffd');
  });

  it('counts links reduced to their words', () => {
    expect(htmlToText('<a href="https://x">one</a> and <A HREF=\'y\'>two</A>')).toEqual({ text: 'one and two', links: 2, hadMarkup: true });
  });
});
