// Problems as the rules find them: a JSON path (not yet a line and column) and a sentence.
// Positions are resolved afterwards, and only when there is something to report.
import type { Severity } from '../model/types';

export type PathSegment = string | number;
export type JsonPath = readonly PathSegment[];

/** Where in the text a problem points: the value, the key naming it, or the enclosing object. */
export type Anchor = 'value' | 'key';

export interface TextPosition {
  line: number;
  column: number;
}

/** Resolves a path to a position, so a message can name another place ("first defined at line 12"). */
export type Locate = (path: JsonPath) => TextPosition;

export interface ProblemDraft {
  severity: Severity;
  rule: string;
  path: JsonPath;
  anchor: Anchor;
  message: string | ((locate: Locate) => string);
  /** Other places the message names (they must be located too). */
  related?: readonly JsonPath[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** The longest piece of data a message or path quotes in full; longer ones end in "…". */
const MAX_SHOWN = 80;

/** `events[3].date`, or `["odd key"]` for keys that are not identifiers; "" for the root. */
export function formatPath(path: JsonPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    // Cut short: a key can be megabytes long, and the path is printed with every problem.
    else if (segment.length <= MAX_SHOWN && IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${show(segment)}]`;
  }
  return text;
}

/** Parses an Ajv instancePath (JSON Pointer) into segments; array indices become numbers. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment;
    });
}

/** A value as shown inside a message: JSON-quoted, cut short when long (data can be huge). */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(cut);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** "the string "x"", "the number 3", "an array"… for wrong-type messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the string ${show(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return 'an object';
}

export function listValues(values: readonly unknown[]): string {
  return values.map((value) => show(value)).join(', ');
}

/** Line and column (both from 1) of a character offset in the text. */
export function positionOfOffset(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
