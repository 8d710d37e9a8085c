// Links written in a data file open only when they are http(s); anything else stays text.

/** The URL when it is an absolute http(s) address, otherwise null. */
export function safeHttpUrl(text: string | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
