// Playing a story: its place lives in the address (`story=ID&step=N`, read by
// core/story/link.ts), so every step is a link, Back and Forward step through it, and
// panning or filtering during a story keeps it (the view's own parameters change, the
// story's do not). Moving to a step sets the whole view through the store; the window
// glides there in a few frames unless the reader prefers reduced motion.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ViewStore } from '../../core/view/store';
import type { Dataset } from '../../core/model/types';
import { findStory, readStoryLink, stepView, storySearchString } from '../../core/story/link';
import type { StoryPosition } from '../../core/story/link';
import { windowBetween } from '../../core/story/tween';
import { setWindow } from '../../core/view/actions';
import { parseParams } from '../../core/view/url';
import type { ViewState } from '../../core/view/types';

/** Long enough to follow, short enough not to wait for. */
const GLIDE_MS = 360;
/** Each frame rewrites the address (replaceState), which browsers throttle: a few frames suffice. */
const GLIDE_FRAME_MS = 45;

export interface StoryControls {
  /** The step on screen, or null in free exploration. */
  position: StoryPosition | null;
  /** Why a story link could not be followed, until dismissed. */
  message: string | null;
  start(storyId: string): void;
  /** Plays a story from a given step (0-based). */
  goTo(storyId: string, stepIndex: number): void;
  /** Moves by one step; does nothing past either end. */
  step(delta: 1 | -1): void;
  /** Back to free exploration, in the view on screen. */
  leave(): void;
  dismissMessage(): void;
}

/**
 * The address of a link to a missing story, per store, until dismissed: the workspace is
 * rebuilt when the interface language arrives, and the notice must outlive that (it is worded
 * again, in the new language, from this address).
 */
const missingLinks = new WeakMap<ViewStore, string>();

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function useStory(store: ViewStore, dataset: Dataset): StoryControls {
  const search = useSyncExternalStore(store.subscribe, store.search);
  const link = useMemo(() => readStoryLink(parseParams(search), dataset), [search, dataset]);
  const position = link.kind === 'playing' ? { story: link.story, stepIndex: link.stepIndex } : null;
  const [missingSearch, setMissingSearch] = useState<string | null>(() => missingLinks.get(store) ?? null);
  const missing = missingSearch === null ? null : readStoryLink(parseParams(missingSearch), dataset);
  const message = missing?.kind === 'missing' ? missing.message : null;
  const setMissing = useCallback(
    (search: string | null) => {
      if (search === null) missingLinks.delete(store);
      else missingLinks.set(store, search);
      setMissingSearch(search);
    },
    [store],
  );
  const glide = useRef<{ frame: number; target: ViewState } | null>(null);

  const stopGlide = useCallback(() => {
    if (glide.current) cancelAnimationFrame(glide.current.frame);
    glide.current = null;
  }, []);

  const show = useCallback(
    (next: StoryPosition | null, target: ViewState, how: 'push' | 'replace', animate: boolean) => {
      stopGlide();
      const address = storySearchString(target, parseParams(store.search()), next);
      const current = store.getState();
      const from = store.shownWindow() ?? current.window;
      const to = target.window;
      const moves = from && to && (from[0] !== to[0] || from[1] !== to[1]);
      const canGlide = animate && moves && current.mode === 'timeline' && target.mode === 'timeline' && !prefersReducedMotion();
      if (!canGlide || !from || !to) {
        store.showWithSearch(target, address, how);
        return;
      }
      // Everything but the window changes at once; the window follows over a few frames.
      store.showWithSearch({ ...target, window: from }, address, how);
      const started = performance.now();
      let lastFrameAt = -Infinity;
      const state = { frame: 0, target };
      const tick = (now: number) => {
        if (glide.current !== state) return;
        const t = (now - started) / GLIDE_MS;
        if (t >= 1) {
          glide.current = null;
          // Only the window: whatever the reader changed meanwhile (closed the details) stays.
          store.dispatch(setWindow(to, 'replace'));
          return;
        }
        if (now - lastFrameAt >= GLIDE_FRAME_MS) {
          lastFrameAt = now;
          // The glide's frames are live windows: only the chart hears them, React does not.
          store.moveWindow(windowBetween(from, to, t), false);
        }
        state.frame = requestAnimationFrame(tick);
      };
      glide.current = state;
      state.frame = requestAnimationFrame(tick);
    },
    [store, stopGlide],
  );

  // Opening a link: a step's link shows that step's view; a link to a missing story or
  // step says so and leaves the rest of the address (the view) as it was.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (link.kind === 'playing') show(link, stepView(link.story.steps[link.stepIndex]!, dataset), 'replace', false);
    else if (link.kind === 'missing') {
      setMissing(search);
      store.showWithSearch(store.getState(), storySearchString(store.getState(), parseParams(store.search()), null), 'replace');
    }
  }, [link, dataset, show, store, search, setMissing]);

  useEffect(() => stopGlide, [stopGlide]);

  const goTo = useCallback(
    (storyId: string, stepIndex: number) => {
      const story = findStory(dataset, storyId);
      const step = story?.steps[stepIndex];
      if (!story || !step) return;
      setMissing(null);
      show({ story, stepIndex }, stepView(step, dataset), 'push', true);
    },
    [dataset, show, setMissing],
  );
  const start = useCallback((storyId: string) => goTo(storyId, 0), [goTo]);

  const step = useCallback(
    (delta: 1 | -1) => {
      // Read the address now: a key held down must not step twice from the same place.
      const now = readStoryLink(parseParams(store.search()), dataset);
      if (now.kind !== 'playing') return;
      const stepIndex = now.stepIndex + delta;
      const next = now.story.steps[stepIndex];
      if (!next) return;
      show({ story: now.story, stepIndex }, stepView(next, dataset), 'push', true);
    },
    [dataset, show, store],
  );

  const leave = useCallback(() => {
    // Leaving during a glide leaves at the step's view, not at a frame on the way.
    const state = glide.current?.target ?? store.getState();
    stopGlide();
    store.showWithSearch(state, storySearchString(state, parseParams(store.search()), null), 'push');
  }, [store, stopGlide]);

  const dismissMessage = useCallback(() => setMissing(null), [setMissing]);

  return { position, message, start, goTo, step, leave, dismissMessage };
}
