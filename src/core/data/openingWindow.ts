// The optional top-level "view": { "from", "to" } — the window the timeline opens at when
// the address names none. Its own rule (both dates parse, from is not after to), kept
// apart from the event rules so the loader's hot paths are untouched.
import { parseDate } from '../time/dates';
import type { ProblemDraft } from './problems';
import { t } from '../i18n/translate';

export interface OpeningWindowCheck {
  drafts: ProblemDraft[];
  /** [start of from, end of to], ms, when the file has a valid view. */
  window?: readonly [number, number];
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks `file.view` and returns its window. Types and missing fields are the schema's to
 * report; this adds what a schema cannot say: dates that do not exist, and a window that
 * ends before it starts.
 */
export function checkOpeningWindow(file: Record<string, unknown>): OpeningWindowCheck {
  const view = file.view;
  if (!isPlain(view) || typeof view.from !== 'string' || typeof view.to !== 'string') return { drafts: [] };
  const drafts: ProblemDraft[] = [];
  const from = parseDate(view.from);
  const to = parseDate(view.to);
  if ('error' in from) drafts.push({ severity: 'error', rule: 'invalid-date', path: ['view', 'from'], anchor: 'value', message: from.error });
  if ('error' in to) drafts.push({ severity: 'error', rule: 'invalid-date', path: ['view', 'to'], anchor: 'value', message: to.error });
  if ('error' in from || 'error' in to) return { drafts };
  // Whole intervals: "2025-02-10" to "2025-02" is 10 February to the end of February.
  if (from.start >= to.end) {
    drafts.push({
      severity: 'error',
      rule: 'view-ends-before-start',
      path: ['view', 'to'],
      anchor: 'value',
      message: (locate) =>
        t('The opening window ends ({to}) before it starts ("from" is {from}, line {line}). Swap the dates, or make "to" the same as "from" or later.', { to: view.to as string, from: view.from as string, line: locate(['view', 'from']).line }),
      related: [['view', 'from']],
    });
    return { drafts };
  }
  return { drafts, window: [from.start, to.end] };
}
