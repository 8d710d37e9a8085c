// The catalogue's build steps, shared by `npm run i18n` and the unit tests:
//  - extract: every message is the first argument of a call to `t(...)` in src/, a string
//    literal (English ICU MessageFormat); the code is the only list of messages.
//  - compile: each language's translations (src/core/i18n/messages/<lang>.json, English
//    message → translation) become a module of functions, compiled by @messageformat/core
//    with the language's plural rules, so the app ships no message parser and no compiler.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { parse as parseIcu } from '@messageformat/parser';
import type { Token } from '@messageformat/parser';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MESSAGES_DIR = resolve(ROOT, 'src/core/i18n/messages');
export const COMPILED_DIR = resolve(ROOT, 'src/core/i18n/compiled');

export interface ExtractedMessage {
  message: string;
  /** Where it is used first, "src/components/Header.tsx:12". */
  where: string;
}

export interface Extraction {
  messages: ExtractedMessage[];
  /** Calls of t() whose message is not a literal: they cannot be translated. */
  problems: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'compiled' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

type Node = { type: string; start: number; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!isNode(node)) return;
  visit(node);
  for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') walk(value, visit);
}

function literalText(node: Node | undefined): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string } }[];
    return quasi ? quasi.value.cooked : null;
  }
  return null;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every message in the code (the app and the command-line tools), in the order first met, each once. */
export function extractMessages(dirs: readonly string[] = [resolve(ROOT, 'src'), resolve(ROOT, 'scripts')]): Extraction {
  const seen = new Map<string, ExtractedMessage>();
  const problems: string[] = [];
  for (const file of dirs.flatMap((dir) => sourceFiles(dir).sort())) {
    const text = readFileSync(file, 'utf8');
    if (!/\b(t|tNodes)\(/.test(text)) continue;
    const ast = parseAst(text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
    walk(ast, (node) => {
      if (node.type !== 'CallExpression') return;
      const callee = node.callee as Node;
      if (callee.type !== 'Identifier' || (callee.name !== 't' && callee.name !== 'tNodes')) return;
      const where = `${relative(ROOT, file)}:${lineOf(text, node.start)}`;
      const message = literalText((node.arguments as Node[])[0]);
      if (message === null) problems.push(`${where}: t() needs its message as a string literal`);
      else if (!seen.has(message)) seen.set(message, { message, where });
    });
  }
  return { messages: [...seen.values()], problems };
}

export type Translations = Record<string, string>;

export function readTranslations(code: string): Translations {
  try {
    return JSON.parse(readFileSync(join(MESSAGES_DIR, `${code}.json`), 'utf8')) as Translations;
  } catch {
    return {};
  }
}

/** The translations file's text: every message of the code, in the code's order, missing ones empty. */
export function translationsText(messages: readonly ExtractedMessage[], existing: Translations): string {
  const ordered: Translations = {};
  for (const { message } of messages) ordered[message] = existing[message] ?? '';
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The names of a message's arguments ("{count, plural, …}" → count), to check a translation keeps them. */
export function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const visit = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if ('arg' in token) names.add(token.arg);
      if ('cases' in token) for (const c of token.cases) visit(c.tokens);
    }
  };
  visit(parseIcu(message, { strict: false }));
  return [...names].sort();
}

const HEADER = '// Generated by scripts/i18n.ts from messages/{code}.json. Do not edit: run `npm run i18n`.\n';

/** The module of compiled messages for one language; untranslated messages are left out (they show in English). */
export function compileCatalogue(code: string, translations: Translations, messages: readonly ExtractedMessage[]): string {
  const known = new Set(messages.map((m) => m.message));
  const entries: Record<string, string> = {};
  for (const [message, translation] of Object.entries(translations)) if (translation && known.has(message)) entries[message] = translation;
  const mf = new MessageFormat(code, { strict: false });
  const source = compileModule(mf, entries).replace(/^export default \{/m, 'const catalogue: Catalogue = {');
  // The generated functions read their values untyped; the module's one export is typed.
  return `${HEADER.replace('{code}', code)}// @ts-nocheck\nimport type { Catalogue } from '../translate';\n${source}\nexport default catalogue;\n`;
}
