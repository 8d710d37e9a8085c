// What every converter returns, and how problems the loader finds in the converted JSON are
// pointed back at the cell or JSON value the user wrote (the JSON is generated; nobody has
// seen its lines).
import type { DatasetFile, Problem, Severity } from '../model/types';
import { t } from '../i18n/translate';

/** Where a value of the converted file came from in the user's input. */
export interface Origin {
  file: string;
  /** 1-based row (CSV, header = 1) or line (JSON). */
  line: number;
  /** 1-based column index (CSV) or character column (JSON). */
  column: number;
  /** The column header (CSV) or the JSON path in the input (JSON). */
  path: string;
}

export interface ConvertResult {
  /** Present when the input could be turned into a Stanceline file (it may still be invalid: validate it). */
  file?: DatasetFile;
  /** Problems found while reading the input, positioned in the input. */
  problems: Problem[];
  /** Plain sentences: what was derived, what could not be carried over. */
  report: string[];
  /** Maps a JSON path of `file` (as the loader formats it, e.g. `events[3].date`) to where it came from. */
  origin?: (path: string) => Origin | undefined;
  /**
   * True when the converter wrote every record itself and checked, as it built them, each
   * value the JSON Schema would check (EventDataBuilder): the loader then skips the schema and
   * runs only its rules. Dates, addresses and references are the rules' to check either way.
   */
  matchesSchema?: boolean;
  /**
   * Present when the converter left the events' details out of `file` to read them after the
   * rest (a Parquet file's columns the chart does not draw, parquet.ts): completes the records
   * in place, fills the sources derived from them into `file.sources`, and adds their problems
   * and report lines here. It awaits `giveWay` between its steps. The records must not be read,
   * written out or checked before it has run (LoadOptions.completeRecords).
   */
  completeRecords?: (giveWay: () => Promise<void>) => Promise<void>;
}

export function problemAt(
  severity: Severity,
  rule: string,
  where: Origin,
  message: string,
): Problem {
  return { severity, rule, file: where.file, line: where.line, column: where.column, path: where.path, message };
}

/** `events[3].codes.cameo` → `events[3].codes` → `events[3]` → `events` → ''. */
export function parentPath(path: string): string {
  const match = /(?:\.[A-Za-z_$][A-Za-z0-9_$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(path);
  return match ? path.slice(0, match.index) : '';
}

/** Looks a path up in an origin table, walking up to the nearest recorded ancestor. */
export function originFromTable(table: ReadonlyMap<string, Origin>): (path: string) => Origin | undefined {
  return (path) => {
    let at = path;
    for (;;) {
      const found = table.get(at);
      if (found) return found;
      if (at === '') return undefined;
      const parent = parentPath(at);
      if (parent === at) return undefined;
      at = parent;
    }
  };
}

/** Groups "not carried" notes by what was lost, naming a few of the records each time. */
export class LossReport {
  // A Set per note: a large import may name the same loss for every one of its records.
  private readonly notes = new Map<string, Set<string>>();

  add(what: string, where: string): void {
    const places = this.notes.get(what);
    if (places) places.add(where);
    else this.notes.set(what, new Set([where]));
  }

  lines(): string[] {
    return [...this.notes].map(([what, places]) => lossLine(what, places.size, [...places].slice(0, 5)));
  }
}

/** "What was not carried (count: the first places shown, and how many more)." */
export function lossLine(what: string, count: number, shown: readonly string[]): string {
  return count > shown.length
    ? t('{what} ({count}: {places} and {more} more).', { what, count, places: shown.join(', '), more: count - shown.length })
    : t('{what} ({count}: {places}).', { what, count, places: shown.join(', ') });
}
