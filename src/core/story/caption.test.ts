import { describe, expect, it } from 'vitest';
import { captionText, parseCaption } from './caption';
import type { CaptionInline } from './caption';

const text = (value: string): CaptionInline => ({ kind: 'text', text: value });

/** Every href anywhere in the tree. */
function hrefs(nodes: readonly CaptionInline[]): string[] {
  return nodes.flatMap((node) => (node.kind === 'link' ? [node.href, ...hrefs(node.children)] : node.kind === 'emphasis' ? hrefs(node.children) : []));
}

describe('parseCaption', () => {
  it('splits paragraphs at blank lines and reads single line breaks as spaces', () => {
    expect(parseCaption('One\nline.\n\n  Two.  \r\n\r\nThree.')).toEqual([
      { children: [text('One line.')] },
      { children: [text('Two.')] },
      { children: [text('Three.')] },
    ]);
  });

  it('reads *emphasis* and _emphasis_, but not snake_case or a lone star', () => {
    expect(parseCaption('A *real* and _plain_ word, snake_case_name, 2 * 3 * 4.')[0]?.children).toEqual([
      text('A '),
      { kind: 'emphasis', children: [text('real')] },
      text(' and '),
      { kind: 'emphasis', children: [text('plain')] },
      text(' word, snake_case_name, 2 * 3 * 4.'),
    ]);
  });

  it('makes links of http(s) addresses, with emphasis allowed in the label', () => {
    expect(parseCaption('See [the *AP* report](https://apnews.com/article/x?a=1).')[0]?.children).toEqual([
      text('See '),
      { kind: 'link', href: 'https://apnews.com/article/x?a=1', children: [text('the '), { kind: 'emphasis', children: [text('AP')] }, text(' report')] },
      text('.'),
    ]);
  });

  it('keeps backslash-escaped markers as text', () => {
    expect(captionText('\\*not emphasis\\* and \\[not](https://a.example) a link')).toBe('*not emphasis* and [not](https://a.example) a link');
  });

  describe('with hostile captions', () => {
    it.each([
      ['a javascript: link', '[click](javascript:alert(1))'],
      ['a JavaScript: link in capitals with spaces', '[click]( JavaScript:alert(document.cookie) )'],
      ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
      ['a vbscript: link', '[x](vbscript:msgbox)'],
      ['a protocol-relative link', '[x](//evil.example/)'],
      ['a relative link', '[x](/admin)'],
      ['a file: link', '[x](file:///etc/passwd)'],
      ['an http link without a host', '[x](http:/evil)'],
    ])('leaves %s as its text, with no link', (_name, caption) => {
      const [paragraph] = parseCaption(caption);
      expect(hrefs(paragraph!.children)).toEqual([]);
      expect(captionText(caption)).toBe(caption.trim());
    });

    it('keeps HTML as text, tags and all', () => {
      const caption = '<img src=x onerror="alert(1)"><script>alert(2)</script> <a href="javascript:x">a</a>';
      expect(parseCaption(caption)).toEqual([{ children: [text(caption)] }]);
    });

    it('does not nest emphasis and links without end', () => {
      const caption = `${'*['.repeat(5000)}x${'](https://a.example)*'.repeat(5000)}`;
      const tree = parseCaption(caption);
      const depth = (nodes: readonly CaptionInline[]): number => Math.max(0, ...nodes.map((node) => (node.kind === 'text' ? 0 : 1 + depth(node.children))));
      expect(depth(tree[0]!.children)).toBeLessThanOrEqual(2);
    });

    it('never puts a link inside a link', () => {
      const [paragraph] = parseCaption('[outer [inner](https://b.example)](https://a.example)');
      const nested = paragraph!.children.flatMap((node) => (node.kind === 'link' ? hrefs(node.children) : []));
      expect(nested).toEqual([]);
    });

    it('reads a caption of thousands of unclosed markers as the text it is', () => {
      const caption = '*a '.repeat(3000) + '[b](https://c.example '.repeat(3000);
      expect(captionText(caption)).toBe(caption.trim());
    });
  });
});
