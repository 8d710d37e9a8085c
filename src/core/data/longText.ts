// Strings too long to show. Every text in a file ends up in the page (titles on the timeline
// and in the list, quotes in the details); laying out a 10 MB title takes the browser tens of
// seconds, so such a file is refused with the place of each over-long text instead. Field
// names are bounded too, far shorter: every one is a fixed word or a short code scheme.
import { runAtOnce } from './steps';
import type { Steps } from './steps';
import { MAX_KEY_LENGTH, MAX_TEXT_LENGTH } from './limits';
import type { JsonPath, ProblemDraft } from './problems';
import { show } from './problems';
import { t } from '../i18n/translate';

interface PathLink {
  parent: PathLink | undefined;
  key: string | number;
}

function pathOf(link: PathLink | undefined, last: string | number): JsonPath {
  const path: (string | number)[] = [last];
  for (let at = link; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

function textTooLong(path: JsonPath, text: string): ProblemDraft {
  return {
    severity: 'error',
    rule: 'text-too-long',
    path,
    anchor: 'value',
    message: t('This text is {length, number} characters long (it starts {start}); texts are shown on the page and may be at most {limit, number} characters. Shorten it, or link to the full text in a source.', { length: text.length, start: show(text), limit: MAX_TEXT_LENGTH }),
  };
}

function keyTooLong(path: JsonPath, key: string, inCodes: boolean): ProblemDraft {
  return {
    severity: 'error',
    rule: 'key-too-long',
    path,
    anchor: 'key',
    message: t('This field name is {length, number} characters long (it starts {start}); field names may be at most {limit, number} characters. {inCodes, select, yes {A code scheme is a short name such as "cameo" or "plover".} other {Field names are the short words listed in docs/data-format.md.}}', { length: key.length, start: show(key), limit: MAX_KEY_LENGTH, inCodes: inCodes ? 'yes' : 'no' }),
  };
}

/** What the quick scan found: strings that may be over the text limit, keys that may be over the key limit. */
export interface LongStringScan {
  mayHoldLongText: boolean;
  mayHoldLongKey: boolean;
}

/**
 * One pass from each unescaped double quote to the next: a string longer than a limit must
 * span such a stretch, and a key is a stretch followed by a colon. One indexOf per quote, a
 * fraction of JSON.parse's time, so the exact walk below runs only for files that may need it.
 * (A stretch between two strings can look like a key; the walk then decides.)
 */
export function scanStringLengths(text: string): LongStringScan {
  const found = { mayHoldLongText: false, mayHoldLongKey: false };
  if (text.length <= MAX_KEY_LENGTH) return found;
  let previous = text.indexOf('"');
  if (previous < 0) return found;
  for (;;) {
    let next = text.indexOf('"', previous + 1);
    // A quote after an odd number of backslashes is part of the string.
    while (next > 0 && text.charCodeAt(next - 1) === 0x5c && isEscaped(text, next)) next = text.indexOf('"', next + 1);
    const stretch = (next < 0 ? text.length : next) - previous;
    if (stretch > MAX_TEXT_LENGTH) found.mayHoldLongText = true;
    if (stretch > MAX_KEY_LENGTH && next >= 0 && followedByColon(text, next + 1)) found.mayHoldLongKey = true;
    if (next < 0 || (found.mayHoldLongText && found.mayHoldLongKey)) return found;
    previous = next;
  }
}

/** True when some string may be longer than MAX_TEXT_LENGTH. */
export function mayHoldLongText(text: string): boolean {
  return scanStringLengths(text).mayHoldLongText;
}

function followedByColon(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a) return true;
    // JSON whitespace: space, tab, line feed, carriage return.
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
  }
  return false;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let i = quote - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** A problem for each string value longer than MAX_TEXT_LENGTH and each key longer than MAX_KEY_LENGTH, without recursion. */
export function checkTextLengths(root: unknown, text: string | undefined): ProblemDraft[] {
  return runAtOnce(checkTextLengthsInSteps(root, text));
}

/** Objects and lists walked per step of checkTextLengthsInSteps: a few milliseconds (1.5 s in all at a million events). */
const VALUES_PER_STEP = 20_000;

/** checkTextLengths in steps (steps.ts), for a loader that gives way between them. */
export function* checkTextLengthsInSteps(root: unknown, text: string | undefined): Steps<ProblemDraft[]> {
  // The text, when there is one, rules most files out at once; a parsed value is walked.
  if (text !== undefined) {
    const scan = scanStringLengths(text);
    if (!scan.mayHoldLongText && !scan.mayHoldLongKey) return [];
  }
  const drafts: ProblemDraft[] = [];
  const stack: { value: object; link: PathLink | undefined }[] = [];
  if (root !== null && typeof root === 'object') stack.push({ value: root, link: undefined });
  let walked = 0;
  while (stack.length > 0) {
    if (++walked % VALUES_PER_STEP === 0) yield;
    const { value, link } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item === 'string') {
          if (item.length > MAX_TEXT_LENGTH) drafts.push(textTooLong(pathOf(link, index), item));
        } else if (item !== null && typeof item === 'object') stack.push({ value: item, link: { parent: link, key: index } });
      }
      continue;
    }
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (key.length > MAX_KEY_LENGTH) drafts.push(keyTooLong(pathOf(link, key), key, link?.key === 'codes'));
      if (typeof item === 'string') {
        if (item.length > MAX_TEXT_LENGTH) drafts.push(textTooLong(pathOf(link, key), item));
      } else if (item !== null && typeof item === 'object') stack.push({ value: item, link: { parent: link, key } });
    }
  }
  return drafts;
}
