// The event-data formats Stanceline recognises by content (ICEWS, GDELT, ACLED, POLECAT's TSV, PLOVER JSON), in one place: the conversion
// dispatcher asks detectEventData() once, and convertEventData() turns a recognised file
// into a Stanceline file.
import { acledToDataset, looksLikeAcled } from './acled';
import { gdeltToDataset, looksLikeGdelt } from './gdelt';
import { icewsToDataset, looksLikeIcews } from './icews';
import { looksLikePlover, ploverToDataset } from './plover';
import { looksLikePolecat, polecatToDataset } from './polecat';
import type { ConvertResult } from './result';
import { t } from '../i18n/translate';

export type EventDataFormatId = 'icews' | 'gdelt' | 'acled' | 'plover' | 'polecat';

interface Detector {
  id: EventDataFormatId;
  /** How "which formats were tried" names it, in the active language. */
  description: () => string;
  looksLike: (text: string) => boolean;
  convert: (text: string, fileName: string) => ConvertResult;
}

/** In the order they are tried; each test reads only the first line or record. */
const DETECTORS: readonly Detector[] = [
  { id: 'icews', description: () => t('ICEWS (tab-separated with a header row naming Event ID, Event Date and CAMEO Code)'), looksLike: looksLikeIcews, convert: icewsToDataset },
  { id: 'gdelt', description: () => t('GDELT 2.0 events (tab-separated, 61 columns, no header)'), looksLike: looksLikeGdelt, convert: gdeltToDataset },
  { id: 'acled', description: () => t('ACLED (CSV with event_id_cnty, event_date, event_type and actor1 columns)'), looksLike: looksLikeAcled, convert: acledToDataset },
  { id: 'polecat', description: () => t('POLECAT\'s tab-separated distribution (a header row naming Event ID, Event Date, Event Type and Actor Name)'), looksLike: looksLikePolecat, convert: polecatToDataset },
  { id: 'plover', description: () => t('PLOVER/POLECAT (JSON lines or a JSON array of records with event, date and source)'), looksLike: looksLikePlover, convert: ploverToDataset },
];

export function eventDataFormatDescriptions(): string[] {
  return DETECTORS.map((detector) => detector.description());
}

/** Which event-data export a text is, from its content alone; undefined when none. */
export function detectEventData(text: string): EventDataFormatId | undefined {
  return DETECTORS.find((detector) => detector.looksLike(text))?.id;
}

export function convertEventData(format: EventDataFormatId, text: string, fileName: string): ConvertResult {
  return DETECTORS.find((detector) => detector.id === format)!.convert(text, fileName);
}
