import { describe, expect, it } from 'vitest';
import { ReaderQuiet } from './readerQuiet';

/** A clock the test moves, and a sleep that moves it. */
function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return {
    now: () => now,
    advance: (ms: number) => (now += ms),
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    slept,
  };
}

describe('waiting for the reader to leave the page alone', () => {
  it('does not wait when no input was heard', async () => {
    const time = fakeTime();
    await new ReaderQuiet(300, time.now, time.sleep).quiet();
    expect(time.slept).toEqual([]);
  });

  it('waits out the rest of the quiet after the last input, and again if input comes meanwhile', async () => {
    const time = fakeTime();
    const quiet = new ReaderQuiet(300, time.now, time.sleep);
    quiet.heardInput();
    time.advance(100);
    await quiet.quiet();
    expect(time.slept).toEqual([200]);
    expect(time.now()).toBe(300);

    let heardAgain = false;
    const sleeping = new ReaderQuiet(300, time.now, async (ms) => {
      time.slept.push(ms);
      time.advance(ms);
      // Input while it waits: it waits again, from that input.
      if (!heardAgain) {
        heardAgain = true;
        time.advance(-50);
        sleeping.heardInput();
        time.advance(50);
      }
    });
    sleeping.heardInput();
    await sleeping.quiet();
    expect(time.slept.slice(1)).toEqual([300, 250]);
  });
});
