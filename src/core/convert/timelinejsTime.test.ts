import { describe, expect, it, vi } from 'vitest';
import { MAX_TIME_CELL, parseTimelineJsTime } from './timelinejsTime';

/** Every string any regular expression is run on while `run` runs. */
function regexInputs(run: () => void): string[] {
  const seen: string[] = [];
  const exec = RegExp.prototype.exec;
  vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, input: string) {
    seen.push(String(input));
    return exec.call(this, input);
  });
  const test = RegExp.prototype.test;
  vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, input: string) {
    seen.push(String(input));
    return test.call(this, input);
  });
  try {
    run();
  } finally {
    vi.restoreAllMocks();
  }
  return seen;
}

describe('parseTimelineJsTime', () => {
  it('reads AM/PM in every spelling TimelineJS takes', () => {
    expect(parseTimelineJsTime('2:15 PM')).toEqual({ hour: 14, minute: 15 });
    expect(parseTimelineJsTime('2:15pm')).toEqual({ hour: 14, minute: 15 });
    expect(parseTimelineJsTime(' 12:05 a.m. ')).toEqual({ hour: 0, minute: 5 });
    expect(parseTimelineJsTime('12 P.M')).toEqual({ hour: 12 });
    expect(parseTimelineJsTime('13:00 pm')).toHaveProperty('error');
    expect(parseTimelineJsTime('10:30 m')).toHaveProperty('error');
  });

  // The old pattern /\s*([AaPp])\.?[Mm]\.?\s*$/ retried from every space of a long run:
  // quadratic. Work is now bounded by the input's size: no pattern ever sees more than
  // MAX_TIME_CELL characters, whatever the cell's length.
  it('runs no pattern on more than MAX_TIME_CELL characters, however long the cell', () => {
    const hostile = [
      `1${' '.repeat(100_000)}x`,
      `1${' '.repeat(100_000)}pm`,
      `${'1'.repeat(100_000)} am`,
      `${'\t'.repeat(50_000)}p${' '.repeat(50_000)}`,
      `10:30:${'5'.repeat(100_000)}`,
    ];
    // The spy sees what the parser matches: a real time goes through its patterns.
    expect(regexInputs(() => parseTimelineJsTime('10:30 pm'))).toContain('10:30');
    for (const cell of hostile) {
      let result: ReturnType<typeof parseTimelineJsTime> | undefined;
      const inputs = regexInputs(() => {
        result = parseTimelineJsTime(cell);
      });
      expect(result).toHaveProperty('error');
      expect(inputs.reduce((longest, input) => Math.max(longest, input.length), 0)).toBeLessThanOrEqual(MAX_TIME_CELL);
    }
  });

  it('names an over-long cell by its start and length, not in full', () => {
    const result = parseTimelineJsTime(`10:30${' '.repeat(10_000)}!`);
    expect(result).toHaveProperty('error');
    const message = (result as { error: string }).error;
    expect(message).toContain('(10006 characters)');
    expect(message.length).toBeLessThan(200);
  });

  it('still reads the longest real times, at the cap', () => {
    expect(parseTimelineJsTime('10:30:15.123456 p.m.')).toEqual({ hour: 22, minute: 30, second: 15, millisecond: 123 });
  });
});
