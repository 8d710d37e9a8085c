import { describe, expect, it } from 'vitest';
import { captionedSvg, wrapText } from './captionSvg';

const picture = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300"><rect width="600" height="300"/></svg>', width: 600, height: 300 };

describe('a step picture with its caption', () => {
  it('puts the heading and caption above the picture, which keeps its size and moves down', () => {
    const result = captionedSvg(picture, 'Step 1 of 5: Hegseth at NATO', 'He said *no*.\n\nA second paragraph.');
    expect(result.width).toBe(600);
    expect(result.height).toBeGreaterThan(300);
    expect(result.svg).toContain('>Step 1 of 5: Hegseth at NATO</text>');
    expect(result.svg).toContain('>He said no.</text>');
    expect(result.svg).toContain('>A second paragraph.</text>');
    expect(result.svg).toMatch(new RegExp(`<svg x="0" y="${result.height - 300}" xmlns=`));
  });

  it('escapes a hostile caption: markup stays text and the SVG stays well-formed', () => {
    const result = captionedSvg(picture, '<script>alert(1)</script>', '<img src=x onerror="alert(2)"> & [x](javascript:alert(3))\u0001');
    expect(result.svg).not.toContain('<script');
    expect(result.svg).not.toContain('<img');
    expect(result.svg).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; [x](javascript:alert(3))');
    expect(result.svg).not.toContain('\u0001');
  });

  it('wraps long text at spaces within the width', () => {
    expect(wrapText('one two three four five', 9)).toEqual(['one two', 'three', 'four five']);
    expect(wrapText('a\n\nb', 10)).toEqual(['a', '', 'b']);
  });
});
