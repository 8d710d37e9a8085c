// The data pipeline's public surface: load a file's text into a Dataset or positioned problems.
export { loadDataset } from './load';
export type { LoadOptions } from './load';
export { formatProblem } from './formatProblem';
export { normaliseForQuoteMatch } from './quotes';
export { parseDate, isDateError, daysInMonth } from '../time/dates';
export type { DateError } from '../time/dates';
