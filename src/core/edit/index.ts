// Editing a data file: operations on the file object, and the minimal text edits that write them back.
export * from './operations';
export * from './textEdits';
export * from './timeNotes';
export { eventFieldOfPath, timeNoteFieldOfPath } from './fields';
