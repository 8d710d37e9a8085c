import { describe, expect, it } from 'vitest';
import { axisTicks, formatTick, TICK_SPACING_PX, windowContext } from './axis';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('formatTick', () => {
  it('writes years for yearly and decade ticks', () => {
    expect(formatTick(Date.UTC(2025, 0, 1), 365 * DAY)).toBe('2025');
    expect(formatTick(Date.UTC(2020, 0, 1), 3652 * DAY)).toBe('2020');
  });
  it('writes month and year for monthly ticks', () => {
    expect(formatTick(Date.UTC(2025, 1, 1), 31 * DAY)).toBe('Feb 2025');
  });
  it('writes day and month for daily ticks, in UTC whatever the local zone', () => {
    expect(formatTick(Date.UTC(2025, 1, 12), DAY)).toBe('12 Feb');
  });
  it('writes hours and minutes for hourly ticks, and the day at midnight', () => {
    expect(formatTick(Date.UTC(2025, 1, 12, 10, 30), HOUR / 2)).toBe('10:30');
    expect(formatTick(Date.UTC(2025, 1, 12), 3 * HOUR)).toBe('12 Feb');
  });
  it('writes years before the common era with BCE', () => {
    const date = new Date(0);
    date.setUTCFullYear(-43, 0, 1);
    expect(formatTick(date.getTime(), 365 * DAY)).toBe('44 BCE');
  });
});

describe('windowContext', () => {
  it('names the year span of a long window and the months of a short one', () => {
    expect(windowContext(Date.UTC(2020, 0, 1), Date.UTC(2025, 5, 1))).toBe('2020–2025');
    expect(windowContext(Date.UTC(2025, 1, 3), Date.UTC(2025, 1, 20))).toBe('Feb 2025');
    expect(windowContext(Date.UTC(2025, 1, 3), Date.UTC(2025, 2, 20))).toBe('Feb–Mar 2025');
  });
});

describe('ticks a week apart start the week where the language does', () => {
  const window: [number, number] = [Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 15)];
  const weekdays = async (code: string) => {
    const { fetchLanguage } = await import('../i18n/load');
    const { matchLanguage, ENGLISH } = await import('../i18n/languages');
    const { dates } = await fetchLanguage(matchLanguage(code) ?? ENGLISH);
    const ticks = axisTicks(window, 600, TICK_SPACING_PX, dates);
    expect(ticks.length).toBeGreaterThan(3);
    // A week apart: the window of six weeks is drawn at week granularity.
    expect(ticks[1]!.time - ticks[0]!.time).toBe(7 * 86_400_000);
    return new Set(ticks.map((tick) => new Date(tick.time).getUTCDay()));
  };

  it('on Sunday in English (d3’s own weeks), Monday in French, German, Ukrainian and Russian, Saturday in Arabic', async () => {
    expect(await weekdays('en')).toEqual(new Set([0]));
    for (const code of ['fr', 'de', 'es', 'uk', 'ru']) expect(await weekdays(code), code).toEqual(new Set([1]));
    expect(await weekdays('ar')).toEqual(new Set([6]));
  });

  it('leaves ticks of other steps alone', async () => {
    const { fetchLanguage } = await import('../i18n/load');
    const { matchLanguage } = await import('../i18n/languages');
    const { dates } = await fetchLanguage(matchLanguage('fr')!);
    const year: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
    expect(axisTicks(year, 600, TICK_SPACING_PX, dates).map((tick) => tick.time)).toEqual(axisTicks(year, 600).map((tick) => tick.time));
  });
});

describe('ticks and the width of their labels', () => {
  const twelveDays: [number, number] = [Date.UTC(2025, 1, 8), Date.UTC(2025, 1, 20)];
  const width = 900;

  it('are as d3 chooses them when every label fits between two ticks', () => {
    const narrow = (text: string) => text.length * 5;
    expect(axisTicks(twelveDays, width, TICK_SPACING_PX, undefined, narrow)).toEqual(axisTicks(twelveDays, width));
  });

  it('thin out until the widest label fits between two, calendar steps kept', () => {
    // Labels about 130 px wide, as long day names are in some languages.
    const wide = () => 130;
    const every = axisTicks(twelveDays, width);
    const thinned = axisTicks(twelveDays, width, TICK_SPACING_PX, undefined, wide);
    expect(thinned.length).toBeLessThan(every.length);
    expect(thinned.length).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < thinned.length; k++) expect(thinned[k]!.x - thinned[k - 1]!.x).toBeGreaterThanOrEqual(130 + 12);
    // Whole days still: d3's calendar steps, not arbitrary instants.
    for (const tick of thinned) expect(tick.time % DAY).toBe(0);
  });

  it('keep at least the few ticks d3 gives when nothing would fit', () => {
    const huge = () => 5000;
    expect(axisTicks(twelveDays, width, TICK_SPACING_PX, undefined, huge).length).toBeGreaterThanOrEqual(2);
  });
});
