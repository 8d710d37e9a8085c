// Entry point. The data file starts loading first of all: its worker is created while the
// application's code is still being fetched, because a worker starts only when the page's
// main thread is free, and evaluating the application (React and the app, ~50 ms) would
// hold it up. Then the application (the boot chunk) and, in parallel rather than after it,
// the chunks it shows the data with (lazyWorkspace.ts asks for the same modules again and
// finds them loaded).
import './startLoading';

void import('./boot');
void import('./Workspace');
void import('../components/TimelineView');
