import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safeLink';

describe('safeHttpUrl', () => {
  it('keeps http and https addresses, percent-encoding what could break out of an attribute', () => {
    expect(safeHttpUrl('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    expect(safeHttpUrl('HTTP://Example.org/')).toBe('http://example.org/');
    expect(safeHttpUrl('https://example.org/"><svg/onload=alert(1)>')).toBe('https://example.org/%22%3E%3Csvg/onload=alert(1)%3E');
  });

  it('refuses every other scheme, however it is spelled', () => {
    for (const text of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://example.org/x', 'mailto:a@b.c']) {
      expect(safeHttpUrl(text), text).toBeNull();
    }
  });

  it('refuses relative paths, empty text and nonsense', () => {
    for (const text of ['/relative', '//example.org/x', 'example.org', '', '   ', 'http://', undefined]) {
      expect(safeHttpUrl(text), String(text)).toBeNull();
    }
  });
});
