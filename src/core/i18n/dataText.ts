// The attributes of an element that holds the data's own words (titles, summaries, quotes,
// names): the dataset's declared language and its direction, apart from the interface's
// (docs/languages.md). Without a declaration, the direction is the text's own (dir="auto").
// The loader has already read the tag and its direction (dataLanguage.ts), so whoever marks
// text (the React views, the chart's tooltip) carries no tag parser.
import type { Dataset } from '../model/types';

export interface DataTextProps {
  lang?: string;
  dir: 'ltr' | 'rtl' | 'auto';
}

/** The data's words when the dataset declares no language: each in its own direction. */
export const UNDECLARED: DataTextProps = { dir: 'auto' };

/**
 * The data format's own text, not words in a language: dates such as 2025-02-12 and
 * 2025-02-12T10:30+01:00, ids, code. Left to right in every interface (in Arabic, a date
 * field running right to left showed the end of what was typed).
 */
export const FORMAT_TEXT = { dir: 'ltr' } as const;

export function dataTextProps(dataset: Pick<Dataset, 'language'> | undefined): DataTextProps {
  return dataset?.language ?? UNDECLARED;
}
