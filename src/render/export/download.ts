// Saving a generated file: a temporary object URL on a link with a download name.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own copy once started; give it a moment before letting go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Hegseth at NATO, 12 Feb" → "hegseth-at-nato-12-feb", for file names and ids; at most `maxLength` characters, never ending in a dash. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Runs are single dashes by now; /-+$/ would rescan each run from every dash (quadratic).
    .replace(/^-|-$/g, '')
    .slice(0, maxLength)
    .replace(/-$/, '');
  return slug || 'stanceline';
}
