// The workspace (toolbar, filters, legend, menus, the views) is shown with the data, never
// on the loading screen: its chunk and the chart's are requested at start-up and arrive
// while the data file loads. Kept apart from lazyViews, which the workspace itself uses.
import { preloadTimelineView } from './lazyViews';
import { preloadable } from './preloadable';

const workspace = preloadable(() => import('./Workspace').then((module) => module.Workspace));
/** Starts fetching the workspace's and the chart's chunks (once), so they are ready by the time the data is. */
export function preloadWorkspace(): void {
  void workspace.preload();
  void preloadTimelineView();
}
/** The workspace shown with a dataset (toolbar, filters, views, details). */
export const LazyWorkspace = workspace.Component;
