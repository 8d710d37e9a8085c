// TimelineJS3 spreadsheet time cells: "10:30", "10:30:15.5", "1030", "10.30", "2:15 PM".
//
// A cell is hostile text of any length. It is refused above MAX_TIME_CELL characters before
// any pattern runs, and the AM/PM suffix is read from the trimmed end by index, so the work
// is linear in the cell (an end-anchored pattern with a leading \s* would retry from every
// space of a long blank run: quadratic).
import { t } from '../i18n/translate';

export interface ParsedTime {
  hour: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/** Longer than any time TimelineJS reads ("10:30:15.123456 p.m." is 20). */
export const MAX_TIME_CELL = 40;

/** "PM", "p.m.", "am" … at the end of a trimmed cell: the letter and where the suffix starts. */
function periodSuffix(body: string): { pm: boolean; start: number } | undefined {
  let end = body.length;
  if (body[end - 1] === '.') end--;
  if (body[end - 1] !== 'm' && body[end - 1] !== 'M') return undefined;
  end--;
  if (body[end - 1] === '.') end--;
  const letter = body[end - 1]?.toLowerCase();
  if (letter !== 'a' && letter !== 'p') return undefined;
  return { pm: letter === 'p', start: end - 1 };
}

function unreadable(text: string): { error: string } {
  const shown = text.length > MAX_TIME_CELL ? t('{start}… ({length} characters)', { start: JSON.stringify(text.slice(0, MAX_TIME_CELL)), length: text.length }) : JSON.stringify(text);
  return { error: t('The time {time} is not one TimelineJS reads; write it as 10:30, 10:30:15 or 2:30 PM.', { time: shown }) };
}

/** Reads a time cell the way TimelineJS does: "10:30", "10:30:15.5", "1030", "10.30", "2:15 PM". */
export function parseTimelineJsTime(text: string): ParsedTime | { error: string } {
  let body = text.trim();
  if (body.length > MAX_TIME_CELL) return unreadable(text);
  const period = periodSuffix(body);
  if (period) body = body.slice(0, period.start).trim();
  let parts: string[];
  const compact = /^(\d{1,2})(\d{2})$/.exec(body);
  if (compact) parts = [compact[1]!, compact[2]!];
  else {
    parts = body.split(':');
    if (parts.length === 1) parts = body.split('.');
  }
  if (parts.length > 3 || parts.some((part, index) => !(index === 2 ? /^\d{1,2}([.,]\d+)?$/ : /^\d{1,2}$/).test(part.trim()))) {
    return unreadable(text);
  }
  let hour = Number(parts[0]);
  if (period) {
    if (hour < 1 || hour > 12) return { error: t('The time {time} has hour {hour}, which does not exist with AM/PM.', { time: JSON.stringify(text), hour }) };
    if (period.pm && hour !== 12) hour += 12;
    if (!period.pm && hour === 12) hour = 0;
  }
  const result: ParsedTime = { hour };
  if (parts[1] !== undefined) result.minute = Number(parts[1]);
  if (parts[2] !== undefined) {
    const [seconds, fraction] = parts[2].trim().split(/[.,]/);
    result.second = Number(seconds);
    if (fraction !== undefined) result.millisecond = Math.round(Number(`0.${fraction}`) * 1000);
  }
  return result;
}
