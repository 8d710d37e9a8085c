// Which form field a loader problem belongs to: problems carry JSON paths such as
// `events[3].quotes[1].text`; the editor shows each next to the field it names.

/**
 * The field key (`title`, `quotes.1.text`, `positions.0.stance`) within event number
 * `fileIndex` that `path` points into, `event` for the event as a whole, or null when the
 * path is about another part of the file.
 */
export function eventFieldOfPath(path: string, fileIndex: number): string | null {
  const prefix = `events[${fileIndex}]`;
  if (path !== prefix && !path.startsWith(`${prefix}.`) && !path.startsWith(`${prefix}[`)) return null;
  const rest = path.slice(prefix.length);
  if (rest === '') return 'event';
  // ".quotes[1].text" → ["quotes", "1", "text"]; list fields such as actors[2] belong to the list.
  const parts = rest.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  const [field, index, sub] = parts;
  if ((field === 'quotes' || field === 'positions') && index !== undefined) {
    return sub === undefined ? `${field}.${index}` : `${field}.${index}.${sub}`;
  }
  return field ?? 'event';
}

/**
 * The field (`label`, `start`, `end`, `date`, `note`, `actors`, `countries`) of entry
 * `index` of the file's `periods` or `annotations` that `path` points into, `item` for the
 * entry as a whole (a missing field), or null when the path is about another part of the file.
 */
export function timeNoteFieldOfPath(path: string, list: 'periods' | 'annotations', index: number): string | null {
  const prefix = `${list}[${index}]`;
  if (path !== prefix && !path.startsWith(`${prefix}.`) && !path.startsWith(`${prefix}[`)) return null;
  const field = path.slice(prefix.length).replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean)[0];
  return field ?? 'item';
}
