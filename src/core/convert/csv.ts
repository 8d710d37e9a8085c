// Stanceline as spreadsheets: one CSV sheet per list, events carrying their actors, sources,
// tags and codes in `;`-separated cells, positions and quotes in their own sheets keyed by
// event id (one row each, in order). docs/spreadsheets.md describes the layout for people.
//
// JSON → CSV → JSON gives back the same file (modulo key order) for everything the layout
// carries; `csvLosses` names what it cannot carry (empty lists, empty strings, list items
// containing ";", …) so nothing is lost silently.
//
// The layout is in csvLayouts.ts, JSON → CSV in csvWrite.ts, CSV → JSON in csvRead.ts.
export { isSheetName, SHEET_LAYOUTS, SHEET_NAMES } from './csvLayouts';
export type { SheetName } from './csvLayouts';
export { csvLosses, datasetToCsv, eventSheetRow } from './csvWrite';
export { csvToDataset } from './csvRead';
export type { SheetInput, SheetInputs } from './csvRead';
