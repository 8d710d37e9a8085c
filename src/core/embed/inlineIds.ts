// The ids of the elements a single-file export writes its data and view into, and the app
// looks for at start (render/export/inlineData.ts). A module of their own so the page's first
// chunk, which reads them, does not carry the writer (singleFile.ts).

export const INLINE_DATA_ID = 'stanceline-data';
export const INLINE_VIEW_ID = 'stanceline-view';
