// TimelineJS3 → Stanceline: its JSON (events with start_date/end_date objects, HTML text,
// one group per event, eras, a scale) and its spreadsheet CSV (the template's columns Year,
// Month, Day, Time, End Year, …, Headline, Text, Media, Type, Group, Background).
//
// Faithful, not inventive: a date keeps exactly the precision given; negative years (BCE
// in TimelineJS, which shows -500 as "500 BCE") become ISO 8601 astronomical years
// (-0499, where 0000 is 1 BCE) with a dateNote saying so; times have no zone in TimelineJS
// and are read as UTC, also said in the dateNote. Whatever cannot be carried is named in the
// report, never silently dropped.
import { indexPositions } from '../data/positions';
import { formatPath } from '../data/problems';
import { problemAt } from './result';
import type { ConvertResult } from './result';
import { stripBom } from './sheet';
import type { Locate } from './timelinejsConversion';
import { convertDocument } from './timelinejsDocument';
import { t } from '../i18n/translate';

export { timelineJsCsvToDataset } from './timelinejsCsv';
export { parseTimelineJsTime } from './timelinejsTime';

/** Converts TimelineJS3 JSON text. Problems point at lines and columns of that text. */
export function timelineJsJsonToDataset(text: string, fileName: string): ConvertResult {
  const body = stripBom(text);
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [problemAt('error', 'invalid-json', { file: fileName, line: 1, column: 1, path: '' }, t('The file is not valid JSON ({reason}).', { reason }))], report: [] };
  }
  let positions: ReturnType<typeof indexPositions> | undefined;
  const locate: Locate = (path) => {
    positions ??= indexPositions(body);
    const at = positions.locate(path);
    return { file: fileName, line: at.line, column: at.column, path: formatPath(path) };
  };
  return convertDocument(document, locate, fileName);
}
