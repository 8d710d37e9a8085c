import { useEffect, useState } from 'react';

/**
 * False until the browser has drawn the frame after the component's first render, then true.
 * For work that must not delay the chart's first frame: the chart draws in an animation frame
 * asked for in its effect, and React's deferred renders (useDeferredValue) run in a task
 * before that frame, so a large deferred render still came first (90 ms of filter counts at
 * 100,000 events). A task queued from within the next frame runs after it is drawn.
 */
export function useAfterFirstFrame(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => setDrawn(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, []);
  return drawn;
}
