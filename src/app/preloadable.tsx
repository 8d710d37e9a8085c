import { lazy, useState } from 'react';
import type { ComponentType } from 'react';

/**
 * A component in a chunk of its own that can be requested before it is first shown. Once
 * the chunk has arrived it renders at once: React.lazy suspends on its first render even
 * when the chunk is there, which costs a commit, a layout and a paint with the fallback.
 * Which of the two renders is fixed per mount, so the component is never torn down and
 * rebuilt when the chunk arrives.
 */
export function preloadable<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let request: Promise<ComponentType<Props>> | null = null;
  let loaded: ComponentType<Props> | null = null;
  const preload = (): Promise<ComponentType<Props>> => {
    request ??= load().then((component) => (loaded = component));
    return request;
  };
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Preloaded(props: Props) {
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  return { preload, Component: Preloaded };
}
