import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineElements, standalonePolicy, withStandalonePolicy } from './standalone-csp';

// Like the real build: the app's script quotes "<script" and "<style" in its strings.
const APP = 'const t = `<script type="application/json" id="x">`; const s = "<style>"; run();';
const CSS = 'body{margin:0}';
const PAGE = `<!doctype html><html><head><meta charset="UTF-8" /><title>S</title><script type="module" crossorigin>${APP}</script><style rel="stylesheet">${CSS}</style></head><body><div id="root"></div></body></html>`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('standalonePolicy', () => {
  it('reads each inline element to its own closing tag, not tags quoted in a script', () => {
    expect(inlineElements(PAGE)).toEqual([
      { kind: 'script', type: 'module', text: APP },
      { kind: 'style', type: '', text: CSS },
    ]);
  });

  it('finds the closing tag after characters whose lower case is longer (the HTML entity table holds "İ")', () => {
    const script = 'const names = "İ".repeat(40); run();';
    const page = `<html><head><script type="module">${script}</SCRIPT><style>${CSS}</style></head></html>`;
    expect(inlineElements(page)).toEqual([
      { kind: 'script', type: 'module', text: script },
      { kind: 'style', type: '', text: CSS },
    ]);
    expect(standalonePolicy(page)).toContain(`script-src ${hash(script)};`);
  });

  it('allows exactly the page’s script and style by hash, no network and no unsafe-inline', () => {
    const policy = standalonePolicy(PAGE);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${hash(APP)};`);
    expect(policy).toContain(`style-src ${hash(CSS)};`);
    expect(policy).toContain('img-src data: blob:');
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:|'self'/);
  });

  it('does not allow inert data elements, which change with every export', () => {
    const withData = PAGE.replace('<script type="module"', '<script type="application/json" id="stanceline-data">{"a":1}</script><script type="module"');
    expect(standalonePolicy(withData)).toBe(standalonePolicy(PAGE));
  });

  it('puts the policy after <meta charset>, replacing an earlier one, and a changed script gets a new hash', () => {
    const once = withStandalonePolicy(PAGE);
    const twice = withStandalonePolicy(once);
    expect(twice).toBe(once);
    expect(once.indexOf('Content-Security-Policy')).toBeGreaterThan(once.indexOf('<meta charset'));
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    const changed = withStandalonePolicy(once.replace('run();', 'run(); evil();'));
    expect(changed).not.toContain(hash(APP));
    expect(changed).toContain(hash(APP.replace('run();', 'run(); evil();')));
  });

  it('refuses a page with no inline script', () => {
    expect(() => standalonePolicy('<html><head></head></html>')).toThrow(/no inline script/);
  });
});
