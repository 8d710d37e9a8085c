// Turning an edited data file back into text without disturbing the rest of the file:
// the edited value is compared with the original, and each difference becomes a small
// text edit at the finest path that changed, written in the file's own indentation and
// line endings. Untouched lines, key order and formatting survive byte for byte.
//
// jsonc-parser finds the nodes and applies the edits. Its `modify` is not used for the
// edits themselves: with formatting on, it reformats the whole line around an insertion
// (a one-line neighbour such as `{ "k": 1 }` is expanded), and without formatting it
// writes compact JSON. So the edits are planned here, on its syntax tree.
import { applyEdits, findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { Edit, JSONPath, Node } from 'jsonc-parser';

export type { Edit } from 'jsonc-parser';

export interface TextStyle {
  /** One level of indentation: two or four spaces, a tab… */
  indent: string;
  eol: '\n' | '\r\n';
}

export interface TextPlan {
  /** The new text: the original with the edits applied. */
  text: string;
  /** One replacement covering everything that changed, against the original text (empty when nothing did). */
  edits: Edit[];
}

const BOM = '\uFEFF';

/** The indentation unit and line ending the text already uses (two spaces and \n when it gives no hint). */
export function detectStyle(text: string): TextStyle {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const eol = crlf > lf ? '\r\n' : '\n';
  let smallestSpaces = Infinity;
  // The first few hundred lines decide; a file does not change style half way.
  const lines = text.split('\n', 400);
  for (const line of lines) {
    // Indentation followed by text (a line of only blanks says nothing); no look-ahead, so the
    // pattern is one an automaton can prove linear (scripts/regex-linear.test.ts).
    const leading = /^[ \t]+/.exec(line)?.[0];
    if (!leading || !/^\S/.test(line.slice(leading.length))) continue;
    if (leading.startsWith('\t')) return { indent: '\t', eol };
    smallestSpaces = Math.min(smallestSpaces, leading.length);
  }
  return { indent: Number.isFinite(smallestSpaces) ? ' '.repeat(smallestSpaces) : '  ', eol };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Equality of JSON values; key order does not matter, as it does not to JSON.parse. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}

/** JSON text of a value: one line (`{ "a": 1 }`, `["x", "y"]`) or indented over several, starting at `base`. */
function serialize(value: unknown, base: string, style: TextStyle, oneLine: boolean): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (oneLine) return `[${value.map((item) => serialize(item, base, style, true)).join(', ')}]`;
    const inner = base + style.indent;
    return `[${style.eol}${value.map((item) => inner + serialize(item, inner, style, false)).join(`,${style.eol}`)}${style.eol}${base}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    if (oneLine) return `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${serialize(item, base, style, true)}`).join(', ')} }`;
    const inner = base + style.indent;
    return `{${style.eol}${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${serialize(item, inner, style, false)}`).join(`,${style.eol}`)}${style.eol}${base}}`;
  }
  // JSON.stringify escapes quotes, backslashes, control characters and lone surrogates.
  return JSON.stringify(value) ?? 'null';
}

/** The spaces and tabs that start the line holding `offset`. */
function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

function spansOneLine(text: string, node: Node): boolean {
  return !text.slice(node.offset, node.offset + node.length).includes('\n');
}

function isContainer(node: Node): boolean {
  return node.type === 'object' || node.type === 'array';
}

/** Applies edits one at a time, re-reading the tree after each, so every edit sees the current text. */
class Editor {
  private root: Node;

  constructor(
    public text: string,
    private readonly style: TextStyle,
  ) {
    this.root = this.parse();
  }

  private parse(): Node {
    const root = parseTree(this.text, [], { allowTrailingComma: false, disallowComments: true });
    if (!root) throw new Error('the text is not JSON');
    return root;
  }

  private node(path: JSONPath): Node {
    const found = path.length === 0 ? this.root : findNodeAtLocation(this.root, path);
    if (!found) throw new Error(`no value at ${JSON.stringify(path)}`);
    return found;
  }

  private apply(edit: Edit): void {
    this.text = applyEdits(this.text, [edit]);
    this.root = this.parse();
  }

  /** Children in text order: property nodes for an object, values for an array. */
  private children(container: Node): Node[] {
    return container.children ?? [];
  }

  replace(path: JSONPath, value: unknown): void {
    const node = this.node(path);
    // A value written on one line stays on one line; anything else is laid out like the file.
    const oneLine = isContainer(node) && spansOneLine(this.text, node);
    this.apply({ offset: node.offset, length: node.length, content: serialize(value, lineIndentAt(this.text, node.offset), this.style, oneLine) });
  }

  /** Removes the child at `index` of the container at `path`, with its comma and the line break before it. */
  remove(path: JSONPath, index: number): void {
    const container = this.node(path);
    const children = this.children(container);
    const child = children[index];
    if (!child) throw new Error(`no item ${index} at ${JSON.stringify(path)}`);
    if (children.length === 1) {
      this.apply({ offset: container.offset + 1, length: container.length - 2, content: '' });
    } else if (index > 0) {
      const previous = children[index - 1]!;
      const start = previous.offset + previous.length;
      this.apply({ offset: start, length: child.offset + child.length - start, content: '' });
    } else {
      const next = children[1]!;
      this.apply({ offset: child.offset, length: next.offset - child.offset, content: '' });
    }
  }

  /** Inserts a value (with `key`, in an object) as child number `index` of the container at `path`. */
  insert(path: JSONPath, index: number, key: string | undefined, value: unknown): void {
    const container = this.node(path);
    const children = this.children(container);
    const label = key === undefined ? '' : `${JSON.stringify(key)}: `;
    const valueOf = (child: Node) => (child.type === 'property' ? child.children?.[1] : child);
    if (children.length === 0) {
      const base = lineIndentAt(this.text, container.offset);
      const inner = base + this.style.indent;
      const content = `${this.style.eol}${inner}${label}${serialize(value, inner, this.style, false)}${this.style.eol}${base}`;
      this.apply({ offset: container.offset + 1, length: container.length - 2, content });
      return;
    }
    const neighbour = index > 0 ? children[Math.min(index, children.length) - 1]! : children[0]!;
    const neighbourValue = valueOf(neighbour);
    const containerOnOneLine = spansOneLine(this.text, container);
    // Match the neighbours: items of a one-line list, or one-line objects in a list of them, stay on one line.
    const oneLine = containerOnOneLine || (key === undefined && neighbourValue !== undefined && isContainer(neighbourValue) && spansOneLine(this.text, neighbourValue));
    const itemIndent = containerOnOneLine ? '' : lineIndentAt(this.text, children[0]!.offset);
    const separator = containerOnOneLine ? ', ' : `,${this.style.eol}${itemIndent}`;
    const entry = label + serialize(value, itemIndent, this.style, oneLine);
    if (index > 0) {
      const previous = children[Math.min(index, children.length) - 1]!;
      this.apply({ offset: previous.offset + previous.length, length: 0, content: separator + entry });
    } else {
      this.apply({ offset: children[0]!.offset, length: 0, content: entry + separator });
    }
  }

  /** The keys of the object at `path`, in the order the text has them. */
  keysInText(path: JSONPath): string[] {
    return this.children(this.node(path)).map((property) => String(property.children?.[0]?.value));
  }
}

function diff(editor: Editor, path: JSONPath, before: unknown, after: unknown): void {
  if (jsonEqual(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key) || after[key] === undefined) {
        editor.remove(path, editor.keysInText(path).indexOf(key));
      }
    }
    const wanted = Object.keys(after).filter((key) => after[key] !== undefined);
    for (const [position, key] of wanted.entries()) {
      if (Object.hasOwn(before, key)) {
        diff(editor, [...path, key], before[key], after[key]);
        continue;
      }
      // A new key goes after the nearest key that comes before it in the edited object.
      const present = editor.keysInText(path);
      let index = 0;
      for (let earlier = position - 1; earlier >= 0; earlier--) {
        const found = present.indexOf(wanted[earlier]!);
        if (found >= 0) {
          index = found + 1;
          break;
        }
      }
      editor.insert(path, index, key, after[key]);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // Keep the unchanged head and tail; pair up the middle, then remove or insert the rest.
    let head = 0;
    while (head < before.length && head < after.length && jsonEqual(before[head], after[head])) head++;
    let tail = 0;
    while (tail < before.length - head && tail < after.length - head && jsonEqual(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
    const beforeMiddle = before.length - head - tail;
    const afterMiddle = after.length - head - tail;
    const paired = Math.min(beforeMiddle, afterMiddle);
    for (let offset = 0; offset < paired; offset++) diff(editor, [...path, head + offset], before[head + offset], after[head + offset]);
    for (let offset = beforeMiddle - 1; offset >= paired; offset--) editor.remove(path, head + offset);
    for (let offset = paired; offset < afterMiddle; offset++) editor.insert(path, head + offset, undefined, after[head + offset]);
    return;
  }
  editor.replace(path, after);
}

/** The single replacement that turns `from` into `to`: their common start and end left out. */
function enclosingEdit(from: string, to: string): Edit[] {
  if (from === to) return [];
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  return [{ offset: start, length: from.length - start - end, content: to.slice(start, to.length - end) }];
}

/**
 * The smallest text edits that turn `originalText` into a text whose parsed value equals
 * `edited`. Throws when the original is not JSON, or (a bug guard) when the result would
 * not parse back to `edited`: the file is never written from a plan that does not check out.
 */
export function planTextEdits(originalText: string, edited: unknown): TextPlan {
  const bom = originalText.startsWith(BOM) ? BOM : '';
  const body = originalText.slice(bom.length);
  const original: unknown = JSON.parse(body);
  const editor = new Editor(body, detectStyle(body));
  diff(editor, [], original, edited);
  const text = bom + editor.text;
  if (!jsonEqual(JSON.parse(editor.text), JSON.parse(JSON.stringify(edited)))) {
    throw new Error('the planned edits do not reproduce the edited data');
  }
  return { text, edits: enclosingEdit(originalText, text) };
}

/** Applies a plan's edits to the text they were planned against. */
export function applyPlan(originalText: string, edits: readonly Edit[]): string {
  return applyEdits(originalText, [...edits]);
}

export type { Json };
