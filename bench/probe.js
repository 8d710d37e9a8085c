// @ts-check
// The benchmark's in-page probe, injected before any page script runs (Playwright
// addInitScript) into every subject: Stanceline, vis-timeline and the empty page, so all
// three are measured by exactly the same code.
//
// A step's duration runs from the input event's own timestamp (set by the browser when
// the input arrived) to the end of the frame that shows its effect: a
// requestAnimationFrame callback, registered first because this listener runs in the
// capture phase on window, followed by a MessageChannel task, which runs only after that
// frame's rendering work (the app's own rAF callbacks, style, layout, paint) is done.
// Work the page defers from that frame (a frame callback asked for during the frame, or
// a timer of one frame or less) belongs to the step too: the probe follows it for up to
// MAX_FOLLOWED_FRAMES more frames. Longer timers (work after a pause, such as recording
// a settled view) are not part of a step; they show up in whatever step they collide with.
(() => {
  const RENDERED_MARKS = ['stanceline:rendered', 'bench:rendered'];
  const RENDERED_MESSAGE = 'bench: rendered';

  /** @type {{ kind: string, start: number, end: number, frames: number }[]} */
  const steps = [];
  /** @type {number[]} */
  const longTasks = [];
  /** @type {string | null} */
  let armed = null;
  /** @type {{ mark: number, painted: number } | null} */
  let rendered = null;
  /** @type {Array<() => void>} */
  let waiters = [];

  const wake = () => {
    const pending = waiters;
    waiters = [];
    for (const waiter of pending) waiter();
  };

  const nativeRequestFrame = window.requestAnimationFrame.bind(window);
  const nativeCancelFrame = window.cancelAnimationFrame.bind(window);
  const nativeSetTimeout = window.setTimeout.bind(window);
  const nativeClearTimeout = window.clearTimeout.bind(window);
  const FRAME_MS = 17;
  const MAX_FOLLOWED_FRAMES = 4;

  // What the page has asked to run in a coming frame or within a frame's time, so a step
  // can follow work deferred out of the frame its input lands in.
  /** @type {Set<number>} */
  const pageFrames = new Set();
  /** @type {Set<number>} */
  const pageShortTimers = new Set();
  window.requestAnimationFrame = (callback) => {
    const id = nativeRequestFrame((time) => {
      pageFrames.delete(id);
      callback(time);
    });
    pageFrames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    pageFrames.delete(id);
    nativeCancelFrame(id);
  };
  window.setTimeout = /** @type {typeof window.setTimeout} */ ((handler, delay, ...args) => {
    if (typeof handler !== 'function' || !(Number(delay ?? 0) <= FRAME_MS)) return nativeSetTimeout(handler, delay, ...args);
    const id = nativeSetTimeout(() => {
      pageShortTimers.delete(id);
      handler(...args);
    }, delay);
    pageShortTimers.add(id);
    return id;
  });
  window.clearTimeout = (id) => {
    if (id !== undefined) pageShortTimers.delete(id);
    nativeClearTimeout(id);
  };

  /** Calls back at the end of the next frame. */
  const afterNextFrame = (/** @type {(time: number) => void} */ callback) => {
    nativeRequestFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  };

  /** Calls back at the end of the next frame, or of a later one while the page still has work queued for it. */
  const afterPageFrames = (/** @type {(time: number, frames: number) => void} */ callback) => {
    let frames = 0;
    const next = () =>
      afterNextFrame((end) => {
        frames++;
        if (frames <= MAX_FOLLOWED_FRAMES && (pageFrames.size > 0 || pageShortTimers.size > 0)) next();
        else callback(end, frames);
      });
    next();
  };

  const record = (/** @type {string} */ kind, /** @type {Event} */ event) => {
    const start = event.timeStamp;
    afterPageFrames((end, frames) => {
      steps.push({ kind, start, end, frames });
      wake();
    });
  };

  const options = { capture: true, passive: true };
  window.addEventListener('wheel', (event) => { if (armed === 'zoom') record('zoom', event); }, options);
  window.addEventListener('pointermove', (event) => { if (armed === 'pan' && (event.buttons & 1) === 1) record('pan', event); }, options);

  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {
    // Long-task timing is a Chromium feature; without it the figure is simply missing.
  }

  const noteRendered = (/** @type {number} */ markTime) => {
    if (rendered) return;
    afterNextFrame((painted) => {
      rendered = { mark: markTime, painted };
      // Told through the console, which the driver hears without running anything in the
      // page: evaluating in it during the load would inject Playwright's utility script,
      // about 30 ms of main-thread work (it reads the Temporal global) in the middle of the load.
      console.debug(`${RENDERED_MESSAGE} ${location.href}`);
      wake();
    });
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (RENDERED_MARKS.includes(entry.name)) noteRendered(entry.startTime);
  }).observe({ type: 'mark', buffered: true });

  /** Resolves when `test()` holds, or rejects after `timeout` ms. */
  const until = (/** @type {() => boolean} */ test, /** @type {number} */ timeout) =>
    new Promise((resolve, reject) => {
      if (test()) return resolve(undefined);
      const timer = setTimeout(() => reject(new Error(`probe: timed out after ${timeout} ms`)), timeout);
      const check = () => {
        if (test()) {
          clearTimeout(timer);
          resolve(undefined);
        } else waiters.push(check);
      };
      waiters.push(check);
    });

  Object.defineProperty(window, '__bench', {
    value: Object.freeze({
      /** Starts recording steps of one kind ('zoom' or 'pan'), or stops with null. */
      arm(/** @type {string | null} */ kind) { armed = kind; },
      stepCount() { return steps.length; },
      waitForSteps(/** @type {number} */ count, /** @type {number} */ timeout) { return until(() => steps.length >= count, timeout); },
      /** Step durations in ms, per kind. */
      durations(/** @type {string} */ kind) { return steps.filter((step) => step.kind === kind).map((step) => step.end - step.start); },
      /** Frames each step took to finish (1 unless the page deferred work to later frames), per kind. */
      frames(/** @type {string} */ kind) { return steps.filter((step) => step.kind === kind).map((step) => step.frames); },
      waitForRendered(/** @type {number} */ timeout) { return until(() => rendered !== null, timeout).then(() => rendered); },
      longTasks() { return longTasks.slice(); },
    }),
  });
})();
