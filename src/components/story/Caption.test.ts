import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Caption } from './Caption';

const render = (text: string) => renderToStaticMarkup(createElement(Caption, { text }));

describe('Caption', () => {
  it('renders paragraphs, emphasis and safe links as elements', () => {
    expect(render('A *b*.\n\n[AP](https://apnews.com/x)')).toBe(
      '<div><p>A <em>b</em>.</p><p><a href="https://apnews.com/x" target="_blank" rel="noopener noreferrer">AP</a></p></div>',
    );
  });

  it('renders HTML and javascript: links in a caption as escaped text', () => {
    const html = render('<img src=x onerror=alert(1)> [run](javascript:alert(1))');
    expect(html).toBe('<div><p>&lt;img src=x onerror=alert(1)&gt; [run](javascript:alert(1))</p></div>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href');
  });
});
