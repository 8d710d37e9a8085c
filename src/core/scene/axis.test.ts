import { describe, expect, it } from 'vitest';
import { formatTick, windowContext } from './axis';

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
