// Checks of a whole file written in steps: a generator that yields between stretches of a few
// milliseconds' work. Run at once they are plain functions; the loading worker runs them giving
// way to the page's reader between steps (a check of a million events takes seconds).

/** A check in steps, ending with its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to their end at once. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, awaiting `giveWay` between them. */
export async function runGivingWay<T>(steps: Steps<T>, giveWay: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await giveWay();
  }
}
