// Turns JSON paths into lines and columns, and syntax errors into helpful sentences.
// Uses momoa (a JSON parser that keeps positions) only once something must be reported:
// the fast path for a clean file is JSON.parse alone.
import { parse as parseWithPositions } from '@humanwhocodes/momoa';
import type { DocumentNode, ObjectNode, ValueNode } from '@humanwhocodes/momoa';
import { positionOfOffset } from './problems';
import type { Anchor, JsonPath, TextPosition } from './problems';
import { t } from '../i18n/translate';

export { positionOfOffset };

export interface PositionIndex {
  /** Position of the value at `path` (or of its key, or of the nearest enclosing value that exists). */
  locate(path: JsonPath, anchor?: Anchor): TextPosition;
}

/** Builds a position index over text that JSON.parse accepted. */
export function indexPositions(text: string): PositionIndex {
  let document: DocumentNode | undefined;
  try {
    document = parseWithPositions(text, { mode: 'json' });
  } catch {
    // Only very deep nesting gets here (momoa recurses); fall back to the document's start.
    document = undefined;
  }
  const documentStart = firstValuePosition(text);
  return {
    locate(path, anchor = 'value') {
      if (!document) return documentStart;
      let node: ValueNode = document.body;
      let keyPosition: TextPosition | undefined;
      for (const segment of path) {
        keyPosition = undefined;
        let next: ValueNode | undefined;
        if (node.type === 'Object' && typeof segment === 'string') {
          const member = memberNamed(node, segment);
          if (member) {
            next = member.value;
            keyPosition = member.name.loc.start;
          }
        } else if (node.type === 'Array' && typeof segment === 'number') {
          next = node.elements[segment]?.value;
        }
        if (!next) break;
        node = next;
      }
      const position = anchor === 'key' && keyPosition ? keyPosition : node.loc.start;
      return { line: position.line, column: position.column };
    },
  };
}

type ObjectMember = ObjectNode['members'][number];

/** Members by name for objects with many of them, built on first use (one lookup per problem would otherwise scan them all). */
const memberIndexes = new WeakMap<ObjectNode, Map<string, ObjectMember>>();
const SCAN_UP_TO = 16;

function memberNamed(node: ObjectNode, name: string): ObjectMember | undefined {
  const { members } = node;
  if (members.length <= SCAN_UP_TO) {
    // JSON.parse keeps the last of duplicate keys; so do we.
    for (let i = members.length - 1; i >= 0; i--) {
      const member = members[i];
      if (member && member.name.type === 'String' && member.name.value === name) return member;
    }
    return undefined;
  }
  let index = memberIndexes.get(node);
  if (!index) {
    index = new Map();
    // Later members overwrite earlier ones: the last duplicate wins, as above.
    for (let i = 0; i < members.length; i++) {
      const member = members[i];
      if (member && member.name.type === 'String') index.set(member.name.value, member);
    }
    memberIndexes.set(node, index);
  }
  return index.get(name);
}

/** Line and column of the first non-whitespace character (1:1 when there is none). */
export function firstValuePosition(text: string): TextPosition {
  const offset = text.search(/\S/);
  return offset < 0 ? { line: 1, column: 1 } : positionOfOffset(text, offset);
}


export interface SyntaxProblem {
  position: TextPosition;
  message: string;
}

/**
 * Where JSON.parse's complaint is and what it most likely means, in words for a person.
 * `parseMessage` is JSON.parse's own message, used when momoa is more lenient than it
 * (momoa accepts raw control characters inside strings).
 */
export function describeSyntaxError(text: string, parseMessage = ''): SyntaxProblem {
  // When the engine's message already says where (V8: "at position N"; Firefox: "line L column C";
  // both: "end of JSON input"/"unexpected end of data"), skip momoa: on a 50 MB file it costs seconds.
  const engineOffset = offsetFromEngineMessage(text, parseMessage);
  if (engineOffset !== undefined) return explainAt(text, engineOffset);
  let offset: number;
  try {
    parseWithPositions(text, { mode: 'json' });
    const position = /at position (\d+)/.exec(parseMessage);
    if (position) return explainAt(text, Number(position[1]));
    return { position: firstValuePosition(text), message: t('The file is not valid JSON.') };
  } catch (error) {
    const reported = (error as { offset?: unknown }).offset;
    offset = typeof reported === 'number' ? reported : -1;
    // momoa sometimes places "end of input" at the start of the unclosed value; the end is where it shows.
    if (error instanceof Error && error.message.includes('end of input')) offset = text.length;
  }
  if (offset < 0) {
    return {
      position: firstValuePosition(text),
      message: t('The file is not valid JSON (it is nested too deeply to say where).'),
    };
  }
  return explainAt(text, offset);
}

function offsetFromEngineMessage(text: string, message: string): number | undefined {
  if (/end of (JSON input|data)/i.test(message)) return text.length;
  const position = /at position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line++) {
      const next = text.indexOf('\n', offset);
      if (next < 0) return undefined;
      offset = next + 1;
    }
    return Math.min(offset + Number(lineColumn[2]) - 1, text.length);
  }
  return undefined;
}

function previousNonSpace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return i;
}

function explainAt(text: string, offset: number): SyntaxProblem {
  const at = positionOfOffset(text, offset);
  if (offset >= text.length) {
    return {
      // Just after the last thing written: trailing blank lines would point at nothing.
      position: positionOfOffset(text, text.trimEnd().length),
      message: unclosedString(text)
        ? t('The file ends inside a string: a closing " is missing.')
        : t('The file ends too early: a \'}\' or ] is missing (check that every \'{\' and [ is closed).'),
    };
  }
  const char = text[offset] ?? '';
  const before = previousNonSpace(text, offset);
  const charBefore = before >= 0 ? text[before] : '';
  if ((char === '}' || char === ']') && charBefore === ',') {
    return {
      position: positionOfOffset(text, before),
      message: t('Remove this comma: JSON allows no comma after the last item before "{char}".', { char }),
    };
  }
  if (char === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) {
    return { position: at, message: t('JSON does not allow comments; remove it (put notes in a "note" or "description" field).') };
  }
  if (char === "'") {
    return { position: at, message: t('JSON strings and keys take double quotes ("), not single quotes (\').') };
  }
  if (/["{[0-9tfn-]/.test(char) && charBefore !== undefined && /["\]}0-9el]/.test(charBefore)) {
    if (charBefore === '"' && endsKey(text, before)) {
      return { position: at, message: t('A colon is missing before this: write "key": value.') };
    }
    return { position: at, message: t('A comma is missing before this: separate items and fields with commas.') };
  }
  if (char === '\n' || char === '\r' || char === '\t') {
    return { position: at, message: t('A string cannot contain a line break or tab as is; write \\n or \\t, or close the string with ".') };
  }
  if (/[A-Za-z_$]/.test(char)) {
    const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(offset, offset + 40))?.[0] ?? char;
    if (charBefore === '{' || charBefore === ',') {
      return { position: at, message: t('Put the key {word} in double quotes: "{word}".', { word }) };
    }
    return {
      position: at,
      message: t('{word} is not a JSON value; use "a string" in double quotes, a number, true, false or null.', { word }),
    };
  }
  if (char === ':' ) {
    return { position: at, message: t('Unexpected ":"; a key must be a string in double quotes, and each key takes one value.') };
  }
  return {
    position: at,
    message: t('Unexpected {char} here; the file is not valid JSON.', { char: JSON.stringify(char) }),
  };
}

/** True when the string that closes at `closingQuote` is an object key (it follows "{" or ","). */
function endsKey(text: string, closingQuote: number): boolean {
  let i = closingQuote - 1;
  for (; i >= 0; i--) {
    if (text[i] !== '"') continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) break;
  }
  const before = previousNonSpace(text, i);
  if (before < 0 || text[before] === '{') return before >= 0;
  if (text[before] !== ',') return false;
  // After a comma the string is a key only inside an object: find the innermost open bracket.
  let depth = 0;
  for (let k = before - 1; k >= 0; k--) {
    const char = text[k];
    if (char === '}' || char === ']') depth++;
    else if (char === '{' || char === '[') {
      if (depth === 0) return char === '{';
      depth--;
    }
  }
  return false;
}

/** True when the text ends inside a string (an odd number of unescaped quotes). */
function unclosedString(text: string): boolean {
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && inside) i++;
    else if (char === '"') inside = !inside;
  }
  return inside;
}
