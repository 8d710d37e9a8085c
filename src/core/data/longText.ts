// Strings too long to show. Every text in a file ends up in the page (titles on the timeline
// and in the list, quotes in the details); laying out a 10 MB title takes the browser tens of
// seconds, so such a file is refused with the place of each over-long text instead.
import { MAX_TEXT_LENGTH } from './limits';
import type { JsonPath, ProblemDraft } from './problems';
import { show } from './problems';
import { formatCount } from '../text/formatCount';

interface PathLink {
  parent: PathLink | undefined;
  key: string | number;
}

function pathOf(link: PathLink | undefined, last: string | number): JsonPath {
  const path: (string | number)[] = [last];
  for (let at = link; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

function draftFor(path: JsonPath, length: number, text: string, isKey: boolean): ProblemDraft {
  return {
    severity: 'error',
    rule: 'text-too-long',
    path,
    anchor: isKey ? 'key' : 'value',
    message: `This ${isKey ? 'field name' : 'text'} is ${formatCount(length)} characters long (it starts ${show(text)}); texts are shown on the page and may be at most ${formatCount(MAX_TEXT_LENGTH)} characters. Shorten it, or link to the full text in a source.`,
  };
}

/**
 * True when some stretch between two unescaped double quotes is longer than the limit: a
 * string that long must span one. One indexOf per quote, a fraction of JSON.parse's time,
 * so the exact walk below runs only for files that may need it.
 */
export function mayHoldLongText(text: string): boolean {
  if (text.length <= MAX_TEXT_LENGTH) return false;
  let previous = text.indexOf('"');
  if (previous < 0) return false;
  for (;;) {
    let next = text.indexOf('"', previous + 1);
    // A quote after an odd number of backslashes is part of the string.
    while (next > 0 && text.charCodeAt(next - 1) === 0x5c && isEscaped(text, next)) next = text.indexOf('"', next + 1);
    if (next < 0) return text.length - previous > MAX_TEXT_LENGTH;
    if (next - previous > MAX_TEXT_LENGTH) return true;
    previous = next;
  }
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let i = quote - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** A problem for each string value (and `codes` scheme) longer than MAX_TEXT_LENGTH, without recursion. */
export function checkTextLengths(root: unknown, text: string): ProblemDraft[] {
  if (!mayHoldLongText(text)) return [];
  const drafts: ProblemDraft[] = [];
  const stack: { value: object; link: PathLink | undefined }[] = [];
  if (root !== null && typeof root === 'object') stack.push({ value: root, link: undefined });
  while (stack.length > 0) {
    const { value, link } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item === 'string') {
          if (item.length > MAX_TEXT_LENGTH) drafts.push(draftFor(pathOf(link, index), item.length, item, false));
        } else if (item !== null && typeof item === 'object') stack.push({ value: item, link: { parent: link, key: index } });
      }
      continue;
    }
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      // Field names are fixed except the schemes in `codes`, which the details show; any other
      // long name is already an unknown field.
      if (key.length > MAX_TEXT_LENGTH && link?.key === 'codes') drafts.push(draftFor(pathOf(link, key), key.length, key, true));
      if (typeof item === 'string') {
        if (item.length > MAX_TEXT_LENGTH) drafts.push(draftFor(pathOf(link, key), item.length, item, false));
      } else if (item !== null && typeof item === 'object') stack.push({ value: item, link: { parent: link, key } });
    }
  }
  return drafts;
}
