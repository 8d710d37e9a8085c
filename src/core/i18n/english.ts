// English messages formatted straight from their ICU source, without Intl: English is
// the language of the code, needs no catalogue chunk, and stays on the fast first-render
// path (ICU's start-up costs 70–90 ms, docs/performance.md). Covers the ICU MessageFormat
// the code uses: {name}, {name, number}, plural (with =N cases, offset-free) and select,
// # and quoting.
// catalogue.test.ts checks it against @messageformat/core's output for every message.
import { formatCount } from '../text/formatCount';

export type MessageValue = string | number;
export type MessageValues = Readonly<Record<string, MessageValue>>;

type Part = string | { name: string } | { name: string; number: true } | { name: string; kind: 'plural' | 'select'; cases: ReadonlyMap<string, Part[]> } | { pound: true };

const parsed = new Map<string, Part[]>();

class Reader {
  position = 0;
  constructor(readonly text: string) {}
  fail(what: string): never {
    throw new Error(`Message "${this.text}" at ${this.position}: ${what}`);
  }
  skipSpace(): void {
    while (/\s/.test(this.text[this.position] ?? '')) this.position++;
  }
  word(): string {
    this.skipSpace();
    const match = /^[^\s{},]+/.exec(this.text.slice(this.position));
    if (!match) this.fail('expected a name');
    this.position += match[0].length;
    return match[0];
  }
  expect(char: string): void {
    this.skipSpace();
    if (this.text[this.position] !== char) this.fail(`expected "${char}"`);
    this.position++;
  }
}

function parseParts(reader: Reader, inPlural: boolean, nested: boolean): Part[] {
  const parts: Part[] = [];
  let literal = '';
  const text = reader.text;
  while (reader.position < text.length) {
    const char = text[reader.position]!;
    if (char === '}' && nested) break;
    if (char === "'") {
      const next = text[reader.position + 1];
      if (next === "'") {
        literal += "'";
        reader.position += 2;
        continue;
      }
      if (next === '{' || next === '}' || (inPlural && next === '#')) {
        const end = text.indexOf("'", reader.position + 1);
        const stop = end < 0 ? text.length : end;
        literal += text.slice(reader.position + 1, stop);
        reader.position = stop + 1;
        continue;
      }
    }
    if (char === '#' && inPlural) {
      if (literal) parts.push(literal);
      literal = '';
      parts.push({ pound: true });
      reader.position++;
      continue;
    }
    if (char === '{') {
      if (literal) parts.push(literal);
      literal = '';
      reader.position++;
      parts.push(parseArgument(reader));
      continue;
    }
    literal += char;
    reader.position++;
  }
  if (literal) parts.push(literal);
  return parts;
}

function parseArgument(reader: Reader): Part {
  const name = reader.word();
  reader.skipSpace();
  if (reader.text[reader.position] === '}') {
    reader.position++;
    return { name };
  }
  reader.expect(',');
  const kind = reader.word();
  if (kind === 'number') {
    reader.expect('}');
    return { name, number: true };
  }
  if (kind !== 'plural' && kind !== 'select') reader.fail(`"${kind}" is not supported`);
  reader.expect(',');
  const cases = new Map<string, Part[]>();
  for (;;) {
    reader.skipSpace();
    if (reader.text[reader.position] === '}') {
      reader.position++;
      break;
    }
    const key = reader.word();
    reader.expect('{');
    cases.set(key, parseParts(reader, kind === 'plural', true));
    reader.expect('}');
  }
  if (!cases.has('other')) reader.fail('a plural or select needs an "other" case');
  return { name, kind, cases };
}

function parse(message: string): Part[] {
  let parts = parsed.get(message);
  if (!parts) {
    const reader = new Reader(message);
    parts = parseParts(reader, false, false);
    parsed.set(message, parts);
  }
  return parts;
}

/** A plain argument as ICU writes it: numbers as they are ("1234"), unless asked for as `{n, number}`. */
function show(value: MessageValue | undefined): string {
  return value === undefined ? '' : String(value);
}

function render(parts: readonly Part[], values: MessageValues, count: number | null): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('pound' in part) out += count === null ? '#' : formatCount(count);
    else if ('number' in part) out += formatCount(Number(values[part.name] ?? 0));
    else if (!('kind' in part)) out += show(values[part.name]);
    else if (part.kind === 'select') {
      const key = String(values[part.name] ?? 'other');
      out += render(part.cases.get(key) ?? part.cases.get('other')!, values, count);
    } else {
      const n = Number(values[part.name] ?? 0);
      // English cardinals: "one" for exactly 1, "other" for everything else.
      const chosen = part.cases.get(`=${n}`) ?? (n === 1 ? part.cases.get('one') : undefined) ?? part.cases.get('other')!;
      out += render(chosen, values, n);
    }
  }
  return out;
}

/** The English text of an ICU message with its values filled in. */
export function formatEnglish(message: string, values: MessageValues = {}): string {
  return render(parse(message), values, null);
}
