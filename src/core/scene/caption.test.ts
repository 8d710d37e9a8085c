import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../view/types';
import { citationLine, filterLine, windowCaption, withoutBidiControls } from './caption';
import { longDateWithoutWeekday as formatFullDay } from '../time/format';
import { loadLanguage } from '../i18n/load';
import { ENGLISH, matchLanguage } from '../i18n/languages';
import { currentDates } from '../i18n/translate';
import { wrapHard } from './picture';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('windowCaption', () => {
  it('says a whole year, years, months and days as they are, the end being exclusive', () => {
    // The defect: a 2021 window was captioned "2020–2022".
    expect(windowCaption([day(2021, 1, 1), day(2022, 1, 1)])).toBe('2021');
    expect(windowCaption([day(2019, 1, 1), day(2022, 1, 1)])).toBe('2019–2021');
    expect(windowCaption([day(2025, 2, 1), day(2025, 3, 1)])).toBe('Feb 2025');
    expect(windowCaption([day(2024, 11, 1), day(2025, 3, 1)])).toBe('Nov 2024 – Feb 2025');
    expect(windowCaption([day(2025, 2, 10), day(2025, 2, 18)])).toBe('10 Feb 2025 – 17 Feb 2025');
    expect(windowCaption([day(2025, 2, 12), day(2025, 2, 13)])).toBe('12 Feb 2025');
    expect(windowCaption([day(2025, 2, 12) + 9 * 3_600_000, day(2025, 2, 12) + 17.5 * 3_600_000])).toBe('12 Feb 2025, 09:00 – 12 Feb 2025, 17:30 UTC');
    // A fitted window with margins is told to the day, not rounded out to years.
    expect(windowCaption([day(2020, 12, 14), day(2022, 1, 19)])).toBe('14 Dec 2020 – 18 Jan 2022');
  });
});

describe('filterLine', () => {
  const dataset = {
    types: [{ id: 'summit', label: 'Summit', kind: 'meeting' as const }],
    countryById: new Map([
      ['US', { id: 'US', name: 'United States' }],
      ['GB', { id: 'GB', name: 'United Kingdom' }],
    ]),
    actorById: new Map([['trump', { id: 'trump', name: 'Donald Trump', countryId: 'US' }]]),
    topicById: new Map([['nato', { id: 'nato', label: 'Ukraine in NATO', support: 'join', oppose: 'not join' }]]),
  } as unknown as Parameters<typeof filterLine>[1];

  it('is null when no filter is on', () => {
    expect(filterLine({ filters: EMPTY_FILTERS, search: '' }, dataset)).toBeNull();
  });

  it('names every active filter: types, countries and actors with all of / any of, topic, stance, dates and search', () => {
    const line = filterLine(
      {
        filters: { ...EMPTY_FILTERS, types: ['call', 'summit'], countries: ['US', 'GB'], countriesMatch: 'all', actors: ['trump'], topics: ['nato'], stances: ['oppose', 'lean-oppose'], from: '2021', to: '2021' },
        search: 'Putin',
        onlyMatches: true,
      },
      dataset,
    );
    expect(line).toBe(
      'Filters: types: call and Summit; countries: all of United States and United Kingdom; actor: Donald Trump; topic: Ukraine in NATO; stances: oppose and lean oppose; dates: from 2021 to 2021; search “Putin” (only matches shown)',
    );
    const anyOf = filterLine({ filters: { ...EMPTY_FILTERS, countries: ['US', 'GB'] }, search: 'x' }, dataset);
    expect(anyOf).toBe('Filters: countries: any of United States and United Kingdom; search “x” (matches highlighted)');
  });

  it('drops bidi controls from the data it quotes', () => {
    expect(filterLine({ filters: EMPTY_FILTERS, search: '\u202eevil\u2069' }, dataset)).toBe('Filters: search “evil” (matches highlighted)');
    expect(withoutBidiControls('\u2068a\u2069\u200eb')).toBe('ab');
  });
});

describe('citationLine', () => {
  it('gives the dataset, the link to the view and the date of access', () => {
    expect(citationLine('AP Brussels', 'https://example.org/?from=2021', day(2026, 12, 2) + 5_000_000)).toBe(
      'Cite as: AP Brussels. Stanceline, https://example.org/?from=2021 (accessed 2 December 2026).',
    );
  });
});

describe('in another language', () => {
  afterEach(async () => {
    await loadLanguage(ENGLISH);
  });

  it('says the window, the filters and the citation in French, with French dates', async () => {
    await loadLanguage(matchLanguage('fr')!);
    const dates = currentDates();
    expect(windowCaption([day(2025, 2, 1), day(2025, 3, 1)], dates)).toBe('févr. 2025');
    expect(windowCaption([day(2025, 2, 10), day(2025, 2, 18)], dates)).toBe('10 févr. 2025 – 17 févr. 2025');
    const dataset = {
      types: [],
      countryById: new Map([
        ['US', { id: 'US', name: 'United States' }],
        ['GB', { id: 'GB', name: 'United Kingdom' }],
      ]),
      actorById: new Map(),
      topicById: new Map(),
    } as unknown as Parameters<typeof filterLine>[1];
    expect(filterLine({ filters: { ...EMPTY_FILTERS, types: ['call'], countries: ['US', 'GB'], countriesMatch: 'all' }, search: 'Putin', onlyMatches: true }, dataset)).toBe(
      'Filtres\u00a0: type\u00a0: appel\u00a0; pays\u00a0: à la fois United States et United Kingdom\u00a0; recherche «\u00a0Putin\u00a0» (seuls les résultats sont affichés)',
    );
    expect(citationLine('AP Brussels', 'https://example.org/', day(2026, 12, 2), dates)).toBe('Citer ainsi\u00a0: AP Brussels. Stanceline, https://example.org/ (consulté le 2 décembre 2026).');
  });

  it('writes a day of access in full, without its weekday, in each language', async () => {
    const at = day(2026, 12, 2);
    expect(formatFullDay(at)).toBe('2 December 2026');
    await loadLanguage(matchLanguage('de')!);
    expect(formatFullDay(at, currentDates())).toBe('2. Dezember 2026');
    await loadLanguage(matchLanguage('es')!);
    expect(formatFullDay(at, currentDates())).toBe('2 de diciembre de 2026');
    await loadLanguage(matchLanguage('uk')!);
    expect(formatFullDay(at, currentDates())).toBe('2 грудня 2026');
  });
});

describe('wrapHard', () => {
  it('breaks at spaces but never at a no-break space, which it keeps', () => {
    const measure = (text: string) => text.length;
    expect(wrapHard('Filtres\u00a0: type\u00a0: appel', 10, measure, 3)).toEqual(['Filtres\u00a0:', 'type\u00a0:', 'appel']);
  });
});
