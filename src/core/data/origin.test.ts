import { describe, expect, it } from 'vitest';
import { foreignDataOrigin, refuseDataOrigin, shortenUrl } from './origin';
import { parseDataOrigins } from './originList';
import { locateData } from './location';

const PAGE = 'http://localhost:5173/?data=x';
const PAGE_ORIGIN = 'http://localhost:5173';

describe('foreignDataOrigin', () => {
  it('names the other site for every spelling of it in ?data=, with the address actually fetched', () => {
    const spellings: [string, string, string][] = [
      ['//evil.example/x.json', 'evil.example', 'http://evil.example/x.json'],
      ['\\\\evil.example\\x.json', 'evil.example', 'http://evil.example/x.json'],
      ['https:evil.example/x.json', 'evil.example', 'https://evil.example/x.json'],
      ['HTTPS://EVIL.example:8443/a/../x.json', 'evil.example:8443', 'https://evil.example:8443/x.json'],
      ['https://bücher.example/x.json', 'xn--bcher-kva.example', 'https://xn--bcher-kva.example/x.json'],
    ];
    for (const [option, host, url] of spellings) {
      const location = locateData(option, PAGE);
      if ('refused' in location) throw new Error(location.refused);
      expect(foreignDataOrigin(location.url, PAGE_ORIGIN), option).toEqual({ host, url });
    }
  });

  it('is null for the page’s own files, including a path that only looks like an address', () => {
    for (const option of [null, 'data/events.json', '/data/x.json', 'http:evil.example/x.json']) {
      const location = locateData(option, PAGE);
      if ('refused' in location) throw new Error(location.refused);
      expect(foreignDataOrigin(location.url, PAGE_ORIGIN), String(option)).toBeNull();
    }
  });

  it('counts another port or scheme of the same host as another site', () => {
    expect(foreignDataOrigin('http://localhost:9999/x.json', PAGE_ORIGIN)).toEqual({ host: 'localhost:9999', url: 'http://localhost:9999/x.json' });
    expect(foreignDataOrigin('https://localhost:5173/x.json', PAGE_ORIGIN)?.host).toBe('localhost:5173');
  });
});

describe('the allow-list of data origins', () => {
  it('parses origins separated by spaces or commas, and stops at anything else', () => {
    expect(parseDataOrigins('')).toEqual([]);
    expect(parseDataOrigins(' https://data.example.org, http://localhost:8080/ ')).toEqual(['https://data.example.org', 'http://localhost:8080']);
    expect(() => parseDataOrigins('https://data.example.org/files')).toThrow(/"https:\/\/data\.example\.org\/files" is not an origin/);
    expect(() => parseDataOrigins('data.example.org')).toThrow(/is not an origin/);
    expect(() => parseDataOrigins('ftp://data.example.org')).toThrow(/is not an origin/);
  });

  it('lets the page’s own origin and listed ones through, and refuses others by name', () => {
    const allowed = ['https://data.example.org'];
    expect(refuseDataOrigin('http://localhost:5173/data/x.json', PAGE_ORIGIN, allowed)).toBeNull();
    expect(refuseDataOrigin('https://data.example.org/x.json', PAGE_ORIGIN, allowed)).toBeNull();
    expect(refuseDataOrigin('http://evil.example/x.json', PAGE_ORIGIN, allowed)).toBe(
      'http://evil.example/x.json is on http://evil.example, and this copy of Stanceline reads data only from its own site and https://data.example.org.',
    );
    expect(refuseDataOrigin('http://evil.example/x.json', PAGE_ORIGIN, null)).toBeNull();
  });

  it('locateData refuses a listed-out origin before anything is fetched', () => {
    const refused = locateData('//evil.example/x.json', PAGE, ['https://data.example.org']);
    expect(refused).toEqual({ refused: expect.stringContaining('reads data only from its own site and https://data.example.org') });
    expect(locateData('https://data.example.org/x.json', PAGE, ['https://data.example.org'])).toHaveProperty('url');
  });
});

it('shortens long addresses with …', () => {
  const long = `https://evil.example/${'a'.repeat(1000)}`;
  expect(shortenUrl(long)).toHaveLength(161);
  expect(shortenUrl(long).endsWith('…')).toBe(true);
  expect(shortenUrl('https://x.example/')).toBe('https://x.example/');
});
