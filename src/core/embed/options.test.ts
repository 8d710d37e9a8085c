import { describe, expect, it } from 'vitest';
import { embedUrl, readEmbedOptions } from './options';

const params = (query: string) => new URLSearchParams(query);

describe('readEmbedOptions', () => {
  it('returns null when the page is not embedded', () => {
    expect(readEmbedOptions(params(''))).toBeNull();
    expect(readEmbedOptions(params('?title=1&legend=1'))).toBeNull();
    expect(readEmbedOptions(params('?embed=0'))).toBeNull();
  });

  it('reads embed with its title and legend flags', () => {
    expect(readEmbedOptions(params('?embed=1'))).toEqual({ title: false, legend: false });
    expect(readEmbedOptions(params('?embed=true&title=1&legend=yes'))).toEqual({ title: true, legend: true });
    expect(readEmbedOptions(params('?embed&legend'))).toEqual({ title: false, legend: true });
  });
});

describe('embedUrl', () => {
  it('keeps the view and data parameters and sets the embed options', () => {
    const url = embedUrl('https://example.org/app/?from=2025-02-10&to=2025-02-14&type=call,meeting&data=my.json#top', { title: true, legend: false });
    expect(url).toBe('https://example.org/app/?from=2025-02-10&to=2025-02-14&type=call,meeting&data=my.json&embed=1&title=1');
  });

  it('replaces embed options already in the address', () => {
    expect(embedUrl('https://example.org/?embed=1&legend=1&title=1', { title: false, legend: true })).toBe('https://example.org/?embed=1&legend=1');
  });

  it('embeds a story: the one playing at its step, another from its first step, or none', () => {
    const page = 'https://example.org/?from=2025-02-10&to=2025-02-14&story=tour&step=3';
    const options = { title: false, legend: false };
    expect(embedUrl(page, options, 'tour')).toBe('https://example.org/?from=2025-02-10&to=2025-02-14&story=tour&step=3&embed=1');
    expect(embedUrl(page, options, 'other')).toBe('https://example.org/?from=2025-02-10&to=2025-02-14&story=other&embed=1');
    expect(embedUrl(page, options, null)).toBe('https://example.org/?from=2025-02-10&to=2025-02-14&embed=1');
  });
});
