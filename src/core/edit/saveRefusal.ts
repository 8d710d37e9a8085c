// Why the dev server refused a save (scripts/vite-save-plugin.ts sends it beside its own
// English sentence), worded here in the reader's language: the server does not know the
// page's language, the page does. Refusals of requests the editor never makes (no header,
// another site, a body that is not JSON) carry no reason and keep the server's sentence.
import { t } from '../i18n/translate';

export type SaveRefusalReason =
  | { code: 'not-a-data-path'; path: string }
  | { code: 'not-in-folder'; path: string }
  | { code: 'folder-moved'; path: string }
  | { code: 'too-large' }
  | { code: 'history-not-folder' }
  | { code: 'changed-on-disk'; path: string }
  | { code: 'not-a-data-file'; path: string }
  | { code: 'has-errors'; path: string; count: number }
  | { code: 'write-failed'; detail: string };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The refusal in the reader's words, or null for a reason this page does not know (the server's sentence stands). */
export function saveRefusalMessage(reason: unknown): string | null {
  if (reason === null || typeof reason !== 'object') return null;
  const fields = reason as Record<string, unknown>;
  // Paths are the data folder's, written as the editor's other notices write them.
  const path = `data/${text(fields.path)}`;
  switch (fields.code) {
    case 'not-a-data-path':
      return t('Not saved: "{path}" is not a .json file inside the data folder.', { path: text(fields.path) });
    case 'not-in-folder':
      return t('Not saved: {path} is not in the data folder (it may have been moved or deleted).', { path });
    case 'folder-moved':
      return t('Not saved: the folder of {path} was moved or replaced while the save was checked; nothing was written.', { path });
    case 'too-large':
      return t('Not saved: the edited file is larger than Stanceline reads.');
    case 'history-not-folder':
      return t('Not saved: data/.history is a symbolic link or not a folder, so the previous version could not be kept. Make it a plain folder.');
    case 'changed-on-disk':
      return t('Not saved: {path} changed on disk since you opened it. Your edits are kept; discard them to load the new version.', { path });
    case 'not-a-data-file':
      return t('Not saved: {path} is not a Stanceline data file, so the editor does not write over it.', { path });
    case 'has-errors':
      return t('{count, plural, one {Not saved: the edited data has an error.} other {Not saved: the edited data has # errors.}}', { count: typeof fields.count === 'number' ? fields.count : 0 });
    case 'write-failed':
      return t('Not saved: the file could not be written ({detail}); it is unchanged.', { detail: text(fields.detail) });
    default:
      return null;
  }
}

/** A refusal after which the editor offers to discard the edits and load the file from disk. */
export function refusedForChangedFile(reason: unknown): boolean {
  return reason !== null && typeof reason === 'object' && (reason as Record<string, unknown>).code === 'changed-on-disk';
}
