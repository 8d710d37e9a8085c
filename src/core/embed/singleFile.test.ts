// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildSingleFile, escapeJsonForScript, INLINE_DATA_ID, INLINE_VIEW_ID, removeInlineElements, TemplateError } from './singleFile';

// The app's own code mentions "</head>" and "<title>" in strings, as the real build does.
const TEMPLATE = '<!doctype html><html><head><title>Stanceline</title><script type="module">const s = "</head><title>x</title>";</script></head><body><div id="root"></div></body></html>';

function readBack(html: string) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const data = document.getElementById(INLINE_DATA_ID);
  const view = document.getElementById(INLINE_VIEW_ID);
  return {
    document,
    data: data ? (JSON.parse(data.textContent ?? '') as unknown) : undefined,
    file: data?.getAttribute('data-file'),
    view: view ? (JSON.parse(view.textContent ?? '') as unknown) : undefined,
  };
}

describe('escapeJsonForScript', () => {
  it('escapes angle brackets and ampersands so JSON reads back the same value', () => {
    const json = JSON.stringify({ title: '</script><script>alert(1)</script> & <!--' });
    const escaped = escapeJsonForScript(json);
    expect(escaped).not.toMatch(/[<>&]/);
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });
});

describe('buildSingleFile', () => {
  it('inlines data whose text tries to close the script element, and the data reads back unchanged', () => {
    const data = { version: 1, title: 'Hostile </script><img src=x onerror=alert(1)> $& $1', events: [] };
    const html = buildSingleFile(TEMPLATE, { dataText: JSON.stringify(data, null, 2), dataFile: 'a"b<c>.json', view: '?sel=e1', title: data.title });
    const back = readBack(html);
    expect(back.data).toEqual(data);
    expect(back.file).toBe('a"b<c>.json');
    expect(back.view).toBe('?sel=e1');
    expect(back.document.querySelectorAll('img')).toHaveLength(0);
    expect(back.document.querySelectorAll('script')).toHaveLength(3);
    expect(back.document.title).toBe(`${data.title} · Stanceline`);
  });

  it('replaces lone surrogates in the data and title (they cannot be written as UTF-8) and keeps pairs', () => {
    const dataText = '{"title":"a\uD800b 😀"}';
    const html = buildSingleFile(TEMPLATE, { dataText, dataFile: 'x\uDC00.json', view: '', title: 'T\uDBFF' });
    expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(readBack(html)).toMatchObject({ data: { title: 'a\uFFFDb 😀' }, file: 'x\uFFFD.json' });
    expect(() => encodeURIComponent(html)).not.toThrow();
  });

  it('keeps the other site the data came from, escaped, for the file to name it', () => {
    const html = buildSingleFile(TEMPLATE, { dataText: '{}', dataFile: 'x.json', view: '', title: 'T', dataOrigin: 'https://evil.example/x.json?a="><script>' });
    const { document } = readBack(html);
    expect(document.getElementById(INLINE_DATA_ID)?.getAttribute('data-origin')).toBe('https://evil.example/x.json?a="><script>');
    expect(document.querySelectorAll('script')).toHaveLength(3);
    expect(buildSingleFile(TEMPLATE, { dataText: '{}', dataFile: 'x.json', view: '', title: 'T' })).not.toContain('data-origin');
  });

  it('adds the question mark to a view given without one', () => {
    const html = buildSingleFile(TEMPLATE, { dataText: '{}', dataFile: 'x.json', view: 'from=2025&to=2026', title: 'x' });
    expect(readBack(html).view).toBe('?from=2025&to=2026');
  });

  it('replaces the data of a file exported before', () => {
    const first = buildSingleFile(TEMPLATE, { dataText: '{"a":1}', dataFile: 'one.json', view: '', title: 'one' });
    const second = buildSingleFile(first, { dataText: '{"b":2}', dataFile: 'two.json', view: '?q=x', title: 'two' });
    expect(second.match(new RegExp(`id="${INLINE_DATA_ID}"`, 'g'))).toHaveLength(1);
    expect(readBack(second)).toMatchObject({ data: { b: 2 }, file: 'two.json', view: '?q=x' });
    expect(removeInlineElements(second)).not.toContain(INLINE_VIEW_ID);
  });

  it('refuses data that is not JSON and templates that are not the standalone build', () => {
    expect(() => buildSingleFile(TEMPLATE, { dataText: '<b>', dataFile: 'x', view: '', title: 'x' })).toThrow(SyntaxError);
    expect(() => buildSingleFile('<html><head></head></html>', { dataText: '{}', dataFile: 'x', view: '', title: 'x' })).toThrow(TemplateError);
  });

  it('leaves the app script untouched, whatever tags its strings mention', () => {
    const html = buildSingleFile(TEMPLATE, { dataText: '{}', dataFile: 'x.json', view: '', title: 'T' });
    expect(html).toContain('<script type="module">const s = "</head><title>x</title>";</script>');
    expect(html.indexOf(INLINE_DATA_ID)).toBeLessThan(html.indexOf('<script type="module">'));
  });
});
